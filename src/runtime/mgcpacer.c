/* mgcpacer.c — the pacer: when to start a cycle and how hard to assist (Go's
 * gcControllerState, mgcpacer.go).
 *
 * Heap goal, recomputed at the end of every cycle and when GOGC or the limit change:
 *   goal = heapMarked + (heapMarked + lastStackScan + globalsScan) × GOGC/100,
 *   at least heapMinimum = 4 MiB × GOGC/100, and at most the memory-limit goal
 *   limit − (mapped memory that is not heap objects) − 1 MiB headroom.
 * Trigger: goal − runway, where runway = 3 × consMark × last cycle's scan work (the
 *   expected allocation during a mark at 25 % CPU), clamped between 45/64 and 61/64 of the
 *   way from heapMarked to goal (or goal − 4 MiB when that is larger). A fresh process at
 *   GOGC=100: goal 4 MiB, trigger 4 MiB × 61/64 = 3 997 696 B (Go measures the same).
 * heapLive, the pacer's input, moves only at mcache refills (+ whole spans), large
 *   allocations and mcache flushes; it is reset to heapMarked at mark termination.
 * Assist ratio during mark: assistWorkPerByte = remaining scan work / remaining heap
 *   distance to the goal.
 * consMark (end of each cycle): (heapLive − trigger) × (u + idle)/(scanWork × (1 − u)); we
 *   keep the maximum of the last 5 measurements, Go 1.21's rule (Go 1.19 smooths it with a
 *   PI controller whose output can go negative; the clamps make both land on the same
 *   triggers for the workloads we compare). */
#include <limits.h>
#include "runtime/sim.h"

#define HEAP_MINIMUM ((uint64_t)4 << 20)
#define SWEEP_MIN_HEAP_DISTANCE ((uint64_t)1 << 20)
#define LIMIT_HEADROOM ((uint64_t)1 << 20)
#define MIN_RUNWAY ((uint64_t)64 << 10)
#define NO_LIMIT ((uint64_t)INT64_MAX)

void gh_gc_pacer_init(gh_Sim *sim, int32_t gcPercent)
{
    gh_Collector *gc = &sim->gc;
    gc->gcPercent = gcPercent < 0 ? -1 : gcPercent;
    gc->memoryLimit = NO_LIMIT;
    gc->heapMarked = 0;
    gh_gc_pacer_commit(sim);
}

uint64_t gh_gc_mapped_ready(const gh_Sim *sim)
{
    /* heap spans + free (unreleased) pages + stacks + modelled runtime metadata */
    gh_MemStats m;
    gh_memstats_peek(sim, &m);
    return m.Sys - m.HeapReleased;
}

static uint64_t memory_limit_goal(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    if (gc->memoryLimit == NO_LIMIT) return UINT64_MAX;
    gh_MemStats m;
    gh_memstats_peek(sim, &m);
    uint64_t mapped = m.Sys - m.HeapReleased;
    uint64_t nonHeap = mapped - sim->stats.heapFree - m.HeapAlloc;
    uint64_t over = mapped > gc->memoryLimit ? mapped - gc->memoryLimit : 0;
    if (nonHeap + over >= gc->memoryLimit) return gc->heapMarked;
    uint64_t goal = gc->memoryLimit - nonHeap - over;
    goal = goal > LIMIT_HEADROOM ? goal - LIMIT_HEADROOM : LIMIT_HEADROOM;
    return goal < gc->heapMarked ? gc->heapMarked : goal;
}

void gh_gc_pacer_commit(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    uint64_t goal = UINT64_MAX;
    if (gc->gcPercent >= 0) {
        uint64_t pct = (uint64_t)gc->gcPercent;
        goal = gc->heapMarked + (gc->heapMarked + gc->lastStackScan + gc->globalsScan) * pct / 100;
        uint64_t minimum = HEAP_MINIMUM * pct / 100;
        if (goal < minimum) goal = minimum;
    }
    uint64_t limitGoal = memory_limit_goal(sim);
    gc->sweepDistMinTrigger = 0;
    if (limitGoal < goal) {
        goal = limitGoal;
    } else if (gc->state == GH_GCS_SWEEP || gc->state == GH_GCS_MARKTERM) {
        gc->sweepDistMinTrigger = sim->stats.heapLive + SWEEP_MIN_HEAP_DISTANCE;
        if (goal < gc->sweepDistMinTrigger) goal = gc->sweepDistMinTrigger;
    }
    gc->heapGoal = goal;
    uint64_t expected = gc->lastHeapScan + gc->lastStackScan + gc->globalsScan;
    gc->runway = (uint64_t)(gc->consMark * 3.0 * (double)expected);
    gc->trigger = gh_gc_trigger(sim);
}

uint64_t gh_gc_trigger(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    uint64_t goal = gc->heapGoal, marked = gc->heapMarked;
    if (goal == UINT64_MAX) return UINT64_MAX;
    if (marked >= goal) return goal;
    uint64_t minTrigger = marked + (goal - marked) / 64 * 45;
    if (gc->sweepDistMinTrigger > minTrigger) minTrigger = gc->sweepDistMinTrigger;
    uint64_t maxTrigger = marked + (goal - marked) / 64 * 61;
    if (goal > HEAP_MINIMUM && goal - HEAP_MINIMUM > maxTrigger) maxTrigger = goal - HEAP_MINIMUM;
    if (maxTrigger < minTrigger) maxTrigger = minTrigger;
    uint64_t trigger = gc->runway > goal ? minTrigger : goal - gc->runway;
    if (trigger < minTrigger) trigger = minTrigger;
    if (trigger > maxTrigger) trigger = maxTrigger;
    return trigger;
}

void gh_gc_heap_live_update(gh_Sim *sim, int64_t dHeapLive, uint64_t dHeapScan)
{
    sim->stats.heapLive = (uint64_t)((int64_t)sim->stats.heapLive + dHeapLive);
    if (sim->gc.phase == GH_GC_OFF) sim->stats.heapScan += dHeapScan;
    else gh_gc_pacer_revise(sim);
}

void gh_gc_pacer_start_cycle(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    for (int32_t i = 0; i < sim->stacks.ngs; i++) sim->stacks.gs[i].gcAssistBytes = 0;
    gc->bgScanCredit = 0;
    gh_gc_pacer_revise(sim);
}

void gh_gc_pacer_revise(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    uint64_t live = sim->stats.heapLive, goal = gc->heapGoal;
    double expected = (double)(gc->lastHeapScan + gc->lastStackScan + gc->globalsScan);
    double done = (double)(gc->heapScanWork + gc->stackScanWork + gc->globalsScanWork);
    if (goal == UINT64_MAX) goal = live + (64 << 20);
    if (done > expected) {
        /* More work than expected: extend the goal proportionally (Go's extrapolation). */
        double maxScan = (double)(sim->stats.heapScan + gc->lastStackScan + gc->globalsScan);
        double hgoal = (double)gc->trigger + (double)(goal - (gc->trigger < goal ? gc->trigger : goal)) * maxScan /
                                               (expected > 0 ? expected : 1);
        double cap = (double)goal * (1.0 + (gc->gcPercent > 0 ? gc->gcPercent : 100) / 100.0);
        goal = (uint64_t)(hgoal < cap ? hgoal : cap);
        expected = maxScan;
    }
    if (live + MIN_RUNWAY > goal) goal = live + MIN_RUNWAY;
    double remaining = expected - done;
    if (remaining < 1000) remaining = 1000;
    double heapRemaining = goal > live ? (double)(goal - live) : 1;
    gc->assistWorkPerByte = remaining / heapRemaining;
    gc->assistBytesPerWork = heapRemaining / remaining;
}

void gh_gc_pacer_end_cycle(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    gh_CycleStats *c = &gc->cur;
    double markNs = (double)(c->concMarkNs ? c->concMarkNs : 1);
    double procs = (double)sim->nprocs;
    double u = 0.25 + (double)c->assistNs / (markNs * procs);
    double idle = (double)c->idleNs / (markNs * procs);
    double scanWork = (double)(gc->heapScanWork + gc->stackScanWork + gc->globalsScanWork);
    double live = (double)sim->stats.heapLive, trig = (double)gc->trigger;
    c->utilization = u;
    c->heapScanWork = gc->heapScanWork;
    c->stackScanWork = gc->stackScanWork;
    c->globalsScanWork = gc->globalsScanWork;
    c->expectedWork = gc->lastHeapScan + gc->lastStackScan + gc->globalsScan;
    c->consMark = gc->consMark;
    double current = 0;
    if (scanWork > 0 && u < 1) current = (live > trig ? live - trig : 0) * (u + idle) / (scanWork * (1 - u));
    for (int i = 4; i > 0; i--) gc->consMarkHistory[i] = gc->consMarkHistory[i - 1];
    gc->consMarkHistory[0] = current;
    gc->consMark = 0;
    for (int i = 0; i < 5; i++)
        if (gc->consMarkHistory[i] > gc->consMark) gc->consMark = gc->consMarkHistory[i];
}

int32_t gh_SetGCPercent(gh_Sim *sim, int32_t percent)
{
    gh_Collector *gc = &sim->gc;
    int32_t old = gc->gcPercent;
    gc->gcPercent = percent < 0 ? -1 : percent;
    gh_gc_pacer_commit(sim);
    /* Go: lowering GOGC can make the current heap exceed the trigger; the next refill starts a GC. */
    return old;
}

int64_t gh_SetMemoryLimit(gh_Sim *sim, int64_t limit)
{
    gh_Collector *gc = &sim->gc;
    int64_t old = (int64_t)gc->memoryLimit;
    if (limit < 0) return old;
    gc->memoryLimit = (uint64_t)limit;
    gh_gc_pacer_commit(sim);
    return old;
}
