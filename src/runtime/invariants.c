/* invariants.c — the invariant checker run after every operation in randomized tests.
 *
 * What must always hold:
 *   pages:   every in-use page maps to exactly one live span and lies inside it; free
 *            pages map to none; spans never overlap.
 *   spans:   allocCount equals the number of allocated slots (freeindex prefix + allocBits),
 *            freeindex ≤ nelems, objects end inside the span, a cached span is cached by
 *            exactly the P whose mcache holds it.
 *   sets:    a span sits in at most one mcentral set, and only if not cached.
 *   stats:   HeapInuse = Σ in-use heap span bytes; StackInuse = Σ stack span bytes;
 *            HeapSys = HeapInuse + HeapIdle; HeapAlloc = Σ allocated slot bytes once all
 *            caches' pending counts are included; HeapObjects = allocated slots + tiny fits
 *            pending. */
#include <stdio.h>
#include <stdlib.h>
#include "runtime/sim.h"
#include "runtime/sim.h"

#define FAIL(...)                         \
    do {                                  \
        snprintf(msg, n, __VA_ARGS__);    \
        free(seen);                       \
        return false;                     \
    } while (0)

/* Slots below freeindex are allocated; above it, allocBits says (popcount by word). */
static uint32_t allocated_slots(const gh_MSpan *s)
{
    uint32_t count = s->freeindex;
    for (uint32_t w = s->freeindex / 64; w < s->nwords; w++) {
        uint64_t bits = s->allocBits[w];
        uint32_t lo = w * 64, hi = lo + 64;
        if (lo < s->freeindex) bits &= ~(uint64_t)0 << (s->freeindex - lo);
        if (hi > s->nelems) bits &= ((uint64_t)1 << (s->nelems - lo)) - 1;
        count += (uint32_t)__builtin_popcountll(bits);
    }
    return count;
}

static bool page_used(const gh_MHeap *h, uint32_t p) { return (h->pageInUse[p >> 6] >> (p & 63)) & 1; }

bool gh_check_invariants(const gh_Sim *sim, char *msg, unsigned n)
{
    const gh_MHeap *h = &sim->heap;
    uint8_t *seen = calloc((size_t)h->nspans + 1, 1); /* 1 = in a set */
    if (!seen) return true;
    uint64_t inHeap = 0, inStacks = 0, allocBytes = 0, allocObjs = 0;
    for (uint32_t p = 0; p < h->mappedPages; p++) {
        int32_t id = h->spanOf[p];
        if (page_used(h, p) != (id >= 0)) FAIL("page %u: in-use bit %d but span %d", p, page_used(h, p), id);
        if (id < 0) continue;
        const gh_MSpan *s = &h->spans[id];
        gh_Addr a = GH_ARENA_BASE + (gh_Addr)p * GH_PAGE_SIZE;
        if (s->state == GH_SPAN_DEAD || a < s->startAddr || a >= s->startAddr + (gh_Addr)s->npages * GH_PAGE_SIZE)
            FAIL("page %u maps to span %d that does not cover it", p, id);
    }
    for (int32_t id = 0; id < h->nspans; id++) {
        const gh_MSpan *s = &h->spans[id];
        if (s->state == GH_SPAN_DEAD) continue;
        uint32_t p0 = (uint32_t)((s->startAddr - GH_ARENA_BASE) / GH_PAGE_SIZE);
        for (uint32_t p = p0; p < p0 + s->npages; p++)
            if (h->spanOf[p] != id) FAIL("span %d page %u is mapped to span %d (overlap)", id, p, h->spanOf[p]);
        uint64_t bytes = (uint64_t)s->npages * GH_PAGE_SIZE;
        if (s->state == GH_SPAN_MANUAL) {
            inStacks += bytes;
            continue;
        }
        inHeap += bytes;
        if ((uint64_t)s->elemsize * s->nelems > bytes) FAIL("span %d: objects run past its pages", id);
        if (s->freeindex > s->nelems) FAIL("span %d: freeindex %u > nelems %u", id, s->freeindex, s->nelems);
        uint32_t count = allocated_slots(s);
        if (count != s->allocCount) FAIL("span %d: allocCount %u but %u slots allocated", id, s->allocCount, count);
        if (s->cachedBy >= 0) {
            if (s->cachedBy >= sim->nprocs || sim->allp[s->cachedBy].mcache.alloc[s->spanclass] != id)
                FAIL("span %d claims to be cached by P%d which does not hold it", id, s->cachedBy);
        }
        allocBytes += (uint64_t)count * s->elemsize;
        allocObjs += count;
    }
    for (int spc = 0; spc < GH_NUM_SPAN_CLASSES; spc++) {
        const gh_MCentral *c = &h->central[spc];
        const gh_SpanSet *sets[4] = {&c->partial[0], &c->partial[1], &c->full[0], &c->full[1]};
        for (int k = 0; k < 4; k++) {
            for (uint32_t i = 0; i < sets[k]->len; i++) {
                int32_t id = gh_spanset_at(sets[k], i);
                const gh_MSpan *s = &h->spans[id];
                if (s->state == GH_SPAN_DEAD) continue; /* freed spans are skipped when popped */
                if (s->spanclass != spc) FAIL("span %d (class %d) is in mcentral %d", id, s->spanclass, spc);
                if (seen[id]) FAIL("span %d is in two mcentral sets", id);
                if (s->cachedBy >= 0) FAIL("span %d is cached by P%d and also in mcentral", id, s->cachedBy);
                seen[id] = 1;
            }
        }
    }
    for (int32_t p = 0; p < sim->nprocs; p++)
        for (int spc = 0; spc < GH_NUM_SPAN_CLASSES; spc++) {
            int32_t id = sim->allp[p].mcache.alloc[spc];
            if (id >= 0 && (h->spans[id].state != GH_SPAN_INUSE || h->spans[id].spanclass != spc))
                FAIL("P%d caches span %d of wrong class or state", p, id);
        }
    gh_MemStats m;
    gh_memstats_peek(sim, &m);
    if (m.HeapInuse != inHeap) FAIL("HeapInuse %llu but spans hold %llu", (unsigned long long)m.HeapInuse, (unsigned long long)inHeap);
    if (m.StackInuse != inStacks) FAIL("StackInuse %llu but stack spans hold %llu", (unsigned long long)m.StackInuse, (unsigned long long)inStacks);
    if (m.HeapSys != m.HeapInuse + m.HeapIdle) FAIL("HeapSys != HeapInuse + HeapIdle");
    if ((uint64_t)h->mappedPages * GH_PAGE_SIZE != m.HeapSys + m.StackInuse)
        FAIL("mapped %llu bytes but HeapSys+StackInuse = %llu", (unsigned long long)h->mappedPages * GH_PAGE_SIZE,
             (unsigned long long)(m.HeapSys + m.StackInuse));
    if (m.HeapAlloc != allocBytes) FAIL("HeapAlloc %llu but allocated slots hold %llu", (unsigned long long)m.HeapAlloc, (unsigned long long)allocBytes);
    if (m.HeapObjects != allocObjs) FAIL("HeapObjects %llu but %llu slots allocated", (unsigned long long)m.HeapObjects, (unsigned long long)allocObjs);
    free(seen);
    return true;
}
