/* mgc.h — gh_GC, the janitor: Go's concurrent tri-colour mark-and-sweep collector as
 * an explicit state machine advanced one bounded unit at a time, plus its pacer
 * (GOGC, GOMEMLIMIT), virtual-clock accounting, finalizers and sync.Pool hooks. */
#ifndef GH_MGC_H
#define GH_MGC_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/runtime.h"

enum {
    GH_NUM_PAUSES = 256,
    GH_COST_SWEEP_SPAN_NS = 100,  /* virtual cost of sweeping one span ... */
    GH_COST_SWEEP_SLOT_NS = 5,    /* ... plus this per object slot (docs/cost-model.md) */
};

typedef enum { GH_ROOT_GLOBALS, GH_ROOT_STACK, GH_ROOT_FINALIZERS, GH_ROOT_POOLS } gh_RootKind;

typedef struct gh_Special {    /* a finalizer attached to an object (Go's specialfinalizer) */
    gh_Addr addr;
    int32_t fn;                /* opaque id of the finalizer function (owned by the caller) */
    int32_t span;
    int32_t owner;             /* who runs fn: GH_FIN_HOST (a Lua scene) or GH_FIN_GO (a Go program) */
} gh_Special;

typedef struct gh_Collector {
    uint8_t phase;             /* gh_GCPhase: write barrier on when != OFF */
    uint8_t state;             /* gh_GCState */
    uint32_t cycle;            /* cycles started (Go's work.cycles) */
    uint32_t numGC;            /* cycles finished (MemStats.NumGC) */
    uint32_t numForcedGC;
    /* mark work */
    gh_Addr *grey;             /* grey work queue (LIFO, like a gcWork buffer) */
    uint32_t ngrey, capgrey;
    uint32_t rootNext, nroots; /* root jobs: globals, one per goroutine stack, finalizers, pools */
    uint64_t bytesMarked;
    /* where the collector works now (the janitor's place in the view): the span and slot
     * of the object it scanned last, the stack span of the goroutine whose plates it read,
     * or the span it swept last (slot GH_WORK_WHOLE_SPAN); -1 between jobs and at rest */
    int32_t workSpan;
    uint32_t workSlot;
    uint64_t heapScanWork, stackScanWork, globalsScanWork;
    double bgCredit;           /* background workers' time (ns) not yet spent */
    uint64_t shadeCost;        /* cost of the objects shaded by the current unit */
    int64_t bgScanCredit;      /* Go's bgScanCredit: work done for assists to steal */
    double assistWorkPerByte, assistBytesPerWork;
    bool forced;               /* runtime.GC() cycle */
    bool curgParked;           /* the running goroutine is blocked in runtime.GC() */
    /* pacer (Go's gcControllerState) */
    int32_t gcPercent;
    uint64_t memoryLimit;
    uint64_t heapMarked;
    uint64_t heapGoal;
    uint64_t trigger;
    uint64_t lastHeapScan, lastStackScan, globalsScan;
    uint64_t sweepDistMinTrigger;
    double consMark;
    double consMarkHistory[5];
    uint64_t runway;
    /* sweeping */
    uint32_t sweepSpanClass;   /* background sweeper position */
    uint64_t pagesSwept, pagesInUseAtSweep;
    double sweepPagesPerByte;
    bool bgSweeping;           /* the background sweeper is the one sweeping now */
    uint64_t sweepHeapLiveBasis, pagesSweptBasis;
    double bgSweepCredit;
    /* finalizers */
    gh_Special *specials;
    uint32_t nspecials, capspecials;
    gh_Special *finq;          /* queued finalizers waiting for the finalizer goroutine */
    int32_t fing;              /* the finalizer goroutine's id (created by the first SetFinalizer), 0 = none */
    uint32_t nfinq, capfinq;
    /* statistics and time */
    uint64_t pauseTotalNs;
    uint64_t pauseNs[GH_NUM_PAUSES], pauseEnd[GH_NUM_PAUSES];
    uint64_t lastGC;
    uint64_t gcCPUNs;          /* STW × procs + assists + background workers */
    gh_CycleStats cur;         /* cycle in progress */
    gh_CycleStats *history;    /* every finished cycle */
    uint32_t nhistory, caphistory;
    /* test switches */
    bool brokenBarrier;        /* test-only: the write barrier does nothing */
    bool stwMark;              /* GODEBUG=gcstoptheworld=1 */
} gh_Collector;

struct gh_Sim;
struct gh_G;

/* --- cycle control (mgc.c) --- */
/* Go's gcTrigger{kind: heap}.test(): GC on, no cycle running, heapLive ≥ trigger. */
bool gh_gc_trigger_test(struct gh_Sim *sim);
/* One bounded unit of collector work paid from background credit: a root job, one grey
 * object scanned, mark termination, or one span swept. False if there was nothing to do
 * or no credit. */
bool gh_gc_work_unit(struct gh_Sim *sim);
/* Charge ns of work done by the running goroutine (time passes; no background work runs
 * inside this call, so it is safe in the middle of the allocator). */
void gh_gc_charge(struct gh_Sim *sim, uint64_t ns);
/* A stop-the-world outside the collector (ReadMemStats): time passes, nobody works. */
void gh_gc_charge_stw(struct gh_Sim *sim);
/* Charge the clock for one allocation of `bytes`. */
void gh_gc_charge_alloc_time(struct gh_Sim *sim, uint64_t bytes, bool large);

/* --- marking (mgcmark.c) --- */
/* Shade the object holding address p (grey, or black if noscan); no-op for non-heap. */
void gh_gc_shade(struct gh_Sim *sim, uint64_t p, uint32_t reason);
/* Allocate-black: mark a new object during a cycle. */
void gh_gc_mark_new_object(struct gh_Sim *sim, int32_t span, uint32_t slot, uint64_t elemsize);
/* Go's gcAssistAlloc: pay the goroutine's allocation debt with mark work. */
void gh_gc_assist_alloc(struct gh_Sim *sim, struct gh_G *g);
/* Prepare the root jobs of a cycle. */
void gh_gc_mark_prepare(struct gh_Sim *sim);
/* GODEBUG=gccheckmark=1: recompute reachability; false (and sim error) if a reachable object is white. */
bool gh_gc_checkmark(struct gh_Sim *sim);
/* Visit every root pointer word (stacks, temporaries, globals, pools, finalizer queue). */
void gh_gc_for_each_root(struct gh_Sim *sim, void (*fn)(struct gh_Sim *, uint64_t ptr, void *ud), void *ud);

/* --- sweeping (mgcsweep.c) --- */
/* Sweep one span (claimed by the caller: sweepgen h-1). preserve: keep it out of the sets
 * and never free it (the caller will use it). Returns pages returned to the heap. */
uint32_t gh_sweep_span(struct gh_Sim *sim, int32_t span, bool preserve);
/* Sweep until npages pages were freed or nothing is left (Go's mheap.reclaim). */
void gh_gc_reclaim(struct gh_Sim *sim, uint32_t npages);
/* Proportional sweep: pay for allocating spanBytes (Go's deductSweepCredit). */
void gh_gc_deduct_sweep_credit(struct gh_Sim *sim, uint64_t spanBytes, uint64_t callerSweepPages);

/* --- pacer (mgcpacer.c) --- */
void gh_gc_pacer_init(struct gh_Sim *sim, int32_t gcPercent);
/* heapLive/heapScan change (refill, large alloc, flush). */
void gh_gc_heap_live_update(struct gh_Sim *sim, int64_t dHeapLive, uint64_t dHeapScan);
/* Recompute goal and trigger (Go's gcControllerCommit). */
void gh_gc_pacer_commit(struct gh_Sim *sim);
/* The current trigger (Go's gcControllerState.trigger). */
uint64_t gh_gc_trigger(struct gh_Sim *sim);
/* Cycle start/end hooks of the pacer (assist ratio, cons/mark). */
void gh_gc_pacer_start_cycle(struct gh_Sim *sim);
void gh_gc_pacer_revise(struct gh_Sim *sim);
void gh_gc_pacer_end_cycle(struct gh_Sim *sim);
/* Bytes of memory the runtime has mapped and ready (for the memory limit). */
uint64_t gh_gc_mapped_ready(const struct gh_Sim *sim);

/* --- finalizers (mfinal.c) --- */
/* Sweep hook: the object at slot of span is unmarked; if it has a finalizer, resurrect it
 * and queue the finalizer. Returns true if resurrected. */
bool gh_gc_sweep_special(struct gh_Sim *sim, int32_t span, uint32_t slot);
/* Drop the finalizer records of a freed span. */
void gh_gc_forget_specials(struct gh_Sim *sim, int32_t span);

#endif
