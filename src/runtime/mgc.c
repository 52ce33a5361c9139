/* mgc.c — the collector's cycle: a visible state machine advanced in bounded steps.
 *
 * One cycle, as Go 1.19 runs it (mgc.go), with the state the simulator shows:
 *   IDLE/SWEEP --(heapLive ≥ trigger at a refill or large alloc, or runtime.GC)-->
 *   SWEEPTERM  STW 1, one step: finish the previous sweep, rotate sync.Pool victims,
 *              prepare root jobs, grey each P's tiny block, turn the write barrier on.
 *   MARK       concurrent: the mutator runs; between its operations the background
 *              workers (25 % of GOMAXPROCS plus idle Ps) spend the credit they earned on
 *              the virtual clock, one unit at a time; allocating goroutines assist; new
 *              objects are allocated black.
 *   MARKTERM   STW 2, one step, once no root job or grey object is left: optional
 *              checkmark, heapMarked = bytes marked, sweepgen += 2, new goal and trigger,
 *              NumGC++, every mcache flushed.
 *   SWEEP      _GCoff again: spans are swept lazily by allocation, proportionally, and by
 *              the background sweeper, until none is left (IDLE).
 * The virtual clock (ns) is deterministic: each operation costs a documented amount
 * (docs/cost-model.md); STW pauses, mark durations and gctrace times come from it.
 * The workers get the CPUs the machine has besides the mutator's: min(GOMAXPROCS, NumCPU)
 * − 1 (gh_Config.ncpu, 2 by default like the machine real Go was measured on), so with
 * GOMAXPROCS=4 on 2 CPUs a mark lasts as long as with GOMAXPROCS=2, as Go's does.
 * Simplifications versus Go: one mutator goroutine runs at a time; idle Ps always run idle
 * mark workers; no time-triggered (2-minute) GC; no GC CPU limiter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/sim.h"

enum {
    STW_SWEEPTERM_NS = 20000,
    STW_MARKTERM_NS = 30000,
    COST_MALLOC_NS = 40,
    WORKER_WAKEUP_NS = 30000,   /* mark workers start this long after the world restarts */
    COST_LARGE_NS = 500,
    STW_READMEMSTATS_NS = 10000, /* runtime.ReadMemStats stops the world */
};
#define GH_EPOCH_NS 1700000000000000000ULL /* LastGC/PauseEnd: a fixed Unix time for determinism */

static void set_phase(gh_Sim *sim, uint8_t phase, uint8_t state)
{
    sim->gc.phase = phase;
    sim->gc.state = state;
    sim->gc.workSpan = -1; /* each phase starts between jobs */
    sim->gc.workSlot = 0;
    gh_emit(sim, GH_EV_GC_PHASE, -1, -1, 0, 0, phase, state);
}

/* CPUs the background workers get while the one mutator goroutine runs: the other Ps run
 * the dedicated and idle mark workers, but only as many CPUs as the machine has besides
 * the mutator's: GOMAXPROCS=4 on 2 CPUs gives the workers 1 CPU, not 3 (their threads share
 * it). With a single P the fractional worker takes 25 %. */
static double bg_cpus(const gh_Sim *sim)
{
    int32_t running = sim->nprocs < sim->cfg.ncpu ? sim->nprocs : sim->cfg.ncpu;
    return running > 1 ? running - 1 : 0.25;
}

/* The share of the workers' CPU that gctrace reports as the dedicated/fractional workers'
 * (Go's 25 % of GOMAXPROCS); the idle workers on the other Ps get the rest. When the worker
 * Ps outnumber the spare CPUs, their threads share them evenly. */
static double dedicated_share(const gh_Sim *sim)
{
    if (sim->nprocs <= 1) return 1;
    double share = 0.25 * sim->nprocs / (sim->nprocs - 1);
    return share < 1 ? share : 1;
}

bool gh_gc_trigger_test(gh_Sim *sim)
{
    if (sim->gc.phase != GH_GC_OFF || sim->err || sim->pools.locks) return false;   /* gcStart: not while pinned */
    if (sim->gc.state == GH_GCS_SWEEPTERM) return false;   /* the runtime allocating inside gcStart */
    return sim->stats.heapLive >= gh_gc_trigger(sim);
}

void gh_gc_start(gh_Sim *sim, bool forced)
{
    gh_Collector *gc = &sim->gc;
    if (gc->phase != GH_GC_OFF) return;
    gh_gc_finish_sweep(sim);
    gc->cycle++;
    memset(&gc->cur, 0, sizeof gc->cur);
    gc->cur.n = gc->numGC + 1;
    gc->cur.startNs = sim->nanotime;
    gc->cur.heap0 = sim->stats.heapLive;
    gc->cur.forced = forced;
    gc->cur.procs = sim->nprocs;
    gc->forced = forced;
    set_phase(sim, GH_GC_OFF, GH_GCS_SWEEPTERM);
    /* A listener may allocate for the runtime here (gcBgMarkStartWorkers' goroutines join
     * allgs): white, reached through its roots by the mark; not the program's last object. */
    gh_Addr last = sim->lastAlloc;
    gh_emit(sim, GH_EV_GC_START, -1, -1, 0, 0, sim->stats.heapLive, gc->cycle);
    sim->lastAlloc = last;
    sim->nanotime += STW_SWEEPTERM_NS;
    gc->cur.stwSweepTermNs = STW_SWEEPTERM_NS;
    gh_pool_cleanup(sim);
    gh_gc_mark_prepare(sim);
    set_phase(sim, GH_GC_MARK, GH_GCS_MARK);
    gh_gc_pacer_start_cycle(sim);
    gc->cur.markStartNs = sim->nanotime;
    gc->bgCredit = -(double)WORKER_WAKEUP_NS * bg_cpus(sim);
    if (gc->stwMark) {
        while (gh_gc_mark_unit(sim)) {}
        gh_gc_mark_done(sim);
    }
}

static void record_pause(gh_Sim *sim, uint64_t pause)
{
    gh_Collector *gc = &sim->gc;
    uint32_t i = (gc->numGC + 255) % 256;
    gc->pauseNs[i] = pause;
    gc->pauseEnd[i] = GH_EPOCH_NS + sim->nanotime;
    gc->pauseTotalNs += pause;
    gc->lastGC = GH_EPOCH_NS + sim->nanotime;
}

static void push_history(gh_Sim *sim, gh_Collector *gc)
{
    if (gc->nhistory == gc->caphistory) {
        uint32_t nc = gc->caphistory ? gc->caphistory * 2 : 16;
        gh_CycleStats *h = realloc(gc->history, sizeof(gh_CycleStats) * nc);
        if (!h) {
            gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory (GC cycle history)");
            return;
        }
        gc->history = h;
        gc->caphistory = nc;
    }
    gc->history[gc->nhistory++] = gc->cur;
}

void gh_gc_mark_done(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    if (gc->state != GH_GCS_MARK) return;
    gh_CycleStats *c = &gc->cur;
    c->concMarkNs = sim->nanotime - c->markStartNs;
    c->markTermStartNs = sim->nanotime;
    set_phase(sim, GH_GC_MARKTERMINATION, GH_GCS_MARKTERM);
    sim->nanotime += STW_MARKTERM_NS;
    c->stwMarkTermNs = STW_MARKTERM_NS;
    c->heap1 = sim->stats.heapLive;
    if (sim->cfg.checkmark) gh_gc_checkmark(sim);
    gh_gc_pacer_end_cycle(sim);
    c->goal = gc->heapGoal;
    gc->heapMarked = gc->bytesMarked;
    c->heap2 = gc->bytesMarked;
    gc->lastHeapScan = gc->heapScanWork;
    gc->lastStackScan = gc->stackScanWork;
    sim->stats.heapLive = gc->bytesMarked;
    sim->stats.heapScan = gc->heapScanWork;
    c->stacks = sim->stacks.stackInuse;
    c->globals = gc->globalsScan;
    /* gcSweep: every span becomes unswept. */
    sim->heap.sweepgen += 2;
    gc->sweepSpanClass = 0;
    gc->pagesSwept = 0;
    set_phase(sim, GH_GC_OFF, GH_GCS_SWEEP);
    gh_gc_pacer_commit(sim);
    uint64_t pagesInUse = sim->stats.inHeap / GH_PAGE_SIZE;
    int64_t dist = (int64_t)gc->trigger - (int64_t)sim->stats.heapLive - (1 << 20);
    if (gc->trigger == UINT64_MAX) dist = INT64_MAX / 2;
    if (dist < GH_PAGE_SIZE) dist = GH_PAGE_SIZE;
    gc->sweepPagesPerByte = (double)pagesInUse / (double)dist;
    gc->sweepHeapLiveBasis = sim->stats.heapLive;
    gc->pagesSweptBasis = gc->pagesSwept;
    gc->numGC++;
    if (gc->forced) gc->numForcedGC++;
    c->endNs = sim->nanotime;
    record_pause(sim, c->stwSweepTermNs + c->stwMarkTermNs);
    double markCpu = (double)c->concMarkNs * bg_cpus(sim);
    c->bgWorkerNs = (uint64_t)(markCpu * dedicated_share(sim));
    c->idleNs = (uint64_t)(markCpu - (double)c->bgWorkerNs);
    gc->gcCPUNs += (c->stwSweepTermNs + c->stwMarkTermNs) * (uint64_t)sim->nprocs + c->assistNs + c->bgWorkerNs;
    double total = (double)sim->nanotime * sim->nprocs;
    c->cpuPercent = total > 0 ? (uint32_t)((double)gc->gcCPUNs * 100.0 / total) : 0;
    push_history(sim, gc);
    gh_emit(sim, GH_EV_GC_END, -1, -1, 0, 0, gc->bytesMarked, gc->cycle);
    /* After the world restarts every P flushes its mcache (Go's prepareForSweep). */
    for (int32_t p = 0; p < sim->nprocs; p++) gh_mcache_release_all(sim, p);
}

bool gh_gc_work_unit(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    if (gc->bgCredit < 1) return false;
    if (gc->state == GH_GCS_MARK) {
        uint64_t before = gc->heapScanWork + gc->stackScanWork + gc->globalsScanWork;
        uint64_t cost = gh_gc_mark_unit(sim);
        if (!cost) {
            gh_gc_mark_done(sim);
            return true;
        }
        gc->bgCredit -= (double)cost;
        gc->bgScanCredit += (int64_t)(gc->heapScanWork + gc->stackScanWork + gc->globalsScanWork - before);
        return true;
    }
    if (gc->state == GH_GCS_SWEEP) {
        bool done;
        gc->bgSweeping = true;
        gh_sweepone(sim, &done);
        gc->bgSweeping = false;
        return !done;
    }
    return false;
}

void gh_gc_background(gh_Sim *sim)
{
    while (gh_gc_work_unit(sim)) {}
}

void gh_gc_advance(gh_Sim *sim, uint64_t ns)
{
    sim->nanotime += ns;
    if (sim->gc.state == GH_GCS_MARK || sim->gc.state == GH_GCS_SWEEP) {
        sim->gc.bgCredit += (double)ns * bg_cpus(sim);
        if (sim->autoBackground) gh_gc_background(sim);
    }
}

void gh_gc_charge(gh_Sim *sim, uint64_t ns)
{
    sim->nanotime += ns;
    if (sim->gc.state == GH_GCS_MARK || sim->gc.state == GH_GCS_SWEEP) sim->gc.bgCredit += (double)ns * bg_cpus(sim);
}

void gh_gc_charge_alloc_time(gh_Sim *sim, uint64_t bytes, bool large)
{
    uint64_t ns = COST_MALLOC_NS + (large ? COST_LARGE_NS : 0) + bytes / 16;
    if (sim->gc.state == GH_GCS_IDLE) sim->nanotime += ns; /* nothing runs in the background */
    else gh_gc_advance(sim, ns);
}

void gh_gc_charge_stw(gh_Sim *sim) { sim->nanotime += STW_READMEMSTATS_NS; }

void gh_GC(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    gc->curgParked = true;
    /* Finish a cycle already in its mark phase (Go's gcWaitOnMark). */
    while (gc->state == GH_GCS_MARK) {
        uint64_t cost = gh_gc_mark_unit(sim);
        if (!cost) gh_gc_mark_done(sim);
        else sim->nanotime += cost;
    }
    gh_gc_start(sim, true);
    while (gc->state == GH_GCS_MARK) {
        uint64_t cost = gh_gc_mark_unit(sim);
        if (!cost) gh_gc_mark_done(sim);
        else sim->nanotime += (uint64_t)((double)cost / (sim->nprocs > 0 ? sim->nprocs : 1));
    }
    gh_gc_finish_sweep(sim);
    gc->curgParked = false;
}

/* Go's fmtNSAsMS: whole ms from 10 ms up, else two significant digits. */
static int fmt_ms(char *b, unsigned n, uint64_t ns)
{
    if (ns >= 10000000) return snprintf(b, n, "%llu", (unsigned long long)(ns / 1000000));
    uint64_t x = ns / 1000;
    if (x == 0) return snprintf(b, n, "0");
    int dec = 3;
    while (x >= 100) {
        x /= 10;
        dec--;
    }
    char digits[24];
    snprintf(digits, sizeof digits, "%llu", (unsigned long long)x);
    if (dec == 0) return snprintf(b, n, "%s", digits);
    /* place the decimal point `dec` digits from the right, padding with zeros */
    char tmp[32];
    int len = (int)strlen(digits);
    int pad = dec + 1 - len;
    int k = 0;
    for (int i = 0; i < pad; i++) tmp[k++] = '0';
    memcpy(tmp + k, digits, (size_t)len);
    k += len;
    tmp[k] = 0;
    return snprintf(b, n, "%.*s.%s", k - dec, tmp, tmp + k - dec);
}

void gh_gc_format_trace(const gh_CycleStats *c, char *buf, unsigned n)
{
    char a[7][24];
    fmt_ms(a[0], 24, c->stwSweepTermNs);
    fmt_ms(a[1], 24, c->concMarkNs);
    fmt_ms(a[2], 24, c->stwMarkTermNs);
    fmt_ms(a[3], 24, c->stwSweepTermNs * (uint64_t)c->procs);
    fmt_ms(a[4], 24, c->assistNs);
    fmt_ms(a[5], 24, c->bgWorkerNs);
    fmt_ms(a[6], 24, c->idleNs);
    char mt[24];
    fmt_ms(mt, 24, c->stwMarkTermNs * (uint64_t)c->procs);
    uint64_t ms = c->startNs / 1000000;
    snprintf(buf, n,
             "gc %u @%llu.%03llus %u%%: %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %llu->%llu->%llu MB, %llu MB goal, "
             "%llu MB stacks, %llu MB globals, %d P%s",
             c->n, (unsigned long long)(ms / 1000), (unsigned long long)(ms % 1000), c->cpuPercent, a[0], a[1], a[2],
             a[3], a[4], a[5], a[6], mt, (unsigned long long)(c->heap0 >> 20), (unsigned long long)(c->heap1 >> 20),
             (unsigned long long)(c->heap2 >> 20), (unsigned long long)(c->goal >> 20),
             (unsigned long long)(c->stacks >> 20), (unsigned long long)(c->globals >> 20), c->procs,
             c->forced ? " (forced)" : "");
}

/* Go's print of a float64: sign, one digit, six decimals, e, sign, three exponent digits. */
static void fmt_go_float(char *b, unsigned n, double v)
{
    char t[32];
    snprintf(t, sizeof t, "%+.6e", v);            /* +3.280007e-01 */
    char *e = strchr(t, 'e');
    if (!e) {
        snprintf(b, n, "%s", t);
        return;
    }
    int exp = atoi(e + 1);
    char mant[16];
    size_t len = (size_t)(e - t) < sizeof mant - 1 ? (size_t)(e - t) : sizeof mant - 1;
    memcpy(mant, t, len);
    mant[len] = 0;
    snprintf(b, n, "%se%c%03d", mant, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

bool gh_gc_format_pacer_trace(const gh_CycleStats *c, char *buf, unsigned n)
{
    if (c->heap1 <= c->heap0) return false;   /* Go's endCycle learns nothing from it, prints nothing */
    char cm[32];
    fmt_go_float(cm, sizeof cm, c->consMark);
    snprintf(buf, n, "pacer: %d%% CPU (25 exp.) for %llu+%llu+%llu B work (%llu B exp.) in %llu B -> %llu B (∆goal %lld, cons/mark %s)",
             (int)(c->utilization * 100), (unsigned long long)c->heapScanWork, (unsigned long long)c->stackScanWork,
             (unsigned long long)c->globalsScanWork, (unsigned long long)c->expectedWork,
             (unsigned long long)c->heap0, (unsigned long long)c->heap1, (long long)c->heap1 - (long long)c->goal, cm);
    return true;
}

void gh_gc_set_background(gh_Sim *sim, bool on) { sim->autoBackground = on; }

/* A lesson stepping the mark: the unit's cost passes on the clock as for one mark worker
 * (runtime.GC's way), so pauses and gctrace figures stay consistent. */
bool gh_gc_mark_step(gh_Sim *sim)
{
    uint64_t cost = gh_gc_mark_unit(sim);
    sim->nanotime += cost;
    return cost != 0;
}

void gh_gc_mark_finish(gh_Sim *sim)
{
    while (sim->gc.state == GH_GCS_MARK)
        if (!gh_gc_mark_step(sim)) gh_gc_mark_done(sim);
    gh_gc_finish_sweep(sim);
}
