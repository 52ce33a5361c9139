/* sim.h — gh_Sim, the one context every runtime function works on: simulated memory,
 * mheap with its mcentrals, the Ps with their mcaches, types, goroutines, the collector,
 * statistics, the virtual clock and the event stream. No hidden globals: two simulators
 * can live side by side. */
#ifndef GH_SIM_H
#define GH_SIM_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/runtime.h"
#include "runtime/budget.h"
#include "runtime/mcache.h"
#include "runtime/mheap.h"
#include "runtime/memory.h"
#include "runtime/mgc.h"
#include "runtime/mpool.h"
#include "runtime/mstats.h"
#include "runtime/stack.h"
#include "runtime/types.h"

typedef struct gh_P {
    int32_t id;
    gh_MCache mcache;
} gh_P;

struct gh_Sim {
    gh_Config cfg;
    gh_Memory mem;
    gh_MHeap heap;
    gh_P allp[GH_MAX_PROCS];
    int32_t nprocs;
    int32_t curp;              /* P of the running goroutine */
    gh_TypeTable types;
    gh_HeapStats stats;
    gh_Stacks stacks;          /* goroutines, their stacks and frames; globals */
    gh_Collector gc;
    gh_Pools pools;            /* every sync.Pool */
    gh_Budget budget;          /* host memory charged for what the program did (budget.h) */
    bool autoBackground;       /* run background GC work after each mutator operation */
    uint64_t nanotime;         /* virtual clock, ns since the simulated process started */
    int32_t site;              /* allocation site charged for the next allocations (-1 none) */
    uint32_t allocSerial;      /* serial of the last object allocated (never 0) */
    gh_Addr lastAlloc;         /* address mallocgc returned last (for labels in views) */
    /* event stream */
    gh_EventFn listener;
    void *listener_ud;
    uint64_t evseq;
    struct gh_Reach *reach;    /* reachability outside a cycle, cached for one state (reach.c) */
    /* last error */
    gh_Err err;
    char errmsg[GH_ERRMSG_MAX];
};

/* Drop the reachability cache (reach.c). */
void gh_reach_free(gh_Sim *sim);

/* The mcache of the running goroutine's P. */
static inline gh_MCache *gh_sim_mcache(gh_Sim *sim) { return &sim->allp[sim->curp].mcache; }
static inline gh_MSpan *gh_span(const gh_Sim *sim, int32_t id) { return &sim->heap.spans[id]; }
/* The running goroutine (NULL before the first gh_newproc). */
static inline gh_G *gh_curg(const gh_Sim *sim) { return sim->stacks.cur >= 0 ? &sim->stacks.gs[sim->stacks.cur] : NULL; }

/* Emit one event; free when nobody listens. */
static inline void gh_emit(gh_Sim *sim, uint32_t kind, int32_t p, int32_t span, uint32_t slot, gh_Addr addr,
                           uint64_t size, uint64_t aux)
{
    if (!sim->listener) return;
    gh_Event ev = {++sim->evseq, kind, p, span, slot, addr, size, aux};
    sim->listener(sim->listener_ud, &ev);
}

#endif
