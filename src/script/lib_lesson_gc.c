/* lib_lesson_gc.c — one GC cycle run by hand, so a class can watch marking room by room,
 * and the collector's and the front desk's state read with the names the view shows.
 *
 *   lesson.gc_start()        start a cycle (sweep termination, write barrier on); every
 *                            object is white and the root jobs are queued
 *   lesson.gc_mark_step([n]) do n units of mark work (default 1): a unit is one root job
 *                            (finalizers, globals, sync.Pools, one goroutine stack) or one
 *                            grey object scanned, which turns it black and greys what it
 *                            points to. Returns the units done; 0 when no mark work is left
 *   lesson.gc_mark_step("roots")   wait, in one operation, until every root job is done
 *                            (what the roots point to is grey, nothing scanned yet);
 *                            gc_mark_step("grey"): until no grey object is left either (the
 *                            mark is complete; gc_finish then terminates it). Returns the
 *                            units done
 *   lesson.gc_finish()       finish the mark, mark termination, then sweep everything
 *   lesson.color(x)          "white", "grey", "black" or "free": x is a Go value or an
 *                            address (go.addr); a freed object or no object is "free"
 *   lesson.gc_state()        what the janitor panel shows, with Go's names (see below)
 *   lesson.mcache(p)         P p's key ring at the front desk (its mcache): {tiny = the
 *                            current tiny block's address or 0, tinyoffset = bytes used,
 *                            keys = {{size =, noscan =, span = first address}, ...} in
 *                            span-class order}; the mcache is what ReadMemStats and every
 *                            GC flush, so lessons check the rings they talk about
 *   lesson.sizes()           the hotel's fixed sizes, so narration quotes them instead of
 *                            typing them: {tiny = the tiny block, page = a runtime page,
 *                            max_small = the largest room, arena = one arena (building),
 *                            classes = {8, 16, 24, ...} every room size, smallest first}
 *
 * The units are the runtime's own (gh_gc_mark_step: one unit of mgcmark.c's mark work): the lesson only decides
 * when they run. While a lesson holds a cycle, the background mark workers wait for it
 * (gh_gc_set_background off), so the mutator's operations between two gc_mark_step calls
 * (a pointer store through the write barrier, for instance) do not advance the mark;
 * an allocation in debt still assists, as in Go. gc_finish, or the cycle ending in any
 * other way, lets the workers run again. Virtual time passes for each unit as in
 * runtime.GC (one mark worker), so pauses and gctrace figures stay consistent.
 *
 * gc_state() fields: state (as lesson.phase), cycle (cycles started), num_gc (finished,
 * MemStats.NumGC), roots, roots_done, grey (objects in the grey queue), bytes_marked,
 * heap_live (Go's heapLive: bytes in spans in use, the figure the trigger is compared
 * with), heap_marked (live bytes the last mark found), trigger (heapLive at which the
 * next cycle starts), goal (the pacer's heap goal, MemStats.NextGC), gogc. */
#include <string.h>
#include "runtime/runtime.h"
#include "script/lib_lesson_gc.h"
#include "script/script.h"
#include "script/value.h"

static const char *const STATE_NAMES[] = {"off", "sweep termination", "mark", "mark termination", "sweep"};

/* The cycle is over (or was never held): background workers run again. */
static void release_workers(gh_Sim *sim)
{
    if (gh_sim_gc(sim).state != GH_GCS_MARK) gh_gc_set_background(sim, true);
}

static int f_gc_start(lua_State *L)
{
    gh_Sim *sim = gh_op_begin(L);
    uint8_t st = gh_sim_gc(sim).state;
    if (st == GH_GCS_MARK || st == GH_GCS_MARKTERM)
        return luaL_error(L, "lesson.gc_start: a cycle is already marking (finish it with lesson.gc_finish)");
    gh_gc_start(sim, true);
    gh_gc_set_background(sim, false);
    release_workers(sim); /* GODEBUG=gcstoptheworld marks inside gh_gc_start */
    lua_pushinteger(L, gh_sim_gc(sim).cycle);
    return gh_op_end(L, 1);
}

/* Where a wait ends: "roots" once every root job ran, "grey" once the grey queue is empty
 * too. A lesson waits with this instead of polling gc_state() in a Lua loop: the wait is
 * one operation however many units it takes (each unit's events still stop the stepper). */
static bool reached(const gh_GCInfo *gc, int until)
{
    bool roots = gc->rootsDone >= gc->nroots;
    return until == 0 ? roots : roots && gc->ngrey == 0;
}

static int f_gc_mark_step(lua_State *L)
{
    static const char *const untils[] = {"roots", "grey", NULL};
    int until = -1; /* -1: count units */
    lua_Integer n = 1;
    if (lua_type(L, 1) == LUA_TSTRING) {
        until = luaL_checkoption(L, 1, NULL, untils);
    } else {
        n = luaL_optinteger(L, 1, 1);
        luaL_argcheck(L, n >= 1, 1, "at least one unit, or \"roots\" or \"grey\"");
    }
    gh_Sim *sim = gh_op_begin(L);
    lua_Integer done = 0;
    for (gh_GCInfo gc = gh_sim_gc(sim); (until < 0 ? done < n : !reached(&gc, until)) && gc.state == GH_GCS_MARK;
         gc = gh_sim_gc(sim)) {
        if (!gh_gc_mark_step(sim)) break;
        done++;
    }
    release_workers(sim);
    lua_pushinteger(L, done);
    return gh_op_end(L, 1);
}

static int f_gc_finish(lua_State *L)
{
    gh_Sim *sim = gh_op_begin(L);
    gh_gc_mark_finish(sim);
    gh_gc_set_background(sim, true);
    return gh_op_end(L, 0);
}

/* The address lesson.color looks at; *freed when x is a handle whose object is gone. */
static gh_Addr color_target(lua_State *L, gh_Sim *sim, bool *freed)
{
    *freed = false;
    if (lua_isinteger(L, 1)) return (gh_Addr)lua_tointeger(L, 1);
    static const char *const mts[] = {GH_MT_POINTER, GH_MT_STRING, GH_MT_SLICE, GH_MT_BUILDER, GH_MT_BUFFER};
    for (int i = 0; i < 5; i++) {
        gh_Value *v = luaL_testudata(L, 1, mts[i]);
        if (!v) continue;
        if (v->gen != gh_script_of(L)->gen) return luaL_error(L, "lesson.color: a value from a simulator discarded by lesson.reset"), 0;
        *freed = v->serial != GH_SERIAL_NOT_HEAP && gh_object_serial(sim, v->addr) != v->serial;
        return v->addr;
    }
    return luaL_typeerror(L, 1, "Go value or address"), 0;
}

static int f_color(lua_State *L)
{
    static const char *const names[] = {"free", "white", "grey", "black"};
    gh_Sim *sim = gh_script_of(L)->sim;
    bool freed;
    gh_Addr a = color_target(L, sim, &freed);
    int32_t span;
    uint32_t slot;
    gh_Color c = GH_COLOR_FREE;
    if (!freed && gh_find_object(sim, a, &span, &slot)) c = gh_gc_color(sim, span, slot);
    lua_pushstring(L, names[c]);
    return 1;
}

static void field(lua_State *L, const char *name, uint64_t v)
{
    lua_pushinteger(L, (lua_Integer)v);
    lua_setfield(L, -2, name);
}

static int f_gc_state(lua_State *L)
{
    gh_Sim *sim = gh_script_of(L)->sim;
    const gh_GCInfo info = gh_sim_gc(sim), *gc = &info;
    lua_createtable(L, 0, 13);
    lua_pushstring(L, gc->state < 5 ? STATE_NAMES[gc->state] : "?");
    lua_setfield(L, -2, "state");
    field(L, "cycle", gc->cycle);
    field(L, "num_gc", gc->numGC);
    field(L, "roots", gc->nroots);
    field(L, "roots_done", gc->rootsDone);
    field(L, "grey", gc->ngrey);
    field(L, "bytes_marked", gc->bytesMarked);
    field(L, "heap_live", gh_sim_heap(sim).heapLive);
    field(L, "heap_marked", gc->heapMarked);
    field(L, "trigger", gc->trigger);
    field(L, "goal", gc->heapGoal);
    lua_pushinteger(L, gc->gcPercent);
    lua_setfield(L, -2, "gogc");
    return 1;
}

static int f_mcache(lua_State *L)
{
    const gh_Sim *sim = gh_script_of(L)->sim;
    lua_Integer p = luaL_checkinteger(L, 1);
    luaL_argcheck(L, p >= 0 && p < gh_sim_nprocs(sim), 1, "no such P (0 .. GOMAXPROCS-1)");
    gh_MCacheInfo c = gh_sim_mcache_of(sim, (int32_t)p);
    lua_createtable(L, 0, 3);
    field(L, "tiny", c.tiny);
    field(L, "tinyoffset", c.tiny ? c.tinyoffset : 0);
    lua_newtable(L);
    int k = 0;
    for (int spc = 2; spc < GH_NUM_SPAN_CLASSES; spc++) {
        int32_t id = gh_sim_mcache_span(sim, (int32_t)p, spc);
        if (id < 0) continue;
        const gh_MSpan *s = gh_sim_span(sim, id);
        lua_createtable(L, 0, 3);
        field(L, "size", s->elemsize);
        lua_pushboolean(L, gh_spanclass_noscan((uint8_t)spc));
        lua_setfield(L, -2, "noscan");
        field(L, "span", s->startAddr);
        lua_rawseti(L, -2, ++k);
    }
    lua_setfield(L, -2, "keys");
    return 1;
}

static int f_sizes(lua_State *L)
{
    lua_createtable(L, 0, 5);
    field(L, "tiny", GH_TINY_SIZE);
    field(L, "page", GH_PAGE_SIZE);
    field(L, "max_small", GH_MAX_SMALL_SIZE);
    field(L, "arena", GH_ARENA_BYTES);
    lua_createtable(L, GH_NUM_SIZE_CLASSES - 1, 0);
    for (int c = 1; c < GH_NUM_SIZE_CLASSES; c++) { /* class 0 is "large", not a room size */
        lua_pushinteger(L, gh_class_to_size[c]);
        lua_rawseti(L, -2, c);
    }
    lua_setfield(L, -2, "classes");
    return 1;
}

void gh_lesson_gc_register(lua_State *L)
{
    static const luaL_Reg fns[] = {{"gc_start", f_gc_start}, {"gc_mark_step", f_gc_mark_step},
                                   {"gc_finish", f_gc_finish}, {"color", f_color},
                                   {"gc_state", f_gc_state}, {"mcache", f_mcache},
                                   {"sizes", f_sizes}, {NULL, NULL}};
    luaL_setfuncs(L, fns, 0);
}
