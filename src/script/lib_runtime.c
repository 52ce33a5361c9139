/* lib_runtime.c — the Lua module `runtime`, Go's package runtime: GC, ReadMemStats (a
 * table with MemStats' field names, read after flushing every mcache as Go does),
 * GOMAXPROCS, NumGoroutine, SetFinalizer, KeepAlive. Gosched is in lua/prelude.lua. */
#include "runtime/runtime.h"
#include "script/script.h"
#include "script/value.h"
#include "script/memstats_table.h"

static int f_GC(lua_State *L)
{
    gh_GC(gh_op_begin(L));
    return gh_op_end(L, 0);
}

static int f_ReadMemStats(lua_State *L)
{
    gh_MemStats m;
    gh_ReadMemStats(gh_op_begin(L), &m);
    if (lua_istable(L, 1)) lua_settop(L, 1);
    else lua_newtable(L);
    gh_memstats_to_table(L, &m, lua_gettop(L));
    return gh_op_end(L, 1);
}

static int f_GOMAXPROCS(lua_State *L)
{
    lua_Integer n = luaL_optinteger(L, 1, 0);
    luaL_argcheck(L, n <= GH_MAX_PROCS, 1, "more Ps than the simulator has (64)");
    lua_pushinteger(L, gh_sim_gomaxprocs(gh_op_begin(L), (int32_t)n));
    return gh_op_end(L, 1);
}

static int f_NumGoroutine(lua_State *L)
{
    lua_pushinteger(L, gh_NumGoroutine(gh_script_of(L)->sim)); /* system goroutines excluded */
    return 1;
}

static int f_SetFinalizer(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    gh_Addr p = gh_value_addr(L, 1);
    int32_t fn = -1;
    if (!lua_isnil(L, 2)) {
        luaL_checktype(L, 2, LUA_TFUNCTION);
        lua_getfield(L, LUA_REGISTRYINDEX, "gh.finalizers");
        lua_pushvalue(L, 2);
        fn = ++S->nfinalizers;
        lua_rawseti(L, -2, fn);
        lua_pop(L, 1);
    }
    gh_Sim *sim = gh_op_begin(L);
    if (!gh_SetFinalizer(sim, p, fn)) gh_op_raise(L);
    return gh_op_end(L, 0);
}

static int f_KeepAlive(lua_State *L)
{
    luaL_checkany(L, 1);
    gh_Addr p = gh_value_addr(L, 1);
    gh_Sim *sim = gh_op_begin(L);
    if (p) gh_temp_push(sim, p); /* x is live up to here */
    return gh_op_end(L, 0);
}

int gh_open_runtime(lua_State *L)
{
    static const luaL_Reg fns[] = {{"GC", f_GC}, {"ReadMemStats", f_ReadMemStats}, {"GOMAXPROCS", f_GOMAXPROCS},
                                   {"NumGoroutine", f_NumGoroutine}, {"SetFinalizer", f_SetFinalizer},
                                   {"KeepAlive", f_KeepAlive}, {NULL, NULL}};
    luaL_newlib(L, fns);
    return 1;
}
