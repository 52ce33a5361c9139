/* lib_fmt.c — Lua module `fmt`: Println, with Go's interface boxing of every operand.
 * fmt.Println's parameter is `a ...any`: the variadic slice stays on the stack, but every
 * operand is converted to an interface, which copies it to the heap unless the runtime has
 * it in static data (integers 0..255, the empty string) or it is already a pointer. Lua
 * numbers are boxed as Go variables of type int would be (constants would be free). */
#include <stdio.h>
#include "runtime/runtime.h"
#include "script/script.h"
#include "script/value.h"

static int f_Println(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    int n = lua_gettop(L);
    gh_Sim *sim = gh_op_begin(L);
    for (int i = 1; i <= n; i++) { /* box first, as the compiled call does, then print */
        if (lua_isinteger(L, i)) {
            if (!gh_convT64(sim, (uint64_t)lua_tointeger(L, i))) gh_op_raise(L);
        } else if (gh_value_test(L, i, GH_MT_STRING)) {
            gh_String s = gh_value_to_string(L, i);
            if (s.len && !gh_convTstring(sim, s)) gh_op_raise(L);
        }
    }
    /* Then print, always (also with no terminal: a value's __tostring may run operations,
     * and a scene must do the same everywhere), to the scene's console. */
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, ' ');
        if (gh_value_test(L, i, GH_MT_STRING)) gh_value_push_host_string(L, gh_value_to_string(L, i));
        else luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_addchar(&b, '\n');
    luaL_pushresult(&b);
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    gh_console_write(S, s, len);
    lua_pop(L, 1);
    return gh_op_end(L, 0);
}

int gh_open_fmt(lua_State *L)
{
    static const luaL_Reg fns[] = {{"Println", f_Println}, {NULL, NULL}};
    luaL_newlib(L, fns);
    return 1;
}
