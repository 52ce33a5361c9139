/* query.c — the read-only half of runtime.h: what the other layers may ask of a simulator
 * without touching it. Every function here takes a const gh_Sim, records no error, charges
 * no time and emits no event; bad ids answer NULL, -1 or an empty value. */
#include <string.h>
#include "runtime/sim.h"

/* ---- the simulator ---- */
gh_Config gh_sim_config(const gh_Sim *sim) { return sim->cfg; }
int32_t gh_sim_nprocs(const gh_Sim *sim) { return sim->nprocs; }
uint64_t gh_sim_nanotime(const gh_Sim *sim) { return sim->nanotime; }
uint64_t gh_sim_event_seq(const gh_Sim *sim) { return sim->evseq; }
gh_Err gh_sim_err(const gh_Sim *sim) { return sim->err; }
const char *gh_sim_errmsg(const gh_Sim *sim) { return sim->errmsg; }
int32_t gh_sim_site(const gh_Sim *sim) { return sim->site; }
uint32_t gh_sim_alloc_serial(const gh_Sim *sim) { return sim->allocSerial; }
gh_Addr gh_sim_last_alloc(const gh_Sim *sim) { return sim->lastAlloc; }
gh_Running gh_sim_running(const gh_Sim *sim) { return (gh_Running){sim->stacks.cur, sim->curp}; }

gh_EventFn gh_sim_listener(const gh_Sim *sim, void **ud)
{
    if (ud) *ud = sim->listener_ud;
    return sim->listener;
}

/* ---- types ---- */
int32_t gh_sim_ntypes(const gh_Sim *sim) { return sim->types.n; }
const gh_Type *gh_sim_type(const gh_Sim *sim, int32_t id) { return gh_type_get(&sim->types, id); }
bool gh_sim_type_mask_fits(const gh_Sim *sim, uint64_t size)
{
    return gh_types_mask_fits(&sim->types, size) && gh_type_mask_bytes(size) <= sim->budget.limit - sim->budget.used;
}

/* ---- heap ---- */
gh_HeapInfo gh_sim_heap(const gh_Sim *sim)
{
    return (gh_HeapInfo){
        .narenas = sim->mem.narenas,
        .mappedPages = sim->heap.mappedPages,
        .nspans = sim->heap.nspans,
        .nspansInUse = sim->heap.nspansInUse,
        .sweepgen = sim->heap.sweepgen,
        .inHeap = sim->stats.inHeap,
        .inStacks = sim->stats.inStacks,
        .heapLive = sim->stats.heapLive,
        .bytesZeroed = sim->stats.bytesZeroed,
        .nZeroings = sim->stats.nZeroings,
    };
}

uint32_t gh_sim_sweepgen(const gh_Sim *sim) { return sim->heap.sweepgen; }
int32_t gh_sim_nspans(const gh_Sim *sim) { return sim->heap.nspans; }
const gh_MSpan *gh_sim_span(const gh_Sim *sim, int32_t id)
{
    return id >= 0 && id < sim->heap.nspans ? &sim->heap.spans[id] : NULL;
}
int32_t gh_sim_span_of(const gh_Sim *sim, gh_Addr a) { return gh_mheap_span_of(sim, a); }

int32_t gh_sim_page_span(const gh_Sim *sim, uint32_t page)
{
    return page < sim->heap.mappedPages ? sim->heap.spanOf[page] : -1;
}

bool gh_sim_page_released(const gh_Sim *sim, uint32_t page)
{
    return page < sim->heap.mappedPages && gh_bit_get(sim->heap.pageScav, page);
}

gh_CentralInfo gh_sim_central(const gh_Sim *sim, int spc)
{
    if (spc < 0 || spc >= GH_NUM_SPAN_CLASSES) return (gh_CentralInfo){0};
    const gh_MCentral *c = &sim->heap.central[spc];
    int sw = gh_swept_index(sim->heap.sweepgen), un = 1 - sw;
    return (gh_CentralInfo){c->partial[sw].len, c->partial[un].len, c->full[sw].len, c->full[un].len};
}

/* ---- Ps ---- */
gh_MCacheInfo gh_sim_mcache_of(const gh_Sim *sim, int32_t p)
{
    if (p < 0 || p >= sim->nprocs) return (gh_MCacheInfo){0};
    const gh_MCache *c = &sim->allp[p].mcache;
    return (gh_MCacheInfo){c->tiny, c->tinyoffset, c->tinyAllocs};
}

int32_t gh_sim_mcache_span(const gh_Sim *sim, int32_t p, int spc)
{
    if (p < 0 || p >= sim->nprocs || spc < 0 || spc >= GH_NUM_SPAN_CLASSES) return -1;
    return sim->allp[p].mcache.alloc[spc];
}

/* ---- memory ---- */
const uint8_t *gh_peek(const gh_Sim *sim, gh_Addr a, uint64_t n)
{
    if (gh_is_data(a, n)) return a - GH_DATA_BASE + n <= sim->stacks.dataUsed ? sim->stacks.data + (a - GH_DATA_BASE) : NULL;
    int32_t id = gh_mheap_span_of(sim, a);
    if (id < 0) return NULL;
    const gh_MSpan *s = &sim->heap.spans[id];
    if (s->state == GH_SPAN_DEAD || a + n > s->startAddr + (gh_Addr)s->npages * GH_PAGE_SIZE) return NULL;
    return gh_memory_at(&sim->mem, a);
}

bool gh_peek_is_ptr(const gh_Sim *sim, gh_Addr a)
{
    return gh_memory_contains(&sim->mem, a, 8) && gh_memory_is_ptr_word(&sim->mem, a);
}

/* ---- goroutines, frames, globals ---- */
int32_t gh_sim_ngs(const gh_Sim *sim) { return sim->stacks.ngs; }
const gh_G *gh_sim_g(const gh_Sim *sim, int32_t i) { return i >= 0 && i < sim->stacks.ngs ? &sim->stacks.gs[i] : NULL; }
const gh_G *gh_sim_curg(const gh_Sim *sim) { return gh_curg(sim); }

int32_t gh_stack_owner(const gh_Sim *sim, int32_t span)
{
    for (int32_t i = 0; i < sim->stacks.ngs; i++)
        if (sim->stacks.gs[i].stackSpan == span && sim->stacks.gs[i].status != GH_G_DEAD) return sim->stacks.gs[i].id;
    return -1;
}

bool gh_frame_of(const gh_Sim *sim, gh_Addr a, int32_t *gi, int32_t *frame)
{
    for (int32_t i = 0; i < sim->stacks.ngs; i++) {
        const gh_G *g = &sim->stacks.gs[i];
        for (uint32_t f = 0; g->status != GH_G_DEAD && f < g->nframes; f++)
            if (a >= g->frames[f].sp && a < g->frames[f].sp + g->frames[f].size) {
                *gi = i;
                *frame = (int32_t)f;
                return true;
            }
    }
    return false;
}

int32_t gh_frame_local_index(const gh_G *g, uint32_t i, const char *name)
{
    if (i >= g->nframes) return -1;
    for (uint32_t k = 0; k < gh_frame_nslots(g, i); k++)
        if (!strcmp(gh_frame_slot(g, i, k)->name, name)) return (int32_t)k;
    return -1;
}

uint32_t gh_sim_nglobals(const gh_Sim *sim) { return sim->stacks.nglobals; }
const gh_Slot *gh_sim_global(const gh_Sim *sim, uint32_t k) { return k < sim->stacks.nglobals ? &sim->stacks.globals[k] : NULL; }

int32_t gh_global_index(const gh_Sim *sim, const char *name)
{
    for (uint32_t k = 0; k < sim->stacks.nglobals; k++)
        if (!strcmp(sim->stacks.globals[k].name, name)) return (int32_t)k;
    return -1;
}

int32_t gh_global_of(const gh_Sim *sim, gh_Addr a)
{
    for (uint32_t k = 0; k < sim->stacks.nglobals; k++) {
        gh_Addr at = GH_DATA_BASE + sim->stacks.globals[k].offset;
        if (a >= at && a < at + sim->stacks.globals[k].size) return (int32_t)k;
    }
    return -1;
}

/* ---- the collector ---- */
gh_GCInfo gh_sim_gc(const gh_Sim *sim)
{
    const gh_Collector *gc = &sim->gc;
    return (gh_GCInfo){
        .phase = gc->phase,
        .state = gc->state,
        .cycle = gc->cycle,
        .numGC = gc->numGC,
        .numForcedGC = gc->numForcedGC,
        .nroots = gc->nroots,
        .rootsDone = gc->rootNext < gc->nroots ? gc->rootNext : gc->nroots,
        .ngrey = gc->ngrey,
        .bytesMarked = gc->bytesMarked,
        .workSpan = gc->workSpan,
        .workSlot = gc->workSlot,
        .gcPercent = gc->gcPercent,
        .memoryLimit = gc->memoryLimit,
        .heapMarked = gc->heapMarked,
        .heapGoal = gc->heapGoal,
        .trigger = gc->trigger,
        .pagesSwept = gc->pagesSwept,
        .pagesInUseAtSweep = gc->pagesInUseAtSweep,
        .nfinq = gc->nfinq,
        .fing = gc->fing,
        .background = sim->autoBackground,
    };
}

uint32_t gh_sim_gc_ncycles(const gh_Sim *sim) { return sim->gc.nhistory; }
const gh_CycleStats *gh_sim_gc_cycle(const gh_Sim *sim, uint32_t i) { return i < sim->gc.nhistory ? &sim->gc.history[i] : NULL; }
bool gh_sim_gc_last_forced(const gh_Sim *sim) { return sim->gc.nhistory && sim->gc.history[sim->gc.nhistory - 1].forced; }
const gh_CycleStats *gh_sim_gc_current(const gh_Sim *sim) { return sim->gc.phase != GH_GC_OFF ? &sim->gc.cur : NULL; }

/* ---- pools ---- */
int32_t gh_sim_npools(const gh_Sim *sim) { return sim->pools.n; }
int gh_sim_pool_chain_alloc(const gh_Sim *sim) { return sim->pools.chainAlloc; }

gh_PoolInfo gh_sim_pool(const gh_Sim *sim, int32_t id)
{
    if (id < 0 || id >= sim->pools.n) return (gh_PoolInfo){0};
    const gh_Pool *p = &sim->pools.v[id];
    gh_PoolInfo r = {p->used, p->gets, p->puts, p->news, 0, 0};
    for (int32_t i = 0; i < p->localSize; i++) r.held += (p->local[i].private_ != 0) + p->local[i].shared.n;
    for (int32_t i = 0; i < p->victimSize; i++) r.victims += (p->victim[i].private_ != 0) + p->victim[i].shared.n;
    return r;
}
