/* errors.c — one shape for every error a scene can hit: `scene.lua:LINE: message`.
 * Lua syntax and runtime errors already carry a position; errors raised by the bindings
 * (simulated Go panics, misuse, the runaway and memory guards) get the scene line that was
 * running, so a Go panic is reported where the scene caused it. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "script/script.h"

/* Does msg start with "chunk:digits:"? Returns the length of that prefix or 0. */
static size_t position_prefix(const char *msg)
{
    const char *c = strstr(msg, ".lua:");
    if (!c) return 0;
    const char *d = c + 5;
    if (*d < '0' || *d > '9') return 0;
    while (*d >= '0' && *d <= '9') d++;
    if (*d != ':') return 0;
    for (const char *q = msg; q < c; q++)
        if (*q == ' ' || *q == '\n') return 0;
    return (size_t)(d - msg) + 1;
}

static void format(gh_Script *S, const char *msg, char *buf, size_t n)
{
    size_t pre = position_prefix(msg);
    size_t plen = strlen(S->scenePath);
    if (pre && pre > plen && strncmp(msg, S->scenePath, plen) == 0 && msg[plen] == ':') {
        snprintf(buf, n, "%s", msg);
        return;
    }
    snprintf(buf, n, "%s:%d: %s", S->scenePath, S->line, msg);
}

int gh_error_handler(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    const char *msg = lua_tostring(L, 1);
    char buf[GH_ERR_MAX];
    if (!msg) msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    format(S, msg, buf, sizeof buf);
    lua_pushstring(L, buf);
    return 1;
}

void gh_error_text(gh_Script *S, lua_State *L, int status, char *buf, size_t n)
{
    if (status == LUA_ERRMEM) {
        char m[300];
        snprintf(m, sizeof m, "%s", S->killMsg[0] ? S->killMsg : "not enough memory");
        format(S, m, buf, n);
        return;
    }
    const char *msg = lua_tostring(L, -1);
    char tmp[200];
    if (!msg) {
        snprintf(tmp, sizeof tmp, "(error object is a %s value)", luaL_typename(L, -1));
        msg = tmp;
    }
    format(S, msg, buf, n);
}

int gh_error_scene(lua_State *L, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    return lua_error(L);
}

int gh_error_kill(lua_State *L, const char *fmt, ...)
{
    gh_Script *S = gh_script_of(L);
    if (!S->killed) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(S->killMsg, sizeof S->killMsg, fmt, ap);
        va_end(ap);
        S->killed = true;
    }
    lua_pushstring(L, S->killMsg);
    return lua_error(L);
}
