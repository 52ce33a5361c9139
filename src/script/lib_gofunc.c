/* lib_gofunc.c — the C half of go.func and go.go (the Lua half is lua/prelude.lua):
 * pushing a frame with its locals when a simulated function is called, popping it when it
 * returns (its slots stop being roots at once; returned values stay in flight until the
 * next operation, like values in registers), and starting, switching and ending goroutines. */
#include <string.h>
#include "script/govars.h"
#include "script/script.h"
#include "script/value.h"

enum { FRAME_OVERHEAD = 16 }; /* return address + saved frame pointer, as on amd64 */

/* go._call(name, {decls}) -> vars */
static int f_call(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    const char *name = luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TTABLE);
    int n = (int)luaL_len(L, 2);
    luaL_checkstack(L, n + 4, "too many locals");
    uint32_t size = FRAME_OVERHEAD;
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, 2, i);
        size += gh_vars_decl_size(L, luaL_checkstring(L, -1));
    }
    gh_Sim *sim = gh_op_begin(L);
    if (!gh_frame_push(sim, name, size, S->line)) gh_op_raise(L);
    gh_profile_call(&S->prof, S->line);
    gh_vars_declare(L, 3, 2 + n, false, name);
    return gh_op_end(L, 1);
}

/* go._ret(vars, results...) -> results */
static int f_ret(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    gh_Vars *vs = luaL_checkudata(L, 1, GH_MT_VARS);
    gh_Sim *sim = gh_op_begin(L);
    if (!gh_frame_pop(sim)) gh_op_raise(L);
    gh_profile_return(&S->prof);
    vs->live = false;
    int n = lua_gettop(L);
    for (int i = 2; i <= n; i++)
        if (lua_type(L, i) == LUA_TUSERDATA && !luaL_testudata(L, i, GH_MT_VARS)) {
            gh_Addr a = gh_value_addr(L, i);
            if (a) gh_temp_push(sim, a);
        }
    return gh_op_end(L, n - 1);
}

/* go._newproc() -> goroutine id, placed on the next P round-robin so per-P caches show. */
static int f_newproc(lua_State *L)
{
    gh_Sim *sim = gh_op_begin(L);
    int32_t gid = gh_newproc(sim);
    if (gid < 0) gh_op_raise(L);
    gh_g_set_p(sim, gid, (gid - 1) % gh_sim_nprocs(sim));
    lua_pushinteger(L, gid);
    return gh_op_end(L, 1);
}

/* go._switch(gid): the scheduler runs goroutine gid now. */
static int f_switch(lua_State *L)
{
    lua_Integer gid = luaL_checkinteger(L, 1);
    gh_Sim *sim = gh_script_of(L)->sim;
    if (!gh_gosched_to(sim, (int32_t)gid)) return luaL_error(L, "no goroutine %d to run", (int)gid);
    return 0;
}

/* go._goexit(gid): the goroutine's function returned. */
static int f_goexit(lua_State *L)
{
    lua_Integer gid = luaL_checkinteger(L, 1);
    gh_goexit(gh_op_begin(L), (int32_t)gid);
    return gh_op_end(L, 0);
}

/* go._frame(fn, size): push a frame for a goroutine's entry (used by go.go). */
static int f_frame(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    const char *name = luaL_checkstring(L, 1);
    if (!gh_frame_push(gh_op_begin(L), name, FRAME_OVERHEAD, S->line)) gh_op_raise(L);
    return gh_op_end(L, 0);
}

void gh_gofunc_register(lua_State *L)
{
    static const luaL_Reg fns[] = {{"_call", f_call}, {"_ret", f_ret}, {"_newproc", f_newproc},
                                   {"_switch", f_switch}, {"_goexit", f_goexit}, {"_frame", f_frame},
                                   {NULL, NULL}};
    luaL_setfuncs(L, fns, 0);
}
