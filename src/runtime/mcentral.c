/* mcentral.c — per-span-class reception: span sets, cacheSpan and uncacheSpan.
 *
 * Go's mcentral.cacheSpan, step by step:
 *   1. Pay the proportional-sweep debt for the pages about to be used (deductSweepCredit).
 *   2. Take a swept span with free slots (partial, swept half).
 *   3. If the last cycle's sweep is still running, take unswept spans of this class (budget
 *      100): claim one (sweepgen h-2 → h-1), sweep it and keep it if it has a free slot;
 *      swept spans that are still full go to the full-swept set.
 *   4. Otherwise ask mheap for a fresh span of the class's page count (mcentral.grow).
 * uncacheSpan files a span the mcache gave back: a span cached before the current sweep
 * began (sweepgen h+1) is swept now; others go to partial- or full-swept.
 * The set halves swap meaning each cycle: after sweepgen += 2 every swept set is unswept. */
#include <stdlib.h>
#include "runtime/mgc.h"
#include "runtime/sim.h"

/* Unswept spans cacheSpan sweeps looking for a free slot before it gives up and asks mheap
 * for a fresh span (Go's spanBudget): sweeping is paid by the allocating goroutine, so the
 * search is bounded. A span still full after its sweep is one the class keeps anyway, so
 * growing by one fresh span after 100 of those adds at most 1% to the class's memory, and
 * bounds the time a single allocation can spend sweeping. */
enum { SPAN_BUDGET = 100 };

bool gh_spanset_push(gh_SpanSet *b, int32_t id)
{
    if (b->len == b->cap) {
        uint32_t nc = b->cap ? b->cap * 2 : 16;
        int32_t *n = malloc(sizeof(int32_t) * nc);
        if (!n) return false;
        for (uint32_t i = 0; i < b->len; i++) n[i] = b->ids[(b->head + i) % b->cap];
        free(b->ids);
        b->ids = n;
        b->head = 0;
        b->cap = nc;
    }
    b->ids[(b->head + b->len) % b->cap] = id;
    b->len++;
    return true;
}

int32_t gh_spanset_pop(gh_SpanSet *b)
{
    if (b->len == 0) return -1;
    int32_t id = b->ids[b->head];
    b->head = (b->head + 1) % b->cap;
    b->len--;
    return id;
}

bool gh_spanset_remove(gh_SpanSet *b, int32_t id)
{
    for (uint32_t i = 0; i < b->len; i++) {
        if (b->ids[(b->head + i) % b->cap] != id) continue;
        for (uint32_t j = i; j + 1 < b->len; j++) b->ids[(b->head + j) % b->cap] = b->ids[(b->head + j + 1) % b->cap];
        b->len--;
        return true;
    }
    return false;
}

void gh_spanset_free(gh_SpanSet *b)
{
    free(b->ids);
    b->ids = NULL;
    b->head = b->len = b->cap = 0;
}

static bool has_free_slot(gh_MSpan *s)
{
    uint32_t save = s->freeindex;
    uint64_t cache = s->allocCache;
    uint32_t idx = gh_mspan_next_free_index(s);
    s->freeindex = save;
    s->allocCache = cache;
    return idx < s->nelems;
}

static int32_t grow(gh_Sim *sim, int spc)
{
    int sc = gh_spanclass_sizeclass((uint8_t)spc);
    int32_t id = gh_mheap_alloc(sim, gh_class_to_npages[sc], (uint8_t)spc);
    if (id >= 0) gh_emit(sim, GH_EV_CENTRAL_GROW, -1, id, 0, gh_span(sim, id)->startAddr, 0, (uint64_t)spc);
    return id;
}

int32_t gh_mcentral_cache_span(gh_Sim *sim, int spc)
{
    gh_MCentral *c = &sim->heap.central[spc];
    int sc = gh_spanclass_sizeclass((uint8_t)spc);
    gh_gc_deduct_sweep_credit(sim, (uint64_t)gh_class_to_npages[sc] * GH_PAGE_SIZE, 0);
    uint32_t sg = sim->heap.sweepgen;
    int32_t id = gh_spanset_pop(&c->partial[gh_swept_index(sg)]);
    if (id < 0 && sim->gc.state == GH_GCS_SWEEP) {
        int budget = SPAN_BUDGET;
        while (id < 0 && budget-- > 0) {
            int32_t u = gh_spanset_pop(&c->partial[gh_unswept_index(sg)]);
            if (u < 0) break;
            if (gh_span(sim, u)->sweepgen != sg - 2) continue;
            gh_span(sim, u)->sweepgen = sg - 1;
            gh_sweep_span(sim, u, true);
            id = u;
        }
        while (id < 0 && budget-- > 0) {
            int32_t u = gh_spanset_pop(&c->full[gh_unswept_index(sg)]);
            if (u < 0) break;
            if (gh_span(sim, u)->sweepgen != sg - 2) continue;
            gh_span(sim, u)->sweepgen = sg - 1;
            gh_sweep_span(sim, u, true);
            if (has_free_slot(gh_span(sim, u))) id = u;
            else gh_spanset_push(&c->full[gh_swept_index(sg)], u);
        }
    }
    if (id < 0) id = grow(sim, spc);
    if (id < 0) return -1;
    gh_MSpan *s = gh_span(sim, id);
    gh_mspan_refill_alloc_cache(s, (s->freeindex & ~(uint32_t)63) / 8);
    s->allocCache >>= s->freeindex % 64;
    return id;
}

void gh_mcentral_uncache_span(gh_Sim *sim, int32_t id)
{
    gh_MSpan *s = gh_span(sim, id);
    uint32_t sg = sim->heap.sweepgen;
    gh_MCentral *c = &sim->heap.central[s->spanclass];
    s->cachedBy = -1;
    if (s->sweepgen == sg + 1) {
        s->sweepgen = sg - 1;
        gh_sweep_span(sim, id, false);
        return;
    }
    s->sweepgen = sg;
    if (s->allocCount < s->nelems) gh_spanset_push(&c->partial[gh_swept_index(sg)], id);
    else gh_spanset_push(&c->full[gh_swept_index(sg)], id);
}
