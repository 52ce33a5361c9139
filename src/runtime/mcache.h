/* mcache.h — gh_MCache: one P's key ring. One current span per span class (rooms are
 * checked out of it without any lock), the tiny allocator's current 16-byte block, and
 * the P's not-yet-merged allocation counters. */
#ifndef GH_MCACHE_H
#define GH_MCACHE_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/runtime.h"
#include "runtime/sizeclasses.h"

typedef struct gh_MCache {
    int32_t alloc[GH_NUM_SPAN_CLASSES]; /* current span per span class; -1 = Go's emptymspan */
    gh_Addr tiny;                       /* current tiny block, 0 if none */
    uint64_t tinyoffset;
    uint64_t tinyAllocs;                /* allocations that fit into an existing tiny block */
    uint64_t scanAlloc;                 /* scannable bytes allocated since the last refill */
    uint32_t flushGen;                  /* heap sweepgen when this mcache was last flushed */
} gh_MCache;

struct gh_Sim;
void gh_mcache_init(gh_MCache *c);
/* Go's mcache.refill: swap the (full) current span of class spc for one with free slots. */
bool gh_mcache_refill(struct gh_Sim *sim, int p, int spc);
/* Go's mcache.nextFree: the next free slot's address in the current span of spc, refilling
 * if needed; *refilled says whether a refill happened (the GC trigger is then tested). */
gh_Addr gh_mcache_next_free(struct gh_Sim *sim, int p, int spc, int32_t *spanOut, bool *refilled);
/* Go's mcache.releaseAll: return every cached span, merge counters, drop the tiny block. */
void gh_mcache_release_all(struct gh_Sim *sim, int p);

#endif
