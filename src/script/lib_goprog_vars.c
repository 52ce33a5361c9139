/* lib_goprog_vars.c — go.program(file, {vars = {name = N}}): the program as if the file's
 * package-level line `var name = <integer>` read N instead. A lesson's --param becomes the
 * program's own variable, and the code panel shows the line with the value that runs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "script/goprog.h"

/* Offset of the integer after "var NAME = " at the start of a line of t, its length in *n;
 * -1 when no line declares NAME so. */
static long find_init(const gh_Text *t, const char *name, size_t *n)
{
    char head[96];
    snprintf(head, sizeof head, "var %s = ", name);
    size_t hl = strlen(head);
    for (int i = 0; i < t->nlines; i++) {
        const char *l = t->lines[i];
        if (strncmp(l, head, hl) != 0) continue;
        const char *d = l + hl;
        size_t k = *d == '-' ? 1 : 0;
        while (d[k] >= '0' && d[k] <= '9') k++;
        if (k == 0 || (k == 1 && *d == '-')) continue;
        *n = k;
        return (long)(t->starts[i] + hl);
    }
    return -1;
}

void gh_goprog_set_vars(lua_State *L, int opts, gh_Text *t, const char *file)
{
    if (lua_getfield(L, opts, "vars") == LUA_TNIL) { lua_pop(L, 1); return; }
    luaL_checktype(L, -1, LUA_TTABLE);
    int vars = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, vars)) {
        if (lua_type(L, -2) != LUA_TSTRING || !lua_isinteger(L, -1))
            luaL_error(L, "go.program: vars maps a variable's name to an integer");
        const char *name = lua_tostring(L, -2);
        size_t n = 0;
        long at = find_init(t, name, &n);
        if (at < 0) luaL_error(L, "go.program: %s has no line \"var %s = <integer>\" to set", file, name);
        char value[32];
        int vl = snprintf(value, sizeof value, "%lld", (long long)lua_tointeger(L, -1));
        size_t len = t->length - n + (size_t)vl;
        char *b = malloc(len);
        if (!b) luaL_error(L, "go.program: out of memory");
        memcpy(b, t->bytes, (size_t)at);
        memcpy(b + at, value, (size_t)vl);
        memcpy(b + at + vl, t->bytes + at + n, t->length - (size_t)at - n);
        gh_Text next;
        bool ok = gh_text_set(&next, b, len);
        free(b);
        if (!ok) luaL_error(L, "go.program: out of memory");
        gh_text_free(t);
        *t = next;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}
