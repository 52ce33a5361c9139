/* highlight.c — what the lesson points at: a thick yellow-and-black ring (visible on every
 * palette and to every eye) around a room, floor, plate or local, with an optional callout
 * label, plus the pinned room's pointers in and out. */
#include <string.h>
#include "view/view_impl.h"

/* A yellow ring with black edges; `out` pixels outside r (small for text lines). */
static void ring(gh_View *v, SDL_Rect r, const char *label, int out)
{
    const gh_Palette *pal = v->pal;
    int t = v->projector ? 4 : 3;
    SDL_Rect o = {r.x - out, r.y - out, r.w + 2 * out, r.h + 2 * out};
    gh_frame(v, o, t + 2, pal->highlightEdge);
    gh_frame(v, gh_inset(o, 1), t, pal->highlight);
    if (!label || !*label) return;
    int sh = gh_text_h(v, GH_FONT_BOLD), w = gh_text_w(v, GH_FONT_BOLD, label) + v->pad;
    int x = o.x, y = o.y - sh - 2;
    if (y < 0) y = o.y + o.h + 2;
    /* keep the label inside the panel it points into (never over a neighbour's text) */
    SDL_Rect box = {0, 0, v->w, v->h};
    SDL_Point mid = {r.x + r.w / 2, r.y + r.h / 2};
    for (int p = 0; p < GH_PANEL_COUNT; p++) {
        SDL_Rect pr;
        if (gh_view_panel_rect(v, (gh_ViewPanel)p, &pr) && SDL_PointInRect(&mid, &pr)) box = pr;
    }
    /* in the hotel, callouts stay right of the floor signs */
    if (v->panelOn[GH_PANEL_HOTEL] && SDL_PointInRect(&mid, &v->hotel.area) && v->hotel.nbuild && !v->hotel.density) {
        int signs = v->hotel.area.x + v->hotel.signW + v->pad / 2;
        if (signs < box.x + box.w - w && box.x < signs) { box.w -= signs - box.x; box.x = signs; }
    }
    if (x + w > box.x + box.w) x = box.x + box.w - w;
    if (x < box.x) x = box.x;
    /* never over other text (floor signs, another callout): try above, below, then shifted right */
    const int ys[2] = {o.y - sh - 2, o.y + o.h + 2};
    bool placed = false;
    for (int k = 0; k < 6 && !placed; k++) {
        int tx = x + (k / 2) * (w / 2 + v->pad), ty = ys[k % 2];
        if (tx + w > box.x + box.w || ty < box.y || ty + sh > box.y + box.h) continue;
        SDL_Rect c = {tx, ty, w, sh};
        bool clear = true;
        for (int i = 0; i < v->nlabels && clear; i++) clear = !SDL_HasIntersection(&c, &v->labels[i].r);
        if (clear) { x = tx; y = ty; placed = true; }
    }
    gh_fill(v, (SDL_Rect){x, y, w, sh}, pal->highlight);
    gh_frame(v, (SDL_Rect){x, y, w, sh}, 1, pal->highlightEdge);
    gh_text(v, GH_FONT_BOLD, label, x + v->pad / 2, y, (SDL_Color){0, 0, 0, 255}, GH_ALIGN_LEFT, 0);
}

/* Density mode: the strip cells a span covers (its first row's part when it spans rows). */
static bool density_span(const gh_View *v, const gh_Sim *sim, int32_t span, SDL_Rect *r)
{
    const gh_MSpan *s = &sim->heap.spans[span];
    uint64_t off = s->startAddr - GH_ARENA_BASE, end = off + (uint64_t)s->npages * GH_PAGE_SIZE - 1;
    SDL_Rect a, b;
    if (!gh_hotel_density_rect(v, off, &a)) return false;
    *r = a;
    if (gh_hotel_density_rect(v, end, &b) && b.y == a.y) r->w = b.x + b.w - a.x;
    return true;
}

static int32_t local_index(const gh_Sim *sim, int32_t gid, int32_t frame, const char *name)
{
    for (int32_t i = 0; i < sim->stacks.ngs; i++) {
        const gh_G *g = &sim->stacks.gs[i];
        if (g->id != gid || frame < 0 || (uint32_t)frame >= g->nframes) continue;
        const gh_Frame *f = &g->frames[frame];
        for (uint32_t k = 0; k < gh_frame_nslots(g, (uint32_t)frame); k++)
            if (!strcmp(g->slots[f->firstSlot + k].name, name)) return (int32_t)k;
    }
    return -1;
}

static void pinned(gh_View *v, const gh_Sim *sim)
{
    if (!v->pinned || v->pin.kind != GH_HIT_ROOM) return;
    SDL_Rect r;
    bool agg;
    if (!gh_hotel_room_rect(v, sim, v->pin.span, v->pin.slot, &r, &agg)) return;
    gh_frame(v, (SDL_Rect){r.x - 3, r.y - 3, r.w + 6, r.h + 6}, 3, v->pal->accent);
    /* pointers out of the pinned object and into it */
    const gh_MSpan *s = &sim->heap.spans[v->pin.span];
    gh_Addr base = s->startAddr + (gh_Addr)v->pin.slot * s->elemsize;
    float cx = r.x + r.w / 2.0f, cy = r.y + r.h / 2.0f;
    for (uint32_t w = 0; w < s->elemsize / 8 && w < 512; w++) {
        const uint8_t *p = gh_peek(sim, base + 8 * w, 8);
        uint64_t t;
        int32_t ts;
        uint32_t tk;
        SDL_Rect tr;
        if (!p || !gh_memory_is_ptr_word(&sim->mem, base + 8 * w)) continue;
        SDL_memcpy(&t, p, 8);
        if (gh_peek_object(sim, t, &ts, &tk) && gh_hotel_room_rect(v, sim, ts, tk, &tr, &agg))
            gh_arrow(v, cx, cy, tr.x + tr.w / 2.0f, tr.y + tr.h / 2.0f, 3, v->pal->accent, true);
    }
    for (int i = 0; i < v->nplates; i++) {
        const gh_PlateBox *b = &v->plates[i];
        if (b->ptr >= base && b->ptr < base + s->elemsize)
            gh_arrow(v, (float)b->r.x, b->r.y + b->r.h / 2.0f, cx, cy, 3, v->pal->accent, true);
    }
}

void gh_highlights_draw(gh_View *v, const gh_Sim *sim)
{
    for (int i = 0; i < v->nhl; i++) {
        const gh_Highlight *h = &v->hl[i];
        SDL_Rect r;
        bool ok = false, agg;
        int32_t span;
        uint32_t slot;
        if (h->kind == GH_HL_ROOM && gh_peek_object(sim, h->addr, &span, &slot))
            ok = gh_hotel_room_rect(v, sim, span, slot, &r, &agg);
        else if (h->kind == GH_HL_FLOOR && h->addr >= GH_ARENA_BASE) {
            uint64_t page = (h->addr - GH_ARENA_BASE) / GH_PAGE_SIZE;
            ok = page < sim->heap.mappedPages && gh_view_floor_rect(v, sim->heap.spanOf[page], &r);
            if (!ok && page < sim->heap.mappedPages && sim->heap.spanOf[page] >= 0 && v->hotel.density)
                ok = density_span(v, sim, sim->heap.spanOf[page], &r);
        } else if (h->kind == GH_HL_FRAME)
            ok = gh_view_frame_rect(v, h->gid, h->frame, &r);
        else if (h->kind == GH_HL_LOCAL)
            ok = gh_view_local_rect(v, h->gid, h->frame, local_index(sim, h->gid, h->frame, h->local), &r);
        if (ok) ring(v, r, h->label, h->kind == GH_HL_LOCAL ? 2 : h->kind == GH_HL_FRAME ? 3 : (v->projector ? 8 : 6));
    }
    pinned(v, sim);
}
