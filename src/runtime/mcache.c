/* mcache.c — a P's private cache of spans: refill from mcentral and flush.
 *
 * Go's mcache.refill(spc), step by step:
 *   1. The current span of spc is full: merge its slot count into the per-class Mallocs
 *      counters (and the tiny fits if it is the tiny class) and give it back (uncacheSpan).
 *   2. Get a span with free slots from mcentral.cacheSpan; mark it cached (sweepgen h+3).
 *   3. Tell the pacer: heapLive += span bytes − bytes already allocated in it. Every free
 *      slot and the tail waste now count as live until the span is returned (an
 *      overestimate that flushing undoes); heapScan += scannable bytes allocated so far.
 * Because heapLive only moves here and at large allocations, the GC trigger is only
 * tested after a refill — never on the fast path. */
#include "runtime/mgc.h"
#include "runtime/sim.h"

void gh_mcache_init(gh_MCache *c)
{
    for (int i = 0; i < GH_NUM_SPAN_CLASSES; i++) c->alloc[i] = -1;
    c->tiny = 0;
    c->tinyoffset = 0;
    c->tinyAllocs = 0;
    c->scanAlloc = 0;
    c->flushGen = 0;
}

static void merge_counts(gh_Sim *sim, gh_MSpan *s)
{
    uint32_t used = s->allocCount - s->allocCountBeforeCache;
    sim->stats.smallAllocCount[gh_spanclass_sizeclass(s->spanclass)] += used;
    s->allocCountBeforeCache = s->allocCount;
}

bool gh_mcache_refill(gh_Sim *sim, int p, int spc)
{
    gh_MCache *c = &sim->allp[p].mcache;
    int32_t old = c->alloc[spc];
    if (old >= 0) {
        merge_counts(sim, gh_span(sim, old));
        if (spc == GH_TINY_SPAN_CLASS) {
            sim->stats.tinyAllocCount += c->tinyAllocs;
            c->tinyAllocs = 0;
        }
        gh_emit(sim, GH_EV_UNCACHE_SPAN, p, old, 0, gh_span(sim, old)->startAddr, 0, (uint64_t)spc);
        gh_mcentral_uncache_span(sim, old);
        c->alloc[spc] = -1;
    }
    int32_t id = gh_mcentral_cache_span(sim, spc);
    if (id < 0) return false;
    gh_MSpan *s = gh_span(sim, id);
    s->sweepgen = sim->heap.sweepgen + 3;
    s->allocCountBeforeCache = s->allocCount;
    s->cachedBy = p;
    uint64_t used = (uint64_t)s->allocCount * s->elemsize;
    gh_gc_heap_live_update(sim, (int64_t)((uint64_t)s->npages * GH_PAGE_SIZE) - (int64_t)used, c->scanAlloc);
    c->scanAlloc = 0;
    c->alloc[spc] = id;
    gh_emit(sim, GH_EV_CACHE_SPAN, p, id, 0, s->startAddr, 0, (uint64_t)spc);
    gh_emit(sim, GH_EV_REFILL, p, id, 0, s->startAddr, (uint64_t)s->npages * GH_PAGE_SIZE, (uint64_t)spc);
    return true;
}

gh_Addr gh_mcache_next_free(gh_Sim *sim, int p, int spc, int32_t *spanOut, bool *refilled)
{
    gh_MCache *c = &sim->allp[p].mcache;
    int32_t id = c->alloc[spc];
    uint32_t idx = id >= 0 ? gh_mspan_next_free_index(gh_span(sim, id)) : 0;
    if (id < 0 || idx == gh_span(sim, id)->nelems) {
        if (!gh_mcache_refill(sim, p, spc)) return 0;
        *refilled = true;
        id = c->alloc[spc];
        idx = gh_mspan_next_free_index(gh_span(sim, id));
    }
    gh_MSpan *s = gh_span(sim, id);
    s->allocCount++;
    *spanOut = id;
    return s->startAddr + (gh_Addr)idx * s->elemsize;
}

void gh_mcache_release_all(gh_Sim *sim, int p)
{
    gh_MCache *c = &sim->allp[p].mcache;
    uint32_t sg = sim->heap.sweepgen;
    int64_t dHeapLive = 0;
    for (int spc = 0; spc < GH_NUM_SPAN_CLASSES; spc++) {
        int32_t id = c->alloc[spc];
        if (id < 0) continue;
        gh_MSpan *s = gh_span(sim, id);
        merge_counts(sim, s);
        /* refill counted the free slots as live; undo that unless the span is stale. */
        if (s->sweepgen != sg + 1) dHeapLive -= (int64_t)(s->nelems - s->allocCount) * s->elemsize;
        gh_emit(sim, GH_EV_UNCACHE_SPAN, p, id, 0, s->startAddr, 0, (uint64_t)spc);
        gh_mcentral_uncache_span(sim, id);
        c->alloc[spc] = -1;
    }
    sim->stats.tinyAllocCount += c->tinyAllocs;
    c->tinyAllocs = 0;
    c->tiny = 0;
    c->tinyoffset = 0;
    gh_gc_heap_live_update(sim, dHeapLive, c->scanAlloc);
    c->scanAlloc = 0;
    c->flushGen = sg;
    gh_emit(sim, GH_EV_MCACHE_FLUSH, p, -1, 0, 0, 0, 0);
}
