/* stack.h — goroutines and their stacks (the cafeteria's plate stacks), and globals.
 * A stack is a manual span from mheap with real bytes; frames are pushed downward from
 * the top and hold named slots. Pointer-typed slots, globals and in-flight temporaries
 * are the collector's roots. */
#ifndef GH_STACK_H
#define GH_STACK_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/runtime.h"

enum {
    GH_STACK_GUARD = 928,       /* Go's _StackGuard on linux/amd64 */
    GH_STACK_LIMIT = 800,       /* Go's _StackLimit: reserve counted when deciding to shrink */
    /* The data+bss of the Go program around the scene (runtime, fmt, os, strconv, ...):
     * Go 1.19's pacer reported 200336 B of globals scan work for bench/go/gcpace. The
     * collector scans it (time) and the pacer counts it (goal), like Go; its words hold no
     * pointers into the simulated heap. */
    GH_PROGRAM_GLOBALS = 200336,
};

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
/* Halve g's stack if less than a quarter is used (done at GC stack scans). */
bool gh_stack_shrink(struct gh_Sim *sim, gh_G *g);

#endif
