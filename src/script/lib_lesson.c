/* lib_lesson.c — the Lua module `lesson`: what a guided lesson adds around the Go code.
 * A title, narration per step, pause points, highlights (recorded for the window to draw),
 * named measurements read as Go's runtime.ReadMemStats reads them (flushing the mcaches),
 * checkpoints that fail with the scene's file and line, and reset for a fresh simulator. */
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"
#include "script/govars.h"
#include "script/lib_lesson_gc.h"
#include "script/memstats_table.h"
#include "script/script.h"
#include "script/value.h"

static int f_title(lua_State *L)
{
    snprintf(gh_script_of(L)->title, sizeof gh_script_of(L)->title, "%s", luaL_checkstring(L, 1));
    return 0;
}

static int f_say(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    snprintf(S->narration, sizeof S->narration, "%s", luaL_checkstring(L, 1));
    return 0;
}

/* Speaker notes for the next pause: printed to the presenter's terminal when the window
 * shows that pause, never drawn on the projected window. Several calls before one pause
 * add paragraphs; the pause takes them, so they do not carry over to the next one. */
static int f_notes(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    const char *t = luaL_checkstring(L, 1);
    size_t n = strlen(S->notes);
    if (n + strlen(t) + 2 > sizeof S->notes)
        return luaL_error(L, "lesson.notes: the notes for one pause are longer than %d bytes", (int)sizeof S->notes - 1);
    snprintf(S->notes + n, sizeof S->notes - n, "%s%s", n ? "\n" : "", t);
    return 0;
}

/* lesson.clip(name, from_pause, to_pause): a stretch worth recording, for
 * `gohotel gif SCENE --clip NAME`. The pauses are checked when the GIF is made (a pause
 * may come later in the scene than the clip's declaration). */
static int f_clip(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    const char *name = luaL_checkstring(L, 1), *from = luaL_checkstring(L, 2), *to = luaL_checkstring(L, 3);
    const char *const args[3] = {name, from, to};
    for (int i = 0; i < 3; i++)
        if (!args[i][0] || strlen(args[i]) >= sizeof S->clips[0].name)
            return luaL_error(L, "lesson.clip: %s must be 1 to %d characters", i == 0 ? "the name" : i == 1 ? "the first pause" : "the last pause",
                              (int)sizeof S->clips[0].name - 1);
    for (int i = 0; i < S->nclips; i++)
        if (!strcmp(S->clips[i].name, name)) return luaL_error(L, "lesson.clip: a clip named '%s' already exists", name);
    if (S->nclips == GH_MAX_CLIPS) return luaL_error(L, "lesson.clip: at most %d clips in a scene", GH_MAX_CLIPS);
    gh_Clip *c = &S->clips[S->nclips++];
    snprintf(c->name, sizeof c->name, "%s", name);
    snprintf(c->from, sizeof c->from, "%s", from);
    snprintf(c->to, sizeof c->to, "%s", to);
    return 0;
}

/* lesson.compare{"K=V", "K=V"}: the next pause is worth seeing side by side, the scene run
 * once with each configuration (each "K=V" or "K=V+K=V": a param of the scene, or gogc /
 * procs), as `--compare K=V,K=V` runs it. The window offers it at that pause and `shot
 * --pauses` draws it; the keys are checked when the comparison opens. */
static int f_compare(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    if (luaL_len(L, 1) != 2) return luaL_error(L, "lesson.compare: give two configurations, {\"K=V\", \"K=V\"}");
    char both[2][128];
    for (int i = 0; i < 2; i++) {
        lua_rawgeti(L, 1, i + 1);
        const char *t = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        if (!t || !strchr(t, '=') || t[0] == '=' || strchr(t, ',') || strlen(t) >= sizeof both[i])
            return luaL_error(L, "lesson.compare: configuration %d must be a string K=V (or K=V+K=V) of up to %d characters",
                              i + 1, (int)sizeof both[i] - 1);
        snprintf(both[i], sizeof both[i], "%s", t);
        lua_pop(L, 1);
    }
    if (!strcmp(both[0], both[1])) return luaL_error(L, "lesson.compare: both configurations are '%s'", both[0]);
    snprintf(S->compare, sizeof S->compare, "%s,%s", both[0], both[1]);
    return 0;
}

static int f_pause(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    snprintf(S->pauseName, sizeof S->pauseName, "%s", luaL_optstring(L, 1, "pause"));
    S->curL = L;
    S->idleInstr = 0;
    gh_console_transcript(S, S->pauseName, S->tick + 1, S->narration);
    gh_script_tick(S, GH_STOP_PAUSE);
    S->notes[0] = 0; /* they were this pause's */
    S->compare[0] = 0;
    gh_highlights_prune(S, true); /* the lesson goes on: what it pointed at is said */
    return 0;
}

/* Highlights' lifetime. A room is tracked by its object's allocation serial: when the
 * slot is freed (or reused by another object) the serial there changes. A room shown
 * through a variable (lesson.highlight("room", g, "sink", ...)) also ends when the
 * variable's first word (the pointer, or a string's or slice's data) changes, or when the
 * frame holding a local has returned. */
bool gh_highlight_valid(const gh_Script *S, const gh_LessonHighlight *h)
{
    if (h->gen != S->gen) return false;
    gh_Sim *sim = S->sim;
    if (h->serial && gh_object_serial(sim, h->h.addr) != h->serial) return false;
    if (!h->varAddr) return true;
    if (h->varG >= 0) {
        if (h->varG >= gh_sim_ngs(sim)) return false;
        const gh_G *g = gh_sim_g(sim, h->varG);
        if (g->status == GH_G_DEAD || (uint32_t)h->varFrame >= g->nframes || g->frames[h->varFrame].sp != h->varFrameSP)
            return false;
    }
    uint64_t w;
    return gh_load_word(sim, h->varAddr, &w) && w == h->varWord;
}

void gh_highlights_prune(gh_Script *S, bool passedPause)
{
    int n = 0;
    for (int i = 0; i < S->nhl; i++)
        if ((!passedPause || S->hl[i].keep) && gh_highlight_valid(S, &S->hl[i])) S->hl[n++] = S->hl[i];
    S->nhl = n;
}

/* The options table of lesson.highlight: {keep = true}. */
static bool highlight_keep(lua_State *L, int idx)
{
    bool keep = false;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        if (!key || strcmp(key, "keep") != 0) {
            return gh_error_scene(L, "lesson.highlight: unknown option %s (the options are: keep)",
                              key ? key : luaL_typename(L, -2)), false;
        }
        if (!lua_isboolean(L, -1))
            return gh_error_scene(L, "lesson.highlight: keep must be true or false, not a %s", luaL_typename(L, -1)), false;
        keep = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    return keep;
}

/* The variable form: the room v.name points to, for as long as v.name holds it. */
static void highlight_variable(lua_State *L, gh_LessonHighlight *h, const char *name)
{
    gh_Sim *sim = gh_script_of(L)->sim;
    gh_Vars *vs = luaL_checkudata(L, 2, GH_MT_VARS);
    gh_Addr where;
    const gh_VarSlot *slot = gh_vars_lookup(L, 2, name, &where);
    uint64_t w;
    if (!gh_load_word(sim, where, &w)) gh_op_raise(L);
    if (!w) gh_error_scene(L, "lesson.highlight: %s is nil: there is no room to show", name);
    h->h.addr = w;
    h->varAddr = where;
    h->varWord = w;
    int32_t gi, f;
    if (!vs->global && gh_frame_of(sim, slot->addr, &gi, &f)) /* the plate holding a local */
        h->varG = gi, h->varFrame = f, h->varFrameSP = gh_sim_g(sim, gi)->frames[f].sp;
}

/* lesson.highlight(kind, target [, note] [, {keep = true}]): kind is room/floor/frame/
 * variable/span/line (a line of the go.program's file the narration quotes: the code panel
 * shows it whatever line the program stands at); lesson.highlight("room", vars, "name" [, note] [, opts]) shows the room
 * the variable points to, until the variable changes. */
static int f_highlight(lua_State *L)
{
    static const char *const kinds[] = {"room", "floor", "frame", "variable", "span", "line", NULL}; /* gh_HighlightTarget's order */
    _Static_assert(GH_TARGET_ROOM == 0 && GH_TARGET_FLOOR == 1 && GH_TARGET_FRAME == 2 && GH_TARGET_VARIABLE == 3 &&
                       GH_TARGET_SPAN == 4 && GH_TARGET_LINE == 5 && GH_TARGET_COUNT == 6,
                   "kinds[] follows gh_HighlightTarget");
    gh_Script *S = gh_script_of(L);
    int k = luaL_checkoption(L, 1, NULL, kinds);
    gh_highlights_prune(S, false);
    if (S->nhl == GH_MAX_HIGHLIGHTS) return luaL_error(L, "too many highlights (clear them with lesson.clear)");
    gh_LessonHighlight r;
    memset(&r, 0, sizeof r);
    gh_Highlight *h = &r.h;
    r.gen = S->gen;
    r.varG = r.varFrame = -1;
    h->kind = (gh_HighlightTarget)k;
    int note = 3;
    if (luaL_testudata(L, 2, GH_MT_VARS)) {
        if (h->kind != GH_TARGET_ROOM) return gh_error_scene(L, "lesson.highlight: a go.vars target is for kind \"room\", not \"%s\"", kinds[k]);
        if (lua_type(L, 3) != LUA_TSTRING)
            return gh_error_scene(L, "lesson.highlight(\"room\", vars, NAME): NAME must be a variable name, not a %s",
                              luaL_typename(L, 3));
        highlight_variable(L, &r, lua_tostring(L, 3));
        snprintf(h->label, sizeof h->label, "%s", lua_tostring(L, 3));
        note = 4;
    } else if (lua_type(L, 2) == LUA_TSTRING) {
        snprintf(h->target, sizeof h->target, "%s", lua_tostring(L, 2));
        snprintf(h->label, sizeof h->label, "%s", h->target);
    } else if (lua_isinteger(L, 2)) {
        h->addr = (uint64_t)lua_tointeger(L, 2);
    } else if (lua_isnoneornil(L, 2)) {
        return gh_error_scene(L, "lesson.highlight: %s needs a target", kinds[k]);
    } else {
        h->addr = gh_value_addr(L, 2);
    }
    if (lua_type(L, note) == LUA_TSTRING) snprintf(h->label, sizeof h->label, "%s", lua_tostring(L, note++));
    else if (lua_type(L, note) == LUA_TNUMBER) return gh_error_scene(L, "lesson.highlight: the note must be text, not a number");
    else if (lua_isnil(L, note)) note++;
    if (lua_istable(L, note)) r.keep = highlight_keep(L, note++);
    if (!lua_isnone(L, note))
        return gh_error_scene(L, "lesson.highlight: unexpected argument #%d (a %s); the options table goes last", note,
                          luaL_typename(L, note));
    if (h->kind == GH_TARGET_LINE) { /* a line of the file in the code panel */
        int nlines = S->code ? S->code->nlines : 0;
        if (!lua_isinteger(L, 2) || lua_tointeger(L, 2) < 1 || (S->code && lua_tointeger(L, 2) > nlines))
            return gh_error_scene(L, "lesson.highlight: a line is a number from 1 to %d (the lines of %s)", nlines,
                                  S->code ? S->codeName : "the Go file; no go.program is loaded");
    }
    if (h->kind == GH_TARGET_ROOM && h->addr) { /* a room: tracked while the same object is there */
        uint32_t serial = gh_object_serial(S->sim, h->addr);
        r.serial = serial == GH_SERIAL_NOT_HEAP ? 0 : serial;
    }
    /* The lesson points at something itself: go.program's label of its newest room goes (it
     * is true, but beside the lesson's own highlight it is noise) and comes back with the
     * program's next allocation once the lesson's highlights are gone. */
    int n = 0;
    for (int i = 0; i < S->nhl; i++)
        if (!S->hl[i].fromProgram) S->hl[n++] = S->hl[i];
    S->nhl = n;
    S->hl[S->nhl++] = r;
    return 0;
}

static int f_clear(lua_State *L)
{
    gh_script_of(L)->nhl = 0;
    return 0;
}

/* lesson.figure(name, value): publish a figure the lesson teaches (tests compare it with
 * real Go). The JSON report's "figures" is where it is read (tests/lessons/check_lesson.py);
 * `gohotel run` also echoes it once as "figure NAME VALUE" for a reader, never on the
 * console. A name is published once per run, and every figure fits in the report.
 * value is a number or a boolean (1/0); returns the value as published. */
static int f_figure(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    size_t n;
    const char *name = lua_type(L, 1) == LUA_TSTRING ? lua_tolstring(L, 1, &n) : NULL;
    if (!name) return gh_error_scene(L, "lesson.figure: the name must be text, not a %s", luaL_typename(L, 1));
    bool word = n > 0 && n < sizeof S->figures[0].name;
    for (size_t i = 0; word && i < n; i++)
        word = (name[i] >= 'a' && name[i] <= 'z') || (name[i] >= 'A' && name[i] <= 'Z') || (name[i] >= '0' && name[i] <= '9') ||
               name[i] == '_' || name[i] == '.';
    if (!word) return gh_error_scene(L, "lesson.figure: bad name \"%s\" (letters, digits, _ and . only, at most 63)", name);
    for (int i = 0; i < S->nfigures; i++) /* the JSON report's "figures" holds each name once */
        if (!strcmp(S->figures[i].name, name)) return gh_error_scene(L, "lesson.figure: %s was already published", name);
    if (S->nfigures == GH_MAX_FIGURES) return gh_error_scene(L, "lesson.figure: more than %d figures", GH_MAX_FIGURES);
    lua_settop(L, 2);
    if (lua_isboolean(L, 2)) lua_pushinteger(L, lua_toboolean(L, 2));
    else if (lua_type(L, 2) == LUA_TNUMBER) lua_pushvalue(L, 2);
    else return gh_error_scene(L, "lesson.figure: %s must be a number or a boolean, not a %s", name, luaL_typename(L, 2));
    lua_pushvalue(L, 3);
    gh_console_figure(S, name, lua_tostring(L, 4)); /* Lua's tostring: 42, 0.5, 3.0 */
    lua_pop(L, 1);
    return 1;
}

static void delta(lua_State *L, const char *name, int64_t v, gh_Measure *m, int64_t *field)
{
    *field = v;
    lua_pushinteger(L, v);
    lua_setfield(L, -2, name);
    (void)m;
}

/* The table of measurements is full: the error names the measure's own line. */
static int too_many_measures(lua_State *L, gh_Script *S, int line)
{
    lua_pushfstring(L, "%s:%d: lesson.measure: too many measurements (at most %d in a scene, nested ones included)",
                    S->scenePath, line, (int)GH_MAX_MEASURES);
    return lua_error(L);
}

/* lesson.measure(name, fn): MemStats deltas of fn, like Go's ReadMemStats before and after.
 * While fn runs the measure is open (S->open): a pause inside it shows the comparison's
 * counters from its start (gh_stepper_measure_open). */
static int f_measure(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    const char *name = luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    int line = S->line;
    if (S->nmeasures >= GH_MAX_MEASURES) return too_many_measures(L, S, line);
    gh_MemStats a, b;
    gh_ReadMemStats(gh_op_begin(L), &a);
    gh_op_end(L, 0);
    /* open while fn runs, so a pause inside it can count from where it began; an error in
     * fn closes it too (a scene may pcall lesson.measure) before going on up */
    int depth = S->nopen;
    if (depth < GH_MAX_MEASURES) {
        snprintf(S->open[depth].name, sizeof S->open[depth].name, "%s", name);
        S->open[depth].base = a;
        S->nopen = depth + 1;
    }
    lua_pushvalue(L, 2);
    int st = lua_pcall(L, 0, 0, 0);
    S->nopen = depth;
    if (st != LUA_OK) return lua_error(L);
    gh_ReadMemStats(gh_op_begin(L), &b);
    /* Checked again here: measurements nested inside fn recorded theirs while this one ran,
     * so the check above alone lets 65 nested calls write past measures[64]. */
    if (S->nmeasures >= GH_MAX_MEASURES) return too_many_measures(L, S, line);
    gh_Measure *m = &S->measures[S->nmeasures++];
    memset(m, 0, sizeof *m);
    snprintf(m->name, sizeof m->name, "%s", name);
    m->line = line;
    lua_createtable(L, 0, 6);
    delta(L, "Mallocs", (int64_t)(b.Mallocs - a.Mallocs), m, &m->Mallocs);
    delta(L, "Frees", (int64_t)(b.Frees - a.Frees), m, &m->Frees);
    delta(L, "TotalAlloc", (int64_t)(b.TotalAlloc - a.TotalAlloc), m, &m->TotalAlloc);
    delta(L, "NumGC", (int64_t)b.NumGC - (int64_t)a.NumGC, m, &m->NumGC);
    delta(L, "HeapAlloc", (int64_t)b.HeapAlloc - (int64_t)a.HeapAlloc, m, &m->HeapAlloc);
    delta(L, "PauseTotalNs", (int64_t)(b.PauseTotalNs - a.PauseTotalNs), m, &m->PauseTotalNs);
    return gh_op_end(L, 1);
}

static bool equal(lua_State *L, int a, int b)
{
    if (lua_compare(L, a, b, LUA_OPEQ)) return true;
    /* a Go string equals a Lua string with the same bytes */
    luaL_tolstring(L, a, NULL);
    luaL_tolstring(L, b, NULL);
    bool eq = lua_rawequal(L, -1, -2) && !lua_isnumber(L, a) && !lua_isnumber(L, b);
    lua_pop(L, 2);
    return eq;
}

/* lesson.check(cond, what): a checkpoint. */
static int f_check(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    const char *what = luaL_optstring(L, 2, "condition");
    if (!lua_toboolean(L, 1)) return luaL_error(L, "checkpoint failed: %s", what);
    S->checkpoints++;
    return 0;
}

/* lesson.expect(what, got, want): a checkpoint comparing two values. */
static int f_expect(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    const char *what = luaL_checkstring(L, 1);
    luaL_checkany(L, 3);
    if (!equal(L, 2, 3)) {
        const char *got = luaL_tolstring(L, 2, NULL), *want = luaL_tolstring(L, 3, NULL);
        return luaL_error(L, "checkpoint failed: %s: got %s, want %s", what, got, want);
    }
    S->checkpoints++;
    return 0;
}

/* lesson.stats(): MemStats as a view would read them, without flushing anything. */
static int f_stats(lua_State *L)
{
    gh_MemStats m;
    gh_memstats_peek(gh_script_of(L)->sim, &m);
    lua_newtable(L);
    gh_memstats_to_table(L, &m, lua_gettop(L));
    return 1;
}

static int f_phase(lua_State *L)
{
    static const char *const names[] = {"off", "sweep termination", "mark", "mark termination", "sweep"};
    uint8_t s = gh_sim_gc(gh_script_of(L)->sim).state;
    lua_pushstring(L, s < 5 ? names[s] : "?");
    return 1;
}

/* lesson.reset{gogc=N, procs=N}: a fresh simulator; every old Go value becomes stale. */
static int f_reset(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    gh_Config cfg = S->opt.sim;
    if (S->inFinalizer) /* run_finalizers is running on the simulator a reset would free */
        return gh_error_scene(L, "lesson.reset: not allowed in a finalizer (the finalizer goroutine runs on the "
                                 "simulator it would discard)");
    if (lua_istable(L, 1)) {
        if (lua_getfield(L, 1, "gogc") != LUA_TNIL) cfg.gcPercent = (int32_t)luaL_checkinteger(L, -1);
        if (lua_getfield(L, 1, "procs") != LUA_TNIL) cfg.gomaxprocs = (int32_t)luaL_checkinteger(L, -1);
        lua_pop(L, 2);
    }
    S->curL = L;
    if (!gh_script_boot_sim(S, &cfg)) return luaL_error(L, "lesson.reset: cannot create a simulator");
    gh_script_tick(S, GH_STOP_OP);
    return 0;
}

/* lesson.zeroing(): what mallocgc has cleared because memory was dirty (needzero):
 * {bytes = n, count = n}. */
static int f_zeroing(lua_State *L)
{
    const gh_Sim *sim = gh_script_of(L)->sim;
    lua_createtable(L, 0, 2);
    lua_pushinteger(L, (lua_Integer)gh_sim_heap(sim).bytesZeroed);
    lua_setfield(L, -2, "bytes");
    lua_pushinteger(L, (lua_Integer)gh_sim_heap(sim).nZeroings);
    lua_setfield(L, -2, "count");
    return 1;
}

/* lesson.profile(): the allocation profile so far, one entry per scene line that allocated:
 * {line, flat_bytes, flat_objects, cum_bytes, cum_objects}, in pprof-top order (flat bytes
 * descending, ties by line), so the first row is the line to fix first. */
static int f_profile(lua_State *L)
{
    gh_ProfileRow *r;
    gh_Script *S = gh_script_of(L);
    int n = gh_script_profile_top(S, &r);
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        const gh_ProfileLine *e = &r[i].v;
        lua_createtable(L, 0, 6);
        lua_pushinteger(L, r[i].line);
        lua_setfield(L, -2, "line");
        const char *file = r[i].fileIndex ? r[i].file : S->scenePath;
        const char *base = strrchr(file, '/');
        lua_pushstring(L, base ? base + 1 : file);
        lua_setfield(L, -2, "file");
        lua_pushinteger(L, (lua_Integer)e->flatBytes);
        lua_setfield(L, -2, "flat_bytes");
        lua_pushinteger(L, (lua_Integer)e->flatObjects);
        lua_setfield(L, -2, "flat_objects");
        lua_pushinteger(L, (lua_Integer)e->cumBytes);
        lua_setfield(L, -2, "cum_bytes");
        lua_pushinteger(L, (lua_Integer)e->cumObjects);
        lua_setfield(L, -2, "cum_objects");
        lua_rawseti(L, -2, i + 1);
    }
    free(r);
    return 1;
}

int gh_open_lesson(lua_State *L)
{
    static const luaL_Reg fns[] = {{"title", f_title}, {"say", f_say}, {"notes", f_notes}, {"compare", f_compare}, {"clip", f_clip}, {"pause", f_pause},
                                   {"highlight", f_highlight}, {"clear", f_clear}, {"measure", f_measure},
                                   {"check", f_check}, {"expect", f_expect}, {"stats", f_stats},
                                   {"phase", f_phase}, {"reset", f_reset}, {"zeroing", f_zeroing},
                                   {"profile", f_profile}, {"figure", f_figure}, {NULL, NULL}};
    luaL_newlib(L, fns);
    gh_lesson_gc_register(L); /* gc_start, gc_mark_step, gc_finish, gc_state, color, mcache */
    return 1;
}
