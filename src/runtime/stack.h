/* stack.h — goroutines and their stacks (the cafeteria's plate stacks), and globals.
 * A stack is a manual span from mheap with real bytes; frames are pushed downward from
 * the top and hold named slots. Pointer-typed slots, globals and in-flight temporaries
 * are the collector's roots. */
#ifndef GH_STACK_H
#define GH_STACK_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/event.h"

enum {
    GH_STACK_MIN = 2048,        /* Go's _StackMin: every goroutine starts with 2 KiB */
    GH_STACK_GUARD = 928,       /* Go's _StackGuard on linux/amd64 */
    GH_STACK_LIMIT = 800,       /* Go's _StackLimit: reserve counted when deciding to shrink */
    GH_MAX_TEMPS = 40,          /* in-flight values a goroutine may hold during one operation */
    GH_SLOT_NAME_MAX = 32,
    GH_DATA_BASE = 0x5a0000,    /* where the simulated data+bss segment starts */
    GH_DATA_MAX = 1 << 20,      /* 1 MiB of globals at most */
    /* The data+bss of the Go program around the scene (runtime, fmt, os, strconv, ...):
     * Go 1.19's pacer reported 200336 B of globals scan work for bench/go/gcpace. The
     * collector scans it (time) and the pacer counts it (goal), like Go; its words hold no
     * pointers into the simulated heap. */
    GH_PROGRAM_GLOBALS = 200336,
};

typedef enum { GH_G_RUNNABLE, GH_G_RUNNING, GH_G_WAITING, GH_G_DEAD } gh_GStatus;

typedef struct gh_Slot {       /* one named local variable or global */
    char name[GH_SLOT_NAME_MAX];
    uint32_t offset;           /* from the frame's sp (or the data segment base) */
    uint32_t size;
    int32_t type;              /* type id */
    uint8_t escaped;           /* escape analysis moved it to the heap: the slot holds its address */
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
} gh_G;

typedef struct gh_Stacks {
    gh_G *gs;
    int32_t ngs, capgs;
    int32_t cur;               /* running goroutine */
    /* globals: the data segment */
    uint8_t *data;             /* GH_DATA_MAX bytes */
    uint64_t *dataPtrBits;     /* 1 bit per word */
    uint32_t dataUsed;
    gh_Slot *globals;
    uint32_t nglobals, capglobals;
    uint64_t stackInuse;       /* bytes of stack spans in use */
    struct { gh_Addr addr; int64_t len; } *rodata; /* string literals, deduplicated */
    uint32_t nrodata, caprodata;
} gh_Stacks;

struct gh_Sim;
bool gh_stacks_init(struct gh_Sim *sim);
void gh_stacks_free(struct gh_Sim *sim);
/* Start a goroutine with a 2 KiB stack (Go's newproc); returns its id or -1. */
int32_t gh_newproc(struct gh_Sim *sim);
/* End a goroutine: pop its frames and free its stack. */
void gh_goexit(struct gh_Sim *sim, int32_t gid);
/* Switch the running goroutine. */
bool gh_gosched_to(struct gh_Sim *sim, int32_t gid);
/* Push a frame for fn with `size` bytes of locals; grows (copies) the stack if needed. */
bool gh_frame_push(struct gh_Sim *sim, const char *fn, uint32_t size, int32_t line);
/* Halve g's stack if less than a quarter is used (done at GC stack scans). */
bool gh_stack_shrink(struct gh_Sim *sim, gh_G *g);
/* Pop the top frame; its slots stop being roots at once. */
bool gh_frame_pop(struct gh_Sim *sim);
/* Declare a local in the top frame; returns its address on the stack (0 on error). */
gh_Addr gh_frame_local(struct gh_Sim *sim, const char *name, int32_t type, uint32_t size, bool escaped);
/* Declare a global; returns its address in the data segment (0 on error). */
gh_Addr gh_global(struct gh_Sim *sim, const char *name, int32_t type, uint32_t size);
/* Hold v as an in-flight temporary of the running goroutine until gh_temps_clear. */
void gh_temp_push(struct gh_Sim *sim, gh_Addr v);
void gh_temps_clear(struct gh_Sim *sim);
/* Is [a, a+n) inside the data segment? */
static inline bool gh_is_data(gh_Addr a, uint64_t n) { return a >= GH_DATA_BASE && a - GH_DATA_BASE + n <= GH_DATA_MAX; }

#endif
