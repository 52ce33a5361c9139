/* mpool.h — sync.Pool as Go implements it since 1.13: per-P private slot and shared
 * chain, and the victim cache that lets an object survive exactly one GC. */
#ifndef GH_MPOOL_H
#define GH_MPOOL_H
#include <stdbool.h>
#include <stdint.h>

/* One poolDequeue of a shared chain, as the heap holds it: its poolChainElt (48 B) and its
 * ring of vals (cap efaces, 16 B each), and how many of the chain's objects it holds. */
typedef struct gh_PoolSeg { uint64_t elt, vals; uint32_t cap, count; } gh_PoolSeg;
/* A shared poolChain: its objects tail first (head = end), held by its dequeues seg[0] (the
 * tail) .. seg[nseg - 1] (the head), in the same order. */
typedef struct gh_PoolList {
    uint64_t *v; uint32_t n, cap;
    gh_PoolSeg *seg; uint32_t nseg, segcap;
} gh_PoolList;

typedef struct gh_PoolLocal {
    uint64_t private_;     /* only its P uses it */
    gh_PoolList shared;    /* own P pushes/pops at the head; others steal from the tail */
} gh_PoolLocal;

typedef struct gh_Pool {
    bool used;
    int32_t localSize, victimSize;
    gh_PoolLocal local[64];
    gh_PoolLocal victim[64];
    uint64_t gets, puts, news;   /* counters for views and lessons */
    uint64_t localArr, victimArr; /* heap arrays of poolLocal (gh_pool_pin), 0 when none */
} gh_Pool;

/* allPools/oldPools: Go's []*Pool of the pools pinned since the last GC, and of the GC
 * before (their heap backing arrays; the pool's own address is stored in each element). */
typedef struct gh_PoolSlice { uint64_t ptr; int64_t len, cap; } gh_PoolSlice;
typedef struct gh_Pools {
    gh_Pool *v; int32_t n, cap;
    gh_PoolSlice allPools; uint64_t oldPools;
    int32_t localType;           /* "sync.poolLocal" type id + 1 (0 until the first pin) */
    int32_t eltType, efaceType;  /* "sync.poolChainElt", "sync.eface" type ids + 1 */
    int32_t locks;               /* > 0 while a Put runs pinned to its P: no GC starts (mpool.c) */
    uint8_t chainAlloc;          /* a Put is allocating a ring: 1 the chain's first, 2 a bigger one, 0 not */
} gh_Pools;

struct gh_Sim;
/* A new, empty pool; returns its id or -1. */
int32_t gh_pool_new(struct gh_Sim *sim);
/* pool.Put(x): nil is ignored. False if the pool id is bad. */
bool gh_pool_put(struct gh_Sim *sim, int32_t pool, uint64_t x);
/* pool.Get(): an object or 0 (the caller then calls New). *from says where it came from:
 * "private", "shared", "stolen", "victim" or "" when empty. False if the pool id is bad. */
bool gh_pool_get(struct gh_Sim *sim, int32_t pool, uint64_t *x, const char **from);
enum { GH_POOL_LOCAL_SIZE = 128 };   /* bytes of one P's poolLocal (padded) */
/* Go's poolCleanup at the start of each GC: drop victims, primaries become victims. */
void gh_pool_cleanup(struct gh_Sim *sim);
/* Visit every object held by any pool (roots of the collector); returns how many. */
uint32_t gh_pool_for_each_object(struct gh_Sim *sim, void (*fn)(struct gh_Sim *, uint64_t, void *), void *ud);
void gh_pools_free(struct gh_Sim *sim);
void gh_gc_shade_pool_object(struct gh_Sim *sim, uint64_t p, void *ud);

#endif
