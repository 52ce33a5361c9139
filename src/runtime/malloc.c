/* malloc.c — mallocgc: the three allocation paths of Go's allocator.
 *
 * gh_mallocgc(size, type, needzero), as Go 1.19's mallocgc:
 *   0. size 0 → &zerobase; nothing is allocated or counted.
 *   1. During mark, charge the goroutine's assist debt; if it is in debt, assist first.
 *   2. noscan = the type holds no pointers.
 *   3. Tiny path (noscan and size < 16): align the offset in the P's current 16-byte block
 *      (8 if size%8==0, 4 if size%4==0, 2 if even); if it fits, hand out block+off and
 *      return at once (one Malloc, no bytes). Otherwise take a fresh 16-byte slot of span
 *      class 5 and keep it as the current block only if it has more room left than the old.
 *   4. Small path (size ≤ 32 KiB): round up to the size class, take the next free slot of the
 *      mcache's span for (class, noscan), refilling from mcentral when the span is full;
 *      clear it if the caller wants zeroed memory and the span is dirty (needzero).
 *   5. Large path: its own span of ceil(size/8 KiB) pages, straight from mheap.
 *   6. Scan objects: write the pointer bitmap; count the scannable bytes for the pacer.
 *   7. During a GC cycle, allocate black: mark the new object so this cycle keeps it.
 *   8. If a span was refilled or the object was large, test the GC trigger.
 * Worked example (measured in Go 1.19): after ReadMemStats, strings of length 2..15 built
 * by s += "a" take 14 allocations and 10 tiny blocks: lengths 3, 4, 6 and 8 fit in the
 * current block, all others start a new one (160 bytes of TotalAlloc). */
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/mgc.h"
#include "runtime/sim.h"

uint64_t gh_alloc_footprint(uint64_t size, bool noscan)
{
    if (size == 0) return 0;
    if (noscan && size < GH_TINY_SIZE) return GH_TINY_SIZE;
    return gh_roundupsize(size);
}

/* Go's nextFreeFast: the next free slot straight from the 64-bit allocCache, or 0 when the
 * cache window is used up (the slow path, gh_mcache_next_free, then reloads or refills). */
static inline gh_Addr next_free_fast(gh_Sim *sim, int spc, int32_t *spanOut, uint32_t *slotOut)
{
    int32_t id = gh_sim_mcache(sim)->alloc[spc];
    if (id < 0) return 0;
    gh_MSpan *s = gh_span(sim, id);
    uint64_t cache = s->allocCache;
    if (!cache) return 0;
    uint32_t b = (uint32_t)__builtin_ctzll(cache), result = s->freeindex + b;
    if (result >= s->nelems) return 0;
    uint32_t next = result + 1;
    if (next % 64 == 0 && next != s->nelems) return 0;
    s->allocCache = b + 1 < 64 ? cache >> (b + 1) : 0;
    s->freeindex = next;
    s->allocCount++;
    *spanOut = id;
    *slotOut = result;
    return s->startAddr + (gh_Addr)result * s->elemsize;
}

/* A slot of span class spc: the fast path, else mcache.nextFree (which may refill). */
static inline gh_Addr next_free(gh_Sim *sim, int spc, int32_t *spanOut, uint32_t *slotOut, bool *refilled)
{
    gh_Addr x = next_free_fast(sim, spc, spanOut, slotOut);
    if (x) return x;
    x = gh_mcache_next_free(sim, sim->curp, spc, spanOut, refilled);
    if (x) *slotOut = gh_mspan_obj_index(gh_span(sim, *spanOut), x);
    return x;
}

static void record_object(gh_Sim *sim, gh_MSpan *s, uint32_t slot, int32_t type)
{
    s->objtype[slot] = type;
    s->objsite[slot] = sim->site;
    s->objserial[slot] = ++sim->allocSerial ? sim->allocSerial : ++sim->allocSerial;
}

static void clear_memory(gh_Sim *sim, gh_Addr x, uint64_t n)
{
    memset(gh_memory_at(&sim->mem, x), 0, n);
    sim->stats.bytesZeroed += n;
    sim->stats.nZeroings++;
    gh_emit(sim, GH_EV_ZERO, sim->curp, -1, 0, x, n, 0);
}

/* Step 3: returns the address, or 0 with *fresh = false on failure; *fit says whether it went
 * into the current block (no new object). Told explicitly: comparing tinyAllocs before and after
 * does not work, because a refill of the tiny span class resets it, and then a new block (even
 * one allocated during marking) was taken for a fit and never marked. */
static gh_Addr tiny_alloc(gh_Sim *sim, uint64_t size, bool *refilled, int32_t *spanOut, uint32_t *slotOut, bool *fit)
{
    *fit = false;
    gh_MCache *c = gh_sim_mcache(sim);
    uint64_t off = c->tinyoffset;
    if ((size & 7) == 0) off = (off + 7) & ~(uint64_t)7;
    else if ((size & 3) == 0) off = (off + 3) & ~(uint64_t)3;
    else if ((size & 1) == 0) off = (off + 1) & ~(uint64_t)1;
    if (off + size <= GH_TINY_SIZE && c->tiny != 0) {
        gh_Addr x = c->tiny + off;
        c->tinyoffset = off + size;
        c->tinyAllocs++;
        *fit = true;
        int32_t sid = gh_mheap_span_of(sim, x);
        *spanOut = sid;
        *slotOut = gh_mspan_obj_index(gh_span(sim, sid), x);
        gh_emit(sim, GH_EV_MALLOC, sim->curp, sid, *slotOut, x, 0, GH_PATH_TINY_FIT);
        return x;
    }
    int32_t sid;
    uint32_t slot;
    gh_Addr x = next_free(sim, GH_TINY_SPAN_CLASS, &sid, &slot, refilled);
    if (!x) return 0;
    gh_MSpan *s = gh_span(sim, sid);
    memset(gh_memory_at(&sim->mem, x), 0, GH_TINY_SIZE); /* Go always clears a new tiny block */
    record_object(sim, s, slot, GH_OBJ_TINY_BLOCK);
    if (size < c->tinyoffset || c->tiny == 0) {
        c->tiny = x;
        c->tinyoffset = size;
        gh_emit(sim, GH_EV_TINY_BLOCK, sim->curp, sid, slot, x, GH_TINY_SIZE, 0);
    }
    *spanOut = sid;
    *slotOut = slot;
    gh_emit(sim, GH_EV_MALLOC, sim->curp, sid, slot, x, GH_TINY_SIZE, GH_PATH_TINY_NEW);
    return x;
}

static gh_Addr large_alloc(gh_Sim *sim, uint64_t size, bool noscan, int32_t *spanOut)
{
    uint64_t npages = size / GH_PAGE_SIZE + (size % GH_PAGE_SIZE != 0);
    if (npages > sim->heap.maxPages)
        return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY,
                           "fatal error: out of memory (cannot allocate %llu-byte block, %llu in use)",
                           (unsigned long long)size, (unsigned long long)sim->stats.inHeap);
    gh_gc_deduct_sweep_credit(sim, npages * GH_PAGE_SIZE, npages);
    uint8_t spc = gh_make_spanclass(0, noscan);
    int32_t id = gh_mheap_alloc(sim, (uint32_t)npages, spc);
    if (id < 0) return 0;
    gh_MSpan *s = gh_span(sim, id);
    s->freeindex = 1;
    s->allocCount = 1;
    s->allocCache = 0;
    gh_spanset_push(&sim->heap.central[spc].full[gh_swept_index(sim->heap.sweepgen)], id);
    sim->stats.largeAlloc += npages * GH_PAGE_SIZE;
    sim->stats.largeAllocCount++;
    gh_gc_heap_live_update(sim, (int64_t)(npages * GH_PAGE_SIZE), 0);
    *spanOut = id;
    return s->startAddr;
}

gh_Addr gh_mallocgc(gh_Sim *sim, uint64_t size, int32_t type, bool needzero)
{
    if (size == 0) return GH_ZEROBASE;
    const gh_Type *ty = gh_type_get(&sim->types, type);
    if (!ty) return gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: mallocgc of unknown type %d", (int)type);
    if (size > sim->mem.limit)
        return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY,
                           "fatal error: out of memory (cannot allocate %llu-byte block, %llu in use)",
                           (unsigned long long)size, (unsigned long long)sim->stats.inHeap);
    gh_G *g = gh_curg(sim);
    if (sim->gc.phase == GH_GC_MARK && g) {
        g->gcAssistBytes -= (int64_t)size;
        if (g->gcAssistBytes < 0) gh_gc_assist_alloc(sim, g);
    }
    bool noscan = ty->ptrdata == 0;
    bool refilled = false, large = false;
    int32_t sid = -1;
    uint32_t slot = 0;
    uint64_t elemsize = size;
    gh_Addr x;
    if (size <= GH_MAX_SMALL_SIZE) {
        if (noscan && size < GH_TINY_SIZE) {
            bool fit;
            x = tiny_alloc(sim, size, &refilled, &sid, &slot, &fit);
            if (!x) return 0;
            if (fit) { /* fit in the current block */
                gh_temp_push(sim, x);
                sim->lastAlloc = x;
                gh_gc_charge_alloc_time(sim, 0, false);
                return x;
            }
            elemsize = GH_TINY_SIZE;
        } else {
            int sc = gh_size_to_class_fast(size);
            elemsize = gh_class_to_size[sc];
            x = next_free(sim, gh_make_spanclass(sc, noscan), &sid, &slot, &refilled);
            if (!x) return 0;
            gh_MSpan *s = gh_span(sim, sid);
            record_object(sim, s, slot, type);
            if (needzero && s->needzero) clear_memory(sim, x, elemsize);
            gh_emit(sim, GH_EV_MALLOC, sim->curp, sid, slot, x, elemsize, GH_PATH_SMALL);
        }
    } else {
        large = true;
        x = large_alloc(sim, size, noscan, &sid);
        if (!x) return 0;
        gh_MSpan *s = gh_span(sim, sid);
        elemsize = s->elemsize;
        record_object(sim, s, 0, type);
        if (needzero && s->needzero) clear_memory(sim, x, elemsize);
        gh_emit(sim, GH_EV_MALLOC, sim->curp, sid, 0, x, elemsize, GH_PATH_LARGE);
    }
    if (!noscan) {
        /* Go's heapBitsSetType: the type's pointer mask repeated over the object. */
        gh_memory_set_object_bits(&sim->mem, x, elemsize, size, ty->ptrmask, ty->size, ty->ptrdata);
        if (size > ty->size) gh_sim_mcache(sim)->scanAlloc += size - ty->size + ty->ptrdata;
        else gh_sim_mcache(sim)->scanAlloc += ty->ptrdata;
    }
    if (sim->gc.phase != GH_GC_OFF) gh_gc_mark_new_object(sim, sid, slot, elemsize);
    gh_gc_charge_alloc_time(sim, elemsize, large);
    if (sim->gc.phase == GH_GC_MARK && g && elemsize > size) g->gcAssistBytes -= (int64_t)(elemsize - size);
    gh_G *cg = gh_curg(sim);
    if (cg && cg->ntemps < GH_MAX_TEMPS) cg->temps[cg->ntemps++] = x; /* "in a register" until the next operation */
    else gh_temp_push(sim, x);
    sim->lastAlloc = x;
    if ((refilled || large) && gh_gc_trigger_test(sim)) gh_gc_start(sim, false);
    return x;
}

uint32_t gh_object_serial(const gh_Sim *sim, gh_Addr a)
{
    int32_t id = gh_mheap_span_of(sim, a);
    if (a == 0 || id < 0 || gh_span(sim, id)->state != GH_SPAN_INUSE) return GH_SERIAL_NOT_HEAP;
    const gh_MSpan *s = gh_span(sim, id);
    if (a >= s->limit) return 0;
    uint32_t slot = gh_mspan_obj_index(s, a);
    return gh_mspan_is_allocated(s, slot) ? s->objserial[slot] : 0;
}

gh_Addr gh_newobject(gh_Sim *sim, int32_t type)
{
    const gh_Type *ty = gh_type_get(&sim->types, type);
    if (!ty) return gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: new of unknown type %d", (int)type);
    return gh_mallocgc(sim, ty->size, type, true);
}

gh_Addr gh_newarray(gh_Sim *sim, int32_t type, int64_t n)
{
    const gh_Type *ty = gh_type_get(&sim->types, type);
    if (!ty) return gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: newarray of unknown type %d", (int)type);
    if (n < 0 || (ty->size && (uint64_t)n > sim->mem.limit / ty->size))
        return gh_sim_fail(sim, GH_ERR_SIZE_OUT_OF_RANGE, "runtime: allocation size out of range");
    return gh_mallocgc(sim, ty->size * (uint64_t)n, type, true);
}
