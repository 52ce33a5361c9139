/* reach.c — which objects are garbage while no GC cycle is running. The runtime itself
 * cannot tell until it marks, but a lesson that says "the other 99 are garbage" should show
 * them as garbage, so the view finds out the way the janitor will: a read-only trace from
 * the collector's own roots (gh_gc_for_each_root: globals, every live goroutine's stack and
 * registers, finalizer specials and queue, sync.Pool) along pointer words, like checkmark.
 * An allocated object the trace does not reach is drawn as garbage: the next cycle frees it.
 *
 * The result is cached for one simulator state (its virtual clock moves with every
 * operation, stores included) and is skipped for heaps of more than REACH_MAX_OBJECTS
 * objects, which are drawn as density strips where single garbage rooms cannot be seen
 * anyway; then every object counts as in use, as before. */
#include <stdlib.h>
#include <string.h>
#include "view/view_impl.h"

enum { REACH_MAX_OBJECTS = 100000 };

static struct {
    const gh_Sim *sim;
    uint64_t sig;
    bool known;
    uint64_t **bits;  /* per span: reached slots */
    int32_t nspans, cap;
    gh_Addr *stack;
    uint32_t nstack, capstack;
    uint32_t garbage; /* allocated objects not reached */
    uint64_t hash;    /* of their positions */
} R;

static uint64_t signature(const gh_Sim *sim)
{
    return sim->nanotime * 0x9e3779b97f4a7c15ull ^ (uint64_t)sim->heap.nspans << 40 ^ (uint64_t)sim->gc.cycle << 20 ^
           (uint64_t)sim->stacks.ngs << 8 ^ sim->heap.sweepgen;
}

static void push(gh_Addr a)
{
    if (R.nstack == R.capstack) {
        uint32_t nc = R.capstack ? R.capstack * 2 : 1024;
        gh_Addr *n = realloc(R.stack, sizeof *n * nc);
        if (!n) { R.known = false; return; }
        R.stack = n;
        R.capstack = nc;
    }
    R.stack[R.nstack++] = a;
}

static void reach(gh_Sim *sim, uint64_t p, void *ud)
{
    (void)ud;
    int32_t id;
    uint32_t slot;
    if (!p || !gh_peek_object(sim, p, &id, &slot) || !R.bits[id] || gh_bit_get(R.bits[id], slot)) return;
    gh_bit_set(R.bits[id], slot);
    const gh_MSpan *s = &sim->heap.spans[id];
    if (!gh_spanclass_noscan(s->spanclass)) push(s->startAddr + (gh_Addr)slot * s->elemsize);
}

static void trace(const gh_Sim *csim)
{
    gh_Sim *sim = (gh_Sim *)csim; /* the root walk and the loads below only read */
    R.known = false;
    R.garbage = 0;
    R.hash = 0;
    uint64_t objects = 0;
    for (int32_t i = 0; i < sim->heap.nspans; i++)
        if (sim->heap.spans[i].state == GH_SPAN_INUSE) objects += sim->heap.spans[i].allocCount;
    if (objects > REACH_MAX_OBJECTS) return;
    if (sim->heap.nspans > R.cap) {
        uint64_t **n = realloc(R.bits, sizeof *n * (size_t)sim->heap.nspans);
        if (!n) return;
        memset(n + R.cap, 0, sizeof *n * (size_t)(sim->heap.nspans - R.cap));
        R.bits = n;
        R.cap = sim->heap.nspans;
    }
    for (int32_t i = 0; i < R.cap; i++) { free(R.bits[i]); R.bits[i] = NULL; }
    R.nspans = sim->heap.nspans;
    for (int32_t i = 0; i < sim->heap.nspans; i++) {
        const gh_MSpan *s = &sim->heap.spans[i];
        if (s->state != GH_SPAN_INUSE) continue;
        R.bits[i] = calloc(s->nwords ? s->nwords : 1, sizeof(uint64_t));
        if (!R.bits[i]) return;
    }
    R.known = true;
    R.nstack = 0;
    gh_gc_for_each_root(sim, reach, NULL);
    while (R.nstack && R.known) {
        gh_Addr obj = R.stack[--R.nstack];
        int32_t id;
        uint32_t slot;
        if (!gh_peek_object(sim, obj, &id, &slot)) continue;
        uint64_t size = sim->heap.spans[id].elemsize;
        for (uint64_t off = 0; off < size; off += 8) {
            if (!gh_memory_is_ptr_word(&sim->mem, obj + off)) continue;
            uint64_t t = gh_memory_load64(&sim->mem, obj + off);
            if (!(t >= obj && t < obj + size)) reach(sim, t, NULL);
        }
    }
    if (!R.known) return;
    for (int32_t i = 0; i < sim->heap.nspans; i++) {
        const gh_MSpan *s = &sim->heap.spans[i];
        if (!R.bits[i]) continue;
        for (uint32_t k = 0; k < s->nelems; k++)
            if (gh_mspan_is_allocated(s, k) && !gh_bit_get(R.bits[i], k)) {
                R.garbage++;
                R.hash = (R.hash ^ ((uint64_t)i << 32 | k)) * 0x100000001b3ull;
            }
    }
}

static void update(const gh_Sim *sim)
{
    uint64_t sig = signature(sim);
    if (R.sim == sim && R.sig == sig) return;
    R.sim = sim;
    R.sig = sig;
    trace(sim);
}

const uint64_t *gh_reach_bits(const gh_Sim *sim, int32_t span)
{
    update(sim);
    return R.known && span >= 0 && span < R.nspans ? R.bits[span] : NULL;
}

uint32_t gh_reach_garbage(const gh_Sim *sim, uint64_t *hash)
{
    update(sim);
    if (hash) *hash = R.known ? R.hash ^ R.garbage : 0;
    return R.known ? R.garbage : 0;
}
