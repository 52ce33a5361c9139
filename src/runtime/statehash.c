/* statehash.c — one 64-bit fingerprint of a simulator's whole state (gh_state_hash in
 * runtime.h): FNV-1a style mixing over every field that defines the simulated state. Two
 * states with equal hashes are the same state for every view and test (replay equality is
 * checked with it). Host pointers and capacities are never hashed (they differ between equal states);
 * struct padding is avoided by hashing field by field. */
#include "runtime/sim.h"

typedef struct H { uint64_t h; } H;

static void mix(H *h, uint64_t v)
{
    h->h ^= v;
    h->h *= 0x100000001b3ULL;
    h->h ^= h->h >> 29;
}

static void bytes(H *h, const void *p, uint64_t n)
{
    const uint8_t *b = p;
    uint64_t i = 0, w;
    for (; i + 8 <= n; i += 8) {
        __builtin_memcpy(&w, b + i, 8);
        mix(h, w);
    }
    for (; i < n; i++) mix(h, b[i]);
}

static void span(H *h, const gh_Sim *sim, const gh_MSpan *s)
{
    mix(h, s->state);
    if (s->state == GH_SPAN_DEAD) return;
    mix(h, s->startAddr), mix(h, s->limit), mix(h, s->npages), mix(h, s->spanclass);
    mix(h, s->needzero), mix(h, s->specials), mix(h, s->elemsize), mix(h, s->nelems);
    mix(h, s->freeindex), mix(h, s->allocCount), mix(h, s->allocCountBeforeCache);
    mix(h, s->allocCache), mix(h, s->sweepgen), mix(h, (uint64_t)s->cachedBy);
    uint64_t bytesLen = (uint64_t)s->npages * 8192;
    if (s->state == GH_SPAN_INUSE && s->nwords) {
        bytes(h, s->allocBits, s->nwords * 8ull);
        bytes(h, s->gcmarkBits, s->nwords * 8ull);
        if (s->objtype) bytes(h, s->objtype, s->nelems * 4ull);
    }
    bytes(h, gh_memory_at(&sim->mem, s->startAddr), bytesLen);
    const uint64_t *pb = sim->mem.ptrbits + ((s->startAddr - GH_ARENA_BASE) >> 9);
    bytes(h, pb, bytesLen / 64);
}

static void spanset(H *h, const gh_SpanSet *b)
{
    mix(h, b->len);
    for (uint32_t i = 0; i < b->len; i++) mix(h, (uint64_t)gh_spanset_at(b, i));
}

static void heap(H *h, const gh_Sim *sim)
{
    const gh_MHeap *m = &sim->heap;
    mix(h, (uint64_t)m->nspans), mix(h, (uint64_t)m->nspansInUse), mix(h, m->mappedPages);
    mix(h, m->searchPage), mix(h, m->sweepgen);
    for (int32_t i = 0; i < m->nspans; i++) span(h, sim, &m->spans[i]);
    bytes(h, m->pageInUse, (m->mappedPages + 63) / 64 * 8ull);
    bytes(h, m->pageScav, (m->mappedPages + 63) / 64 * 8ull);
    for (int c = 0; c < GH_NUM_SPAN_CLASSES; c++)
        for (int k = 0; k < 2; k++) spanset(h, &m->central[c].partial[k]), spanset(h, &m->central[c].full[k]);
}

static void procs(H *h, const gh_Sim *sim)
{
    mix(h, (uint64_t)sim->nprocs), mix(h, (uint64_t)sim->curp);
    for (int32_t p = 0; p < sim->nprocs; p++) {
        const gh_MCache *c = &sim->allp[p].mcache;
        bytes(h, c->alloc, sizeof c->alloc);
        mix(h, c->tiny), mix(h, c->tinyoffset), mix(h, c->tinyAllocs), mix(h, c->scanAlloc), mix(h, c->flushGen);
    }
}

static void slot(H *h, const gh_Slot *s)
{
    bytes(h, s->name, sizeof s->name);
    mix(h, s->offset), mix(h, s->size), mix(h, (uint64_t)s->type), mix(h, s->escaped);
    if (s->dead) mix(h, 0xdead);   /* only when set: states without liveness hash as before */
}

static void stacks(H *h, const gh_Sim *sim)
{
    const gh_Stacks *st = &sim->stacks;
    mix(h, (uint64_t)st->ngs), mix(h, (uint64_t)st->cur), mix(h, st->dataUsed), mix(h, st->stackInuse);
    for (int32_t i = 0; i < st->ngs; i++) {
        const gh_G *g = &st->gs[i];
        mix(h, g->status), mix(h, g->stacklo), mix(h, g->stackhi), mix(h, g->sp), mix(h, (uint64_t)g->p);
        mix(h, (uint64_t)g->gcAssistBytes), mix(h, g->scannedCycle), mix(h, g->nframes), mix(h, g->nslots);
        for (uint32_t f = 0; f < g->nframes; f++) {
            const gh_Frame *fr = &g->frames[f];
            bytes(h, fr->fn, sizeof fr->fn);
            mix(h, fr->sp), mix(h, fr->size), mix(h, fr->firstSlot), mix(h, fr->nslots), mix(h, (uint64_t)fr->line);
        }
        for (uint32_t s = 0; s < g->nslots; s++) slot(h, &g->slots[s]);
        for (uint32_t t = 0; t < g->ntemps; t++) mix(h, g->temps[t]);
        if (g->waitReason) {   /* only when parked: states without a wait hash as before */
            bytes(h, g->waitReason, __builtin_strlen(g->waitReason));
            mix(h, g->waitOn);
        }
        if (g->wokeHow) bytes(h, g->wokeHow, __builtin_strlen(g->wokeHow)), mix(h, (uint64_t)g->wokeBy);
        if (g->copiedFrom) mix(h, g->copiedFrom); /* only once moved: states before hash as they did */
    }
    bytes(h, st->data, st->dataUsed);
    bytes(h, st->dataPtrBits, (st->dataUsed / 8 + 63) / 64 * 8ull);
    for (uint32_t i = 0; i < st->nglobals; i++) slot(h, &st->globals[i]);
}

static void collector(H *h, const gh_Sim *sim)
{
    const gh_Collector *gc = &sim->gc;
    mix(h, gc->phase), mix(h, gc->state), mix(h, gc->cycle), mix(h, gc->numGC), mix(h, gc->numForcedGC);
    mix(h, gc->ngrey);
    for (uint32_t i = 0; i < gc->ngrey; i++) mix(h, gc->grey[i]);
    mix(h, gc->rootNext), mix(h, gc->nroots), mix(h, gc->bytesMarked), mix(h, gc->heapScanWork);
    mix(h, gc->stackScanWork), mix(h, gc->globalsScanWork), mix(h, (uint64_t)gc->bgScanCredit);
    mix(h, (uint64_t)gc->gcPercent), mix(h, gc->memoryLimit), mix(h, gc->heapMarked), mix(h, gc->heapGoal);
    mix(h, gc->trigger), mix(h, gc->lastHeapScan), mix(h, gc->lastStackScan), mix(h, gc->sweepDistMinTrigger);
    mix(h, gc->runway), mix(h, gc->sweepSpanClass), mix(h, gc->pagesSwept), mix(h, gc->pauseTotalNs);
    mix(h, gc->lastGC), mix(h, gc->gcCPUNs), mix(h, gc->nhistory), mix(h, gc->nspecials), mix(h, gc->nfinq);
    for (uint32_t i = 0; i < gc->nspecials; i++) mix(h, gc->specials[i].addr), mix(h, (uint64_t)gc->specials[i].fn);
    for (uint32_t i = 0; i < gc->nfinq; i++) mix(h, gc->finq[i].addr);
    uint64_t d[4];
    __builtin_memcpy(&d[0], &gc->bgCredit, 8);
    __builtin_memcpy(&d[1], &gc->consMark, 8);
    __builtin_memcpy(&d[2], &gc->sweepPagesPerByte, 8);
    __builtin_memcpy(&d[3], &gc->assistWorkPerByte, 8);
    bytes(h, d, sizeof d);
}

static void pools(H *h, const gh_Sim *sim)
{
    mix(h, (uint64_t)sim->pools.n);
    for (int32_t i = 0; i < sim->pools.n; i++) {
        const gh_Pool *p = &sim->pools.v[i];
        mix(h, p->gets), mix(h, p->puts), mix(h, p->news);
        for (int k = 0; k < 64; k++) {
            const gh_PoolLocal *l[2] = {&p->local[k], &p->victim[k]};
            for (int j = 0; j < 2; j++) {
                mix(h, l[j]->private_);
                mix(h, l[j]->shared.n);
                bytes(h, l[j]->shared.v, l[j]->shared.n * 8ull);
            }
        }
    }
}

uint64_t gh_state_hash(const gh_Sim *sim)
{
    H h = {0xcbf29ce484222325ULL};
    heap(&h, sim);
    procs(&h, sim);
    bytes(&h, &sim->stats, sizeof sim->stats); /* all uint64: no padding */
    stacks(&h, sim);
    collector(&h, sim);
    pools(&h, sim);
    mix(&h, sim->nanotime), mix(&h, sim->evseq), mix(&h, (uint64_t)sim->err), mix(&h, sim->mem.narenas);
    return h.h;
}
