/* mgcsweep.c — sweeping: freeing the white rooms after a mark.
 *
 * Sweeping one span (Go's sweepLocked.sweep):
 *   1. Objects with a finalizer that were not marked are resurrected and their finalizer
 *      queued (mfinal.c).
 *   2. live = popcount(gcmarkBits); freed = allocCount − live.
 *   3. allocBits := gcmarkBits; fresh zero gcmarkBits; freeindex = 0; allocCache reloaded —
 *      the freed slots are simply the zero bits, reused lowest address first.
 *   4. If anything was freed the span is dirty (needzero = 1): the next allocation there
 *      must clear its slot.
 *   5. File it: no live objects → pages back to mheap; full → full-swept; else partial-swept.
 * Who sweeps: allocation (mcentral.cacheSpan sweeps spans of its own class before taking a
 * new one; mheap.alloc reclaims before growing), proportional sweep (every span allocated
 * pays for sweepPagesPerByte × bytes of sweeping), and the background sweeper on idle Ps.
 * sweepgen (h = mheap.sweepgen, +2 each cycle): span h−2 needs sweeping, h−1 is being
 * swept, h is swept; a sweeper claims a span by moving it from h−2 to h−1. */
#include <string.h>
#include "runtime/sim.h"

uint32_t gh_sweep_span(gh_Sim *sim, int32_t id, bool preserve)
{
    gh_MSpan *s = gh_span(sim, id);
    gh_MHeap *h = &sim->heap;
    uint32_t sg = h->sweepgen;
    int sc = gh_spanclass_sizeclass(s->spanclass);
    sim->gc.pagesSwept += s->npages;
    sim->gc.workSpan = id;
    sim->gc.workSlot = GH_WORK_WHOLE_SPAN;
    /* Finalizers first: they can resurrect objects. */
    if (s->specials) {
        bool any = false;
        for (uint32_t i = 0; i < sim->gc.nspecials; i++)
            if (sim->gc.specials[i].span == id) any = true;
        for (uint32_t slot = 0; any && slot < s->nelems; slot++)
            if (gh_mspan_is_allocated(s, slot) && !gh_bit_get(s->gcmarkBits, slot)) gh_gc_sweep_special(sim, id, slot);
        s->specials = 0;
        for (uint32_t i = 0; i < sim->gc.nspecials; i++)
            if (sim->gc.specials[i].span == id) s->specials = 1;
    }
    uint32_t nfreed = 0;
    for (uint32_t slot = 0; slot < s->nelems; slot++) {
        if (!gh_mspan_is_allocated(s, slot) || gh_bit_get(s->gcmarkBits, slot)) continue;
        nfreed++;
        s->objtype[slot] = -1;
        s->objsite[slot] = -1;
        s->objserial[slot] = 0;
        gh_emit(sim, GH_EV_FREE_OBJECT, -1, id, slot, s->startAddr + (gh_Addr)slot * s->elemsize, s->elemsize, 0);
    }
    uint32_t live = gh_mspan_count_marked(s);
    s->allocCount = live;
    memcpy(s->allocBits, s->gcmarkBits, sizeof(uint64_t) * s->nwords);
    memset(s->gcmarkBits, 0, sizeof(uint64_t) * s->nwords);
    memset(s->greyBits, 0, sizeof(uint64_t) * s->nwords);
    s->freeindex = 0;
    gh_mspan_refill_alloc_cache(s, 0);
    if (nfreed) s->needzero = 1;
    s->sweepgen = sg;
    gh_emit(sim, GH_EV_SWEEP_SPAN, -1, id, 0, s->startAddr, nfreed, live);
    /* Sweeping costs whoever does it: the background sweeper pays from its credit, an
     * allocating goroutine (lazy or proportional sweep) pays with its own time. */
    uint64_t cost = GH_COST_SWEEP_SPAN_NS + GH_COST_SWEEP_SLOT_NS * (uint64_t)s->nelems;
    if (sim->gc.bgSweeping) sim->gc.bgCredit -= (double)cost;
    else gh_gc_charge(sim, cost);
    if (sc == 0) {
        if (nfreed) {
            sim->stats.largeFree += s->elemsize;
            sim->stats.largeFreeCount++;
        }
    } else {
        sim->stats.smallFreeCount[sc] += nfreed;
    }
    if (preserve) return 0;
    gh_MCentral *c = &h->central[s->spanclass];
    if (live == 0) {
        uint32_t np = s->npages;
        gh_gc_forget_specials(sim, id);
        gh_mheap_free_span(sim, id);
        return np;
    }
    if (live == s->nelems) gh_spanset_push(&c->full[gh_swept_index(sg)], id);
    else gh_spanset_push(&c->partial[gh_swept_index(sg)], id);
    return 0;
}

uint32_t gh_sweepone(gh_Sim *sim, bool *done)
{
    gh_MHeap *h = &sim->heap;
    uint32_t sg = h->sweepgen;
    *done = false;
    for (; sim->gc.sweepSpanClass < 2 * GH_NUM_SPAN_CLASSES; sim->gc.sweepSpanClass++) {
        uint32_t sweepClass = sim->gc.sweepSpanClass;
        gh_MCentral *c = &h->central[sweepClass >> 1];
        gh_SpanSet *set = (sweepClass & 1) == 0 ? &c->full[gh_unswept_index(sg)] : &c->partial[gh_unswept_index(sg)];
        int32_t id;
        while ((id = gh_spanset_pop(set)) >= 0) {
            gh_MSpan *s = gh_span(sim, id);
            if (s->state != GH_SPAN_INUSE || s->sweepgen != sg - 2) continue;
            s->sweepgen = sg - 1;
            uint32_t np = s->npages;
            gh_sweep_span(sim, id, false);
            return np ? np : 1;
        }
    }
    *done = true;
    if (sim->gc.state == GH_GCS_SWEEP) { sim->gc.state = GH_GCS_IDLE; sim->gc.workSpan = -1; } /* nothing left: at rest */
    return 0;
}

void gh_gc_reclaim(gh_Sim *sim, uint32_t npages)
{
    uint64_t freedBefore = sim->stats.heapFree + sim->stats.heapReleased;
    bool done = false;
    while (!done && sim->stats.heapFree + sim->stats.heapReleased - freedBefore < (uint64_t)npages * GH_PAGE_SIZE)
        gh_sweepone(sim, &done);
}

void gh_gc_deduct_sweep_credit(gh_Sim *sim, uint64_t spanBytes, uint64_t callerSweepPages)
{
    gh_Collector *gc = &sim->gc;
    if (gc->state != GH_GCS_SWEEP || gc->sweepPagesPerByte == 0) return;
    uint64_t live = sim->stats.heapLive;
    int64_t newHeapLive = (int64_t)(live - gc->sweepHeapLiveBasis) + (int64_t)spanBytes;
    double target = gc->sweepPagesPerByte * (double)newHeapLive - (double)callerSweepPages;
    bool done = false;
    while (!done && (double)(gc->pagesSwept - gc->pagesSweptBasis) < target) gh_sweepone(sim, &done);
}

void gh_gc_finish_sweep(gh_Sim *sim)
{
    bool done = false;
    while (!done) gh_sweepone(sim, &done);
    if (sim->gc.state == GH_GCS_SWEEP) { sim->gc.state = GH_GCS_IDLE; sim->gc.workSpan = -1; }
}
