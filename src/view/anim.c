/* anim.c — the view's listener half: each runtime event marks the floors it touched for
 * repainting, starts a short flash (a room allocated, shaded by the write barrier, freed by
 * the sweep; a key handed to a P, which also travels there: desk_key_travel.c) and samples the heap for the chart at GC boundaries. */
#include <stdlib.h>
#include <string.h>
#include "view/view_impl.h"

void gh_anim_span_dirty(gh_View *v, int32_t span)
{
    if (span < 0) return;
    if (span >= v->capDirty) {
        int nc = span + 1 > v->capDirty * 2 ? span + 1 : v->capDirty * 2;
        uint8_t *n = realloc(v->spanDirty, (size_t)nc);
        if (!n) { v->fullDirty = true; return; }
        memset(n + v->capDirty, 0, (size_t)(nc - v->capDirty));
        v->spanDirty = n;
        v->capDirty = nc;
    }
    v->spanDirty[span] = 1;
}

static void flash(gh_View *v, uint8_t kind, int32_t span, uint32_t slot)
{
    gh_Flash *f = &v->flash[v->flashHead];
    v->flashHead = (v->flashHead + 1) % GH_FLASHES;
    if (v->nflash < GH_FLASHES) v->nflash++;
    *f = (gh_Flash){span, slot, kind, v->now, -1};
}

static void flash_addr(gh_View *v, const gh_Sim *sim, uint8_t kind, gh_Addr a)
{
    int32_t span;
    uint32_t slot;
    if (a && gh_find_object(sim, a, &span, &slot)) {
        flash(v, kind, span, slot);
        gh_anim_span_dirty(v, span);
    }
}

static void sample(gh_View *v, const gh_Sim *sim)
{
    gh_MemStats m;
    gh_memstats_peek(sim, &m);
    if (v->nsamples == GH_SAMPLES) { /* keep every other sample: history halves its resolution */
        for (int i = 0; i < GH_SAMPLES / 2; i++) v->samples[i] = v->samples[2 * i + 1];
        v->nsamples = GH_SAMPLES / 2;
    }
    while (v->nsamples && v->samples[v->nsamples - 1].t > gh_sim_nanotime(sim)) v->nsamples--; /* stepped back: forget the future */
    v->samples[v->nsamples++] = (gh_Sample){gh_sim_nanotime(sim), m.HeapAlloc, m.NextGC};
    v->lastSampleT = gh_sim_nanotime(sim);
}

void gh_view_event(gh_View *v, const gh_Sim *sim, const gh_Event *ev)
{
    v->eventsFed = true;
    if (v->eventsSinceStw < UINT32_MAX) v->eventsSinceStw++;
    gh_anim_span_dirty(v, ev->span);
    switch (ev->kind) {
    case GH_EV_MALLOC:
        flash(v, GH_EV_MALLOC, ev->span, ev->slot);
        if (gh_sim_nanotime(sim) - v->lastSampleT > gh_sim_nanotime(sim) / 256 + 1000) sample(v, sim);
        break;
    case GH_EV_FREE_OBJECT: flash(v, GH_EV_FREE_OBJECT, ev->span, ev->slot); break;
    case GH_EV_WRITE_BARRIER:
        flash_addr(v, sim, GH_EV_WRITE_BARRIER, ev->size);
        flash_addr(v, sim, GH_EV_WRITE_BARRIER, ev->aux);
        break;
    case GH_EV_CENTRAL_GROW: v->grownSpan = ev->span; break; /* mheap's new floor, about to be handed out */
    case GH_EV_REFILL:
        /* the key comes from reception (a floor mcentral had), or from mheap when mcentral
         * had none and grew this floor from free pages just before (desk_key_travel.c) */
        memmove(v->refill + 1, v->refill, sizeof v->refill - sizeof v->refill[0]);
        v->refill[0] = (gh_Flash){(int32_t)ev->aux, (uint32_t)ev->p, ev->span == v->grownSpan ? GH_EV_CENTRAL_GROW : GH_EV_REFILL,
                                  v->now, ev->span};
        v->grownSpan = -1;
        if (v->nrefill < 8) v->nrefill++;
        break;
    case GH_EV_SWEEP_SPAN: flash(v, GH_EV_SWEEP_SPAN, ev->span, 0); break;
    case GH_EV_GC_PHASE:
        v->fullDirty = true;
        if (ev->aux == GH_GCS_SWEEPTERM || ev->aux == GH_GCS_MARKTERM) {
            v->stwAt = v->now;
            v->stwUntil = v->now + 1200;
            v->eventsSinceStw = 0;
        }
        sample(v, sim);
        break;
    case GH_EV_GC_START:
    case GH_EV_GC_END: sample(v, sim); break;
    case GH_EV_STACK_GROW: { /* copystack, grown or shrunk: the cafeteria shows the move */
        const gh_G *g = ev->aux >= 1 && (int64_t)ev->aux <= gh_sim_ngs(sim) ? gh_sim_g(sim, (int32_t)ev->aux - 1) : NULL;
        v->growG = (int32_t)ev->aux;
        v->growTo = ev->size;
        v->growFrom = g && g->copiedFrom ? g->copiedFrom : ev->size / 2;
        v->growAt = v->now;
        v->fullDirty = true;
        break;
    }
    case GH_EV_HEAP_GROW:
    case GH_EV_ARENA_RESERVE:
    case GH_EV_SPAN_FREE:
    case GH_EV_STACK_ALLOC:
    case GH_EV_STACK_FREE: v->fullDirty = true; break;
    default: break;
    }
}

void gh_view_reset(gh_View *v)
{
    v->nflash = v->flashHead = v->nrefill = 0;
    v->nsamples = 0;
    v->lastSampleT = 0;
    v->pinned = false;
    v->stwUntil = v->stwAt = v->growAt = 0;
    v->growG = v->grownSpan = -1;
    v->fullDirty = true;
    v->legendSim = NULL;
    v->janHave = false; /* the janitor appears where he is, without a walk */
}

/* Called once per frame: one more chart point when the virtual clock moved. */
void gh_anim_frame(gh_View *v, const gh_Sim *sim)
{
    if (!v->nsamples || gh_sim_nanotime(sim) != v->lastSampleT) sample(v, sim);
}

float gh_anim_flash(const gh_View *v, uint32_t t, uint32_t ms)
{
    return v->now > t ? gh_anim_fade(v, t, ms) : 0; /* a still (no time passed) shows no flashes */
}

float gh_anim_fade(const gh_View *v, uint32_t t, uint32_t ms)
{
    if (v->now < t) return 1;
    uint32_t age = v->now - t;
    return age >= ms ? 0 : 1.0f - (float)age / ms;
}
