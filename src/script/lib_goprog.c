/* lib_goprog.c — go.program: a Go-subset program a scene steps through statement by
 * statement on the scene's own simulator. The front end parses, type-checks and runs the
 * escape analysis; the interpreter (src/golang/exec) puts each variable where the analysis
 * decided (plate or room). While it runs, the code panel shows the Go source. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "golang/exec.h"
#include "golang/go_source.h"
#include "runtime/runtime.h"
#include "script/script.h"

/* gh_exec_limit operations allowed to one go.program. Stepped from a scene, each statement
 * also costs a return to the host (X_WORK_SWITCH): 16 M is about 750 000 statements, what
 * lesson 4's program runs (three runs of 64 Ki allocations), and a few seconds of host time. */
enum { GOPROG_MAX_WORK = 16000000 };

#include "script/goprog.h"

#define MT GH_MT_GOPROG

static GoProg *check(lua_State *L)
{
    GoProg *p = luaL_checkudata(L, 1, MT);
    if (p->gen != gh_script_of(L)->gen || !p->ex)
        luaL_error(L, "stale go.program: it belongs to a simulator discarded by lesson.reset");
    return p;
}

/* A Go file of the scene's folder (plain names only, like require), under the rules every
 * Go file gohotel reads meets (gh_go_file_rules: regular, checked before it is read so a
 * FIFO never blocks, at most 4 MiB); the front end judges its bytes with Go's own messages. */

static void read_scene_file(lua_State *L, gh_Script *S, const char *name, gh_Text *t)
{
    if (strstr(name, "..") || name[0] == '/') luaL_error(L, "go.program: cannot read %s in the scene's folder", name);
    char path[GH_PATH_MAX * 2], err[GH_PATH_MAX * 2 + 64];
    snprintf(path, sizeof path, "%s/%s", S->sceneDir, name);
    gh_TextStatus st = gh_text_load(t, path, &gh_go_file_rules, err, sizeof err);
    if (st == GH_TEXT_MISSING) luaL_error(L, "go.program: cannot read %s in the scene's folder", name);
    if (st != GH_TEXT_OK) luaL_error(L, "go.program: %s", err);
}

static int set_vars_protected(lua_State *L)
{
    gh_goprog_set_vars(L, 1, lua_touserdata(L, 2), lua_tostring(L, 3));
    return 0;
}

/* go.program(source_or_file [, name] [, {vars = {name = N}}]): a program ready to run from
 * main.main; vars sets package-level `var name = <integer>` lines first (lib_goprog_vars.c). */
static int f_program(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    size_t len;
    const char *arg = luaL_checklstring(L, 1, &len);
    bool isText = memchr(arg, '\n', len) != NULL;
    int opts = lua_istable(L, 2) ? 2 : lua_istable(L, 3) ? 3 : 0;
    const char *name = opts == 2 ? (isText ? "main.go" : arg) : luaL_optstring(L, 2, isText ? "main.go" : arg);
    if (S->nprogs == (int)(sizeof S->progs / sizeof S->progs[0]))
        return luaL_error(L, "go.program: at most 16 programs at a time");
    gh_Text file;
    if (!isText) read_scene_file(L, S, arg, &file);
    else if (!gh_text_set(&file, arg, len)) return luaL_error(L, "go.program: out of memory");
    if (opts) {
        lua_pushcfunction(L, set_vars_protected);   /* a bad option must not leak the text */
        lua_pushvalue(L, opts);
        lua_pushlightuserdata(L, &file);
        lua_pushstring(L, name);
        if (lua_pcall(L, 3, 0, 0) != LUA_OK) {       /* the message names the scene's line */
            gh_text_free(&file);
            luaL_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
            return lua_error(L);
        }
    }
    GoProg *p = lua_newuserdatauv(L, sizeof *p, 0);
    memset(p, 0, sizeof *p);
    p->gen = S->gen;
    snprintf(p->name, sizeof p->name, "%s", strrchr(name, '/') ? strrchr(name, '/') + 1 : name);
    luaL_setmetatable(L, MT);
    char *ebuf = NULL;
    size_t elen = 0;
    FILE *err = open_memstream(&ebuf, &elen);
    gh_Running running = gh_sim_running(S->sim);
    S->goLoading = true;
    p->ex = err ? gh_exec_load(p->name, file.bytes, file.length, S->sim, S->console, err) : NULL;
    S->goLoading = false;
    gh_sim_set_running(S->sim, running);
    if (err) fclose(err);
    if (p->ex) gh_exec_set_output(p->ex, S->console, S->console); /* stdout and stderr: the console */
    /* Stepped from a scene, each Go statement is a stop point with its bookkeeping (a few
     * microseconds): a program that never ends is stopped within seconds, not minutes. */
    if (p->ex) gh_exec_limit(p->ex, GOPROG_MAX_WORK, "a scene steps a Go program at most that far");
    if (p->ex) p->text = file;
    else gh_text_free(&file);
    if (!p->ex) {
        lua_pushfstring(L, "%s", ebuf && elen ? ebuf : "go.program: cannot load the program");
        free(ebuf);
        size_t n;
        const char *m = lua_tolstring(L, -1, &n);
        while (n && (m[n - 1] == '\n')) n--;
        lua_pushlstring(L, m, n);
        return lua_error(L);
    }
    free(ebuf);
    S->progs[S->nprogs++] = p;
    /* The code panel shows the Go file from now on, main's first statement marked: the one
     * that runs first, as after run_to the panel marks the statement that runs next. */
    S->code = &p->text;
    snprintf(S->codeName, sizeof S->codeName, "%s", p->name);
    S->codeLine = gh_exec_line(p->ex);
    return 1;
}

/* The statement on line `ran` allocated (the serial moved): point at the newest room with
 * the compiler's reason, e.g. "moved to heap: c" (or what the library made it for), as the
 * lesson's highlight. One such label at a time (the newest), and none while the lesson
 * points at something itself (lesson.highlight drops it); like any room highlight it goes
 * when its object is freed and, unless the program is still running, at the next pause. */
/* The compiler's reason for an allocation on `line`: its first line saying something goes
 * to the heap ("moved to heap: c", "make([]int, n) escapes to heap"; "... argument does
 * not escape" explains no room), leaving out a constant converted to an interface (the
 * panic message of an inlined check): Go boxes a constant in static data, so that never
 * allocates. */
const char *gh_goprog_reason(const GoProg *p, int line)
{
    const char *d;
    for (int k = 0; (d = gh_exec_diagnostic(p->ex, line, k)); k++)
        if (strncmp(d, "(interface {})(string(\"", 23) != 0 && (strstr(d, "escapes to heap") || !strncmp(d, "moved to heap:", 14)))
            return d;
    return NULL;
}

static void label_allocation(gh_Script *S, GoProg *p, int ran, uint32_t serialBefore)
{
    gh_Addr a = gh_sim_curg(S->sim) ? gh_sim_last_alloc(S->sim) : 0;
    if (gh_sim_alloc_serial(S->sim) == serialBefore || !a || gh_exec_alloc_line(p->ex, a) <= 0) return;
    /* A room the library made for itself (fmt's printer, a g) is named for what it is: the
     * line's escape verdict is about the program's values, not about it. */
    const char *why = gh_exec_alloc_by(p->ex, a);
    if (!why) why = gh_goprog_reason(p, ran);
    if (!why) return;
    int i = 0;
    while (i < S->nhl && !S->hl[i].fromProgram) i++;
    if (i == S->nhl && S->nhl) return; /* the lesson points at something itself: no label beside it */
    if (i == S->nhl) S->nhl++;
    gh_LessonHighlight *h = &S->hl[i];
    memset(h, 0, sizeof *h);
    h->h.kind = GH_TARGET_ROOM;
    snprintf(h->h.label, sizeof h->h.label, "line %d: %.48s", ran, why);
    h->h.addr = a;
    h->fromProgram = true;
    h->gen = S->gen;
    h->serial = gh_object_serial(S->sim, a);
    h->varG = h->varFrame = -1;
    if (h->serial == GH_SERIAL_NOT_HEAP) h->serial = 0;
}

/* Push the compiler's escape lines for `line` as a list. */
static void push_diagnostics(lua_State *L, GoProg *p, int line)
{
    lua_newtable(L);
    const char *d;
    for (int k = 0; k < 16 && (d = gh_exec_diagnostic(p->ex, line, k)); k++) {
        lua_pushstring(L, d);
        lua_rawseti(L, -2, k + 1);
    }
}

/* 1 + the profile this program's allocations are charged to, found or made by file name;
 * 0 (the scene line that steps it) once GH_GO_PROFILES programs have their own. */
static int go_profile(gh_Script *S, GoProg *p)
{
    for (int i = 0; i < S->ngoProf; i++)
        if (!strcmp(S->goProf[i].name, p->name)) return i + 1;
    if (S->ngoProf == GH_GO_PROFILES) return 0;
    gh_GoProfile *g = &S->goProf[S->ngoProf];
    if (!gh_text_set(&g->text, p->text.bytes, p->text.length)) return 0;
    snprintf(g->name, sizeof g->name, "%s", p->name);
    return ++S->ngoProf;
}

/* Run one statement as one scripted operation; false when the program has ended.
 * The code panel's marker and the narration move together, before the statement runs,
 * so every stop point inside it (its events, its end) shows the line that made them:
 * narrate (a function at stack index `narrate`, or 0) is called with (line, diagnostics)
 * and the text it returns becomes the narration. */
static bool step_once(lua_State *L, GoProg *p, int narrate)
{
    gh_Script *S = gh_script_of(L);
    int ran = gh_exec_line(p->ex);
    if (narrate) {
        lua_pushvalue(L, narrate);
        lua_pushinteger(L, ran);
        push_diagnostics(L, p, ran);
        lua_call(L, 2, 1);
        if (lua_type(L, -1) == LUA_TSTRING) snprintf(S->narration, sizeof S->narration, "%s", lua_tostring(L, -1));
        else if (!lua_isnil(L, -1))
            gh_error_scene(L, "%s: the narrate function returned a %s (want text or nil)", p->name, luaL_typename(L, -1));
        lua_pop(L, 1);
    }
    gh_Sim *sim = gh_op_begin(L);
    gh_Running running = gh_sim_running(sim);
    S->code = &p->text;
    snprintf(S->codeName, sizeof S->codeName, "%s", p->name);
    S->codeLine = p->ran = ran;
    uint32_t serial = gh_sim_alloc_serial(sim);
    S->goProfCur = go_profile(S, p);
    S->goExecCur = p->ex;
    int line = gh_exec_step(p->ex);
    S->goProfCur = 0;
    S->goExecCur = NULL;
    gh_sim_set_running(sim, running); /* the scene goes on on its own goroutine */
    label_allocation(S, p, ran, serial);
    /* a finished program's file stays in the panel, its last statement marked, to the
     * lesson's end frame: the class read the lesson in Go, not in the scene's Lua */
    const char *e = gh_exec_error(p->ex);
    if (e) luaL_error(L, "%s: %s", p->name, e);
    gh_op_end(L, 0);
    return line != 0 && !gh_exec_done(p->ex);
}

/* The optional narrate function of step and run, at argument 2. */
static int narrate_arg(lua_State *L)
{
    if (lua_isnoneornil(L, 2)) return 0;
    if (!lua_isfunction(L, 2))
        gh_error_scene(L, "go.program: narrate must be a function(line, diagnostics), not a %s", luaL_typename(L, 2));
    return 2;
}

/* prog:step([narrate]): one statement; returns the line it ran, nil once the program has ended. */
static int m_step(lua_State *L)
{
    GoProg *p = check(L);
    int narrate = narrate_arg(L);
    if (gh_exec_done(p->ex)) return lua_pushnil(L), 1;
    int line = gh_exec_line(p->ex);
    step_once(L, p, narrate);
    lua_pushinteger(L, line);
    return 1;
}

/* prog:run([narrate]): every remaining statement, each one a stop point for the stepper. */
static int m_run(lua_State *L)
{
    GoProg *p = check(L);
    int narrate = narrate_arg(L);
    while (!gh_exec_done(p->ex) && step_once(L, p, narrate)) {}
    return 0;
}

/* prog:line(): the line of the statement that ran last — the one the code panel marks
 * and whose events are on screen (0 before the first step). */
static int m_line(lua_State *L) { return lua_pushinteger(L, check(L)->ran), 1; }
/* prog:next_line(): the line of the statement the next step runs (0 once done). */
static int m_next_line(lua_State *L)
{
    GoProg *p = check(L);
    return lua_pushinteger(L, gh_exec_done(p->ex) ? 0 : gh_exec_line(p->ex)), 1;
}
static int m_done(lua_State *L) { return lua_pushboolean(L, gh_exec_done(check(L)->ex)), 1; }

/* prog:diagnostics(line): the compiler's escape lines for that source line. */
static int m_diagnostics(lua_State *L)
{
    GoProg *p = check(L);
    push_diagnostics(L, p, (int)luaL_checkinteger(L, 2));
    return 1;
}

/* prog:source(line): that line of the Go file, without its indentation ("" past the end). */
static int m_source(lua_State *L)
{
    GoProg *p = check(L);
    lua_Integer want = luaL_checkinteger(L, 2);
    const char *t = want >= 1 && want <= p->text.nlines ? gh_text_line(&p->text, (int)want) : "";
    while (*t == ' ' || *t == '\t') t++;
    lua_pushstring(L, t);
    return 1;
}

GoProg *gh_goprog_check(lua_State *L) { return check(L); }
bool gh_goprog_step(lua_State *L, GoProg *p, int narrate) { return step_once(L, p, narrate); }

static void forget(gh_Script *S, GoProg *p)
{
    if (S->code == &p->text) S->code = NULL;
    if (p->ex) gh_exec_free(p->ex);
    p->ex = NULL;
    gh_text_free(&p->text);
    for (int i = 0; i < S->nprogs; i++)
        if (S->progs[i] == p) S->progs[i] = S->progs[--S->nprogs];
}

static void forget_all(gh_Script *S)
{
    while (S->nprogs) forget(S, S->progs[S->nprogs - 1]);
}

static int m_gc(lua_State *L)
{
    forget(gh_script_of(L), luaL_checkudata(L, 1, MT));
    return 0;
}

static int m_tostring(lua_State *L)
{
    GoProg *p = luaL_checkudata(L, 1, MT);
    lua_pushfstring(L, "go.program(%s)", p->name);
    return 1;
}

void gh_goprog_register(lua_State *L)
{
    static const luaL_Reg methods[] = {{"step", m_step}, {"run", m_run}, {"line", m_line},
                                       {"next_line", m_next_line}, {"done", m_done},
                                       {"diagnostics", m_diagnostics}, {"source", m_source}, {NULL, NULL}};
    luaL_newmetatable(L, MT);
    luaL_newlib(L, methods);
    gh_goprog_direct_methods(L); /* run_to, var, addr... (lib_goprog_direct.c) */
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, m_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, m_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pop(L, 1);
    lua_pushcfunction(L, f_program);
    lua_setfield(L, -2, "program");
    if (!gh_script_on_teardown(gh_script_of(L), forget_all)) luaL_error(L, "go.program: too many teardown hooks");
}
