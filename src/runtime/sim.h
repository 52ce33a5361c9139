/* sim.h — gh_Sim, the one context every runtime function works on: simulated memory,
 * mheap with its mcentrals, the Ps with their mcaches, types, goroutines, the collector,
 * statistics, the virtual clock and the event stream. No hidden globals: two simulators
 * can live side by side. */
#ifndef GH_SIM_H
#define GH_SIM_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/event.h"
#include "runtime/mcache.h"
#include "runtime/mheap.h"
#include "runtime/memory.h"
#include "runtime/mgc.h"
#include "runtime/mpool.h"
#include "runtime/mstats.h"
#include "runtime/stack.h"
#include "runtime/types.h"

enum { GH_MAX_PROCS = 64 };

/* Error codes; sim->errmsg holds the message in Go's words. */
typedef enum {
    GH_OK = 0,
    GH_ERR_OUT_OF_MEMORY,      /* "fatal error: out of memory" */
    GH_ERR_SIZE_OUT_OF_RANGE,  /* "runtime: allocation size out of range" */
    GH_ERR_BAD_ARGUMENT,       /* impossible span class, bad pointer, ... */
    GH_ERR_PANIC,              /* a simulated Go panic (nil dereference, index out of range) */
    GH_ERR_FATAL,              /* a simulated Go fatal error (checkmark failure, stack overflow) */
} gh_Err;

typedef struct gh_P {
    int32_t id;
    gh_MCache mcache;
} gh_P;

typedef struct gh_Config {
    int32_t gomaxprocs;        /* default 4 so per-P caches are visible */
    uint64_t memoryLimit;      /* simulated physical memory; beyond it: out of memory (default 4 GiB) */
    int32_t gcPercent;         /* GOGC, default 100; -1 = off */
    bool checkmark;            /* GODEBUG=gccheckmark=1: verify every mark */
} gh_Config;

typedef struct gh_Sim {
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
    bool autoBackground;       /* run background GC work after each mutator operation */
    uint64_t nanotime;         /* virtual clock, ns since the simulated process started */
    int32_t site;              /* allocation site charged for the next allocations (-1 none) */
    uint32_t allocSerial;      /* serial of the last object allocated (never 0) */
    gh_Addr lastAlloc;         /* address mallocgc returned last (for labels in views) */
    /* event stream */
    gh_EventFn listener;
    void *listener_ud;
    uint64_t evseq;
    /* last error */
    gh_Err err;
    char errmsg[256];
} gh_Sim;

/* Defaults: 4 Ps, 4 GiB of simulated memory, GOGC=100, no checkmark. */
gh_Config gh_config_default(void);
/* Create a simulator (NULL if the host is out of memory). */
gh_Sim *gh_sim_new(const gh_Config *cfg);
void gh_sim_free(gh_Sim *sim);
/* Listen to every event (NULL to stop). One listener; layers multiplex themselves. */
void gh_sim_listen(gh_Sim *sim, gh_EventFn fn, void *ud);
/* Record an error in Go's words; returns 0 for convenient `return gh_sim_fail(...)`. */
uint64_t gh_sim_fail(gh_Sim *sim, gh_Err err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void gh_sim_clear_error(gh_Sim *sim);
/* The mcache of the running goroutine's P. */
static inline gh_MCache *gh_sim_mcache(gh_Sim *sim) { return &sim->allp[sim->curp].mcache; }
static inline gh_MSpan *gh_span(gh_Sim *sim, int32_t id) { return &sim->heap.spans[id]; }
/* The running goroutine (NULL before the first gh_newproc). */
static inline gh_G *gh_curg(gh_Sim *sim) { return sim->stacks.cur >= 0 ? &sim->stacks.gs[sim->stacks.cur] : NULL; }
/* runtime.GOMAXPROCS(n): n < 1 only queries. Returns the previous value. */
int32_t gh_sim_gomaxprocs(gh_Sim *sim, int32_t n);

/* Emit one event; free when nobody listens. */
static inline void gh_emit(gh_Sim *sim, uint32_t kind, int32_t p, int32_t span, uint32_t slot, gh_Addr addr,
                           uint64_t size, uint64_t aux)
{
    if (!sim->listener) return;
    gh_Event ev = {++sim->evseq, kind, p, span, slot, addr, size, aux};
    sim->listener(sim->listener_ud, &ev);
}

#endif
