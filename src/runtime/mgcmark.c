/* mgcmark.c — the janitor's marking: roots, the grey queue, scanning and assists.
 *
 * Tri-colour marking as Go does it (mgcmark.go):
 *   white = mark bit clear; grey = mark bit set and queued for scanning; black = marked and
 *   scanned (noscan objects go straight to black: they hold no pointers to follow).
 * One unit of mark work is one root job (the globals, one goroutine stack with its
 * temporaries, the finalizer and sync.Pool roots) or one grey object popped and scanned:
 * every pointer word of it (the pointer bitmap says which words) that points into a live
 * heap object greys that object. Objects larger than 128 KiB are scanned in 128 KiB oblets.
 * Marking ends when every root job is done and the grey queue is empty.
 * Assists: an allocating goroutine in debt does assistWorkPerByte × debt bytes of scan
 * work (at least 64 KiB) before its allocation proceeds, after first stealing background
 * credit — so a goroutine that allocates fast pays for marking in proportion.
 * Worked example: a global pointing at A, A.next = B, B.next = nil. Roots: the globals
 * job greys A. Unit 2 pops A, scans its 2 words, greys B; A is black. Unit 3 scans B.
 * Queue empty: mark done; A and B black, everything else white and freed by the sweep.
 * The invariant marking keeps while the mutator runs (the strong one would be: no black
 * object points to a white one). The mutator may store a pointer to a white object into a
 * black one, so marking keeps the weak tri-colour invariant instead: every white object a
 * black object points to is still reachable from some grey object (or an unscanned stack)
 * through white objects only — so the grey queue will find it before marking ends. The
 * hybrid write barrier (access.c) is what keeps it: it shades the pointer being overwritten
 * (Yuasa deletion: the path from a grey object that protected a white one is never cut
 * unseen) and, while the writing goroutine's stack is still grey, the pointer being written
 * (Dijkstra insertion: a pointer only that unscanned stack knew about). Stacks take no
 * barrier; a stack is scanned once and is black after it, and objects allocated during a
 * cycle are born black (gh_gc_mark_new_object), so neither ever needs rescanning. When the
 * roots are done and the queue is empty, no grey object is left: by the invariant every
 * reachable object is black, and every white one is garbage.
 * Simplification versus Go: one global grey queue instead of per-P gcWork buffers and a
 * write-barrier buffer (the barrier shades at once). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/sim.h"

enum {
    OBLET_BYTES = 128 * 1024,           /* Go's maxObletBytes */
    OVER_ASSIST_WORK = 64 * 1024,       /* Go's gcOverAssistWork */
    PARK_SLICE_NS = 1000,               /* a parked assist re-checks every µs of virtual time */
    COST_GREY_NS = 25,          /* findObject + setting a mark bit: per object shaded */
    COST_SCAN_OBJECT_NS = 15,
    COST_SCAN_WORD_NS = 1,
    COST_ROOT_NS = 150,
};

bool gh_find_object(const gh_Sim *sim, uint64_t p, int32_t *spanOut, uint32_t *slotOut)
{
    int32_t id = gh_mheap_span_of(sim, p);
    if (id < 0) return false;
    const gh_MSpan *s = gh_span(sim, id);
    if (s->state != GH_SPAN_INUSE || p >= s->limit) return false;
    uint32_t slot = gh_mspan_obj_index(s, p);
    if (!gh_mspan_is_allocated(s, slot)) return false;
    *spanOut = id;
    *slotOut = slot;
    return true;
}

gh_Color gh_gc_color(const gh_Sim *sim, int32_t id, uint32_t slot)
{
    const gh_MSpan *s = gh_span(sim, id);
    if (slot >= s->nelems || !gh_mspan_is_allocated(s, slot)) return GH_COLOR_FREE;
    if (!gh_bit_get(s->gcmarkBits, slot)) return GH_COLOR_WHITE;
    if (gh_bit_get(s->greyBits, slot)) return GH_COLOR_GREY;
    return GH_COLOR_BLACK;
}

static void push_grey(gh_Sim *sim, gh_Addr a)
{
    gh_Collector *gc = &sim->gc;
    if (gc->ngrey == gc->capgrey) {
        uint32_t nc = gc->capgrey ? gc->capgrey * 2 : 1024;
        if (!gh_sim_charge(sim, gh_budget_growth(gc->capgrey, nc, sizeof(gh_Addr)), "grey queue")) return;
        gh_Addr *n = realloc(gc->grey, sizeof(gh_Addr) * nc);
        if (!n) {
            gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory (grey queue)");
            return;
        }
        gc->grey = n;
        gc->capgrey = nc;
    }
    gc->grey[gc->ngrey++] = a;
}

/* Go's greyobject: mark the object; noscan objects are black at once, others queue. */
static void greyobject(gh_Sim *sim, int32_t id, uint32_t slot, uint32_t reason)
{
    gh_MSpan *s = gh_span(sim, id);
    if (gh_bit_get(s->gcmarkBits, slot)) return;
    gh_bit_set(s->gcmarkBits, slot);
    sim->gc.shadeCost += COST_GREY_NS;
    gh_Addr obj = s->startAddr + (gh_Addr)slot * s->elemsize;
    if (gh_spanclass_noscan(s->spanclass)) {
        sim->gc.bytesMarked += s->elemsize;
        gh_emit(sim, GH_EV_SHADE_BLACK, -1, id, slot, obj, s->elemsize, reason);
        return;
    }
    gh_bit_set(s->greyBits, slot);
    push_grey(sim, obj);
    gh_emit(sim, GH_EV_SHADE_GREY, -1, id, slot, obj, s->elemsize, reason);
}

void gh_gc_shade(gh_Sim *sim, uint64_t p, uint32_t reason)
{
    int32_t id;
    uint32_t slot;
    if (p && gh_find_object(sim, p, &id, &slot)) greyobject(sim, id, slot, reason);
}

void gh_gc_mark_new_object(gh_Sim *sim, int32_t id, uint32_t slot, uint64_t elemsize)
{
    gh_MSpan *s = gh_span(sim, id);
    if (gh_bit_get(s->gcmarkBits, slot)) return;
    gh_bit_set(s->gcmarkBits, slot);
    sim->gc.bytesMarked += elemsize;
}

/* Scan n bytes of pointer words at a; returns bytes up to the last pointer word. */
static uint64_t scan_block(gh_Sim *sim, gh_Addr a, uint64_t n, gh_Addr self, uint64_t selfSize, uint32_t reason)
{
    uint64_t last = 0;
    for (uint64_t off = 0; off < n; off += 8) {
        if (!gh_memory_is_ptr_word(&sim->mem, a + off)) continue;
        last = off + 8;
        uint64_t v = gh_memory_load64(&sim->mem, a + off);
        if (!v || (v >= self && v < self + selfSize)) continue;
        gh_gc_shade(sim, v, reason);
    }
    return last;
}

/* Go's scanobject for one grey entry (an object or one oblet of a large object). */
static uint64_t scanobject(gh_Sim *sim, gh_Addr b)
{
    int32_t id = gh_mheap_span_of(sim, b);
    gh_MSpan *s = gh_span(sim, id);
    gh_Addr base = s->startAddr + (gh_Addr)gh_mspan_obj_index(s, b) * s->elemsize;
    uint64_t n = s->elemsize;
    if (n > OBLET_BYTES) {
        if (b == base) /* queue the other oblets; they are grey work of their own */
            for (gh_Addr o = base + OBLET_BYTES; o < base + n; o += OBLET_BYTES) push_grey(sim, o);
        n = base + n - b < OBLET_BYTES ? base + n - b : OBLET_BYTES;
    }
    uint32_t slot = gh_mspan_obj_index(s, b);
    sim->gc.workSpan = id;
    sim->gc.workSlot = slot;
    if (b == base) {
        gh_bit_clear(s->greyBits, slot);
        gh_emit(sim, GH_EV_SHADE_BLACK, -1, id, slot, base, s->elemsize, 0);
    }
    uint64_t scanned = scan_block(sim, b, n, base, s->elemsize, 1);
    sim->gc.bytesMarked += n;
    sim->gc.heapScanWork += scanned;
    return COST_SCAN_OBJECT_NS + COST_SCAN_WORD_NS * (n / 8);
}

static uint64_t scan_data(gh_Sim *sim)
{
    gh_Stacks *st = &sim->stacks;
    sim->gc.workSpan = -1; /* globals are no floor of the hotel */
    for (uint32_t w = 0; w < st->dataUsed / 8; w++) {
        if (!((st->dataPtrBits[w >> 6] >> (w & 63)) & 1)) continue;
        uint64_t v;
        memcpy(&v, st->data + (size_t)w * 8, 8);
        gh_gc_shade(sim, v, 2);
    }
    sim->gc.globalsScanWork += st->dataUsed + GH_PROGRAM_GLOBALS;
    return COST_ROOT_NS + COST_SCAN_WORD_NS * ((st->dataUsed + GH_PROGRAM_GLOBALS) / 8);
}

static uint64_t scan_stack(gh_Sim *sim, gh_G *g)
{
    if (g->status == GH_G_DEAD || g->scannedCycle == sim->gc.cycle) return COST_ROOT_NS;
    gh_stack_shrink(sim, g);
    uint64_t used = g->stackhi - g->sp;
    sim->gc.workSpan = gh_mheap_span_of(sim, g->stackhi - 1);
    sim->gc.workSlot = 0;
    scan_block(sim, g->sp, used, 0, 0, 3);
    for (uint32_t i = 0; i < g->ntemps; i++) gh_gc_shade(sim, g->temps[i], 3);
    g->scannedCycle = sim->gc.cycle;
    sim->gc.stackScanWork += used;
    gh_emit(sim, GH_EV_STACK_SCAN, g->p, -1, 0, g->sp, used, (uint64_t)g->id);
    return COST_ROOT_NS + COST_SCAN_WORD_NS * (used / 8);
}

/* Finalizer roots: what a finalizable object reaches is kept (not the object itself),
 * and queued finalizers keep their objects. */
static uint64_t scan_finalizers(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    gc->workSpan = -1;
    for (uint32_t i = 0; i < gc->nspecials; i++) {
        gh_MSpan *s = gh_span(sim, gc->specials[i].span);
        if (!gh_spanclass_noscan(s->spanclass))
            scan_block(sim, gc->specials[i].addr, s->elemsize, gc->specials[i].addr, s->elemsize, 4);
    }
    for (uint32_t i = 0; i < gc->nfinq; i++) gh_gc_shade(sim, gc->finq[i].addr, 4);
    return COST_ROOT_NS * (1 + gc->nspecials);
}

static uint64_t scan_pools(gh_Sim *sim)
{
    sim->gc.workSpan = -1;
    uint32_t n = gh_pool_for_each_object(sim, gh_gc_shade_pool_object, NULL);
    return COST_ROOT_NS + COST_GREY_NS * n;
}

void gh_gc_shade_pool_object(gh_Sim *sim, uint64_t p, void *ud)
{
    (void)ud;
    gh_gc_shade(sim, p, 5);
}

void gh_gc_mark_prepare(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    gc->rootNext = 0;
    gc->nroots = 3 + (uint32_t)sim->stacks.ngs; /* finalizers, globals, pools, stacks */
    gc->ngrey = 0;
    gc->bytesMarked = 0;
    gc->heapScanWork = gc->stackScanWork = gc->globalsScanWork = 0;
    /* Go's gcMarkTinyAllocs: objects in current tiny blocks were never marked one by one. */
    for (int32_t p = 0; p < sim->nprocs; p++)
        if (sim->allp[p].mcache.tiny) gh_gc_shade(sim, sim->allp[p].mcache.tiny, 6);
}

static uint64_t root_job(gh_Sim *sim, uint32_t i)
{
    if (i == 0) return scan_finalizers(sim);
    if (i == 1) return scan_data(sim);
    if (i == 2) return scan_pools(sim);
    if (i - 3 < (uint32_t)sim->stacks.ngs) return scan_stack(sim, &sim->stacks.gs[i - 3]);
    return 0;
}

uint64_t gh_gc_mark_unit(gh_Sim *sim)
{
    gh_Collector *gc = &sim->gc;
    uint64_t cost;
    gc->shadeCost = 0;
    if (gc->rootNext < gc->nroots) cost = root_job(sim, gc->rootNext++) + 1;
    else if (gc->ngrey == 0) return 0;
    else cost = scanobject(sim, gc->grey[--gc->ngrey]);
    return cost + gc->shadeCost;
}

void gh_gc_assist_alloc(gh_Sim *sim, gh_G *g)
{
    gh_Collector *gc = &sim->gc;
    if (gc->state != GH_GCS_MARK) return;
    int64_t debt = -g->gcAssistBytes;
    double work = gc->assistWorkPerByte * (double)debt;
    if (work < OVER_ASSIST_WORK) work = OVER_ASSIST_WORK;
    /* Steal background credit first. */
    if (gc->bgScanCredit > 0) {
        double steal = (double)gc->bgScanCredit < work ? (double)gc->bgScanCredit : work;
        gc->bgScanCredit -= (int64_t)steal;
        g->gcAssistBytes += (int64_t)(steal * gc->assistBytesPerWork) + 1;
        work -= steal;
        if (g->gcAssistBytes >= 0) return;
    }
    double done = 0;
    uint64_t ns = 0;
    while (done < work) {
        uint64_t before = gc->heapScanWork + gc->stackScanWork + gc->globalsScanWork;
        uint64_t cost = gh_gc_mark_unit(sim);
        if (!cost) break;
        ns += cost;
        done += (double)(gc->heapScanWork + gc->stackScanWork + gc->globalsScanWork - before) + 8;
    }
    g->gcAssistBytes += (int64_t)(gc->assistBytesPerWork * done) + 1;
    gc->cur.assistNs += ns;
    sim->nanotime += ns;
    gh_emit(sim, GH_EV_ASSIST, sim->curp, -1, 0, 0, (uint64_t)done, (uint64_t)g->id);
    /* The assist found no work left: it completes the mark itself (Go's assist calls
     * gcMarkDone when it reaches the background completion point). */
    if (gc->rootNext >= gc->nroots && gc->ngrey == 0) {
        gh_gc_mark_done(sim);
        g->gcAssistBytes = 0;
        return;
    }
    /* Still in debt: Go parks the goroutine on the assist queue until the background
     * workers have done enough work for it or the cycle ends (gcParkAssist). Time passes
     * while it waits; the workers use it. */
    while (g->gcAssistBytes < 0 && gc->state == GH_GCS_MARK) {
        gh_gc_charge(sim, PARK_SLICE_NS);
        while (gh_gc_work_unit(sim)) {}
        if (gc->bgScanCredit > 0) {
            int64_t pay = (int64_t)((double)gc->bgScanCredit * gc->assistBytesPerWork);
            int64_t need = -g->gcAssistBytes;
            int64_t take = pay < need ? pay : need;
            g->gcAssistBytes += take;
            gc->bgScanCredit -= (int64_t)((double)take * gc->assistWorkPerByte);
            if (take < need && pay >= need) g->gcAssistBytes = 0;
        }
    }
    if (gc->state != GH_GCS_MARK) g->gcAssistBytes = 0;
}

/* ---- checkmark: a separate, simple, stop-the-world reachability pass ---- */

typedef struct Reach {
    gh_Addr *queue;       /* objects to visit */
    gh_Addr *parent;      /* the object (or 0 = root) that reached it, for the path */
    uint32_t n, cap, head;
    uint64_t **seen;      /* per span: visited bitmap */
    bool failed;
} Reach;

static void reach_add(gh_Sim *sim, Reach *r, uint64_t p, gh_Addr from)
{
    int32_t id;
    uint32_t slot;
    if (!p || !gh_find_object(sim, p, &id, &slot)) return;
    if (!r->seen[id]) r->seen[id] = calloc(gh_span(sim, id)->nwords, sizeof(uint64_t));
    if (!r->seen[id] || gh_bit_get(r->seen[id], slot)) return;
    gh_bit_set(r->seen[id], slot);
    if (r->n == r->cap) {
        uint32_t nc = r->cap ? r->cap * 2 : 1024;
        gh_Addr *q = realloc(r->queue, sizeof(gh_Addr) * nc), *pa;
        if (q) r->queue = q;
        pa = realloc(r->parent, sizeof(gh_Addr) * nc);
        if (pa) r->parent = pa;
        if (!q || !pa) return;
        r->cap = nc;
    }
    gh_MSpan *s = gh_span(sim, id);
    r->queue[r->n] = s->startAddr + (gh_Addr)slot * s->elemsize;
    r->parent[r->n] = from;
    r->n++;
}

static void reach_root(gh_Sim *sim, uint64_t p, void *ud) { reach_add(sim, ud, p, 0); }

static void report_unmarked(gh_Sim *sim, Reach *r, uint32_t i)
{
    char path[160] = "";
    size_t len = 0;
    for (uint32_t k = i, depth = 0; depth < 4; depth++) {
        gh_Addr from = r->parent[k];
        len += (size_t)snprintf(path + len, sizeof path - len, " <- %s", from ? "" : "root");
        if (!from || len >= sizeof path - 24) break;
        len += (size_t)snprintf(path + len, sizeof path - len, "0x%llx", (unsigned long long)from);
        uint32_t j = 0;
        while (j < r->n && r->queue[j] != from) j++;
        if (j == r->n) break;
        k = j;
    }
    gh_sim_fail(sim, GH_ERR_FATAL, "runtime: checkmark found unmarked object 0x%llx reachable via%s; fatal error: checkmark found unmarked object",
                (unsigned long long)r->queue[i], path);
}

bool gh_gc_checkmark(gh_Sim *sim)
{
    Reach r = {0};
    r.seen = calloc((size_t)sim->heap.nspans + 1, sizeof(uint64_t *));
    if (!r.seen) return true;
    gh_gc_for_each_root(sim, reach_root, &r);
    bool ok = true;
    for (r.head = 0; r.head < r.n && ok; r.head++) {
        gh_Addr obj = r.queue[r.head];
        int32_t id;
        uint32_t slot;
        gh_find_object(sim, obj, &id, &slot);
        gh_MSpan *s = gh_span(sim, id);
        if (!gh_bit_get(s->gcmarkBits, slot)) {
            report_unmarked(sim, &r, r.head);
            ok = false;
            break;
        }
        if (gh_spanclass_noscan(s->spanclass)) continue;
        for (uint64_t off = 0; off < s->elemsize; off += 8) {
            if (!gh_memory_is_ptr_word(&sim->mem, obj + off)) continue;
            uint64_t v = gh_memory_load64(&sim->mem, obj + off);
            if (v && !(v >= obj && v < obj + s->elemsize)) reach_add(sim, &r, v, obj);
        }
    }
    for (int32_t i = 0; i < sim->heap.nspans; i++) free(r.seen[i]);
    free(r.seen);
    free(r.queue);
    free(r.parent);
    return ok;
}

static void each_block(gh_Sim *sim, gh_Addr a, uint64_t n, void (*fn)(gh_Sim *, uint64_t, void *), void *ud)
{
    for (uint64_t off = 0; off < n; off += 8)
        if (gh_memory_is_ptr_word(&sim->mem, a + off)) fn(sim, gh_memory_load64(&sim->mem, a + off), ud);
}

void gh_gc_for_each_root(gh_Sim *sim, void (*fn)(gh_Sim *, uint64_t, void *), void *ud)
{
    gh_Stacks *st = &sim->stacks;
    for (uint32_t w = 0; w < st->dataUsed / 8; w++) {
        if (!((st->dataPtrBits[w >> 6] >> (w & 63)) & 1)) continue;
        uint64_t v;
        memcpy(&v, st->data + (size_t)w * 8, 8);
        fn(sim, v, ud);
    }
    for (int32_t i = 0; i < st->ngs; i++) {
        gh_G *g = &st->gs[i];
        if (g->status == GH_G_DEAD) continue;
        each_block(sim, g->sp, g->stackhi - g->sp, fn, ud);
        for (uint32_t t = 0; t < g->ntemps; t++) fn(sim, g->temps[t], ud);
    }
    gh_Collector *gc = &sim->gc;
    for (uint32_t i = 0; i < gc->nspecials; i++) {
        gh_MSpan *s = gh_span(sim, gc->specials[i].span);
        if (gh_spanclass_noscan(s->spanclass)) continue;
        gh_Addr a = gc->specials[i].addr;
        for (uint64_t off = 0; off < s->elemsize; off += 8) {
            if (!gh_memory_is_ptr_word(&sim->mem, a + off)) continue;
            uint64_t v = gh_memory_load64(&sim->mem, a + off);
            if (!(v >= a && v < a + s->elemsize)) fn(sim, v, ud);
        }
    }
    for (uint32_t i = 0; i < gc->nfinq; i++) fn(sim, gc->finq[i].addr, ud);
    gh_pool_for_each_object(sim, fn, ud);
}
