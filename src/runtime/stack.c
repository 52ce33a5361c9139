/* stack.c — goroutines, their growable stacks, frames, locals, globals and temporaries.
 *
 * A goroutine starts with a 2 KiB stack: a manual span from mheap (stack spans are counted
 * in StackInuse, never in HeapInuse). Frames are pushed downward from the top. When a new
 * frame would leave less than the guard (928 B) free, the stack is grown as Go's newstack
 * does: double the size until it fits, copy the used part to the new stack, and adjust every
 * pointer word that pointed into the old stack by the distance moved (Go's copystack).
 * At each GC's stack scan a stack less than a quarter used is halved the same way (Go's
 * shrinkstack). Simplification versus Go: each stack gets its own span (Go carves 2–16 KiB stacks out of
 * shared 32 KiB spans through per-P stack caches), so StackInuse grows by whole pages.
 * A local the interpreter's liveness analysis declares dead (gh_frame_set_live) loses its
 * pointer bits, so neither the scan nor copystack sees it: Go's stack maps.
 * Worked example: 20 nested frames of 128 bytes need 2560 B + guard: the 2 KiB stack is
 * copied into a 4 KiB one at the 9th frame. */
#include <stdlib.h>
#include <string.h>
#include "runtime/sim.h"

static gh_Addr stack_alloc(gh_Sim *sim, uint32_t size, int32_t *spanOut)
{
    uint32_t npages = (size + GH_PAGE_SIZE - 1) / GH_PAGE_SIZE;
    int32_t id = gh_mheap_alloc_manual(sim, npages);
    if (id < 0) return 0;
    sim->stacks.stackInuse += (uint64_t)npages * GH_PAGE_SIZE;
    *spanOut = id;
    return gh_span(sim, id)->startAddr;
}

static void stack_free(gh_Sim *sim, int32_t span)
{
    gh_MSpan *s = gh_span(sim, span);
    sim->stacks.stackInuse -= (uint64_t)s->npages * GH_PAGE_SIZE;
    gh_emit(sim, GH_EV_STACK_FREE, -1, span, 0, s->startAddr, (uint64_t)s->npages * GH_PAGE_SIZE, 0);
    gh_mheap_free_span(sim, span);
}

bool gh_stacks_init(gh_Sim *sim)
{
    gh_Stacks *st = &sim->stacks;
    memset(st, 0, sizeof *st);
    st->data = calloc(GH_DATA_MAX, 1);
    st->dataPtrBits = calloc(GH_DATA_MAX / 8 / 64, sizeof(uint64_t));
    if (!st->data || !st->dataPtrBits) return false;
    /* The first word is Go's zerobase, then the staticuint64s table (256 words). */
    st->dataUsed = 8 + 256 * 8;
    for (int i = 0; i < 256; i++) st->data[8 + i * 8] = (uint8_t)i;
    st->cur = -1;
    return true;
}

void gh_stacks_free(gh_Sim *sim)
{
    gh_Stacks *st = &sim->stacks;
    for (int32_t i = 0; i < st->ngs; i++) {
        free(st->gs[i].frames);
        free(st->gs[i].slots);
    }
    free(st->gs);
    free(st->data);
    free(st->dataPtrBits);
    free(st->globals);
    free(st->rodata);
    memset(st, 0, sizeof *st);
}

int32_t gh_newproc(gh_Sim *sim)
{
    gh_Stacks *st = &sim->stacks;
    if (st->ngs == st->capgs) {
        int32_t nc = st->capgs ? st->capgs * 2 : 8;
        if (!gh_sim_charge(sim, gh_budget_growth((uint64_t)st->capgs, (uint64_t)nc, sizeof(gh_G)), "goroutines"))
            return -1;
        gh_G *n = realloc(st->gs, sizeof(gh_G) * (size_t)nc);
        if (!n) return (int32_t)gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory") - 1;
        st->gs = n;
        st->capgs = nc;
    }
    int32_t span;
    gh_Addr lo = stack_alloc(sim, GH_STACK_MIN, &span);
    if (!lo) return -1;
    gh_G *g = &st->gs[st->ngs];
    memset(g, 0, sizeof *g);
    g->id = st->ngs + 1;
    g->status = GH_G_RUNNABLE;
    g->stacklo = lo;
    g->stackhi = lo + GH_STACK_MIN;
    g->sp = g->stackhi;
    g->stackSpan = span;
    g->p = sim->curp;
    /* Goroutines created during mark start black: their (empty) stack needs no scan. */
    g->scannedCycle = sim->gc.phase != GH_GC_OFF ? sim->gc.cycle : 0;
    memset(gh_memory_at(&sim->mem, lo), 0, GH_STACK_MIN);
    gh_emit(sim, GH_EV_STACK_ALLOC, sim->curp, span, 0, lo, GH_STACK_MIN, (uint64_t)g->id);
    if (st->cur < 0) st->cur = st->ngs;
    return st->ngs++ + 1;
}

void gh_goexit(gh_Sim *sim, int32_t gid)
{
    if (gid < 1 || gid > sim->stacks.ngs) return;
    gh_G *g = &sim->stacks.gs[gid - 1];
    if (g->status == GH_G_DEAD) return;
    g->nframes = g->nslots = g->ntemps = 0;
    g->sp = g->stackhi;
    stack_free(sim, g->stackSpan);
    g->stackSpan = -1;
    g->status = GH_G_DEAD;
}

bool gh_gosched_to(gh_Sim *sim, int32_t gid)
{
    if (gid < 1 || gid > sim->stacks.ngs || sim->stacks.gs[gid - 1].status == GH_G_DEAD) return false;
    sim->stacks.cur = gid - 1;
    sim->curp = sim->stacks.gs[gid - 1].p % sim->nprocs;
    return true;
}

/* Go's copystack: move the used part of the stack to a new one of newsize bytes. */
static bool copystack(gh_Sim *sim, gh_G *g, uint32_t newsize)
{
    int32_t span;
    gh_Addr lo = stack_alloc(sim, newsize, &span);
    if (!lo) return false;
    gh_Addr hi = lo + newsize;
    uint64_t used = g->stackhi - g->sp;
    int64_t delta = (int64_t)(hi - g->stackhi);
    memcpy(gh_memory_at(&sim->mem, hi - used), gh_memory_at(&sim->mem, g->sp), used);
    for (uint64_t off = 0; off < used; off += 8) {
        gh_Addr na = hi - used + off, oa = g->sp + off;
        bool isptr = gh_memory_is_ptr_word(&sim->mem, oa);
        gh_memory_set_ptrbits(&sim->mem, na, 8, isptr);
        if (!isptr) continue;
        uint64_t v = gh_memory_load64(&sim->mem, na);
        if (v >= g->stacklo && v < g->stackhi) gh_memory_store64(&sim->mem, na, v + (uint64_t)delta);
    }
    for (uint32_t i = 0; i < g->nframes; i++) g->frames[i].sp += (uint64_t)delta;
    for (uint32_t i = 0; i < g->ntemps; i++)
        if (g->temps[i] >= g->stacklo && g->temps[i] < g->stackhi) g->temps[i] += (uint64_t)delta;
    stack_free(sim, g->stackSpan);
    g->copiedFrom = g->stackhi - g->stacklo;
    g->stackSpan = span;
    g->stacklo = lo;
    g->stackhi = hi;
    g->sp = hi - used;
    gh_emit(sim, GH_EV_STACK_GROW, sim->curp, span, 0, lo, newsize, (uint64_t)g->id);
    return true;
}

bool gh_stack_shrink(gh_Sim *sim, gh_G *g)
{
    uint64_t size = g->stackhi - g->stacklo, used = g->stackhi - g->sp;
    /* Go's shrinkstack: halve when less than a quarter is in use (counting the 800-byte
     * _StackLimit reserve), never below the 2 KiB minimum. */
    if (g->status == GH_G_DEAD || size / 2 < GH_STACK_MIN || used + GH_STACK_LIMIT >= size / 4) return false;
    /* Unless it is blocked in runtime.GC, the running goroutine is inside a runtime call
     * (an assist, an append) that may hold addresses into its stack: Go postpones its
     * shrink to a safe point; so do we. */
    if (g == gh_curg(sim) && !sim->gc.curgParked) return false;
    return copystack(sim, g, (uint32_t)(size / 2));
}

bool gh_frame_push(gh_Sim *sim, const char *fn, uint32_t size, int32_t line)
{
    gh_G *g = gh_curg(sim);
    if (!g) return gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: no goroutine is running"), false;
    size = (size + 7) & ~(uint32_t)7;
    if (g->sp - g->stacklo < (uint64_t)size + GH_STACK_GUARD) {
        uint64_t used = g->stackhi - g->sp;
        uint64_t newsize = (g->stackhi - g->stacklo) * 2;
        while (newsize - used < (uint64_t)size + GH_STACK_GUARD) newsize *= 2;
        if (newsize > 1000000000ULL)
            return gh_sim_fail(sim, GH_ERR_FATAL,
                               "runtime: goroutine stack exceeds 1000000000-byte limit; fatal error: stack overflow"),
                   false;
        if (!copystack(sim, g, (uint32_t)newsize)) return false;
    }
    if (g->nframes == g->capframes) {
        uint32_t nc = g->capframes ? g->capframes * 2 : 16;
        if (!gh_sim_charge(sim, gh_budget_growth(g->capframes, nc, sizeof(gh_Frame)), "stack frames")) return false;
        gh_Frame *n = realloc(g->frames, sizeof(gh_Frame) * nc);
        if (!n) return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory"), false;
        g->frames = n;
        g->capframes = nc;
    }
    g->sp -= size;
    memset(gh_memory_at(&sim->mem, g->sp), 0, size);
    gh_memory_set_ptrbits(&sim->mem, g->sp, size, false);
    gh_Frame *f = &g->frames[g->nframes++];
    memset(f, 0, sizeof *f);
    strncpy(f->fn, fn ? fn : "?", GH_SLOT_NAME_MAX - 1);
    f->sp = g->sp;
    f->size = size;
    f->firstSlot = g->nslots;
    f->line = line;
    gh_emit(sim, GH_EV_FRAME_PUSH, sim->curp, -1, g->nframes - 1, f->sp, size, (uint64_t)g->id);
    return true;
}

bool gh_frame_pop(gh_Sim *sim)
{
    gh_G *g = gh_curg(sim);
    if (!g || g->nframes == 0) return gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: no frame to return from"), false;
    gh_Frame *f = &g->frames[--g->nframes];
    gh_memory_set_ptrbits(&sim->mem, f->sp, f->size, false);
    g->sp = f->sp + f->size;
    g->nslots = f->firstSlot;
    gh_emit(sim, GH_EV_FRAME_POP, sim->curp, -1, g->nframes, f->sp, f->size, (uint64_t)g->id);
    return true;
}

static gh_Slot *add_slot(gh_Sim *sim, gh_Slot **v, uint32_t *n, uint32_t *cap)
{
    if (*n == *cap) {
        uint32_t nc = *cap ? *cap * 2 : 16;
        if (!gh_sim_charge(sim, gh_budget_growth(*cap, nc, sizeof(gh_Slot)), "stack slots")) return NULL;
        gh_Slot *ns = realloc(*v, sizeof(gh_Slot) * nc);
        if (!ns) return NULL;
        *v = ns;
        *cap = nc;
    }
    gh_Slot *s = &(*v)[(*n)++];
    memset(s, 0, sizeof *s);
    return s;
}

static void set_slot_ptrbits(gh_Sim *sim, gh_Addr a, const gh_Type *ty, uint32_t size, bool escaped)
{
    if (escaped) {
        gh_memory_set_ptrbits(&sim->mem, a, 8, true);
        return;
    }
    gh_memory_write_type_bits(&sim->mem, a, size, ty->ptrmask, ty->size, ty->ptrdata);
}

gh_Addr gh_frame_local(gh_Sim *sim, const char *name, int32_t type, uint32_t size, bool escaped)
{
    gh_G *g = gh_curg(sim);
    const gh_Type *ty = gh_type_get(&sim->types, type);
    if (!g || g->nframes == 0 || !ty) return gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: no frame for local %s", name);
    gh_Frame *f = &g->frames[g->nframes - 1];
    uint32_t used = 0;
    for (uint32_t i = f->firstSlot; i < g->nslots; i++) used = g->slots[i].offset + g->slots[i].size;
    uint32_t need = escaped ? 8 : (size + 7) & ~(uint32_t)7;
    if (used + need > f->size) return gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: frame of %s is full", f->fn);
    gh_Slot *s = add_slot(sim, &g->slots, &g->nslots, &g->capslots);
    if (!s) return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory");
    strncpy(s->name, name ? name : "?", GH_SLOT_NAME_MAX - 1);
    s->offset = used;
    s->size = need;
    s->type = type;
    s->escaped = escaped;
    /* Locals live at the top of the frame downward, like Go's autos below the return address. */
    gh_Addr a = f->sp + used;
    set_slot_ptrbits(sim, a, ty, need, escaped);
    return a;
}

void gh_frame_set_live(gh_Sim *sim, uint32_t frame, uint32_t k, bool live)
{
    gh_G *g = gh_curg(sim);
    if (!g || frame >= g->nframes || k >= gh_frame_nslots(g, frame)) return;
    gh_Frame *f = &g->frames[frame];
    gh_Slot *s = &g->slots[f->firstSlot + k];
    if (s->dead == !live) return;
    s->dead = !live;
    gh_Addr a = f->sp + s->offset;
    if (live) set_slot_ptrbits(sim, a, gh_type_get(&sim->types, s->type), s->size, s->escaped);
    else gh_memory_set_ptrbits(&sim->mem, a, s->size, false);
}

gh_Addr gh_global(gh_Sim *sim, const char *name, int32_t type, uint32_t size)
{
    gh_Stacks *st = &sim->stacks;
    const gh_Type *ty = gh_type_get(&sim->types, type);
    uint32_t need = (size + 7) & ~(uint32_t)7;
    if (!ty) return gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: global %s of unknown type", name);
    if (st->dataUsed + need > GH_DATA_MAX)
        return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: data segment full (global %s)", name);
    gh_Slot *s = add_slot(sim, &st->globals, &st->nglobals, &st->capglobals);
    if (!s) return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory");
    strncpy(s->name, name ? name : "?", GH_SLOT_NAME_MAX - 1);
    s->offset = st->dataUsed;
    s->size = need;
    s->type = type;
    for (uint64_t w = 0; w < need / 8; w++) {
        uint64_t word = st->dataUsed / 8 + w;
        if (gh_type_word_is_ptr(ty, w % (ty->size / 8 ? ty->size / 8 : 1)))
            st->dataPtrBits[word >> 6] |= (uint64_t)1 << (word & 63);
    }
    st->dataUsed += need;
    sim->gc.globalsScan = st->dataUsed + GH_PROGRAM_GLOBALS;
    return GH_DATA_BASE + s->offset;
}

void gh_temp_push(gh_Sim *sim, gh_Addr v)
{
    gh_G *g = gh_curg(sim);
    if (!g) return;
    if (g->ntemps == GH_MAX_TEMPS) {
        memmove(g->temps, g->temps + 1, sizeof(gh_Addr) * (GH_MAX_TEMPS - 1));
        g->ntemps--;
    }
    g->temps[g->ntemps++] = v;
}

void gh_temps_clear(gh_Sim *sim)
{
    gh_G *g = gh_curg(sim);
    if (g) g->ntemps = 0;
}

uint32_t gh_temps_depth(const gh_Sim *sim)
{
    const gh_G *g = gh_curg((gh_Sim *)sim);
    return g ? g->ntemps : 0;
}

void gh_temps_drop_to(gh_Sim *sim, uint32_t depth)
{
    gh_G *g = gh_curg(sim);
    if (g && g->ntemps > depth) g->ntemps = depth;
}

void gh_g_set_p(gh_Sim *sim, int32_t gid, int32_t p)
{
    if (gid < 1 || gid > sim->stacks.ngs || p < 0 || p >= sim->nprocs) return;
    sim->stacks.gs[gid - 1].p = p;
}
