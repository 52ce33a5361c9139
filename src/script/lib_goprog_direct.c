/* lib_goprog_direct.c — the scene directs a go.program as a debugger would: run to a
 * stop (a line, a function's call or return, the next heap allocation, the end of the
 * next GC cycle, the end), then read Go state by its Go names.
 *
 *   prog:run_to{line = 21}        stop before the statement at line 21 runs (a breakpoint)
 *   prog:run_to{call = "f"}       stop before f's first statement (f has been entered)
 *   prog:run_to{ret = "f"}        stop when f has returned: before its caller's next statement
 *   prog:run_to{alloc = true}     stop after the statement that made the next heap allocation
 *                                 (addr: the newest value; room, offset: the room it is in and
 *                                 where; rooms: the rooms of its allocations, in order, each
 *                                 once). A value packed into a tiny block that already existed
 *                                 makes no new object but is an allocation (MemStats.Mallocs
 *                                 counts it): it stops too, room = that block, offset > 0
 *   prog:run_to{gc = true}        stop after the statement during which the next GC cycle ended
 *   prog:run_to{done = true}      run to the program's end
 *   prog:var("s"), prog:addr("s") the value of a Go variable, and where it lives
 *   prog:var("q.X"), prog:addr("p.Z")  a field, also through a pointer (Go's selector)
 *   prog:sizeof("q")              its Go size in bytes, as unsafe.Sizeof(q)
 *
 * Granularity is the statement, as in prog:step: the program only ever stops between two
 * statements, so a stop inside a statement (an allocation, a GC cycle) is seen once that
 * statement has finished. run_to always runs at least one statement (a debugger's
 * "continue": stopped at line 21 inside a loop, run_to{line = 21} comes back at the next
 * iteration). A step that switches goroutines (go, a wake from wg.Wait) ends with the
 * next goroutine before its statement, so every stop can be in it. Several stops may be given: the first that comes wins. A stop that never
 * comes ends at the program's end (reason "done"), and a program that never ends is
 * stopped by go.program's operation limit. Each statement is one scripted operation, so
 * lesson.measure around run_to measures exactly the statements it ran.
 */
#include <stdio.h>
#include <string.h>
#include "script/goprog.h"
#include "script/value.h"

typedef struct Stops {
    int line;
    char call[64], ret[64];
    bool alloc, gc, done;
} Stops;

static const char *const STOP_KEYS = "line, call, ret, alloc, gc, done";

static void want_true(lua_State *L, const char *key, bool *flag)
{
    if (!lua_isboolean(L, -1) || !lua_toboolean(L, -1))
        gh_error_scene(L, "prog:run_to: %s must be true, not %s", key,
                       lua_isboolean(L, -1) ? "false" : luaL_typename(L, -1));
    *flag = true;
}

static void want_func(lua_State *L, GoProg *p, const char *key, char *out, size_t cap)
{
    if (lua_type(L, -1) != LUA_TSTRING)
        gh_error_scene(L, "prog:run_to: %s must name a Go function, not a %s", key, luaL_typename(L, -1));
    const char *fn = lua_tostring(L, -1);
    if (!gh_exec_has_func(p->ex, fn, out, cap))
        gh_error_scene(L, "prog:run_to: %s declares no function %s", p->name, fn);
}

/* The stops table at argument 2, checked whole before anything runs. */
static Stops parse_stops(lua_State *L, GoProg *p)
{
    Stops s;
    memset(&s, 0, sizeof s);
    if (!lua_istable(L, 2))
        gh_error_scene(L, "prog:run_to: want a table of stops (%s), not a %s", STOP_KEYS, luaL_typename(L, 2));
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, 2)) {
        const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        if (k && !strcmp(k, "line")) {
            if (!lua_isinteger(L, -1))
                gh_error_scene(L, "prog:run_to: line must be a line number, not a %s", luaL_typename(L, -1));
            lua_Integer l = lua_tointeger(L, -1);
            if (l < 1 || l > p->text.nlines)
                gh_error_scene(L, "prog:run_to: line %d is outside %s (lines 1 to %d)", (int)l, p->name, p->text.nlines);
            if (!gh_exec_is_stmt_line(p->ex, (int)l))
                gh_error_scene(L, "prog:run_to: no statement starts at %s:%d (%s)", p->name, (int)l,
                               gh_text_line(&p->text, (int)l)[0] ? "the program never stops there" : "an empty line");
            s.line = (int)l;
        } else if (k && !strcmp(k, "call")) want_func(L, p, "call", s.call, sizeof s.call);
        else if (k && !strcmp(k, "ret")) want_func(L, p, "ret", s.ret, sizeof s.ret);
        else if (k && !strcmp(k, "alloc")) want_true(L, "alloc", &s.alloc);
        else if (k && !strcmp(k, "gc")) want_true(L, "gc", &s.gc);
        else if (k && !strcmp(k, "done")) want_true(L, "done", &s.done);
        else gh_error_scene(L, "prog:run_to: unknown stop %s (the stops are: %s)", k ? k : luaL_typename(L, -2), STOP_KEYS);
        lua_pop(L, 1);
        n++;
    }
    if (!n) gh_error_scene(L, "prog:run_to: no stop given (the stops are: %s)", STOP_KEYS);
    return s;
}

/* The goroutine whose frames the queries read: the one that runs next (0 before the first step: main). */
static int inspected_g(const gh_Exec *ex) { return gh_exec_goroutine(ex) ? gh_exec_goroutine(ex) : 1; }

/* The call number of the innermost frame running fn, 0 if none. */
static uint64_t innermost_call_of(const gh_Exec *ex, const char *fn)
{
    gh_ExecFrame f;
    for (int i = 0; gh_exec_frame(ex, i, &f); i++)
        if (!strcmp(f.fn, fn)) return f.call;
    return 0;
}

static bool on_stack(const gh_Exec *ex, uint64_t call)
{
    gh_ExecFrame f;
    for (int i = 0; gh_exec_frame(ex, i, &f); i++)
        if (f.call == call) return true;
    return false;
}

/* prog:run_to(stops [, narrate]): runs until a stop comes; returns what stopped it:
 * {reason = "line"|"call"|"ret"|"alloc"|"gc"|"done", line = the next statement's line
 * (0 once done), ran = the line that ran last, fn = the innermost function, depth = its
 * frames, steps = statements run; alloc: addr = the new object; gc: numgc}. */
/* The room holding address a (a tiny block for a packed value), or 0. */
static gh_Addr room_of(const gh_Sim *sim, gh_Addr a)
{
    int32_t span;
    uint32_t slot;
    if (!a || !gh_find_object(sim, a, &span, &slot)) return 0;
    const gh_MSpan *s = gh_sim_span(sim, span);
    return s->startAddr + (gh_Addr)slot * s->elemsize;
}

static int m_run_to(lua_State *L)
{
    GoProg *p = gh_goprog_check(L);
    Stops s = parse_stops(L, p);
    int narrate = 0;
    if (!lua_isnoneornil(L, 3)) {
        if (!lua_isfunction(L, 3))
            gh_error_scene(L, "prog:run_to: narrate must be a function(line, diagnostics), not a %s", luaL_typename(L, 3));
        narrate = 3;
    }
    gh_Script *S = gh_script_of(L);
    gh_Exec *ex = p->ex;
    uint64_t calls0 = gh_exec_calls(ex);
    uint32_t numgc0 = gh_sim_gc(S->sim).numGC, serial0 = gh_sim_alloc_serial(S->sim);
    uint64_t watched = s.ret[0] ? innermost_call_of(ex, s.ret) : 0; /* the call of ret we wait for */
    int watchedG = inspected_g(ex);                                  /* on this goroutine */
    const char *reason = "done";
    long long steps = 0;
    uint64_t mallocs0 = gh_exec_mallocs(ex);   /* before the statement that ran last */
    while (!gh_exec_done(ex)) {
        mallocs0 = gh_exec_mallocs(ex);
        gh_goprog_step(L, p, narrate);
        steps++;
        /* What happened inside the statement counts even when it was the program's last. */
        /* a new object changes the serial; a value packed into an existing tiny block makes
         * no object, but the program saw its allocation (exec hears every mallocgc) */
        if (s.alloc && (gh_sim_alloc_serial(S->sim) != serial0 || gh_exec_mallocs(ex) != mallocs0)) { reason = "alloc"; break; }
        if (s.gc && gh_sim_gc(S->sim).numGC != numgc0) { reason = "gc"; break; }
        if (gh_exec_done(ex)) break;
        gh_ExecFrame top;
        bool have = gh_exec_frame(ex, 0, &top);
        if (s.call[0] && have && top.call > calls0 && !strcmp(top.fn, s.call)) { reason = "call"; break; }
        if (s.ret[0]) {
            if (watched && inspected_g(ex) == watchedG && !on_stack(ex, watched)) { reason = "ret"; break; }
            if (!watched && (watched = innermost_call_of(ex, s.ret))) watchedG = inspected_g(ex);
        }
        if (s.line && gh_exec_line(ex) == s.line) { reason = "line"; break; }
    }
    /* A breakpoint: the code panel marks the statement that runs next. */
    if (!gh_exec_done(ex)) S->codeLine = gh_exec_line(ex);
    lua_createtable(L, 0, 8);
    lua_pushstring(L, reason);
    lua_setfield(L, -2, "reason");
    lua_pushinteger(L, gh_exec_done(ex) ? 0 : gh_exec_line(ex));
    lua_setfield(L, -2, "line");
    lua_pushinteger(L, p->ran);
    lua_setfield(L, -2, "ran");
    lua_pushinteger(L, steps);
    lua_setfield(L, -2, "steps");
    lua_pushinteger(L, gh_exec_depth(ex));
    lua_setfield(L, -2, "depth");
    gh_ExecFrame top;
    if (gh_exec_frame(ex, 0, &top)) {
        lua_pushstring(L, top.fn);
        lua_setfield(L, -2, "fn");
    }
    if (!strcmp(reason, "alloc")) {
        gh_Addr last = gh_sim_last_alloc(S->sim), room = room_of(S->sim, last);
        lua_pushinteger(L, (lua_Integer)last);
        lua_setfield(L, -2, "addr");
        lua_pushinteger(L, (lua_Integer)room);
        lua_setfield(L, -2, "room");
        lua_pushinteger(L, (lua_Integer)(room ? last - room : 0));
        lua_setfield(L, -2, "offset");
        /* the room of every allocation that statement made, in the order they were made
         * (the newest 16), each once: values packed into a tiny block name that block */
        uint64_t n = gh_exec_mallocs(ex), first = n - mallocs0 > GH_EXEC_RECENT_ALLOCS ? n - GH_EXEC_RECENT_ALLOCS : mallocs0;
        gh_Addr seen[GH_EXEC_RECENT_ALLOCS];
        int nseen = 0;
        lua_createtable(L, (int)(n - first), 0);
        for (uint64_t i = first; i < n; i++) {
            gh_Addr a = gh_exec_alloc_at(ex, i), r = room_of(S->sim, a) ? room_of(S->sim, a) : a;
            bool again = false;
            for (int k = 0; k < nseen; k++) again = again || seen[k] == r;
            if (again || nseen >= GH_EXEC_RECENT_ALLOCS) continue;
            seen[nseen++] = r;
            lua_pushinteger(L, (lua_Integer)r);
            lua_rawseti(L, -2, nseen);
        }
        lua_setfield(L, -2, "rooms");
    }
    if (!strcmp(reason, "gc")) {
        lua_pushinteger(L, gh_sim_gc(S->sim).numGC);
        lua_setfield(L, -2, "numgc");
    }
    return 1;
}

/* The variable (or field path "q.X", "p.Z") named by argument 2, or a clear error naming
 * where it was looked for. */
static gh_ExecVar lookup(lua_State *L, GoProg *p, const char *method)
{
    if (lua_type(L, 2) != LUA_TSTRING)
        gh_error_scene(L, "prog:%s: want a Go variable's name, not a %s", method, luaL_typename(L, 2));
    const char *path = lua_tostring(L, 2);
    gh_ExecVar v;
    memset(&v, 0, sizeof v);
    char err[256], name[64];
    if (gh_exec_var_path(p->ex, path, &v, err, sizeof err)) return v;
    if (err[0]) gh_error_scene(L, "prog:%s: %s", method, err);
    snprintf(name, sizeof name, "%.*s", (int)strcspn(path, "."), path);
    gh_ExecFrame top;
    if (gh_exec_frame(p->ex, 0, &top))
        gh_error_scene(L, "prog:%s: %s has no variable %s in %s (at line %d) nor at package level", method, p->name, name,
                       top.fn, top.line);
    gh_error_scene(L, "prog:%s: %s has no package variable %s (%s)", method, p->name, name,
                   gh_exec_done(p->ex) ? "the program has ended" : "no function is running yet");
    return v;
}

gh_ExecVar gh_goprog_lookup(lua_State *L, GoProg *p, const char *method) { return lookup(L, p, method); }

/* The scene's type desc for a Go spelling; raw bytes for a type the scene cannot name
 * (a struct the Go file declares: its room is still the right room). */
static int32_t desc_of(lua_State *L, const char *spelling)
{
    gh_Script *S = gh_script_of(L);
    char err[128];
    int32_t d = spelling[0] ? gh_tdesc_parse(&S->types, S->sim, spelling, err, sizeof err) : -1;
    return d >= 0 ? d : gh_tdesc_parse(&S->types, S->sim, "byte", err, sizeof err);
}

static const uint8_t *peek(lua_State *L, const GoProg *p, const gh_ExecVar *v, uint64_t n)
{
    const uint8_t *b = gh_peek(gh_script_of(L)->sim, v->addr, n);
    if (!b) {
        char a[32];
        snprintf(a, sizeof a, "0x%llx", (unsigned long long)v->addr);
        gh_error_scene(L, "%s: the value at %s cannot be read", p->name, a);
    }
    return b;
}

/* prog:var(name): the value of a Go variable now (see gh_exec_var for which one): an
 * integer, a boolean, a number, a Lua string (a copy of the Go string's bytes), a
 * go.slice, or a go.pointer (nil for nil). Arrays, structs and the rest: prog:addr. */
static int m_var(lua_State *L)
{
    GoProg *p = gh_goprog_check(L);
    gh_ExecVar v = lookup(L, p, "var");
    uint64_t w[3] = {0, 0, 0};
    switch (v.kind) {
    case GH_EXECV_INT:
    case GH_EXECV_UINT: {
        memcpy(w, peek(L, p, &v, v.size), v.size);
        int64_t x = (int64_t)w[0];
        if (v.kind == GH_EXECV_INT && v.size < 8) x = (int64_t)(w[0] << (64 - 8 * v.size)) >> (64 - 8 * v.size);
        lua_pushinteger(L, (lua_Integer)x);
        return 1;
    }
    case GH_EXECV_BOOL: lua_pushboolean(L, *peek(L, p, &v, 1) != 0); return 1;
    case GH_EXECV_FLOAT:
        if (v.size == 4) { float f; memcpy(&f, peek(L, p, &v, 4), 4); lua_pushnumber(L, f); }
        else { double d; memcpy(&d, peek(L, p, &v, 8), 8); lua_pushnumber(L, d); }
        return 1;
    case GH_EXECV_STRING: {
        memcpy(w, peek(L, p, &v, 16), 16);
        if (w[1] > (1u << 20)) return gh_error_scene(L, "prog:var: %s is a string of %d bytes (at most 1 MiB is copied)",
                                                     lua_tostring(L, 2), (int)(w[1] > 0x7fffffff ? 0x7fffffff : w[1]));
        const uint8_t *b = w[1] ? gh_peek(gh_script_of(L)->sim, w[0], w[1]) : (const uint8_t *)"";
        if (!b) return gh_error_scene(L, "prog:var: the bytes of %s cannot be read", lua_tostring(L, 2));
        lua_pushlstring(L, (const char *)b, w[1]);
        return 1;
    }
    case GH_EXECV_SLICE:
        memcpy(w, peek(L, p, &v, 24), 24);
        gh_value_push_slice(L, (gh_Slice){w[0], (int64_t)w[1], (int64_t)w[2]}, desc_of(L, v.elem));
        return 1;
    case GH_EXECV_POINTER:
        memcpy(w, peek(L, p, &v, 8), 8);
        if (!w[0]) return lua_pushnil(L), 1;
        gh_value_push_ptr(L, w[0], desc_of(L, v.elem));
        return 1;
    case GH_EXECV_OTHER: break;
    }
    return gh_error_scene(L, "prog:var: %s is a %s: prog:addr(\"%s\") gives where it is", lua_tostring(L, 2), v.type,
                          lua_tostring(L, 2));
}

/* prog:addr(name): a go.pointer to the variable itself (&name): its plate slot, its
 * global, or for a variable "moved to heap" its room. */
static int m_addr(lua_State *L)
{
    GoProg *p = gh_goprog_check(L);
    gh_ExecVar v = lookup(L, p, "addr");
    gh_value_push_ptr(L, v.addr, desc_of(L, v.type));
    return 1;
}

/* prog:sizeof(name): the size in bytes of the variable's (or field's) Go type, as real
 * Go's unsafe.Sizeof(name) gives it on linux/amd64: a Point{X, Y, Z int} 24, a *Point 8. */
static int m_sizeof(lua_State *L)
{
    GoProg *p = gh_goprog_check(L);
    gh_ExecVar v = lookup(L, p, "sizeof");
    lua_pushinteger(L, (lua_Integer)v.size);
    return 1;
}

/* prog:where(): the innermost function ("createSlice"; nil before main runs and once the
 * program ended), its frame depth (1 = main.main) and the next statement's line. */
static int m_where(lua_State *L)
{
    GoProg *p = gh_goprog_check(L);
    gh_ExecFrame top;
    if (!gh_exec_frame(p->ex, 0, &top)) return lua_pushnil(L), lua_pushinteger(L, 0), lua_pushinteger(L, 0), 3;
    lua_pushstring(L, top.fn);
    lua_pushinteger(L, gh_exec_depth(p->ex));
    lua_pushinteger(L, top.line);
    return 3;
}

/* prog:find(text [, from]): the first line (at or after from) of the Go file containing
 * text, as it is written (no patterns): a lesson names its stops by their code, never by
 * a typed line number. Raises when no line holds it. */
static int m_find(lua_State *L)
{
    GoProg *p = gh_goprog_check(L);
    if (lua_type(L, 2) != LUA_TSTRING)
        return gh_error_scene(L, "prog:find: want the text of a line, not a %s", luaL_typename(L, 2));
    const char *want = lua_tostring(L, 2);
    lua_Integer from = luaL_optinteger(L, 3, 1);
    for (lua_Integer l = from < 1 ? 1 : from; l <= p->text.nlines; l++)
        if (strstr(gh_text_line(&p->text, (int)l), want)) return lua_pushinteger(L, l), 1;
    return gh_error_scene(L, "prog:find: no line of %s%s contains \"%s\"", p->name, from > 1 ? " from there on" : "", want);
}

/* prog:made_by([addr]): what the library or runtime allocated the room at addr (default:
 * the newest heap object) for on the program's behalf: "fmt's printer (fmt.pp)", "the new
 * goroutine's g (runtime.g)"; nil when it holds one of the program's own values. */
static int m_made_by(lua_State *L)
{
    GoProg *p = gh_goprog_check(L);
    gh_Script *S = gh_script_of(L);
    lua_Integer a;
    if (lua_isnoneornil(L, 2)) a = (lua_Integer)gh_sim_last_alloc(S->sim);
    else if (lua_isinteger(L, 2)) a = lua_tointeger(L, 2);
    else return gh_error_scene(L, "prog:made_by: want a heap address (an integer), not a %s", luaL_typename(L, 2));
    const char *by = a ? gh_exec_alloc_by(p->ex, (uint64_t)a) : NULL;
    if (by) lua_pushstring(L, by);
    else lua_pushnil(L);
    return 1;
}

void gh_goprog_direct_methods(lua_State *L)
{
    static const luaL_Reg methods[] = {{"run_to", m_run_to}, {"var", m_var}, {"addr", m_addr}, {"where", m_where},
                                       {"find", m_find}, {"made_by", m_made_by}, {"sizeof", m_sizeof},
                                       {"map", gh_goprog_m_map}, {NULL, NULL}};
    luaL_setfuncs(L, methods, 0);
}
