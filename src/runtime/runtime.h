/* runtime.h — the public API of the simulated Go runtime: everything the other layers
 * (run, golang, script, view, app) may call. It is the only runtime header they include;
 * every other header of src/runtime is private to it (and to tests/runtime, which test
 * the internals).
 *
 * Rules:
 *  - gh_Sim is opaque: its layout is known inside src/runtime only.
 *  - Queries take a const gh_Sim * and have no side effects: they record no error, charge
 *    no virtual time, emit no event. A view may call them at any moment. The structs they
 *    point to (a span's geometry, a goroutine with its frames, a type) are read-only data
 *    and valid until the next operation; small figures come back as value snapshots.
 *  - Operations take a non-const gh_Sim *: they are the mutator's and the host's actions
 *    (allocate, store, push a frame, run the collector, ...) and may emit events, move the
 *    clock and record an error (gh_sim_err / gh_sim_errmsg, in Go's words).
 *  - The runtime has no hidden globals: two simulators can live side by side. */
#ifndef GH_RUNTIME_H
#define GH_RUNTIME_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct gh_Sim gh_Sim;
typedef uint64_t gh_Addr;

/* ======================= the event stream ======================= */
/* Every state change (a span taken from mheap, a refill, an object allocated, a colour
 * change...) is one gh_Event. Views, tests, the lesson engine and rewind listen; when
 * nobody listens, emitting costs one predictable branch. */
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

/* ======================= sizes and the address space ======================= */
/* Go's 68 size classes (class 0 = large), from Go 1.19 runtime/sizeclasses.go. */
enum {
    GH_PAGE_SHIFT = 13,
    GH_PAGE_SIZE = 8192,            /* runtime page, not the OS page */
    GH_MAX_SMALL_SIZE = 32768,      /* largest object served from a size class */
    GH_NUM_SIZE_CLASSES = 68,       /* class 0 means "large object" */
    GH_NUM_SPAN_CLASSES = 136,      /* size class << 1 | noscan */
    GH_TINY_SIZE = 16,              /* the tiny allocator's block size */
    GH_TINY_SIZE_CLASS = 2,         /* the 16-byte class */
    GH_TINY_SPAN_CLASS = 5,         /* class 2, noscan */
    GH_MAX_OBJS_PER_SPAN = 1024,    /* 8-byte class: 8192 / 8 */
};
extern const uint16_t gh_class_to_size[GH_NUM_SIZE_CLASSES];
extern const uint8_t gh_class_to_npages[GH_NUM_SIZE_CLASSES];
/* Smallest size class whose objects hold `size` bytes; size must be 1..32768. */
int gh_size_to_class(uint64_t size);
/* Go's roundupsize: the class size for small sizes, else a multiple of 8 KiB. */
uint64_t gh_roundupsize(uint64_t size);
/* Objects per span of a class (span bytes / object size). */
uint32_t gh_class_nelems(int sizeclass);
/* Bytes of memory an allocation of `size` really takes (size class or pages). */
uint64_t gh_alloc_footprint(uint64_t size, bool noscan);
static inline uint8_t gh_make_spanclass(int sizeclass, int noscan) { return (uint8_t)(sizeclass << 1 | (noscan ? 1 : 0)); }
static inline int gh_spanclass_sizeclass(uint8_t spc) { return spc >> 1; }
static inline int gh_spanclass_noscan(uint8_t spc) { return spc & 1; }

/* Heap addresses start where Go's do on linux/amd64, in 64 MiB arenas. */
#define GH_ARENA_BASE ((gh_Addr)0xc000000000ULL)
enum { GH_ARENA_SHIFT = 26, GH_PTR_SIZE = 8 };
#define GH_ARENA_BYTES ((uint64_t)1 << GH_ARENA_SHIFT) /* 64 MiB */
#define GH_PAGES_PER_ARENA (GH_ARENA_BYTES / 8192)     /* 8192 */
/* Go's zerobase: the address every zero-size allocation returns. */
#define GH_ZEROBASE ((gh_Addr)0x5a0000)

/* ======================= the simulator ======================= */
enum { GH_MAX_PROCS = 64 };

/* Error codes; gh_sim_errmsg holds the message in Go's words. */
typedef enum {
    GH_OK = 0,
    GH_ERR_OUT_OF_MEMORY,      /* "fatal error: out of memory" */
    GH_ERR_SIZE_OUT_OF_RANGE,  /* "runtime: allocation size out of range" */
    GH_ERR_BAD_ARGUMENT,       /* impossible span class, bad pointer, ... */
    GH_ERR_PANIC,              /* a simulated Go panic (nil dereference, index out of range) */
    GH_ERR_FATAL,              /* a simulated Go fatal error (checkmark failure, stack overflow) */
} gh_Err;
enum { GH_ERRMSG_MAX = 256 };  /* bytes of an error message, with its NUL */

typedef struct gh_Config {
    int32_t gomaxprocs;        /* default 4 so per-P caches are visible */
    int32_t ncpu;              /* CPUs of the simulated machine (Go's runtime.NumCPU); default
                                * GH_REFERENCE_NCPU. GOMAXPROCS may exceed it: the extra Ps then
                                * share those CPUs, and so do the mark workers on idle Ps. */
    uint64_t memoryLimit;      /* simulated physical memory; beyond it: out of memory (default 4 GiB) */
    int32_t gcPercent;         /* GOGC, default 100; -1 = off */
    bool checkmark;            /* GODEBUG=gccheckmark=1: verify every mark */
    uint64_t hostBudget;       /* host bytes the simulator may allocate for what a program does
                                * (heap, stacks, metadata, pools, masks; see budget.h); past it:
                                * "fatal error: out of memory". Default GH_HOST_BUDGET_DEFAULT */
} gh_Config;
/* The machine real Go 1.19's figures were measured on (tests/golang/diff, tests/lessons/go,
 * bench/go) has 2 CPUs. */
#define GH_REFERENCE_NCPU 2
#define GH_HOST_BUDGET_DEFAULT ((uint64_t)1 << 30) /* 1 GiB, `--max-memory` changes it */
#define GH_HOST_BUDGET_MIN ((uint64_t)16 << 20)    /* below it a simulator cannot start its heap */

/* ======================= types ======================= */
/* Go type descriptors as the allocator and collector see them: a size, the length of the
 * pointer-holding prefix (ptrdata) and a pointer mask with one bit per 8-byte word. Types
 * are registered in the simulator and referred to by id. */
enum { GH_TYPE_NAME_MAX = 64 };
typedef struct gh_Type {
    char name[GH_TYPE_NAME_MAX]; /* Go spelling: "[]byte", "*Node", "main.T" */
    uint64_t size;               /* bytes of one value */
    uint64_t ptrdata;            /* bytes up to and including the last pointer word; 0 = noscan */
    uint8_t *ptrmask;            /* 1 bit per word of size, 1 = pointer (NULL if noscan) */
    uint8_t kind;                /* gh_TypeKind: what the value's words mean to a reader */
} gh_Type;

/* How a reader shows a value of a type (set at registration from the Go spelling). */
typedef enum { GH_KIND_OTHER = 0, GH_KIND_STRING, GH_KIND_SLICE, GH_KIND_POINTER } gh_TypeKind;

/* Built-in type ids every simulator has. */
enum {
    GH_TYPE_BYTES = 0,   /* raw noscan bytes: string data, []byte backing arrays */
    GH_TYPE_POINTER,     /* one pointer word: *T, []*T elements */
    GH_TYPE_STRING_HDR,  /* string header {data *byte, len int}: boxed strings */
    GH_TYPE_SLICE_HDR,   /* slice header {data, len, cap} */
    GH_TYPE_INT64,       /* 8 noscan bytes */
    GH_TYPE_BUILDER,     /* strings.Builder {addr *Builder; buf []byte} */
    GH_TYPE_BUFFER,      /* bytes.Buffer {buf []byte; off int; lastRead int8} */
    GH_TYPE_BUILTIN_COUNT
};
/* Marker in a span's objtype table: the slot is a tiny block shared by small noscan values. */
#define GH_OBJ_TINY_BLOCK (-2)
/* Host memory the pointer masks of one simulator's types may take (a mask costs one bit per
 * word: a 1 GiB array of pointers, 16 MiB). Past it gh_type_register refuses (-1) and the
 * caller reports "fatal error: out of memory". Noscan types have no mask. */
#define GH_TYPES_MASK_BUDGET ((uint64_t)16 << 20)
/* Host bytes of the pointer mask of a `size`-byte type with pointers. */
static inline uint64_t gh_type_mask_bytes(uint64_t size) { return (size / 8 + 7) / 8; }
/* Is word `i` of a value of this type a pointer? */
static inline bool gh_type_word_is_ptr(const gh_Type *ty, uint64_t i)
{
    return ty->ptrmask && i * 8 < ty->ptrdata && ((ty->ptrmask[i >> 3] >> (i & 7)) & 1);
}

/* ======================= spans (floors of the hotel) ======================= */
/* gh_MSpan mirrors Go's mspan: a run of pages holding objects of one span class. Readers
 * outside the runtime get it read-only (gh_sim_span); spans link by index, never by pointer. */
typedef enum {
    GH_SPAN_DEAD = 0,   /* struct unused, on the free list */
    GH_SPAN_INUSE,      /* heap span: small objects or one large object */
    GH_SPAN_MANUAL,     /* a goroutine stack span (not heap, counted in StackInuse) */
} gh_SpanState;

typedef struct gh_MSpan {
    gh_Addr startAddr;
    gh_Addr limit;          /* end of the last object */
    uint32_t npages;
    uint8_t spanclass;      /* size class << 1 | noscan; 0/1 for large objects */
    uint8_t state;          /* gh_SpanState */
    uint8_t needzero;       /* memory may be dirty: mallocgc must clear slots */
    uint8_t specials;       /* some object has a finalizer */
    uint32_t elemsize;      /* bytes per object (pages × 8192 for large) */
    uint32_t nelems;
    uint32_t freeindex;     /* slot where the search for a free slot resumes */
    uint32_t allocCount;
    uint32_t allocCountBeforeCache;
    uint64_t allocCache;    /* inverted allocBits window starting at freeindex; 1 = free */
    uint32_t sweepgen;      /* h-2 needs sweep, h-1 being swept, h swept, h+1/h+3 cached (h = gh_sim_sweepgen) */
    int32_t cachedBy;       /* P holding this span in its mcache, or -1 */
    uint32_t nwords;        /* words in each bitmap */
    uint64_t *allocBits;    /* 1 = allocated (as of the last sweep + allocations since) */
    uint64_t *gcmarkBits;   /* 1 = marked in the current cycle */
    uint64_t *greyBits;     /* 1 = marked and waiting in the grey queue (for views) */
    int32_t *objtype;       /* per slot: type id of the object (-1 free) — for views */
    int32_t *objsite;       /* per slot: allocation site id (-1 unknown) — for profiles */
    uint32_t *objserial;    /* per slot: allocation serial number (0 free) — detects stale handles */
    int32_t nextFree;       /* free-list link while dead */
    uint64_t allocSeq;      /* event seq when the span was allocated (for views) */
} gh_MSpan;

static inline bool gh_bit_get(const uint64_t *b, uint32_t i) { return (b[i >> 6] >> (i & 63)) & 1; }
/* Object index of `addr` inside the span (Go's objIndex). */
static inline uint32_t gh_mspan_obj_index(const gh_MSpan *s, gh_Addr addr)
{
    return (uint32_t)((addr - s->startAddr) / s->elemsize);
}
/* Is slot i holding an object? Slots below freeindex were handed out since the last
 * sweep; at or above it, allocBits (the survivors of the last mark) decides — Go's isFree. */
static inline bool gh_mspan_is_allocated(const gh_MSpan *s, uint32_t i)
{
    return i < s->freeindex || gh_bit_get(s->allocBits, i);
}

/* What a room (an object slot) is now: the runtime's answer to "what colour is it".
 * Outside a cycle: free, an object, a tiny block, or garbage (allocated but unreachable
 * from the roots: the next cycle frees it). From sweep termination until marking is done:
 * white, grey, black. From mark termination until its span is swept: an unmarked object is
 * garbage and a marked one stays black. Pages of a goroutine stack are STACK. */
typedef enum {
    GH_ROOM_FREE,      /* vacant slot */
    GH_ROOM_ALLOC,     /* allocated object, no GC cycle colouring it */
    GH_ROOM_TINY,      /* a 16-byte tiny block shared by small noscan values */
    GH_ROOM_WHITE,     /* GC running: not (yet) marked */
    GH_ROOM_GREY,      /* GC running: marked, waiting in the grey queue */
    GH_ROOM_BLACK,     /* GC running: marked and scanned; or a survivor waiting for sweep */
    GH_ROOM_GARBAGE,   /* unreachable or unmarked: the janitor will free it */
    GH_ROOM_STACK,     /* a page of a goroutine stack (manual span) */
    GH_ROOM_STATE_COUNT
} gh_RoomState;

/* ======================= goroutines, frames, globals ======================= */
enum {
    GH_STACK_MIN = 2048,        /* Go's _StackMin: every goroutine starts with 2 KiB */
    GH_MAX_TEMPS = 40,          /* in-flight values a goroutine may hold during one operation */
    GH_SLOT_NAME_MAX = 32,
    GH_DATA_BASE = 0x5a0000,    /* where the simulated data+bss segment starts */
    GH_DATA_MAX = 1 << 20,      /* 1 MiB of globals at most */
};
/* Is [a, a+n) inside the data segment? */
static inline bool gh_is_data(gh_Addr a, uint64_t n) { return a >= GH_DATA_BASE && a - GH_DATA_BASE + n <= GH_DATA_MAX; }

typedef enum { GH_G_RUNNABLE, GH_G_RUNNING, GH_G_WAITING, GH_G_DEAD } gh_GStatus;

typedef struct gh_Slot {       /* one named local variable or global */
    char name[GH_SLOT_NAME_MAX];
    uint32_t offset;           /* from the frame's sp (or the data segment base) */
    uint32_t size;
    int32_t type;              /* type id */
    uint8_t escaped;           /* escape analysis moved it to the heap: the slot holds its address */
    uint8_t dead;              /* not live at the current safe point: its words are no roots */
} gh_Slot;

typedef struct gh_Frame {      /* one plate: a function call */
    char fn[GH_SLOT_NAME_MAX];
    gh_Addr sp;                /* lowest address of the frame */
    uint32_t size;             /* bytes, multiple of 8 */
    uint32_t firstSlot, nslots;/* into the goroutine's slot array */
    int32_t line;              /* source line of the call, for views */
} gh_Frame;

typedef struct gh_G {
    int32_t id;
    uint8_t status;            /* gh_GStatus */
    gh_Addr stacklo, stackhi;  /* [lo, hi) */
    int32_t stackSpan;
    gh_Addr sp;                /* current top (lowest used address) */
    gh_Frame *frames;
    uint32_t nframes, capframes;
    gh_Slot *slots;
    uint32_t nslots, capslots;
    gh_Addr temps[GH_MAX_TEMPS];
    uint32_t ntemps;
    int64_t gcAssistBytes;     /* >0 credit, <0 debt (Go's gcAssistBytes) */
    uint32_t scannedCycle;     /* GC cycle in which the stack was last scanned (black) */
    int32_t p;                 /* P it runs on */
    const char *waitReason;    /* parked: Go's g.waitreason as a traceback prints it ("chan receive"), else NULL */
    gh_Addr waitOn;            /* the hchan its one sudog waits on (Go's g.waiting.c); 0: none, or a select's several */
    int32_t wokeBy;            /* woken by a channel partner, not run since: the partner's id, else 0 */
    const char *wokeHow;       /* what the partner did then: "send", "receive", "receive (buffered)", "close" */
    uint64_t copiedFrom;       /* the size of the stack this one was copied from by the last copystack (grown or
                                * shrunk), 0: never moved */
} gh_G;

/* Locals of frame i: the runtime records where a frame's slots start; they end where the
 * next frame's start (or at the goroutine's slot count for the top frame). */
static inline uint32_t gh_frame_nslots(const gh_G *g, uint32_t i)
{
    uint32_t end = i + 1 < g->nframes ? g->frames[i + 1].firstSlot : g->nslots;
    return end > g->frames[i].firstSlot ? end - g->frames[i].firstSlot : 0;
}
/* Local k of frame i (k < gh_frame_nslots(g, i)). */
static inline const gh_Slot *gh_frame_slot(const gh_G *g, uint32_t i, uint32_t k) { return &g->slots[g->frames[i].firstSlot + k]; }

/* The running goroutine and P, to put back after a host ran another mutator on the same
 * simulator (gh_sim_running / gh_sim_set_running). */
typedef struct gh_Running { int32_t g, p; } gh_Running;

/* ======================= the collector ======================= */
/* Go's gcphase. */
typedef enum { GH_GC_OFF = 0, GH_GC_MARK = 1, GH_GC_MARKTERMINATION = 2 } gh_GCPhase;
/* The stepping state of one cycle (finer than gcphase, for views and stepping). */
typedef enum {
    GH_GCS_IDLE = 0,      /* _GCoff, nothing left to sweep */
    GH_GCS_SWEEPTERM,     /* STW 1: sweep termination (runs as one step) */
    GH_GCS_MARK,          /* concurrent mark: roots, then the grey queue */
    GH_GCS_MARKTERM,      /* STW 2: mark termination */
    GH_GCS_SWEEP,         /* _GCoff with unswept spans (concurrent sweep) */
} gh_GCState;
/* Colour of an object slot as the janitor sees it. */
typedef enum { GH_COLOR_FREE = 0, GH_COLOR_WHITE, GH_COLOR_GREY, GH_COLOR_BLACK } gh_Color;

typedef struct gh_CycleStats { /* what gctrace prints for one cycle */
    uint32_t n;
    uint64_t startNs, markStartNs, markTermStartNs, endNs;
    uint64_t stwSweepTermNs, concMarkNs, stwMarkTermNs;
    uint64_t assistNs, bgWorkerNs, idleNs;
    uint64_t heap0, heap1, heap2, goal;
    uint64_t stacks, globals;
    int32_t procs;
    bool forced;
    uint32_t cpuPercent;
    /* what gcpacertrace prints at the end of the cycle (mgcpacer.c) */
    double utilization;                                  /* background 25 % + assists' share */
    uint64_t heapScanWork, stackScanWork, globalsScanWork; /* scan work done (B) */
    uint64_t expectedWork;                               /* last cycle's heap + stack scan + globals */
    double consMark;                                     /* cons/mark before this cycle's update */
} gh_CycleStats;

/* A snapshot of the collector and its pacer. */
#define GH_WORK_WHOLE_SPAN UINT32_MAX /* gh_GCInfo.workSlot: the whole span (sweeping it) */
typedef struct gh_GCInfo {
    uint8_t phase;             /* gh_GCPhase: write barrier on when != OFF */
    uint8_t state;             /* gh_GCState */
    uint32_t cycle;            /* cycles started (Go's work.cycles) */
    uint32_t numGC, numForcedGC;
    uint32_t nroots, rootsDone;/* root jobs of this cycle and how many are done */
    uint32_t ngrey;            /* objects in the grey queue */
    uint64_t bytesMarked;
    /* Where the collector is working: the span and slot of the object scanned last, the
     * stack span of the goroutine scanned last (slot 0), the span swept last (slot
     * GH_WORK_WHOLE_SPAN); workSpan -1 when between jobs (a new phase, globals, finalizer
     * and pool roots) or at rest. The span may have been freed by its sweep. */
    int32_t workSpan;
    uint32_t workSlot;
    int32_t gcPercent;         /* GOGC; negative = off */
    uint64_t memoryLimit;
    uint64_t heapMarked, heapGoal, trigger;
    uint64_t pagesSwept, pagesInUseAtSweep;
    uint32_t nfinq;            /* finalizers queued, waiting for the finalizer goroutine */
    int32_t fing;              /* the finalizer goroutine's id, 0 = none yet */
    bool background;           /* background work runs after each mutator operation */
} gh_GCInfo;

/* A snapshot of the heap's counters (mheap, arenas, Go's consistent heap stats). */
typedef struct gh_HeapInfo {
    uint32_t narenas;          /* 64 MiB heap arenas reserved */
    uint32_t mappedPages;      /* pages the page allocator owns */
    int32_t nspans;            /* span structs ever made (ids 0 .. nspans-1) */
    int32_t nspansInUse;       /* live span structs (heap + stack) */
    uint32_t sweepgen;         /* +2 every GC */
    uint64_t inHeap;           /* bytes in in-use heap spans (HeapInuse) */
    uint64_t inStacks;         /* bytes in stack spans (StackInuse) */
    uint64_t heapLive;         /* pacer input: Go's heapLive */
    uint64_t bytesZeroed;      /* bytes cleared by mallocgc because a span was dirty */
    uint64_t nZeroings;
} gh_HeapInfo;

/* The reception desk of one span class (Go's mcentral): floors in its four span sets. */
typedef struct gh_CentralInfo { uint32_t partialSwept, partialUnswept, fullSwept, fullUnswept; } gh_CentralInfo;
/* One P's key ring (Go's mcache): the tiny block; gh_sim_mcache_span gives its spans (gh_sim_mcache_of). */
typedef struct gh_MCacheInfo { gh_Addr tiny; uint64_t tinyoffset; uint64_t tinyAllocs; } gh_MCacheInfo;
/* One sync.Pool: counters and what it holds. */
typedef struct gh_PoolInfo { bool used; uint64_t gets, puts, news; uint32_t held, victims; } gh_PoolInfo;

/* ======================= MemStats ======================= */
typedef struct gh_MemStats {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
    uint64_t BuckHashSys, GCSys, OtherSys;
    uint64_t NextGC, LastGC, PauseTotalNs;
    uint64_t PauseNs[256], PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double GCCPUFraction;
    int EnableGC, DebugGC;
    struct { uint32_t Size; uint64_t Mallocs, Frees; } BySize[61];
} gh_MemStats;
/* Name/offset table of the fields, for reports and Lua (NULL-terminated). */
typedef struct gh_MemStatsField { const char *name; unsigned offset; char kind; /* 'u' uint64, 'w' uint32, 'd' double */ } gh_MemStatsField;
extern const gh_MemStatsField gh_memstats_fields[];
/* The value of field x of m as decimal text ("%.6g" for GCCPUFraction); returns buf. */
const char *gh_memstats_field_text(const gh_MemStats *m, const gh_MemStatsField *x, char *buf, unsigned n);
/* Go's gctrace line for a finished cycle (no newline). */
void gh_gc_format_trace(const gh_CycleStats *c, char *buf, unsigned n);
/* Go's GODEBUG=gcpacertrace=1 line for a finished cycle: `pacer: U% CPU (25 exp.) for
 * HEAP+STACK+GLOBALS B work (EXPECTED B exp.) in T B -> H B (∆goal H−GOAL, cons/mark C)`,
 * T = heapLive when the cycle started, H = at mark termination. False (no line), as in Go,
 * when H ≤ T. */
bool gh_gc_format_pacer_trace(const gh_CycleStats *c, char *buf, unsigned n);

/* ======================= strings, slices, std types ======================= */
typedef struct gh_String { gh_Addr ptr; int64_t len; } gh_String;
typedef struct gh_Slice { gh_Addr ptr; int64_t len, cap; } gh_Slice;
enum { GH_TMP_STRING_BUF = 32 }; /* Go's tmpStringBufSize: non-escaping results up to 32 B stay on the stack */
enum { GH_BUILDER_SIZE = 32, GH_BUFFER_SIZE = 40, GH_BUFFER_SMALL = 64 };
/* Serial number gh_object_serial gives addresses outside heap objects. */
#define GH_SERIAL_NOT_HEAP 0xffffffffu

/* ############################ QUERIES ############################ */

/* ---- the simulator ---- */
gh_Config gh_sim_config(const gh_Sim *sim);           /* as created */
int32_t gh_sim_nprocs(const gh_Sim *sim);             /* GOMAXPROCS now */
uint64_t gh_sim_nanotime(const gh_Sim *sim);          /* virtual clock, ns since the process started */
uint64_t gh_sim_event_seq(const gh_Sim *sim);         /* seq of the last event emitted */
gh_Err gh_sim_err(const gh_Sim *sim);                 /* last error, GH_OK if none */
const char *gh_sim_errmsg(const gh_Sim *sim);         /* its message in Go's words ("" if none) */
int32_t gh_sim_site(const gh_Sim *sim);               /* allocation site charged now (-1 none) */
uint32_t gh_sim_alloc_serial(const gh_Sim *sim);      /* serial of the last object allocated */
gh_Addr gh_sim_last_alloc(const gh_Sim *sim);         /* address mallocgc returned last */
gh_EventFn gh_sim_listener(const gh_Sim *sim, void **ud);
gh_Running gh_sim_running(const gh_Sim *sim);
/* One 64-bit fingerprint of the whole state (spans, bitmaps, heap and stack bytes, mcaches,
 * mcentrals, statistics, goroutines, globals, collector, pools): two states with equal
 * hashes are the same state for every view and test (statehash.c). */
uint64_t gh_state_hash(const gh_Sim *sim);

/* ---- types (read-only; gh_type_register adds) ---- */
int32_t gh_sim_ntypes(const gh_Sim *sim);
const gh_Type *gh_sim_type(const gh_Sim *sim, int32_t id);   /* NULL if out of range */
/* Would a pointer mask for a `size`-byte type still fit in GH_TYPES_MASK_BUDGET and in the
 * host-memory budget? */
bool gh_sim_type_mask_fits(const gh_Sim *sim, uint64_t size);

/* ---- the host-memory budget (budget.h) ---- */
typedef struct gh_HostMemory {
    uint64_t limit;            /* gh_Config.hostBudget */
    uint64_t used;             /* host bytes charged now */
    uint64_t peak;             /* most charged at once */
} gh_HostMemory;
gh_HostMemory gh_sim_host_memory(const gh_Sim *sim);

/* ---- heap, spans, arenas ---- */
gh_HeapInfo gh_sim_heap(const gh_Sim *sim);
uint32_t gh_sim_sweepgen(const gh_Sim *sim);
int32_t gh_sim_nspans(const gh_Sim *sim);
const gh_MSpan *gh_sim_span(const gh_Sim *sim, int32_t id); /* NULL if out of range */
int32_t gh_sim_span_of(const gh_Sim *sim, gh_Addr a);       /* the span holding a, or -1 (Go's spanOf) */
/* The span owning page `page` (index from GH_ARENA_BASE), -1 when free or unmapped; whether a
 * free page was released to the OS (HeapReleased). */
int32_t gh_sim_page_span(const gh_Sim *sim, uint32_t page);
bool gh_sim_page_released(const gh_Sim *sim, uint32_t page);
gh_CentralInfo gh_sim_central(const gh_Sim *sim, int spanclass);

/* ---- Ps and their mcaches ---- */
gh_MCacheInfo gh_sim_mcache_of(const gh_Sim *sim, int32_t p);
/* The span P p allocates class spc from (-1: Go's emptymspan). */
int32_t gh_sim_mcache_span(const gh_Sim *sim, int32_t p, int spanclass);

/* ---- objects and memory ---- */
/* The heap object holding p: span id and slot; false if p is not in a live heap object. */
bool gh_find_object(const gh_Sim *sim, uint64_t p, int32_t *span, uint32_t *slot);
/* Serial number of the heap object holding a (set at allocation, so a slot reused by a new
 * object has a new one); 0 if a is in no live object; GH_SERIAL_NOT_HEAP for addresses
 * outside heap objects (globals, read-only data, stacks, zerobase). */
uint32_t gh_object_serial(const gh_Sim *sim, gh_Addr a);
/* Host bytes of [a, a+n) for reading, without an error or a charge: the used globals, or
 * pages of a live span (heap or stack). NULL when not mapped. */
const uint8_t *gh_peek(const gh_Sim *sim, gh_Addr a, uint64_t n);
/* Does the heap word at a hold a pointer (the heap bitmap)? a must be in a live span. */
bool gh_peek_is_ptr(const gh_Sim *sim, gh_Addr a);

/* ---- rooms: states and reachability ---- */
/* The state of one room (see gh_RoomState); GH_ROOM_FREE for a bad span or slot. */
gh_RoomState gh_room_state(const gh_Sim *sim, int32_t span, uint32_t slot);
/* The states of every room of a span into out[0 .. n) (uint8_t gh_RoomState each); returns
 * the rooms written (min(nelems, n)). One call per floor, for painting. */
uint32_t gh_room_states(const gh_Sim *sim, int32_t span, uint8_t *out, uint32_t n);
/* The states a room can be in now, whatever its span (a bit per gh_RoomState): while
 * marking free, white, grey, black and stack; at mark termination free, black, garbage and
 * stack; else all but white and grey. A caller looking for which states are present stops
 * once it has seen these. */
unsigned gh_room_states_possible(const gh_Sim *sim);
/* Outside a cycle, allocated objects no root reaches (a read-only trace like checkmark's,
 * cached in the simulator for one state); *hash says which (repaint when it moves). 0 when
 * not known (heaps of more than 100000 objects are not traced). */
uint32_t gh_garbage_count(const gh_Sim *sim, uint64_t *hash);
/* The janitor's colour of an object slot. */
gh_Color gh_gc_color(const gh_Sim *sim, int32_t span, uint32_t slot);

/* ---- goroutines, frames, globals ---- */
int32_t gh_sim_ngs(const gh_Sim *sim);                /* goroutines ever made (dead ones too) */
const gh_G *gh_sim_g(const gh_Sim *sim, int32_t i);   /* by index 0 .. ngs-1 (id = index + 1) */
const gh_G *gh_sim_curg(const gh_Sim *sim);           /* the running goroutine, NULL before the first */
int32_t gh_NumGoroutine(const gh_Sim *sim);           /* runtime.NumGoroutine */
/* The goroutine id whose stack is span `span`, or -1. */
int32_t gh_stack_owner(const gh_Sim *sim, int32_t span);
/* Which live goroutine (index) and frame the stack address a belongs to; false if none. */
bool gh_frame_of(const gh_Sim *sim, gh_Addr a, int32_t *gi, int32_t *frame);
/* The local named `name` in frame i of g (index into that frame's locals), or -1. */
int32_t gh_frame_local_index(const gh_G *g, uint32_t i, const char *name);
uint32_t gh_sim_nglobals(const gh_Sim *sim);
const gh_Slot *gh_sim_global(const gh_Sim *sim, uint32_t k);
/* The global named `name` (index), or -1; the global holding address a, or -1. */
int32_t gh_global_index(const gh_Sim *sim, const char *name);
int32_t gh_global_of(const gh_Sim *sim, gh_Addr a);

/* ---- the collector ---- */
gh_GCInfo gh_sim_gc(const gh_Sim *sim);
/* Finished cycles (gctrace lines), oldest first. */
uint32_t gh_sim_gc_ncycles(const gh_Sim *sim);
const gh_CycleStats *gh_sim_gc_cycle(const gh_Sim *sim, uint32_t i);
bool gh_sim_gc_last_forced(const gh_Sim *sim);   /* the last finished cycle was runtime.GC()'s */
/* The cycle in progress (its figures so far), NULL while the collector is off. */
const gh_CycleStats *gh_sim_gc_current(const gh_Sim *sim);
/* The same figures as ReadMemStats without flushing anything, for views. */
void gh_memstats_peek(const gh_Sim *sim, gh_MemStats *m);

/* ---- consistency ---- */
/* Check every structural invariant (no overlapping spans or objects, bitmaps agree with
 * counts, pages agree with the span map, MemStats agree with the spans, mcentral sets hold
 * what their names say). On failure returns false and writes the first broken invariant
 * into msg. For tests and fuzzers (invariants.c). */
bool gh_check_invariants(const gh_Sim *sim, char *msg, unsigned n);

/* ---- pools ---- */
int32_t gh_sim_npools(const gh_Sim *sim);
/* While a Put pushes onto its P's shared chain and allocates a ring (a poolChainElt, then
 * its vals): 1 for the chain's first ring, 2 for a bigger one; else 0 (the heap profile). */
int gh_sim_pool_chain_alloc(const gh_Sim *sim);
gh_PoolInfo gh_sim_pool(const gh_Sim *sim, int32_t id);

/* ############################ OPERATIONS ############################ */

/* ---- lifetime, listening, errors ---- */
/* Defaults: 4 Ps, 4 GiB of simulated memory, GOGC=100, no checkmark. */
gh_Config gh_config_default(void);
/* Create a simulator (NULL if the host is out of memory). */
gh_Sim *gh_sim_new(const gh_Config *cfg);
void gh_sim_free(gh_Sim *sim);
/* Listen to every event (NULL to stop). One listener; layers multiplex themselves. */
void gh_sim_listen(gh_Sim *sim, gh_EventFn fn, void *ud);
/* Charge `bytes` of host memory the caller is about to allocate for the program (what names
 * it: "goroutine host stack"); past the budget: false, and the simulator's error is
 * "fatal error: out of memory (what: ...)". gh_sim_uncharge gives bytes back once freed. */
bool gh_sim_charge(gh_Sim *sim, uint64_t bytes, const char *what);
void gh_sim_uncharge(gh_Sim *sim, uint64_t bytes);
/* Record an error in Go's words; returns 0 for convenient `return gh_sim_fail(...)`. */
uint64_t gh_sim_fail(gh_Sim *sim, gh_Err err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void gh_sim_clear_error(gh_Sim *sim);
/* Charge the next allocations to allocation site `site` (-1 none; for profiles). */
void gh_sim_set_site(gh_Sim *sim, int32_t site);
/* Put back the running goroutine and P of gh_sim_running, with no event. */
void gh_sim_set_running(gh_Sim *sim, gh_Running r);
/* runtime.GOMAXPROCS(n): n < 1 only queries. Returns the previous value. */
int32_t gh_sim_gomaxprocs(gh_Sim *sim, int32_t n);

/* ---- types ---- */
/* Register a type; ptrmask has one bit per word (may be NULL for noscan). Returns its id, or
 * -1 when out of memory or when its mask would take the table past GH_TYPES_MASK_BUDGET. */
int32_t gh_type_register(gh_Sim *sim, const char *name, uint64_t size, const uint8_t *ptrmask);

/* ---- allocation ---- */
/* Go's mallocgc: allocate size bytes for objects of type `type` (an id; the bitmap repeats
 * for arrays; GH_TYPE_BYTES = noscan). needzero=false is for callers that overwrite every
 * byte (rawstring). Returns 0 and sets the simulator error on failure. */
gh_Addr gh_mallocgc(gh_Sim *sim, uint64_t size, int32_t type, bool needzero);
gh_Addr gh_newobject(gh_Sim *sim, int32_t type);                 /* new(T) */
/* An array of n values of type: checks n for the overflow Go reports as out of range. */
gh_Addr gh_newarray(gh_Sim *sim, int32_t type, int64_t n);

/* ---- loads, stores, the write barrier ---- */
/* Host bytes for [a, a+n) if the whole range is live simulated memory (a heap object, the
 * used part of a goroutine stack, or globals); else NULL with a Go-worded error set. */
uint8_t *gh_mem(gh_Sim *sim, gh_Addr a, uint64_t n);
bool gh_load(gh_Sim *sim, gh_Addr a, void *out, uint64_t n);
bool gh_store(gh_Sim *sim, gh_Addr a, const void *in, uint64_t n);
bool gh_load_word(gh_Sim *sim, gh_Addr a, uint64_t *v);
/* *slot = v for a pointer-typed word, with the hybrid write barrier during a GC cycle. */
bool gh_store_ptr(gh_Sim *sim, gh_Addr slot, uint64_t v);
/* Go's typedmemmove/memmove: copy n bytes; pointer words of the destination get barriers. */
bool gh_memmove(gh_Sim *sim, gh_Addr dst, gh_Addr src, uint64_t n);
/* Is address a on the running goroutine's stack? */
bool gh_on_curstack(gh_Sim *sim, gh_Addr a);

/* ---- strings and slices (runtime/string.go, slice.go) ---- */
/* Go's staticuint64s table: one-byte strings and small boxed integers point here. */
gh_Addr gh_staticuint64(uint8_t b);
/* Go's concatstrings: buf is a 32-byte stack buffer when the result does not escape, else 0. */
bool gh_concatstrings(gh_Sim *sim, gh_Addr buf, const gh_String *a, int n, gh_String *out);
/* A Go string literal: its bytes in read-only data (deduplicated), never in the heap. */
bool gh_string_literal(gh_Sim *sim, const char *s, int64_t n, gh_String *out);
gh_Addr gh_rodata_string(gh_Sim *sim, const char *s, int64_t n);
bool gh_slicebytetostring(gh_Sim *sim, gh_Addr buf, gh_Addr p, int64_t n, gh_String *out);  /* string(b) */
bool gh_stringtoslicebyte(gh_Sim *sim, gh_Addr buf, gh_String s, gh_Slice *out);            /* []byte(s) */
/* Rune conversions (gorune.c): buf is the stack buffer of a non-escaping result, else 0. */
int gh_encoderune(uint8_t p[4], int32_t r);                                           /* bytes written; bad runes as U+FFFD */
bool gh_intstring(gh_Sim *sim, gh_Addr buf, int64_t v, gh_String *out);             /* string(r); buf: [4]byte */
bool gh_rawruneslice(gh_Sim *sim, gh_Addr buf, int64_t n, gh_Slice *out);           /* []rune(s)'s array; buf: [32]rune */
bool gh_slicerunetostring(gh_Sim *sim, gh_Addr buf, gh_Slice a, gh_String *out);    /* string(runes); buf: [32]byte */
bool gh_makeslice(gh_Sim *sim, int32_t elemType, int64_t len, int64_t cap, gh_Slice *out);  /* make([]T, len, cap) */
/* Go's growslice: a new backing array for at least newLen elements, old contents copied;
 * out->len is newLen (append's result). */
bool gh_growslice(gh_Sim *sim, int32_t elemType, gh_Slice old, int64_t newLen, gh_Slice *out);
/* The capacity growslice picks (the rule alone, for views and tests). */
int64_t gh_growslice_cap(int64_t oldCap, int64_t newLen, uint64_t elemSize);
/* append(s, bytes...) for a []byte: grows when needed. */
bool gh_append_bytes(gh_Sim *sim, gh_Slice *s, const void *bytes, int64_t n);

/* ---- interfaces (runtime/iface.go) ---- */
gh_Addr gh_convT64(gh_Sim *sim, uint64_t v);             /* 0..255: static table, else 8 tiny bytes */
gh_Addr gh_convTstring(gh_Sim *sim, gh_String s);        /* "" is free, else a 16-byte header */
gh_Addr gh_convT(gh_Sim *sim, int32_t type, const void *value); /* a heap copy of the value */

/* ---- strings.Builder and bytes.Buffer (b = the value's address) ---- */
bool gh_builder_write_string(gh_Sim *sim, gh_Addr b, gh_String s);
bool gh_builder_write_byte(gh_Sim *sim, gh_Addr b, uint8_t c);
bool gh_builder_grow(gh_Sim *sim, gh_Addr b, int64_t n);
bool gh_builder_buf(gh_Sim *sim, gh_Addr b, gh_Slice *buf);
bool gh_builder_string(gh_Sim *sim, gh_Addr b, gh_String *out);  /* no copy (Go's unsafe conversion) */
bool gh_builder_reset(gh_Sim *sim, gh_Addr b);
bool gh_buffer_write_string(gh_Sim *sim, gh_Addr b, gh_String s);
bool gh_buffer_write_byte(gh_Sim *sim, gh_Addr b, uint8_t c);
bool gh_buffer_grow(gh_Sim *sim, gh_Addr b, int64_t n);
bool gh_buffer_reset(gh_Sim *sim, gh_Addr b);
bool gh_buffer_state(gh_Sim *sim, gh_Addr b, gh_Slice *buf, int64_t *off);
bool gh_buffer_string(gh_Sim *sim, gh_Addr b, gh_String *out);   /* a copy of the unread bytes */

/* ---- goroutines, stacks, frames, globals ---- */
/* Start a goroutine with a 2 KiB stack (Go's newproc); returns its id or -1. */
int32_t gh_newproc(gh_Sim *sim);
/* Put goroutine gid on P p (scenes place goroutines round-robin so per-P caches show). */
void gh_g_set_p(gh_Sim *sim, int32_t gid, int32_t p);
/* End a goroutine: pop its frames and free its stack. */
void gh_goexit(gh_Sim *sim, int32_t gid);
/* A host parks goroutine gid (reason: Go's waitReason text, a static string; on: the channel,
 * or 0) or, with reason NULL, wakes it: what a view shows over its stack (gwait.c). */
void gh_g_set_wait(gh_Sim *sim, int32_t gid, const char *reason, gh_Addr on);
/* Goroutine gid was woken by goroutine by's channel operation `how` (a static string; by 0:
 * it has run since, forget it): what a view shows until it runs (gwait.c). */
void gh_g_set_woken(gh_Sim *sim, int32_t gid, int32_t by, const char *how);
/* Switch the running goroutine. */
bool gh_gosched_to(gh_Sim *sim, int32_t gid);
/* Push a frame for fn with `size` bytes of locals; grows (copies) the stack if needed. */
bool gh_frame_push(gh_Sim *sim, const char *fn, uint32_t size, int32_t line);
/* Pop the top frame; its slots stop being roots at once. */
bool gh_frame_pop(gh_Sim *sim);
/* Declare a local in the top frame; returns its address on the stack (0 on error). */
gh_Addr gh_frame_local(gh_Sim *sim, const char *name, int32_t type, uint32_t size, bool escaped);
/* Stack liveness (Go's stack maps): local k of the running goroutine's frame i is live or
 * dead at the current safe point. A dead slot's words are no pointers to the collector (not
 * scanned, not adjusted when the stack is copied) until it is live again; its bytes stay. */
void gh_frame_set_live(gh_Sim *sim, uint32_t frame, uint32_t k, bool live);
/* Declare a global; returns its address in the data segment (0 on error). */
gh_Addr gh_global(gh_Sim *sim, const char *name, int32_t type, uint32_t size);
/* Hold v as an in-flight temporary of the running goroutine until gh_temps_clear. */
void gh_temp_push(gh_Sim *sim, gh_Addr v);
void gh_temps_clear(gh_Sim *sim);
/* How many in-flight temporaries the running goroutine holds; dropping those pushed since
 * (what the runtime allocated for itself inside an operation is in no register after it). */
uint32_t gh_temps_depth(const gh_Sim *sim);
void gh_temps_drop_to(gh_Sim *sim, uint32_t depth);

/* ---- the collector ---- */
/* runtime.GC(): finish any cycle, run a full forced cycle, then sweep everything. */
void gh_GC(gh_Sim *sim);
/* Start a cycle: STW sweep termination, then concurrent mark begins (Go's gcStart). */
void gh_gc_start(gh_Sim *sim, bool forced);
/* Advance the virtual clock by ns of mutator time; background workers earn credit. */
void gh_gc_advance(gh_Sim *sim, uint64_t ns);
/* Let background workers use all their credit (the C API's way of "letting time pass"). */
void gh_gc_background(gh_Sim *sim);
/* Whether background GC work runs after each mutator operation (on by default; a lesson
 * holding a cycle turns it off and steps the mark itself). */
void gh_gc_set_background(gh_Sim *sim, bool on);
/* One unit of mark work (a root job or one grey object scanned); returns its cost in ns, 0
 * when no mark work is left. The clock does not move: whose time it is is the caller's
 * call (the background workers pay it from their credit). */
uint64_t gh_gc_mark_unit(gh_Sim *sim);
/* Mark termination (Go's gcMarkDone): call when gh_gc_mark_unit finds no work left. */
void gh_gc_mark_done(gh_Sim *sim);
/* gh_gc_mark_unit done by one mark worker: its cost charged to the clock; false when no
 * mark work is left. */
bool gh_gc_mark_step(gh_Sim *sim);
/* Finish the cycle in progress unit by unit as gh_gc_mark_step does (then mark termination),
 * and sweep everything. */
void gh_gc_mark_finish(gh_Sim *sim);
/* Go's sweepone: sweep the next unswept span of any class; returns its pages, 0 when done. */
uint32_t gh_sweepone(gh_Sim *sim, bool *done);
/* Sweep every remaining span (Go's finishsweep_m / runtime.GC's sweep). */
void gh_gc_finish_sweep(gh_Sim *sim);
/* debug.SetGCPercent: returns the previous value; negative = off. */
int32_t gh_SetGCPercent(gh_Sim *sim, int32_t percent);
/* debug.SetMemoryLimit: negative only queries; returns the previous limit. */
int64_t gh_SetMemoryLimit(gh_Sim *sim, int64_t limit);
/* Release free pages to the OS (the scavenger's job, debug.FreeOSMemory); returns bytes. */
uint64_t gh_mheap_scavenge(gh_Sim *sim, uint64_t bytes);
/* runtime.ReadMemStats: flushes every P's mcache first (so it ends each tiny block), as Go does. */
void gh_ReadMemStats(gh_Sim *sim, gh_MemStats *m);

/* ---- finalizers ---- */
/* runtime.SetFinalizer(p, fn); fn < 0 removes it. False + Go's error text on misuse. */
bool gh_SetFinalizer(gh_Sim *sim, uint64_t p, int32_t fn);
/* Take the next queued finalizer. The host runs it on the finalizer goroutine
 * (gh_sim_gc(sim).fing): switch to it, push a frame holding the object pointer, call the
 * function, pop. */
bool gh_gc_next_finalizer(gh_Sim *sim, uint64_t *p, int32_t *fn);
/* Whose finalizer functions an id names: one heap holds a scene's Lua finalizers and the
 * Go program's (go.program), each with its own table of functions, so each host takes only
 * its own. gh_SetFinalizer and gh_gc_next_finalizer are GH_FIN_HOST's. */
enum { GH_FIN_HOST = 0, GH_FIN_GO = 1 };
/* runtime.SetFinalizer(p, fn) for owner; fn < 0 removes p's finalizer, whoever set it. */
bool gh_SetFinalizerOf(gh_Sim *sim, uint64_t p, int32_t fn, int32_t owner);
/* Take owner's next queued finalizer (Go's order among them); false when none. */
bool gh_gc_next_finalizer_of(gh_Sim *sim, int32_t owner, uint64_t *p, int32_t *fn);
/* How many of owner's finalizers are queued, waiting for the finalizer goroutine. */
uint32_t gh_gc_queued_finalizers(const gh_Sim *sim, int32_t owner);

/* ---- sync.Pool ---- */
int32_t gh_pool_new(gh_Sim *sim);                        /* a new, empty pool: its id or -1 */
bool gh_pool_put(gh_Sim *sim, int32_t pool, uint64_t x); /* nil is ignored; false if bad id */
/* pool.Get(): an object or 0 (the caller then calls New). *from says where it came from:
 * "private", "shared", "stolen", "victim" or "" when empty. False if the pool id is bad. */
bool gh_pool_get(gh_Sim *sim, int32_t pool, uint64_t *x, const char **from);
/* Count one call of the pool's New function (the caller makes it). */
void gh_pool_note_new(gh_Sim *sim, int32_t pool);
/* Go's pin/pinSlow, for callers that model the pool's own memory (gohotel exec): the first
 * Get or Put after the pool was made or cleaned allocates its per-P poolLocal array (128
 * bytes a P) and appends addr, the pool's address, to allPools (a growslice of []*Pool).
 * False with the simulator error set when allocation fails. */
bool gh_pool_pin(gh_Sim *sim, int32_t pool, uint64_t addr);

#endif
