/* bounded.c — string.rep and table.move with their loops charged to the scene's budget
 * (see bounded.h); the pattern functions live in lua_pattern.c.
 *
 * string.rep(s, n, sep) loops n times even when s and sep are empty, so
 * string.rep("", 1 << 62) never returns; any other call builds a string whose length is
 * at least n, which the Lua memory cap bounds before the loop starts. table.move(a, f, e, t)
 * copies e - f + 1 elements one by one: that count is charged before it starts. */
#include <lauxlib.h>
#include "script/bounded.h"
#include "script/script.h"

void gh_bounded_charge(lua_State *L, uint64_t n, const char *what)
{
    gh_Script *S = gh_script_of(L);
    if (S->watch && gh_watchdog_fired(S->watch)) /* the wall-clock limit, where the count hook cannot look */
        gh_error_kill(L, "stopped: one step ran longer than %g s", gh_watchdog_limit(S->watch));
    uint64_t left = S->opt.idleLimit > S->idleInstr ? S->opt.idleLimit - S->idleInstr : 0;
    if (n > left)
        gh_error_kill(L, "runaway %s for more than %llu steps without any runtime operation", what,
                      (unsigned long long)S->opt.idleLimit);
    S->idleInstr += n;
}

static int f_rep(lua_State *L)
{
    size_t l, lsep;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || l + lsep == 0) { /* nothing to repeat: Lua's own would still loop n times */
        lua_pushliteral(L, "");
        return 1;
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int f_move(lua_State *L)
{
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    luaL_checkinteger(L, 4);
    if (e >= f && (f > 0 || e < LUA_MAXINTEGER + f)) /* else Lua's own refuses it */
        gh_bounded_charge(L, (uint64_t)(e - f) + 1, "loop: table.move would run");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* lib.name = fn with the original lib.name as its upvalue. */
static void wrap(lua_State *L, const char *lib, const char *name, lua_CFunction fn)
{
    lua_getglobal(L, lib);
    lua_getfield(L, -1, name);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
}

void gh_bounded_open(lua_State *L)
{
    wrap(L, "string", "rep", f_rep);
    wrap(L, "table", "move", f_move);
    lua_getglobal(L, "string");
    gh_pattern_install(L, -1);
    lua_pop(L, 1);
}
