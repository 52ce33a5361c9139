/* lib_params.c — the Lua module `params`: values given with `--param KEY=VALUE`, each
 * with the default the scene declares, so one scene runs at other sizes or GOGC values.
 * params.int("n", 1000), params.number, params.string, params.bool. */
#include <stdlib.h>
#include <string.h>
#include "script/script.h"

static const char *given(lua_State *L, const char *key)
{
    gh_Script *S = gh_script_of(L);
    for (int i = 0; i < S->nparams; i++)
        if (!strcmp(S->params[i].key, key)) return S->params[i].val;
    return NULL;
}

static int f_int(lua_State *L)
{
    const char *key = luaL_checkstring(L, 1);
    lua_Integer def = luaL_checkinteger(L, 2);
    const char *v = given(L, key);
    if (!v) {
        lua_pushinteger(L, def);
        return 1;
    }
    char *end;
    long long x = strtoll(v, &end, 10);
    if (!*v || *end) return luaL_error(L, "param %s: \"%s\" is not an integer", key, v);
    lua_pushinteger(L, x);
    return 1;
}

static int f_number(lua_State *L)
{
    const char *key = luaL_checkstring(L, 1);
    lua_Number def = luaL_checknumber(L, 2);
    const char *v = given(L, key);
    if (!v) {
        lua_pushnumber(L, def);
        return 1;
    }
    char *end;
    double x = strtod(v, &end);
    if (!*v || *end) return luaL_error(L, "param %s: \"%s\" is not a number", key, v);
    lua_pushnumber(L, x);
    return 1;
}

static int f_string(lua_State *L)
{
    const char *key = luaL_checkstring(L, 1);
    const char *def = luaL_checkstring(L, 2);
    const char *v = given(L, key);
    lua_pushstring(L, v ? v : def);
    return 1;
}

static int f_bool(lua_State *L)
{
    const char *key = luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TBOOLEAN);
    const char *v = given(L, key);
    if (!v) {
        lua_pushvalue(L, 2);
        return 1;
    }
    if (strcmp(v, "true") && strcmp(v, "false") && strcmp(v, "1") && strcmp(v, "0"))
        return luaL_error(L, "param %s: \"%s\" is not true or false", key, v);
    lua_pushboolean(L, !strcmp(v, "true") || !strcmp(v, "1"));
    return 1;
}

int gh_open_params(lua_State *L)
{
    static const luaL_Reg fns[] = {{"int", f_int}, {"number", f_number}, {"string", f_string}, {"bool", f_bool},
                                   {NULL, NULL}};
    luaL_newlib(L, fns);
    return 1;
}
