/* mfinal.c — runtime.SetFinalizer: finalizer specials, resurrection and the queue.
 *
 * A finalizer is a record attached to an object (Go's specialfinalizer). While marking,
 * what the object reaches is kept alive, but not the object itself. When the sweeper finds
 * the object unmarked, it marks it again (so it survives this cycle), removes the record
 * and queues the finalizer; the finalizer goroutine runs it later. Only the next cycle in
 * which the object is unreachable frees it: an object with a finalizer needs two GCs.
 * Errors use Go's words (runtime.SetFinalizer throws on misuse). Each record names its
 * owner, the host whose function id it holds (a Lua scene's, or a Go program's in the same
 * heap): the queue is shared, as Go has one, but each host runs only its own. */
#include <stdlib.h>
#include "runtime/sim.h"

static bool push(gh_Special **v, uint32_t *n, uint32_t *cap, gh_Special s)
{
    if (*n == *cap) {
        uint32_t nc = *cap ? *cap * 2 : 8;
        gh_Special *nv = realloc(*v, sizeof(gh_Special) * nc);
        if (!nv) return false;
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = s;
    return true;
}

static int32_t find_special(gh_Collector *gc, uint64_t p)
{
    for (uint32_t i = 0; i < gc->nspecials; i++)
        if (gc->specials[i].addr == p) return (int32_t)i;
    return -1;
}

static void remove_at(gh_Collector *gc, uint32_t i) { gc->specials[i] = gc->specials[--gc->nspecials]; }

bool gh_SetFinalizerOf(gh_Sim *sim, uint64_t p, int32_t fn, int32_t owner)
{
    gh_Collector *gc = &sim->gc;
    if (p == 0) return gh_sim_fail(sim, GH_ERR_FATAL, "runtime.SetFinalizer: first argument is nil"), false;
    if (gh_is_data(p, 8)) return true; /* Go silently ignores linker-allocated (global) objects */
    int32_t id;
    uint32_t slot;
    if (!gh_find_object(sim, p, &id, &slot))
        return gh_sim_fail(sim, GH_ERR_FATAL, "runtime.SetFinalizer: pointer not in allocated block"), false;
    gh_MSpan *s = gh_span(sim, id);
    gh_Addr base = s->startAddr + (gh_Addr)slot * s->elemsize;
    /* Interior pointers are allowed only inside tiny blocks (Go's rule for tiny objects). */
    if (p != base && s->objtype[slot] != GH_OBJ_TINY_BLOCK)
        return gh_sim_fail(sim, GH_ERR_FATAL, "runtime.SetFinalizer: pointer not at beginning of allocated block"), false;
    int32_t at = find_special(gc, p);
    if (fn < 0) {
        if (at >= 0) remove_at(gc, (uint32_t)at);
        return true;
    }
    if (at >= 0) return gh_sim_fail(sim, GH_ERR_FATAL, "runtime.SetFinalizer: finalizer already set"), false;
    if (!gc->fing) { /* Go's createfing: one goroutine runs every finalizer, in order */
        int32_t cur = sim->stacks.cur;
        gc->fing = gh_newproc(sim);
        if (gc->fing < 0) return gc->fing = 0, false;
        sim->stacks.gs[gc->fing - 1].status = GH_G_WAITING;
        gh_g_set_wait(sim, gc->fing, "finalizer wait", 0);   /* parked until a cycle queues a finalizer */
        sim->stacks.cur = cur;
    }
    gh_Special sp = {p, fn, id, owner};
    s->specials = 1;
    if (!push(&gc->specials, &gc->nspecials, &gc->capspecials, sp))
        return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory (finalizers)"), false;
    return true;
}

bool gh_gc_sweep_special(gh_Sim *sim, int32_t id, uint32_t slot)
{
    gh_Collector *gc = &sim->gc;
    gh_MSpan *s = gh_span(sim, id);
    gh_Addr base = s->startAddr + (gh_Addr)slot * s->elemsize;
    bool found = false;
    for (uint32_t i = 0; i < gc->nspecials;) {
        gh_Special *sp = &gc->specials[i];
        if (sp->span == id && sp->addr >= base && sp->addr < base + s->elemsize) {
            if (!push(&gc->finq, &gc->nfinq, &gc->capfinq, *sp))
                return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory (finalizer queue)"), found;
            gh_emit(sim, GH_EV_FINALIZER_QUEUED, -1, id, slot, sp->addr, 0, (uint64_t)sp->fn);
            remove_at(gc, i);
            found = true;
            continue;
        }
        i++;
    }
    if (found) gh_bit_set(s->gcmarkBits, slot); /* resurrect for one more cycle */
    return found;
}

void gh_gc_forget_specials(gh_Sim *sim, int32_t id)
{
    gh_Collector *gc = &sim->gc;
    for (uint32_t i = 0; i < gc->nspecials;) {
        if (gc->specials[i].span == id) remove_at(gc, i);
        else i++;
    }
}

bool gh_SetFinalizer(gh_Sim *sim, uint64_t p, int32_t fn) { return gh_SetFinalizerOf(sim, p, fn, GH_FIN_HOST); }

bool gh_gc_next_finalizer(gh_Sim *sim, uint64_t *p, int32_t *fn)
{
    return gh_gc_next_finalizer_of(sim, GH_FIN_HOST, p, fn);
}

uint32_t gh_gc_queued_finalizers(const gh_Sim *sim, int32_t owner)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < sim->gc.nfinq; i++) n += sim->gc.finq[i].owner == owner;
    return n;
}

/* The queue keeps Go's order; each owner takes its first entry, the others stay queued. */
bool gh_gc_next_finalizer_of(gh_Sim *sim, int32_t owner, uint64_t *p, int32_t *fn)
{
    gh_Collector *gc = &sim->gc;
    uint32_t at = 0;
    while (at < gc->nfinq && gc->finq[at].owner != owner) at++;
    if (at == gc->nfinq) return false;
    *p = gc->finq[at].addr;
    *fn = gc->finq[at].fn;
    for (uint32_t i = at + 1; i < gc->nfinq; i++) gc->finq[i - 1] = gc->finq[i];
    gc->nfinq--;
    gh_emit(sim, GH_EV_FINALIZER_RUN, -1, -1, 0, *p, 0, (uint64_t)*fn);
    return true;
}
