/* lib_params.c — the Lua module `params`: values given with `--param KEY=VALUE`, each
 * with the default the scene declares, so one scene runs at other sizes or GOGC values.
 * params.int("n", 1000 [, {1000, 5000}]), params.number, params.string("mode", "a" [, {"a", "b"}]),
 * params.bool. The optional third argument lists suggested values: the window offers them
 * in its params bar (V) so a teacher can rerun a lesson with GOGC=50 right there.
 * Every declaration is recorded in gh_Script.decls (name, kind, default, value in use,
 * suggestions), read by gh_stepper_param_decls. */
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

/* The record of param `key` (a second declaration of the same name updates the first). */
static gh_ParamDecl *decl(lua_State *L, const char *key, const char *kind)
{
    gh_Script *S = gh_script_of(L);
    gh_ParamDecl *d = NULL;
    for (int i = 0; i < S->ndecls && !d; i++)
        if (!strcmp(S->decls[i].name, key)) d = &S->decls[i];
    if (!d && S->ndecls == GH_MAX_PARAM_DECLS) return NULL; /* recorded only for the window */
    if (!d) d = &S->decls[S->ndecls++];
    memset(d, 0, sizeof *d);
    snprintf(d->name, sizeof d->name, "%s", key);
    snprintf(d->kind, sizeof d->kind, "%s", kind);
    return d;
}

/* Item i of the suggestions table at index 3 as text, checked against the param's kind. */
static void suggestion_text(lua_State *L, const char *fn, const char *key, const char *kind, int i, char *out, size_t n)
{
    int t = lua_geti(L, 3, i);
    bool ok = !strcmp(kind, "int")      ? lua_isinteger(L, -1)
              : !strcmp(kind, "number") ? t == LUA_TNUMBER
                                        : t == LUA_TSTRING;
    if (!ok)
        luaL_error(L, "%s(\"%s\"): suggested value %d is %s%s, not %s", fn, key, i, t == LUA_TNUMBER && !lua_isinteger(L, -1) ? "" : "a ",
                   t == LUA_TNUMBER && !lua_isinteger(L, -1) ? "a fraction" : lua_typename(L, t),
                   !strcmp(kind, "int") ? "an integer" : !strcmp(kind, "number") ? "a number" : "a string");
    if (lua_isinteger(L, -1)) snprintf(out, n, "%lld", (long long)lua_tointeger(L, -1));
    else if (t == LUA_TNUMBER) snprintf(out, n, "%.14g", (double)lua_tonumber(L, -1));
    else snprintf(out, n, "%s", lua_tostring(L, -1));
    lua_pop(L, 1);
}

/* Record the declaration: default and value as text, suggestions from argument 3 if any. */
static void record(lua_State *L, const char *fn, const char *kind, const char *def, const char *value)
{
    const char *key = lua_tostring(L, 1);
    bool has = !lua_isnoneornil(L, 3);
    if (has && !lua_istable(L, 3))
        luaL_error(L, "%s(\"%s\"): suggested values must be a table such as {1, 2}, not a %s", fn, key, luaL_typename(L, 3));
    lua_Integer n = has ? luaL_len(L, 3) : 0;
    char text[GH_MAX_SUGGESTED][64];
    for (lua_Integer i = 1; i <= n; i++) { /* validate every item, keep the first few */
        char buf[64];
        suggestion_text(L, fn, key, kind, (int)i, buf, sizeof buf);
        if (i <= GH_MAX_SUGGESTED) memcpy(text[i - 1], buf, sizeof buf);
    }
    gh_ParamDecl *d = decl(L, key, kind);
    if (!d) return;
    snprintf(d->def, sizeof d->def, "%s", def);
    snprintf(d->value, sizeof d->value, "%s", value);
    d->nsuggested = n < GH_MAX_SUGGESTED ? (int)n : GH_MAX_SUGGESTED;
    for (int i = 0; i < d->nsuggested; i++) memcpy(d->suggested[i], text[i], sizeof text[i]);
}

static int f_int(lua_State *L)
{
    const char *key = luaL_checkstring(L, 1);
    lua_Integer def = luaL_checkinteger(L, 2);
    const char *v = given(L, key);
    long long x = def;
    if (v) {
        char *end;
        x = strtoll(v, &end, 10);
        if (!*v || *end) return luaL_error(L, "param %s: \"%s\" is not an integer", key, v);
    }
    char d[32], cur[32];
    snprintf(d, sizeof d, "%lld", (long long)def);
    snprintf(cur, sizeof cur, "%lld", x);
    record(L, "params.int", "int", d, cur);
    lua_pushinteger(L, x);
    return 1;
}

static int f_number(lua_State *L)
{
    const char *key = luaL_checkstring(L, 1);
    lua_Number def = luaL_checknumber(L, 2);
    const char *v = given(L, key);
    double x = def;
    if (v) {
        char *end;
        x = strtod(v, &end);
        if (!*v || *end) return luaL_error(L, "param %s: \"%s\" is not a number", key, v);
    }
    char d[32], cur[32];
    snprintf(d, sizeof d, "%.14g", (double)def);
    snprintf(cur, sizeof cur, "%.14g", x);
    record(L, "params.number", "number", d, cur);
    lua_pushnumber(L, x);
    return 1;
}

static int f_string(lua_State *L)
{
    const char *key = luaL_checkstring(L, 1);
    const char *def = luaL_checkstring(L, 2);
    const char *v = given(L, key);
    record(L, "params.string", "string", def, v ? v : def);
    lua_pushstring(L, v ? v : def);
    return 1;
}

static int f_bool(lua_State *L)
{
    const char *key = luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TBOOLEAN);
    const char *v = given(L, key);
    bool x = lua_toboolean(L, 2);
    if (v) {
        if (strcmp(v, "true") && strcmp(v, "false") && strcmp(v, "1") && strcmp(v, "0"))
            return luaL_error(L, "param %s: \"%s\" is not true or false", key, v);
        x = !strcmp(v, "true") || !strcmp(v, "1");
    }
    gh_ParamDecl *d = decl(L, key, "bool"); /* a bool's suggestions are always false and true */
    if (d) {
        snprintf(d->def, sizeof d->def, "%s", lua_toboolean(L, 2) ? "true" : "false");
        snprintf(d->value, sizeof d->value, "%s", x ? "true" : "false");
        snprintf(d->suggested[0], sizeof d->suggested[0], "false");
        snprintf(d->suggested[1], sizeof d->suggested[1], "true");
        d->nsuggested = 2;
    }
    lua_pushboolean(L, x);
    return 1;
}

int gh_open_params(lua_State *L)
{
    static const luaL_Reg fns[] = {{"int", f_int}, {"number", f_number}, {"string", f_string}, {"bool", f_bool},
                                   {NULL, NULL}};
    luaL_newlib(L, fns);
    return 1;
}
