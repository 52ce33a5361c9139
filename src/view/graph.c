/* graph.c — pointer arrows. From each pointer-holding local on a plate (and each global)
 * to the room it points at; and, when the heap is small enough to follow by eye, from each
 * object's pointer fields to the rooms they reference (the object graph the janitor
 * traces). Arrows go to rooms drawn one by one; density strips get none. */
#include "view/view_impl.h"

enum { GRAPH_MAX_OBJECTS = 400, GRAPH_MAX_ARROWS = 300, GRAPH_MIN_ROOM = 8 /* px: smaller rooms would drown in arrows */ };

static bool room_center(const gh_View *v, const gh_Sim *sim, gh_Addr p, float *x, float *y, int minSide)
{
    int32_t span;
    uint32_t slot;
    SDL_Rect r;
    bool agg;
    if (!gh_peek_object(sim, p, &span, &slot) || !gh_hotel_room_rect(v, sim, span, slot, &r, &agg) || agg || r.w < minSide || r.h < minSide) return false;
    *x = r.x + r.w / 2.0f;
    *y = r.y + r.h / 2.0f;
    return true;
}

static void locals(gh_View *v, const gh_Sim *sim)
{
    SDL_Color c = v->pal->ptr;
    float t = v->projector ? 3.0f : 2.0f;
    for (int i = 0; i < v->nplates; i++) {
        const gh_PlateBox *b = &v->plates[i];
        float x, y;
        if (!b->ptr || !room_center(v, sim, b->ptr, &x, &y, 1)) continue;
        float sx = (float)b->r.x + 2, sy = b->r.y + b->r.h / 2.0f;
        gh_fill(v, (SDL_Rect){(int)sx - 3, (int)sy - 3, 6, 6}, c);
        gh_arrow(v, sx, sy, x, y, t, c, true);
    }
}

static uint32_t live_objects(const gh_Sim *sim)
{
    uint32_t n = 0;
    for (int32_t i = 0; i < sim->heap.nspans && n <= GRAPH_MAX_OBJECTS; i++) {
        const gh_MSpan *s = &sim->heap.spans[i];
        if (s->state == GH_SPAN_INUSE) n += s->allocCount;
    }
    return n;
}

static void objects(gh_View *v, const gh_Sim *sim)
{
    SDL_Color c = gh_mix(v->pal->ptr, v->pal->text, 0.35f);
    int arrows = 0;
    for (int32_t id = 0; id < sim->heap.nspans && arrows < GRAPH_MAX_ARROWS; id++) {
        const gh_MSpan *s = &sim->heap.spans[id];
        if (s->state != GH_SPAN_INUSE || gh_spanclass_noscan(s->spanclass)) continue;
        for (uint32_t k = 0; k < s->nelems; k++) {
            if (!gh_mspan_is_allocated(s, k)) continue;
            gh_Addr base = s->startAddr + (gh_Addr)k * s->elemsize;
            float x0, y0;
            if (!room_center(v, sim, base, &x0, &y0, GRAPH_MIN_ROOM)) continue;
            for (uint32_t w = 0; w < s->elemsize / 8 && w < 64; w++) {
                gh_Addr a = base + 8 * w;
                if (!gh_memory_is_ptr_word(&sim->mem, a)) continue;
                const uint8_t *p = gh_peek(sim, a, 8);
                uint64_t target;
                float x1, y1;
                if (!p) continue;
                SDL_memcpy(&target, p, 8);
                if (!target || !room_center(v, sim, target, &x1, &y1, GRAPH_MIN_ROOM)) continue;
                gh_arrow(v, x0, y0, x1, y1, v->projector ? 2.0f : 1.5f, c, true);
                arrows++;
            }
        }
    }
}

void gh_graph_draw(gh_View *v, const gh_Sim *sim)
{
    if (v->panel[GH_PANEL_HOTEL].h <= 0 || v->graphMode == 0) return;
    bool graph = v->graphMode == 1 || (v->graphMode < 0 && !v->hotel.density && live_objects(sim) <= GRAPH_MAX_OBJECTS);
    if (graph) {
        SDL_RenderSetClipRect(v->r, &v->hotel.area);
        objects(v, sim);
        SDL_RenderSetClipRect(v->r, NULL);
    }
    locals(v, sim);
}
