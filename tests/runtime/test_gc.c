/* test_gc.c — the janitor's rules, one behaviour per test: colours, the write barrier,
 * allocate-black, sweeping, finalizers, sync.Pool, the pacer's first trigger, gctrace. */
#include <string.h>
#include "check.h"
#include "runtime/access.h"
#include "runtime/runtime.h"
#include "runtime/runtime.h"
#include "runtime/sim.h"

static int32_t node; /* struct { next *node; val int } */

static gh_Sim *new_sim(int procs)
{
    gh_Config cfg = gh_config_default();
    cfg.gomaxprocs = procs;
    cfg.checkmark = true;
    gh_Sim *sim = gh_sim_new(&cfg);
    gh_newproc(sim);
    gh_frame_push(sim, "main", 256, 1);
    node = gh_type_register(sim, "main.node", 16, (const uint8_t[]){0x1});
    return sim;
}

static gh_Color color_of(gh_Sim *sim, gh_Addr a)
{
    int32_t id;
    uint32_t slot;
    if (!gh_find_object(sim, a, &id, &slot)) return GH_COLOR_FREE;
    return gh_gc_color(sim, id, slot);
}

static gh_Addr new_node(gh_Sim *sim, gh_Addr next)
{
    gh_Addr n = gh_newobject(sim, node);
    gh_store_ptr(sim, n, next);
    return n;
}

/* Start a cycle and stop right after sweep termination, with no background help. */
static void start_cycle(gh_Sim *sim)
{
    sim->autoBackground = false;
    gh_gc_start(sim, true);
}

CASE("marking turns reachable objects grey then black")
{
    gh_Sim *sim = new_sim(4);
    gh_Addr root = gh_global(sim, "root", GH_TYPE_POINTER, 8);
    gh_Addr b = new_node(sim, 0);
    gh_Addr a = new_node(sim, b);
    gh_Addr c = new_node(sim, 0); /* garbage */
    gh_store_ptr(sim, root, a);
    gh_temps_clear(sim);
    start_cycle(sim);
    CHECK_EQ(sim->gc.state, GH_GCS_MARK, "concurrent mark after STW 1");
    CHECK_EQ(color_of(sim, a), GH_COLOR_WHITE, "everything starts white");
    gh_gc_mark_unit(sim); /* finalizer roots */
    gh_gc_mark_unit(sim); /* globals: greys a */
    CHECK_EQ(color_of(sim, a), GH_COLOR_GREY, "a root's target turns grey");
    CHECK_EQ(color_of(sim, b), GH_COLOR_WHITE, "what it points to is still white");
    while (sim->gc.rootNext < sim->gc.nroots) gh_gc_mark_unit(sim);
    gh_gc_mark_unit(sim); /* scan a */
    CHECK_EQ(color_of(sim, a), GH_COLOR_BLACK, "a scanned object is black");
    CHECK_EQ(color_of(sim, b), GH_COLOR_GREY, "its referent is grey");
    while (gh_gc_mark_unit(sim)) {}
    CHECK_EQ(color_of(sim, b), GH_COLOR_BLACK, "b black");
    CHECK_EQ(color_of(sim, c), GH_COLOR_WHITE, "unreachable c stays white");
    gh_gc_mark_done(sim);
    CHECK(sim->err == GH_OK, "checkmark agrees");
    gh_gc_finish_sweep(sim);
    CHECK_EQ(color_of(sim, c), GH_COLOR_FREE, "the sweep frees the white room");
    CHECK(color_of(sim, a) != GH_COLOR_FREE && color_of(sim, b) != GH_COLOR_FREE, "live rooms stay");
    gh_sim_free(sim);
}

/* The classic lost object: b is reachable only through a.next; the goroutine copies the
 * pointer to its already-scanned (black) stack, then deletes a.next. */
static bool hide_object_during_mark(bool broken)
{
    gh_Sim *sim = new_sim(4);
    sim->gc.brokenBarrier = broken;
    gh_Addr root = gh_global(sim, "root", GH_TYPE_POINTER, 8);
    gh_Addr local = gh_frame_local(sim, "p", GH_TYPE_POINTER, 8, false);
    gh_Addr b = new_node(sim, 0);
    gh_Addr a = new_node(sim, b);
    gh_store_ptr(sim, root, a);
    gh_temps_clear(sim);
    start_cycle(sim);
    while (sim->gc.rootNext < sim->gc.nroots) gh_gc_mark_unit(sim); /* stack scanned: black */
    gh_store_ptr(sim, local, b);  /* p := a.next (stack store: no barrier) */
    gh_store_ptr(sim, a, 0);      /* a.next = nil: the deletion barrier shades b */
    gh_temps_clear(sim);
    while (gh_gc_mark_unit(sim)) {}
    gh_gc_mark_done(sim);
    bool ok = sim->err == GH_OK;
    if (!ok) fprintf(stderr, "  (expected with a broken barrier) %s\n", sim->errmsg);
    gh_sim_free(sim);
    return ok;
}

CASE("the deletion barrier keeps a moved pointer alive")
{
    CHECK(hide_object_during_mark(false), "checkmark passes with the barrier");
    CHECK(!hide_object_during_mark(true), "without the barrier checkmark catches the lost object");
}

/* Stack liveness (Go's stack maps): a local the compiler knows is dead is no root, even
 * though its bytes still hold the pointer; live again, it is a root again. */
CASE("a dead local is no root; a live one is")
{
    gh_Sim *sim = new_sim(1);
    gh_Addr p = gh_frame_local(sim, "p", GH_TYPE_POINTER, 8, false);
    gh_Addr q = gh_frame_local(sim, "q", GH_TYPE_POINTER, 8, false);
    gh_Addr a = new_node(sim, 0), b = new_node(sim, 0);
    gh_store_ptr(sim, p, a);
    gh_store_ptr(sim, q, b);
    gh_temps_clear(sim);
    gh_frame_set_live(sim, 0, 0, false);               /* p dead, q live */
    const gh_G *g = gh_sim_curg(sim);
    CHECK(gh_frame_slot(g, 0, 0)->dead && !gh_frame_slot(g, 0, 1)->dead, "the slot says which is dead");
    gh_GC(sim);
    CHECK_EQ(color_of(sim, a), GH_COLOR_FREE, "what only the dead p points to is freed");
    CHECK(color_of(sim, b) != GH_COLOR_FREE, "what the live q points to stays");
    uint64_t stale;
    gh_load(sim, p, &stale, 8);
    CHECK_EQ(stale, a, "the dead slot keeps its (stale) bytes, as in Go");
    gh_frame_set_live(sim, 0, 0, true);               /* p := b (a new definition) */
    gh_store_ptr(sim, p, b);
    gh_frame_set_live(sim, 0, 1, false);
    gh_GC(sim);
    CHECK(color_of(sim, b) != GH_COLOR_FREE, "live again, p is a root again");
    gh_frame_set_live(sim, 0, 0, false);
    gh_GC(sim);
    CHECK_EQ(color_of(sim, b), GH_COLOR_FREE, "both dead: nothing keeps b");
    CHECK(sim->err == GH_OK, "checkmark agrees every time");
    gh_sim_free(sim);
}

CASE("objects allocated during mark are black")
{
    gh_Sim *sim = new_sim(4);
    start_cycle(sim);
    gh_curg(sim)->gcAssistBytes = 1 << 20; /* credit: no assist, which could finish the mark */
    gh_Addr x = new_node(sim, 0);
    CHECK_EQ(color_of(sim, x), GH_COLOR_BLACK, "allocate-black");
    gh_temps_clear(sim);
    while (gh_gc_mark_unit(sim)) {}
    gh_gc_mark_done(sim);
    gh_gc_finish_sweep(sim);
    CHECK(color_of(sim, x) != GH_COLOR_FREE, "it survives this cycle even if unreachable");
    gh_GC(sim);
    CHECK_EQ(color_of(sim, x), GH_COLOR_FREE, "and dies in the next");
    gh_sim_free(sim);
}

CASE("sweeping is lazy until someone needs the span")
{
    gh_Sim *sim = new_sim(4);
    sim->autoBackground = false;
    gh_Addr g = new_node(sim, 0);
    gh_temps_clear(sim);
    gh_gc_start(sim, false);
    while (gh_gc_mark_unit(sim)) {}
    gh_gc_mark_done(sim);
    CHECK_EQ(sim->gc.state, GH_GCS_SWEEP, "sweep phase after mark termination");
    gh_gc_finish_sweep(sim);
    CHECK_EQ(color_of(sim, g), GH_COLOR_FREE, "freed when swept");
    CHECK_EQ(sim->gc.state, GH_GCS_IDLE, "nothing left to sweep");
    gh_sim_free(sim);
}

CASE("a finalizer keeps its object for one more cycle")
{
    gh_Sim *sim = new_sim(4);
    gh_Addr inner = new_node(sim, 0);
    gh_Addr obj = new_node(sim, inner);
    CHECK(gh_SetFinalizer(sim, obj, 7), "SetFinalizer");
    gh_temps_clear(sim);
    gh_GC(sim);
    uint64_t p;
    int32_t fn;
    CHECK(color_of(sim, obj) != GH_COLOR_FREE, "after GC 1 the object is still there");
    CHECK(color_of(sim, inner) != GH_COLOR_FREE, "and so is what it points to");
    CHECK(gh_gc_next_finalizer(sim, &p, &fn), "its finalizer is queued");
    CHECK_EQ(p, obj, "for this object");
    CHECK_EQ(fn, 7, "with this function");
    CHECK(sim->gc.fing > 0 && sim->stacks.gs[sim->gc.fing - 1].status == GH_G_WAITING,
          "a finalizer goroutine exists to run it");
    gh_GC(sim);
    CHECK_EQ(color_of(sim, obj), GH_COLOR_FREE, "GC 2 frees it");
    CHECK_EQ(color_of(sim, inner), GH_COLOR_FREE, "and its referent");
    gh_sim_free(sim);
}

CASE("SetFinalizer misuse gets Go's errors")
{
    gh_Sim *sim = new_sim(4);
    gh_Addr glob = gh_global(sim, "g", GH_TYPE_INT64, 8);
    CHECK(gh_SetFinalizer(sim, glob, 1), "a global is silently ignored, as in Go");
    gh_Addr local = gh_frame_local(sim, "x", GH_TYPE_INT64, 8, false);
    CHECK(!gh_SetFinalizer(sim, local, 1), "a stack variable is refused");
    CHECK(strstr(sim->errmsg, "pointer not in allocated block") != NULL, "Go's text");
    gh_sim_clear_error(sim);
    gh_Addr n = new_node(sim, 0);
    CHECK(!gh_SetFinalizer(sim, n + 8, 1), "an interior pointer is refused");
    CHECK(strstr(sim->errmsg, "not at beginning") != NULL, "Go's text");
    gh_sim_clear_error(sim);
    CHECK(gh_SetFinalizer(sim, n, 1), "set once");
    CHECK(!gh_SetFinalizer(sim, n, 2), "set twice is refused");
    CHECK(strstr(sim->errmsg, "finalizer already set") != NULL, "Go's text");
    gh_sim_clear_error(sim);
    CHECK(!gh_SetFinalizer(sim, 0, 1), "nil is refused");
    gh_sim_free(sim);
}

CASE("a scene's finalizers and a Go program's share the queue, each host takes its own")
{
    gh_Sim *sim = new_sim(4);
    gh_Addr a = new_node(sim, 0), b = new_node(sim, 0), c = new_node(sim, 0);
    CHECK(gh_SetFinalizerOf(sim, a, 3, GH_FIN_GO), "a: the Go program's function 3");
    CHECK(gh_SetFinalizer(sim, b, 3), "b: the scene's function 3, the same id");
    CHECK(gh_SetFinalizerOf(sim, c, 4, GH_FIN_GO), "c: the Go program's function 4");
    gh_temps_clear(sim);
    gh_GC(sim);
    CHECK_EQ(sim->gc.nfinq, 3u, "one GC queued all three");
    CHECK_EQ(gh_gc_queued_finalizers(sim, GH_FIN_GO), 2u, "two are the Go program's");
    CHECK_EQ(gh_gc_queued_finalizers(sim, GH_FIN_HOST), 1u, "one is the scene's");
    uint64_t p;
    int32_t fn;
    CHECK(gh_gc_next_finalizer(sim, &p, &fn), "the scene takes its own");
    CHECK_EQ(p, b, "b, not a queued before it");
    CHECK(!gh_gc_next_finalizer(sim, &p, &fn), "the scene has no other");
    CHECK(gh_gc_next_finalizer_of(sim, GH_FIN_GO, &p, &fn) && p == a && fn == 3, "Go takes a first");
    CHECK(gh_gc_next_finalizer_of(sim, GH_FIN_GO, &p, &fn) && p == c && fn == 4, "then c");
    CHECK_EQ(sim->gc.nfinq, 0u, "the queue is empty");
    gh_GC(sim);
    CHECK_EQ(color_of(sim, a), GH_COLOR_FREE, "GC 2 frees a");
    CHECK_EQ(color_of(sim, b), GH_COLOR_FREE, "and b");
    gh_sim_free(sim);
}

CASE("a pooled object survives exactly one GC")
{
    gh_Sim *sim = new_sim(1);
    int32_t pool = gh_pool_new(sim);
    gh_Addr x = new_node(sim, 0);
    gh_pool_put(sim, pool, x);
    gh_temps_clear(sim);
    gh_GC(sim);
    uint64_t got;
    const char *from;
    gh_pool_get(sim, pool, &got, &from);
    CHECK_EQ(got, x, "after one GC Get finds it");
    CHECK_STR(from, "victim", "in the victim cache");
    gh_pool_put(sim, pool, x);
    gh_temps_clear(sim);
    gh_GC(sim);
    gh_GC(sim);
    gh_pool_get(sim, pool, &got, &from);
    CHECK_EQ(got, 0, "after two GCs the pool is empty: New runs");
    CHECK_EQ(color_of(sim, x), GH_COLOR_FREE, "and the object was collected");
    gh_sim_free(sim);
}

CASE("first trigger is 61/64ths of the 4 MiB minimum")
{
    int32_t gogc[] = {100, 200, 50};
    uint64_t want[] = {3997696, 7995392, 1998848};
    for (int i = 0; i < 3; i++) {
        gh_Config cfg = gh_config_default();
        cfg.gcPercent = gogc[i];
        gh_Sim *sim = gh_sim_new(&cfg);
        CHECK_EQ(gh_gc_trigger(sim), want[i], "first trigger (Go 1.19 measured)");
        gh_sim_free(sim);
    }
}

CASE("GOGC off never collects")
{
    gh_Sim *sim = new_sim(4);
    CHECK_EQ(gh_SetGCPercent(sim, -1), 100, "SetGCPercent returns the old value");
    for (int i = 0; i < 200000; i++) {
        gh_temps_clear(sim);
        gh_mallocgc(sim, 64, GH_TYPE_BYTES, true);
    }
    CHECK_EQ(sim->gc.numGC, 0, "no cycle with GOGC=off");
    gh_SetGCPercent(sim, 100);
    for (int i = 0; i < 1000; i++) gh_mallocgc(sim, 64, GH_TYPE_BYTES, true);
    CHECK(sim->gc.numGC >= 1, "turning it back on collects at the next refill");
    gh_sim_free(sim);
}

CASE("a memory limit below the live heap keeps running")
{
    gh_Sim *sim = new_sim(4);
    gh_Addr root = gh_global(sim, "big", GH_TYPE_POINTER, 8);
    gh_store_ptr(sim, root, gh_mallocgc(sim, 8 << 20, GH_TYPE_BYTES, true));
    gh_SetMemoryLimit(sim, 1 << 20);
    for (int i = 0; i < 50000; i++) {
        gh_temps_clear(sim);
        gh_mallocgc(sim, 1024, GH_TYPE_BYTES, true);
    }
    CHECK(sim->err == GH_OK, "no error");
    CHECK(sim->gc.numGC > 20, "the collector runs continuously, as Go does");
    gh_sim_free(sim);
}

CASE("gctrace prints Go's line")
{
    gh_Sim *sim = new_sim(2);
    gh_GC(sim);
    char line[256];
    gh_gc_format_trace(&sim->gc.history[0], line, sizeof line);
    fprintf(stderr, "  %s\n", line);
    CHECK(!strncmp(line, "gc 1 @0.", 8), "cycle number and start time");
    CHECK(strstr(line, " ms clock, ") && strstr(line, " ms cpu, ") && strstr(line, " MB goal, "), "fields");
    CHECK(strstr(line, "4 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)") != NULL, "tail of the line");
    CHECK_EQ(sim->gc.numForcedGC, 1, "NumForcedGC");
    gh_MemStats m;
    gh_ReadMemStats(sim, &m);
    CHECK_EQ(m.NumGC, 1, "NumGC");
    CHECK(m.PauseTotalNs > 0 && m.PauseNs[0] == m.PauseTotalNs, "pause recorded in PauseNs[(NumGC+255)%%256]");
    gh_sim_free(sim);
}

CASE("gcpacertrace prints what the pacer measured: T, H, and work against last cycle's")
{
    /* 1 KiB garbage over a 1 MiB live set: heap-triggered cycles, each expecting the scan
     * work the one before did (Go's lastHeapScan + lastStackScan + globalsScan). */
    gh_Sim *sim = new_sim(4);
    gh_Addr root = gh_global(sim, "live", GH_TYPE_POINTER, 8);
    gh_store_ptr(sim, root, gh_mallocgc(sim, 1 << 20, GH_TYPE_POINTER, true));
    gh_GC(sim);
    char line[512];
    CHECK(!gh_gc_format_pacer_trace(&sim->gc.history[0], line, sizeof line),
          "a forced cycle that allocated nothing during its mark prints no line, as in Go (H <= T)");
    for (int i = 0; i < 20000; i++) {
        gh_temps_clear(sim);
        gh_mallocgc(sim, 1024, GH_TYPE_BYTES, true);
    }
    CHECK(sim->gc.nhistory >= 3, "heap-triggered cycles ran");
    for (uint32_t i = 2; i < sim->gc.nhistory; i++) {
        const gh_CycleStats *c = &sim->gc.history[i], *prev = &sim->gc.history[i - 1];
        CHECK(gh_gc_format_pacer_trace(c, line, sizeof line), "the mutator allocated during the mark");
        if (i == 2) fprintf(stderr, "  %s\n", line);
        char want[256];
        snprintf(want, sizeof want, "for %llu+%llu+%llu B work (%llu B exp.) in %llu B -> %llu B (\xe2\x88\x86goal %lld, ",
                 (unsigned long long)c->heapScanWork, (unsigned long long)c->stackScanWork,
                 (unsigned long long)c->globalsScanWork,
                 (unsigned long long)(prev->heapScanWork + prev->stackScanWork + sim->gc.globalsScan),
                 (unsigned long long)c->heap0, (unsigned long long)c->heap1, (long long)c->heap1 - (long long)c->goal);
        CHECK(strstr(line, want) != NULL, "cycle %u: expected work = the previous cycle's; T, H, H - goal", c->n);
        CHECK(c->heapScanWork >= (1 << 20) && c->globalsScanWork == sim->gc.globalsScan,
              "the live MiB of pointers and the globals were scanned");
    }
    gh_sim_free(sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
