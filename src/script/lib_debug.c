/* lib_debug.c — the Lua module `debug`, Go's runtime/debug (not Lua's debug library, which
 * scenes never get): SetGCPercent, SetMemoryLimit, FreeOSMemory. */
#include <stdint.h>
#include "runtime/runtime.h"
#include "script/script.h"

static int f_SetGCPercent(lua_State *L)
{
    lua_Integer p = luaL_checkinteger(L, 1);
    luaL_argcheck(L, p >= INT32_MIN && p <= INT32_MAX, 1, "out of range");
    lua_pushinteger(L, gh_SetGCPercent(gh_op_begin(L), (int32_t)(p < 0 ? -1 : p)));
    return gh_op_end(L, 1);
}

static int f_SetMemoryLimit(lua_State *L)
{
    lua_Integer limit = luaL_checkinteger(L, 1);
    lua_pushinteger(L, (lua_Integer)gh_SetMemoryLimit(gh_op_begin(L), (int64_t)limit));
    return gh_op_end(L, 1);
}

static int f_FreeOSMemory(lua_State *L)
{
    gh_Sim *sim = gh_op_begin(L);
    gh_GC(sim);
    gh_mheap_scavenge(sim, UINT64_MAX);
    return gh_op_end(L, 0);
}

int gh_open_debug(lua_State *L)
{
    static const luaL_Reg fns[] = {{"SetGCPercent", f_SetGCPercent}, {"SetMemoryLimit", f_SetMemoryLimit},
                                   {"FreeOSMemory", f_FreeOSMemory}, {NULL, NULL}};
    luaL_newlib(L, fns);
    return 1;
}
