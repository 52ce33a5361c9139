/* access.c — validated memory access and the hybrid write barrier.
 *
 * The barrier (Go's hybrid Yuasa-deletion + Dijkstra-insertion barrier, mbarrier.go):
 *   writePointer(slot, ptr):
 *       shade(*slot)                 the pointer being overwritten: a goroutine whose stack
 *                                    was already scanned (black) may hold a copy of it
 *       if current stack is grey:    not yet scanned this cycle
 *           shade(ptr)               the new pointer may be known only to this grey stack
 *       *slot = ptr
 * Stores into the running goroutine's own stack frames need no barrier (stacks are roots,
 * scanned once). Go's real barrier buffers both pointers and shades them both; we shade at
 * once, which is the same for the collector's invariant. */
#include <string.h>
#include "runtime/access.h"
#include "runtime/sim.h"

bool gh_on_curstack(gh_Sim *sim, gh_Addr a)
{
    gh_G *g = gh_curg(sim);
    return g && a >= g->sp && a < g->stackhi;
}

static uint8_t *fault(gh_Sim *sim, gh_Addr a, const char *why)
{
    if (a < 4096)
        gh_sim_fail(sim, GH_ERR_PANIC, "panic: runtime error: invalid memory address or nil pointer dereference");
    else
        gh_sim_fail(sim, GH_ERR_FATAL, "unexpected fault address 0x%llx: %s", (unsigned long long)a, why);
    return NULL;
}

uint8_t *gh_mem(gh_Sim *sim, gh_Addr a, uint64_t n)
{
    if (a < 4096) return fault(sim, a, "nil");
    /* The running goroutine's own frames first: most accesses are (locals, spills), and
     * [sp, stackhi) lies in its stack's manual span, so the span lookup below would come
     * to the same answer (the same test it makes there) */
    gh_G *cur = gh_curg(sim);
    if (cur && cur->status != GH_G_DEAD && a >= cur->sp && a + n <= cur->stackhi && a + n >= a)
        return gh_memory_at(&sim->mem, a);
    if (gh_is_data(a, n)) {
        if (a - GH_DATA_BASE + n > sim->stacks.dataUsed) return fault(sim, a, "outside the globals");
        return sim->stacks.data + (a - GH_DATA_BASE);
    }
    int32_t id = gh_mheap_span_of(sim, a);
    if (id < 0) return fault(sim, a, "not mapped");
    gh_MSpan *s = gh_span(sim, id);
    if (s->state == GH_SPAN_MANUAL) {
        for (int32_t i = 0; i < sim->stacks.ngs; i++) {
            gh_G *g = &sim->stacks.gs[i];
            if (g->status != GH_G_DEAD && a >= g->sp && a + n <= g->stackhi) return gh_memory_at(&sim->mem, a);
        }
        return fault(sim, a, "outside any live stack frame");
    }
    if (s->state != GH_SPAN_INUSE || a >= s->limit) return fault(sim, a, "not in an object");
    uint32_t slot = gh_mspan_obj_index(s, a);
    gh_Addr base = s->startAddr + (gh_Addr)slot * s->elemsize;
    if (!gh_mspan_is_allocated(s, slot)) return fault(sim, a, "object was freed");
    if (a + n > base + s->elemsize) return fault(sim, a, "access runs past the end of the object");
    return gh_memory_at(&sim->mem, a);
}

bool gh_load(gh_Sim *sim, gh_Addr a, void *out, uint64_t n)
{
    uint8_t *p = gh_mem(sim, a, n);
    if (!p) return false;
    memcpy(out, p, n);
    return true;
}

bool gh_store(gh_Sim *sim, gh_Addr a, const void *in, uint64_t n)
{
    uint8_t *p = gh_mem(sim, a, n);
    if (!p) return false;
    memcpy(p, in, n);
    gh_gc_advance(sim, 1 + n / 64);
    return true;
}

bool gh_load_word(gh_Sim *sim, gh_Addr a, uint64_t *v) { return gh_load(sim, a, v, 8); }

void gh_write_barrier(gh_Sim *sim, gh_Addr slot, uint64_t old, uint64_t v)
{
    gh_Collector *gc = &sim->gc;
    if (gc->phase == GH_GC_OFF || gc->brokenBarrier) return;
    gh_G *g = gh_curg(sim);
    bool stackGrey = g && g->scannedCycle != gc->cycle;
    gh_emit(sim, GH_EV_WRITE_BARRIER, sim->curp, -1, 0, slot, old, v);
    gh_gc_shade(sim, old, 7);
    if (stackGrey) gh_gc_shade(sim, v, 8);
}

bool gh_store_ptr(gh_Sim *sim, gh_Addr slot, uint64_t v)
{
    uint8_t *p = gh_mem(sim, slot, 8);
    if (!p) return false;
    uint64_t old;
    memcpy(&old, p, 8);
    if (sim->gc.phase != GH_GC_OFF && !gh_on_curstack(sim, slot)) gh_write_barrier(sim, slot, old, v);
    memcpy(p, &v, 8);
    gh_emit(sim, GH_EV_PTR_STORE, sim->curp, -1, 0, slot, old, v);
    if (sim->gc.state == GH_GCS_IDLE) sim->nanotime += 4;
    else gh_gc_advance(sim, 4);
    return true;
}

static bool is_ptr_word(gh_Sim *sim, gh_Addr a)
{
    if (gh_is_data(a, 8)) {
        uint64_t w = (a - GH_DATA_BASE) / 8;
        return (sim->stacks.dataPtrBits[w >> 6] >> (w & 63)) & 1;
    }
    return gh_memory_is_ptr_word(&sim->mem, a);
}

bool gh_memmove(gh_Sim *sim, gh_Addr dst, gh_Addr src, uint64_t n)
{
    if (n == 0) return true;
    uint8_t *d = gh_mem(sim, dst, n), *s = d ? gh_mem(sim, src, n) : NULL;
    if (!d || !s) return false;
    if (sim->gc.phase != GH_GC_OFF && !gh_on_curstack(sim, dst) && (dst % 8) == 0 && (src % 8) == 0) {
        for (uint64_t off = 0; off + 8 <= n; off += 8) {
            if (!is_ptr_word(sim, dst + off)) continue;
            uint64_t old, v;
            memcpy(&old, d + off, 8);
            memcpy(&v, s + off, 8);
            gh_write_barrier(sim, dst + off, old, v);
        }
    }
    memmove(d, s, n);
    gh_gc_advance(sim, 2 + n / 32);
    return true;
}
