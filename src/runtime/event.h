/* event.h — the runtime's ordered stream of typed events.
 * Every state change (a span taken from mheap, a refill, an object allocated, a colour
 * change...) is one gh_Event. Views, tests, the lesson engine and rewind listen; when
 * nobody listens, emitting costs one predictable branch. */
#ifndef GH_EVENT_H
#define GH_EVENT_H
#include <stdint.h>

typedef uint64_t gh_Addr;

#define GH_EVENT_KINDS(X) \
    X(ARENA_RESERVE, "arena reserved")              /* addr = arena base, size = 64 MiB */ \
    X(HEAP_GROW, "heap grown")                      /* addr, size = bytes mapped for the page allocator */ \
    X(SPAN_ALLOC, "span allocated by mheap")        /* span, addr, size = bytes, aux = spanclass */ \
    X(SPAN_FREE, "span returned to mheap")          /* span, addr, size */ \
    X(CENTRAL_GROW, "mcentral grew a new span")     /* span, aux = spanclass */ \
    X(CACHE_SPAN, "mcentral handed span to mcache") /* span, p, aux = spanclass */ \
    X(UNCACHE_SPAN, "mcache returned span to mcentral") /* span, p */ \
    X(REFILL, "mcache refill")                      /* span = new span, p, aux = spanclass */ \
    X(MALLOC, "object allocated")                   /* addr, size = rounded size, span, slot, aux = path */ \
    X(TINY_BLOCK, "tiny block started")             /* addr of the 16-byte block, p */ \
    X(ZERO, "memory zeroed")                        /* addr, size = bytes cleared */ \
    X(MCACHE_FLUSH, "mcache flushed")               /* p */ \
    X(GC_PHASE, "GC phase change")                  /* aux = new gh_GCPhase */ \
    X(GC_START, "GC cycle started")                 /* aux = cycle number */ \
    X(GC_END, "GC cycle finished")                  /* aux = cycle number */ \
    X(SHADE_GREY, "object shaded grey")             /* addr, span, slot, aux = reason */ \
    X(SHADE_BLACK, "object blackened")              /* addr, span, slot */ \
    X(WRITE_BARRIER, "write barrier shaded")        /* addr = slot written, size = old ptr, aux = new ptr */ \
    X(STACK_SCAN, "goroutine stack scanned")        /* aux = goroutine id */ \
    X(ASSIST, "mark assist")                        /* aux = goroutine id, size = work done */ \
    X(SWEEP_SPAN, "span swept")                     /* span, size = objects freed */ \
    X(FREE_OBJECT, "object freed by sweep")         /* addr, span, slot */ \
    X(FINALIZER_QUEUED, "finalizer queued")         /* addr */ \
    X(FINALIZER_RUN, "finalizer ran")               /* addr */ \
    X(POOL_CLEANUP, "sync.Pool cleanup")            /* aux = pools */ \
    X(STACK_ALLOC, "goroutine stack allocated")     /* addr, size, aux = goroutine id */ \
    X(STACK_GROW, "goroutine stack grown (copied)") /* addr = new stack, size = new size, aux = goroutine id */ \
    X(STACK_FREE, "goroutine stack freed")          /* addr, size */ \
    X(FRAME_PUSH, "stack frame pushed")             /* addr = frame base, size, aux = goroutine id */ \
    X(FRAME_POP, "stack frame popped")              /* addr, aux = goroutine id */ \
    X(PTR_STORE, "pointer stored")                  /* addr = slot, aux = new pointer */

typedef enum {
#define GH_EV_ENUM(name, text) GH_EV_##name,
    GH_EVENT_KINDS(GH_EV_ENUM)
#undef GH_EV_ENUM
    GH_EV_COUNT
} gh_EventKind;

/* Allocation paths reported in GH_EV_MALLOC's aux. */
enum { GH_PATH_TINY_FIT = 1, GH_PATH_TINY_NEW, GH_PATH_SMALL, GH_PATH_LARGE };

typedef struct gh_Event {
    uint64_t seq;   /* position in the stream, from 1 */
    uint32_t kind;  /* gh_EventKind */
    int32_t p;      /* P id or -1 */
    int32_t span;   /* span index or -1 */
    uint32_t slot;  /* object index in the span */
    gh_Addr addr;
    uint64_t size;
    uint64_t aux;
} gh_Event;

typedef void (*gh_EventFn)(void *ud, const gh_Event *ev);

/* Short English name of an event kind ("object allocated"). */
const char *gh_event_name(uint32_t kind);
/* Identifier-style name of an event kind ("MALLOC"). */
const char *gh_event_id(uint32_t kind);

#endif
