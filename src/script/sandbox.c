/* sandbox.c — what a scene may touch. Scenes are passed around like documents, so they
 * are untrusted: only base (without dofile/loadfile/collectgarbage, load text-only),
 * string (without dump), table, math, utf8 and coroutine, plus the Go modules. `require`
 * loads text modules from lua/ and the scene's folder only. A memory cap (the allocator)
 * and an instruction budget between runtime operations (the count hook) stop bombs and
 * runaway loops; once either fires, pcall cannot catch it any more. The library functions
 * that loop in C where the hook cannot see (patterns, string.rep, table.move) are
 * replaced by bounded ones (bounded.c, lua_pattern.c) that charge the same budget. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <lualib.h>
#include "script/bounded.h"
#include "script/script.h"
#include "script/value.h"

enum { HOOK_COUNT = 1000, MAX_MODULE_BYTES = 1 << 20 };

void *gh_sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    gh_Script *S = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        S->memUsed -= old;
        return NULL;
    }
    if (nsize > old && S->memUsed - old + nsize > S->opt.luaMemLimit) {
        if (!S->killed) {
            snprintf(S->killMsg, sizeof S->killMsg, "Lua memory limit of %zu MiB exceeded (memory bomb?)",
                     S->opt.luaMemLimit >> 20);
            S->killed = S->state == GH_SCENE_RUNNING;
        }
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p) S->memUsed = S->memUsed - old + nsize;
    else if (!S->killed) { /* the host, not the cap: Lua raises its memory error, the scene fails */
        snprintf(S->killMsg, sizeof S->killMsg, "gohotel: out of memory (Lua)");
        S->killed = S->state == GH_SCENE_RUNNING;
    }
    return p;
}

static void hook(lua_State *L, lua_Debug *ar)
{
    gh_Script *S = gh_script_of(L);
    if (ar->event == LUA_HOOKCOUNT) {
        if (S->killed) gh_error_kill(L, "%s", S->killMsg);
        if (S->watch && gh_watchdog_fired(S->watch))
            gh_error_kill(L, "stopped: one step ran longer than %g s", gh_watchdog_limit(S->watch));
        S->idleInstr += HOOK_COUNT;
        if (S->idleInstr > S->opt.idleLimit)
            gh_error_kill(L, "runaway loop: %llu Lua instructions without any runtime operation",
                          (unsigned long long)S->opt.idleLimit);
        return;
    }
    if (ar->event != LUA_HOOKLINE || !lua_getinfo(L, "S", ar) || ar->source != S->sceneSource) return;
    S->line = ar->currentline;
    S->curL = L;
    gh_script_tick(S, GH_STOP_LINE);
}

void gh_sandbox_hook(lua_State *L) { lua_sethook(L, hook, LUA_MASKLINE | LUA_MASKCOUNT, HOOK_COUNT); }

/* pcall/xpcall that cannot swallow the runaway and memory guards (yieldable, like Lua's). */
static int finish_pcall(lua_State *L, int status, lua_KContext extra)
{
    if (status != LUA_OK && status != LUA_YIELD) {
        if (gh_script_of(L)->killed) return lua_error(L);
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)extra;
}

static int f_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    return finish_pcall(L, lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, finish_pcall), 0);
}

static int f_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);
    return finish_pcall(L, lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finish_pcall), 2);
}

/* load(chunk [, name [, mode [, env]]]) with mode forced to text. */
static int f_load(lua_State *L)
{
    int n = lua_gettop(L);
    if (n < 2) lua_settop(L, 2), n = 2;
    lua_pushliteral(L, "t");
    if (n >= 3) lua_replace(L, 3);
    else lua_insert(L, 3), n = 3;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* print: tab-separated, to the scene's console (console.c), in every mode. */
static int f_print(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_addchar(&b, '\n');
    luaL_pushresult(&b);
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    gh_console_write(gh_script_of(L), s, len);
    return 0;
}

static bool module_name_ok(const char *s)
{
    if (!*s || *s == '.') return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_' && *s != '.') return false;
    return true;
}

/* A module file: regular (checked before it is read, so a FIFO never blocks), at most
 * MAX_MODULE_BYTES; empty is a module that returns nothing. Lua's loader judges the bytes. */
static const gh_TextRules MODULE = {.what = "module", .maxBytes = MAX_MODULE_BYTES, .allowEmpty = true, .anyBytes = true};

static int push_text(lua_State *L)
{
    const gh_Text *t = lua_touserdata(L, 1);
    lua_pushlstring(L, t->bytes, t->length);
    return 1;
}

/* Read dir/name.lua (dots become slashes) into a Lua string; false if absent. The copy into
 * Lua is made under lua_pcall so that a memory error there does not leak the file's text. */
static bool read_module(lua_State *L, const char *dir, const char *name, char *path, size_t n)
{
    snprintf(path, n, "%s/%s.lua", dir, name);
    for (char *p = path + strlen(dir) + 1; *p; p++)
        if (*p == '.' && strcmp(p, ".lua") != 0) *p = '/';
    gh_Text t;
    char err[GH_PATH_MAX * 2 + 64];
    gh_TextStatus st = gh_text_load(&t, path, &MODULE, err, sizeof err);
    if (st == GH_TEXT_MISSING) return false;
    if (st != GH_TEXT_OK) luaL_error(L, "require \"%s\": %s", name, err);
    lua_pushcfunction(L, push_text);
    lua_pushlightuserdata(L, &t);
    int rc = lua_pcall(L, 1, 1, 0);
    gh_text_free(&t);
    if (rc != LUA_OK) lua_error(L);
    return true;
}

static int f_require(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    const char *name = luaL_checkstring(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, "gh.loaded");
    if (lua_getfield(L, -1, name) != LUA_TNIL) return 1;
    lua_pop(L, 1);
    if (!module_name_ok(name)) return luaL_error(L, "require \"%s\": not a module name (letters, digits, _ and .)", name);
    char path[GH_PATH_MAX * 2];
    if (!read_module(L, S->luaDir, name, path, sizeof path) && !read_module(L, S->sceneDir, name, path, sizeof path))
        return luaL_error(L, "module '%s' not found in %s/ or the scene's folder %s/", name, S->luaDir, S->sceneDir);
    size_t len;
    const char *src = lua_tolstring(L, -1, &len);
    char chunk[GH_PATH_MAX * 2 + 1];
    snprintf(chunk, sizeof chunk, "@%s", path);
    if (luaL_loadbufferx(L, src, len, chunk, "t") != LUA_OK) return lua_error(L);
    lua_pushstring(L, name);
    lua_call(L, 1, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, 2, name);
    return 1;
}

static void open_lib(lua_State *L, const char *name, lua_CFunction open, bool global)
{
    luaL_requiref(L, name, open, global);
    lua_getfield(L, LUA_REGISTRYINDEX, "gh.loaded");
    lua_pushvalue(L, -2);
    lua_setfield(L, -2, name);
    lua_pop(L, 2);
}

static void strip_base(lua_State *L)
{
    static const char *const gone[] = {"dofile", "loadfile", "collectgarbage", "require", "module", NULL};
    for (int i = 0; gone[i]; i++) {
        lua_pushnil(L);
        lua_setglobal(L, gone[i]);
    }
    lua_getglobal(L, "load");
    lua_pushcclosure(L, f_load, 1);
    lua_setglobal(L, "load");
    static const luaL_Reg safe[] = {{"pcall", f_pcall}, {"xpcall", f_xpcall}, {"print", f_print},
                                    {"require", f_require}, {NULL, NULL}};
    lua_pushglobaltable(L);
    luaL_setfuncs(L, safe, 0);
    lua_pop(L, 1);
    lua_getglobal(L, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    gh_bounded_open(L); /* library loops the count hook cannot see */
}

bool gh_sandbox_open(gh_Script *S)
{
    lua_State *L = S->L;
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "gh.loaded");
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "gh.finalizers");
    luaL_requiref(L, "_G", luaopen_base, 1);
    lua_pop(L, 1);
    static const struct { const char *name; lua_CFunction open; } std[] = {
        {"coroutine", luaopen_coroutine}, {"table", luaopen_table}, {"string", luaopen_string},
        {"math", luaopen_math}, {"utf8", luaopen_utf8}};
    for (size_t i = 0; i < sizeof std / sizeof std[0]; i++) open_lib(L, std[i].name, std[i].open, true);
    strip_base(L);
    gh_value_open(L);
    static const struct { const char *name; lua_CFunction open; } golibs[] = {
        {"runtime", gh_open_runtime}, {"debug", gh_open_debug}, {"strings", gh_open_strings},
        {"bytes", gh_open_bytes}, {"sync", gh_open_sync}, {"go", gh_open_go},
        {"lesson", gh_open_lesson}, {"params", gh_open_params}, {"fmt", gh_open_fmt}};
    for (size_t i = 0; i < sizeof golibs / sizeof golibs[0]; i++) open_lib(L, golibs[i].name, golibs[i].open, true);
    /* math.random is seeded from the clock by Lua: make it deterministic. */
    lua_getglobal(L, "math");
    lua_getfield(L, -1, "randomseed");
    lua_pushinteger(L, 42);
    lua_call(L, 1, 0);
    lua_pop(L, 1);
    /* The Lua half of the API. */
    lua_getglobal(L, "require");
    lua_pushliteral(L, "prelude");
    return lua_pcall(L, 1, 0, 0) == LUA_OK || (snprintf(S->err, sizeof S->err, "%s", lua_tostring(L, -1)), false);
}
