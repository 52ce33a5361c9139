/* mheap.c — the page heap: arenas, the page allocator and span structs.
 *
 * The heap is a run of 8 KiB pages starting at 0xc000000000. Like Go's pageAlloc it
 * keeps one bit per page (in use or free) and hands out the lowest-addressed run that
 * fits (address-ordered first fit), so the hotel fills from the ground floor up.
 *
 * Algorithm of gh_mheap_alloc(npages):
 *   1. If the last cycle's sweep is unfinished, sweep first (Go's reclaim) so the heap does
 *      not grow while garbage is waiting to be swept.
 *   2. Find the lowest free run of npages, starting at searchPage (no free page below it).
 *   3. None? grow: map ceil(npages/512)×512 more pages (4 MiB steps) at the end of the
 *      heap, reserving a new 64 MiB arena when the current one is used up. New pages are
 *      counted as released (HeapReleased) until a span uses them.
 *   4. Take a span struct (reused from the free list, as Go's fixalloc does), mark its
 *      pages in use, map each page to the span, and decide needzero: pages below the
 *      arena's zeroedBase were used before and may hold old bytes.
 * Worked example: a fresh heap and one 48-byte allocation: npages = 1, no pages mapped,
 *   grow maps 512 pages (HeapSys 4 MiB, HeapReleased 4 MiB), the span gets page 0 at
 *   0xc000000000: HeapInuse 8192, HeapReleased 4186112, needzero 0.
 *
 * Simplifications versus Go: no per-P page cache (Go serves runs < 16 pages from a 64-page
 * per-P window, which changes addresses but not counts); no radix tree of summaries (a
 * linear bitmap scan is fast enough at these sizes); the scavenger releases whole free
 * pages from the top when asked instead of running as a paced background goroutine. */
#include <stdlib.h>
#include <string.h>
#include "runtime/mgc.h"
#include "runtime/sim.h"

static inline bool page_used(const gh_MHeap *h, uint32_t p) { return (h->pageInUse[p >> 6] >> (p & 63)) & 1; }
static inline bool page_scav(const gh_MHeap *h, uint32_t p) { return (h->pageScav[p >> 6] >> (p & 63)) & 1; }
static inline void set_bit(uint64_t *b, uint32_t p, bool v)
{
    if (v) b[p >> 6] |= (uint64_t)1 << (p & 63);
    else b[p >> 6] &= ~((uint64_t)1 << (p & 63));
}

bool gh_mheap_init(gh_Sim *sim)
{
    gh_MHeap *h = &sim->heap;
    memset(h, 0, sizeof *h);
    h->maxPages = (uint32_t)(sim->mem.limit / GH_PAGE_SIZE);
    h->spanOf = malloc(sizeof(int32_t) * h->maxPages);
    h->pageInUse = calloc((h->maxPages + 63) / 64, sizeof(uint64_t));
    h->pageScav = calloc((h->maxPages + 63) / 64, sizeof(uint64_t));
    h->zeroedBase = calloc(h->maxPages / GH_PAGES_PER_ARENA + 1, sizeof(uint32_t));
    if (!h->spanOf || !h->pageInUse || !h->pageScav || !h->zeroedBase) return false;
    memset(h->spanOf, 0xff, sizeof(int32_t) * h->maxPages);
    h->freeSpan = -1;
    h->sweepgen = 0;
    for (int i = 0; i < GH_NUM_SPAN_CLASSES; i++) h->central[i].spanclass = (uint8_t)i;
    return true;
}

void gh_mheap_free(gh_Sim *sim)
{
    gh_MHeap *h = &sim->heap;
    for (int32_t i = 0; i < h->nspans; i++) gh_mspan_release(&h->spans[i]);
    for (int i = 0; i < GH_NUM_SPAN_CLASSES; i++) {
        for (int j = 0; j < 2; j++) {
            gh_spanset_free(&h->central[i].partial[j]);
            gh_spanset_free(&h->central[i].full[j]);
        }
    }
    free(h->spans);
    free(h->spanOf);
    free(h->pageInUse);
    free(h->pageScav);
    free(h->zeroedBase);
    memset(h, 0, sizeof *h);
}

/* Lowest free run of npages at or after searchPage within the mapped pages; UINT32_MAX if none. */
static uint32_t find_run(const gh_MHeap *h, uint32_t npages)
{
    uint32_t p = h->searchPage;
    while (p + npages <= h->mappedPages) {
        if ((p & 63) == 0 && h->pageInUse[p >> 6] == ~(uint64_t)0) {
            p += 64;
            continue;
        }
        if (page_used(h, p)) {
            p++;
            continue;
        }
        uint32_t run = 1;
        while (run < npages && !page_used(h, p + run)) run++;
        if (run == npages) return p;
        p += run + 1;
    }
    return UINT32_MAX;
}

static bool grow(gh_Sim *sim, uint32_t npages)
{
    gh_MHeap *h = &sim->heap;
    uint32_t ask = (npages + GH_HEAP_GROW_PAGES - 1) / GH_HEAP_GROW_PAGES * GH_HEAP_GROW_PAGES;
    /* A free run at the end of the heap joins the new pages: only grow by what is missing. */
    uint32_t tailFree = 0;
    while (tailFree < h->mappedPages && !page_used(h, h->mappedPages - 1 - tailFree)) tailFree++;
    if (tailFree < npages) {
        uint32_t need = npages - tailFree;
        ask = (need + GH_HEAP_GROW_PAGES - 1) / GH_HEAP_GROW_PAGES * GH_HEAP_GROW_PAGES;
    }
    if ((uint64_t)h->mappedPages + ask > h->maxPages) return false;
    /* The host backs every mapped page and its pointer bits (one bit per word). */
    if (!gh_sim_charge(sim, (uint64_t)ask * GH_PAGE_SIZE * 65 / 64, "heap")) return false;
    gh_Addr base = GH_ARENA_BASE + (gh_Addr)h->mappedPages * GH_PAGE_SIZE;
    uint32_t newEnd = h->mappedPages + ask;
    while ((uint64_t)sim->mem.narenas * GH_PAGES_PER_ARENA < newEnd) {
        gh_Addr abase = GH_ARENA_BASE + (gh_Addr)sim->mem.narenas * GH_ARENA_BYTES;
        sim->mem.narenas++;
        gh_emit(sim, GH_EV_ARENA_RESERVE, -1, -1, 0, abase, GH_ARENA_BYTES, sim->mem.narenas - 1);
    }
    for (uint32_t p = h->mappedPages; p < newEnd; p++) set_bit(h->pageScav, p, true);
    h->mappedPages = newEnd;
    sim->stats.heapReleased += (uint64_t)ask * GH_PAGE_SIZE;
    gh_emit(sim, GH_EV_HEAP_GROW, -1, -1, 0, base, (uint64_t)ask * GH_PAGE_SIZE, 0);
    return true;
}

static int32_t new_span_struct(gh_Sim *sim)
{
    gh_MHeap *h = &sim->heap;
    if (h->freeSpan >= 0) {
        int32_t id = h->freeSpan;
        h->freeSpan = h->spans[id].nextFree;
        return id;
    }
    if (h->nspans == h->capspans) {
        int32_t nc = h->capspans ? h->capspans * 2 : 256;
        uint64_t grow = gh_budget_growth((uint64_t)h->capspans, (uint64_t)nc, sizeof(gh_MSpan));
        if (!gh_sim_charge(sim, grow, "span structs")) return -1;
        gh_MSpan *ns = realloc(h->spans, sizeof(gh_MSpan) * (size_t)nc);
        if (!ns) {
            gh_sim_uncharge(sim, grow);
            return -1;
        }
        h->spans = ns;
        h->capspans = nc;
    }
    memset(&h->spans[h->nspans], 0, sizeof(gh_MSpan));
    return h->nspans++;
}

/* Take npages at page p0 for a new span; returns the span id. */
static int32_t take_pages(gh_Sim *sim, uint32_t p0, uint32_t npages, uint8_t state)
{
    gh_MHeap *h = &sim->heap;
    int32_t id = new_span_struct(sim);
    if (id < 0) return (int32_t)gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory (span structs)") - 1;
    gh_MSpan *s = &h->spans[id];
    uint64_t scav = 0;
    bool dirty = false;
    for (uint32_t p = p0; p < p0 + npages; p++) {
        if (page_scav(h, p)) scav++;
        set_bit(h->pageScav, p, false);
        set_bit(h->pageInUse, p, true);
        h->spanOf[p] = id;
    }
    /* needzero: was any page handed out before? (Go's allocNeedsZero per arena) */
    for (uint32_t p = p0; p < p0 + npages;) {
        uint32_t a = p / GH_PAGES_PER_ARENA;
        uint32_t inArena = p % GH_PAGES_PER_ARENA;
        uint32_t endInArena = (p0 + npages - a * GH_PAGES_PER_ARENA);
        if (endInArena > GH_PAGES_PER_ARENA) endInArena = GH_PAGES_PER_ARENA;
        if (inArena < h->zeroedBase[a]) dirty = true;
        if (endInArena > h->zeroedBase[a]) h->zeroedBase[a] = endInArena;
        p = a * GH_PAGES_PER_ARENA + endInArena;
    }
    if (p0 == h->searchPage) h->searchPage = p0 + npages;
    uint64_t bytes = (uint64_t)npages * GH_PAGE_SIZE;
    sim->stats.heapReleased -= scav * GH_PAGE_SIZE;
    sim->stats.heapFree -= bytes - scav * GH_PAGE_SIZE;
    if (state == GH_SPAN_INUSE) sim->stats.inHeap += bytes;
    else sim->stats.inStacks += bytes;
    s->startAddr = GH_ARENA_BASE + (gh_Addr)p0 * GH_PAGE_SIZE;
    s->npages = npages;
    s->state = state;
    s->needzero = dirty;
    s->specials = 0;
    s->sweepgen = h->sweepgen;
    s->cachedBy = -1;
    s->nextFree = -1;
    s->allocSeq = sim->evseq;
    h->nspansInUse++;
    return id;
}

static int32_t alloc_pages(gh_Sim *sim, uint32_t npages, uint8_t state)
{
    gh_MHeap *h = &sim->heap;
    uint32_t p0 = find_run(h, npages);
    if (p0 == UINT32_MAX) {
        if (!grow(sim, npages)) {
            gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY,
                        "fatal error: out of memory (cannot allocate %llu-byte block, %llu in use)",
                        (unsigned long long)npages * GH_PAGE_SIZE, (unsigned long long)sim->stats.inHeap);
            return -1;
        }
        p0 = find_run(h, npages);
        if (p0 == UINT32_MAX) return -1;
    }
    return take_pages(sim, p0, npages, state);
}

int32_t gh_mheap_alloc(gh_Sim *sim, uint32_t npages, uint8_t spc)
{
    if (spc >= GH_NUM_SPAN_CLASSES || npages == 0) {
        gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: impossible span class %u (%u pages)", spc, npages);
        return -1;
    }
    if (gh_spanclass_sizeclass(spc) != 0 && npages != gh_class_to_npages[gh_spanclass_sizeclass(spc)]) {
        gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: span class %u needs %u pages, not %u", spc,
                    gh_class_to_npages[gh_spanclass_sizeclass(spc)], npages);
        return -1;
    }
    if (sim->gc.state == GH_GCS_SWEEP) gh_gc_reclaim(sim, npages);
    int32_t id = alloc_pages(sim, npages, GH_SPAN_INUSE);
    if (id < 0) return -1;
    gh_MSpan *s = gh_span(sim, id);
    int sc = gh_spanclass_sizeclass(spc);
    uint32_t nelems = sc == 0 ? 1 : npages * GH_PAGE_SIZE / gh_class_to_size[sc];
    if (!gh_sim_charge(sim, gh_mspan_meta_bytes(nelems), "span metadata")) {
        gh_mheap_free_span(sim, id);
        return -1;
    }
    bool ok = gh_mspan_init_objects(s, spc, sc == 0 ? npages * GH_PAGE_SIZE : gh_class_to_size[sc], nelems);
    if (!ok) {
        gh_sim_uncharge(sim, gh_mspan_meta_bytes(nelems));
        gh_mheap_free_span(sim, id);
        gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory (host)");
        return -1;
    }
    /* Pointer bits of a previous owner of these pages must not leak into noscan objects. */
    gh_memory_set_ptrbits(&sim->mem, s->startAddr, (uint64_t)npages * GH_PAGE_SIZE, false);
    gh_emit(sim, GH_EV_SPAN_ALLOC, -1, id, 0, s->startAddr, (uint64_t)npages * GH_PAGE_SIZE, spc);
    return id;
}

int32_t gh_mheap_alloc_manual(gh_Sim *sim, uint32_t npages)
{
    int32_t id = alloc_pages(sim, npages, GH_SPAN_MANUAL);
    if (id < 0) return -1;
    gh_MSpan *s = gh_span(sim, id);
    s->spanclass = 0;
    s->elemsize = npages * GH_PAGE_SIZE;
    s->nelems = 0;
    s->limit = s->startAddr + s->elemsize;
    gh_emit(sim, GH_EV_SPAN_ALLOC, -1, id, 0, s->startAddr, (uint64_t)npages * GH_PAGE_SIZE, 0);
    return id;
}

void gh_mheap_free_span(gh_Sim *sim, int32_t id)
{
    gh_MHeap *h = &sim->heap;
    gh_MSpan *s = gh_span(sim, id);
    if (s->state == GH_SPAN_DEAD) return;
    uint32_t p0 = (uint32_t)((s->startAddr - GH_ARENA_BASE) / GH_PAGE_SIZE);
    for (uint32_t p = p0; p < p0 + s->npages; p++) {
        set_bit(h->pageInUse, p, false);
        h->spanOf[p] = -1;
    }
    if (p0 < h->searchPage) h->searchPage = p0;
    uint64_t bytes = (uint64_t)s->npages * GH_PAGE_SIZE;
    if (s->state == GH_SPAN_INUSE) sim->stats.inHeap -= bytes;
    else sim->stats.inStacks -= bytes;
    sim->stats.heapFree += bytes;
    gh_emit(sim, GH_EV_SPAN_FREE, -1, id, 0, s->startAddr, bytes, s->spanclass);
    if (s->allocBits) gh_sim_uncharge(sim, gh_mspan_meta_bytes(s->nelems));
    gh_mspan_release(s);
    s->state = GH_SPAN_DEAD;
    s->nextFree = h->freeSpan;
    h->freeSpan = id;
    h->nspansInUse--;
}

int32_t gh_mheap_span_of(const gh_Sim *sim, uint64_t a)
{
    if (a < GH_ARENA_BASE) return -1;
    uint64_t p = (a - GH_ARENA_BASE) / GH_PAGE_SIZE;
    if (p >= sim->heap.mappedPages) return -1;
    return sim->heap.spanOf[p];
}

uint64_t gh_mheap_scavenge(gh_Sim *sim, uint64_t bytes)
{
    gh_MHeap *h = &sim->heap;
    uint64_t released = 0;
    for (uint32_t p = h->mappedPages; p-- > 0 && released < bytes;) {
        if (page_used(h, p) || page_scav(h, p)) continue;
        set_bit(h->pageScav, p, true);
        gh_memory_discard(&sim->mem, GH_ARENA_BASE + (gh_Addr)p * GH_PAGE_SIZE, GH_PAGE_SIZE);
        released += GH_PAGE_SIZE;
    }
    sim->stats.heapFree -= released;
    sim->stats.heapReleased += released;
    return released;
}
