/* lib_lesson.c — the Lua module `lesson`: what a guided lesson adds around the Go code.
 * A title, narration per step, pause points, highlights (recorded for the window to draw),
 * named measurements read as Go's runtime.ReadMemStats reads them (flushing the mcaches),
 * checkpoints that fail with the scene's file and line, and reset for a fresh simulator. */
#include <string.h>
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

static int f_pause(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    snprintf(S->pauseName, sizeof S->pauseName, "%s", luaL_optstring(L, 1, "pause"));
    S->curL = L;
    S->idleInstr = 0;
    gh_script_tick(S, GH_STOP_PAUSE);
    return 0;
}

/* lesson.highlight(kind, target [, note]): kind is room/floor/frame/variable/span. */
static int f_highlight(lua_State *L)
{
    static const char *const kinds[] = {"room", "floor", "frame", "variable", "span", NULL};
    gh_Script *S = gh_script_of(L);
    int k = luaL_checkoption(L, 1, NULL, kinds);
    if (S->nhl == GH_MAX_HIGHLIGHTS) return luaL_error(L, "too many highlights (clear them with lesson.clear)");
    gh_Highlight *h = &S->hl[S->nhl];
    memset(h, 0, sizeof *h);
    snprintf(h->kind, sizeof h->kind, "%s", kinds[k]);
    if (lua_type(L, 2) == LUA_TSTRING) snprintf(h->label, sizeof h->label, "%s", lua_tostring(L, 2));
    else if (lua_isinteger(L, 2)) h->addr = (uint64_t)lua_tointeger(L, 2);
    else h->addr = gh_value_addr(L, 2);
    if (lua_isstring(L, 3)) snprintf(h->label, sizeof h->label, "%s", lua_tostring(L, 3));
    S->nhl++;
    return 0;
}

static int f_clear(lua_State *L)
{
    gh_script_of(L)->nhl = 0;
    return 0;
}

static void delta(lua_State *L, const char *name, int64_t v, gh_Measure *m, int64_t *field)
{
    *field = v;
    lua_pushinteger(L, v);
    lua_setfield(L, -2, name);
    (void)m;
}

/* lesson.measure(name, fn): MemStats deltas of fn, like Go's ReadMemStats before and after. */
static int f_measure(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    const char *name = luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    if (S->nmeasures == GH_MAX_MEASURES) return luaL_error(L, "too many measurements");
    int line = S->line;
    gh_MemStats a, b;
    gh_ReadMemStats(gh_op_begin(L), &a);
    gh_op_end(L, 0);
    lua_pushvalue(L, 2);
    lua_call(L, 0, 0);
    gh_ReadMemStats(gh_op_begin(L), &b);
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
    uint8_t s = gh_script_of(L)->sim->gc.state;
    lua_pushstring(L, s < 5 ? names[s] : "?");
    return 1;
}

/* lesson.reset{gogc=N, procs=N}: a fresh simulator; every old Go value becomes stale. */
static int f_reset(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    gh_Config cfg = S->opt.sim;
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
    lua_pushinteger(L, (lua_Integer)sim->stats.bytesZeroed);
    lua_setfield(L, -2, "bytes");
    lua_pushinteger(L, (lua_Integer)sim->stats.nZeroings);
    lua_setfield(L, -2, "count");
    return 1;
}

/* lesson.profile(): the allocation profile so far, one entry per scene line that allocated:
 * {line, flat_bytes, flat_objects, cum_bytes, cum_objects}, in line order. */
static int f_profile(lua_State *L)
{
    const gh_Profile *p = &gh_script_of(L)->prof;
    lua_newtable(L);
    int k = 0;
    for (int line = 0; line < p->nlines; line++) {
        const gh_ProfileLine *e = &p->lines[line];
        if (!e->flatObjects && !e->cumObjects) continue;
        lua_createtable(L, 0, 5);
        lua_pushinteger(L, line);
        lua_setfield(L, -2, "line");
        lua_pushinteger(L, (lua_Integer)e->flatBytes);
        lua_setfield(L, -2, "flat_bytes");
        lua_pushinteger(L, (lua_Integer)e->flatObjects);
        lua_setfield(L, -2, "flat_objects");
        lua_pushinteger(L, (lua_Integer)e->cumBytes);
        lua_setfield(L, -2, "cum_bytes");
        lua_pushinteger(L, (lua_Integer)e->cumObjects);
        lua_setfield(L, -2, "cum_objects");
        lua_rawseti(L, -2, ++k);
    }
    return 1;
}

int gh_open_lesson(lua_State *L)
{
    static const luaL_Reg fns[] = {{"title", f_title}, {"say", f_say}, {"pause", f_pause},
                                   {"highlight", f_highlight}, {"clear", f_clear}, {"measure", f_measure},
                                   {"check", f_check}, {"expect", f_expect}, {"stats", f_stats},
                                   {"phase", f_phase}, {"reset", f_reset}, {"zeroing", f_zeroing},
                                   {"profile", f_profile}, {NULL, NULL}};
    luaL_newlib(L, fns);
    gh_lesson_gc_register(L); /* gc_start, gc_mark_step, gc_finish, gc_state, color, mcache */
    return 1;
}
