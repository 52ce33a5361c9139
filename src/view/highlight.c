/* highlight.c — what the lesson points at: a thick yellow-and-black ring (visible on every
 * palette and to every eye) around a room, floor, plate or local, with an optional callout
 * label, plus the pinned room's pointers in and out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "view/view_impl.h"

/* Area of c covered by text drawn so far, times SOFT, plus the area of door words it covers
 * (up to SOFT - 1): a callout goes where it hides no other text, and among such places
 * where it hides the fewest door numbers. */
enum { SOFT = 4096 };
static int text_overlap(const gh_View *v, SDL_Rect c)
{
    int hard = 0, soft = 0;
    for (int i = 0; i < v->nlabels; i++) {
        SDL_Rect x;
        if (v->labels[i].flags & GH_LABEL_HIDDEN || !SDL_IntersectRect(&c, &v->labels[i].r, &x)) continue;
        if (v->labels[i].flags & GH_LABEL_UNDER) soft += x.w * x.h;
        else hard += x.w * x.h;
    }
    if (hard > (1 << 30) / SOFT) hard = (1 << 30) / SOFT;
    return hard * SOFT + (soft < SOFT ? soft : SOFT - 1);
}

/* The door words an opaque callout box now covers are hidden from view (and the checker). */
static void hide_under(gh_View *v, SDL_Rect c)
{
    for (int i = 0; i < v->nlabels; i++)
        if (v->labels[i].flags & GH_LABEL_UNDER && SDL_HasIntersection(&c, &v->labels[i].r)) v->labels[i].flags |= GH_LABEL_HIDDEN;
}

/* A yellow ring with black edges; `out` pixels outside r (small for text lines). The
 * callout goes above the ring, else below, else shifted right along the ring, else just
 * inside its top edge (over rooms, never over text): the first place clear of every text
 * drawn so far, or the one that covers the least of it. A plate's line tries its own free
 * right end first, so the note never lands on the neighbouring plates' titles. A callout wider than the room
 * right of the floor signs is set in two lines. */
static void ring(gh_View *v, SDL_Rect r, const char *label, int out)
{
    const gh_Palette *pal = v->pal;
    int t = v->projector ? 4 : 3;
    SDL_Rect o = {r.x - out, r.y - out, r.w + 2 * out, r.h + 2 * out};
    gh_frame(v, o, t + 2, pal->highlightEdge);
    gh_frame(v, gh_inset(o, 1), t, pal->highlight);
    if (!label || !*label) return;
    /* keep the label inside the panel it points into (never over a neighbour's text) */
    SDL_Rect box = {0, 0, v->w, v->h};
    SDL_Point mid = {r.x + r.w / 2, r.y + r.h / 2};
    for (int p = 0; p < GH_PANEL_COUNT; p++) {
        SDL_Rect pr;
        if (gh_view_panel_rect(v, (gh_ViewPanel)p, &pr) && SDL_PointInRect(&mid, &pr)) box = pr;
    }
    /* in the hotel, callouts stay right of the floor signs (unless that leaves too little
     * room for the label even in two lines: a narrow hotel, half a split view) */
    SDL_Rect panelBox = box;
    if (v->panelOn[GH_PANEL_HOTEL] && SDL_PointInRect(&mid, &v->hotel.area) && v->hotel.nbuild && !v->hotel.density) {
        int signs = v->hotel.area.x + v->hotel.signW + v->pad / 2;
        if (box.x < signs && signs < box.x + box.w) { box.w -= signs - box.x; box.x = signs; }
    }
    char l1[128], l2[128] = "";
    snprintf(l1, sizeof l1, "%s", label);
    int lh = gh_text_h(v, GH_FONT_BOLD), w = gh_text_w(v, GH_FONT_BOLD, l1) + v->pad;
    if (w > box.w) { /* two lines, split at the space nearest the middle */
        const char *best = NULL, *half = label + strlen(label) / 2;
        for (const char *q = strchr(label, ' '); q; q = strchr(q + 1, ' '))
            if (!best || labs(q - half) < labs(best - half)) best = q;
        if (best) {
            snprintf(l1, sizeof l1, "%.*s", (int)(best - label), label);
            snprintf(l2, sizeof l2, "%s", best + 1);
            int w1 = gh_text_w(v, GH_FONT_BOLD, l1), w2 = gh_text_w(v, GH_FONT_BOLD, l2);
            w = (w1 > w2 ? w1 : w2) + v->pad;
        }
    }
    if (w > box.w) { /* reach left over the signs only as far as the label needs */
        int x0 = box.x + box.w - w;
        box.x = x0 > panelBox.x ? x0 : panelBox.x;
        box.w = panelBox.x + panelBox.w - box.x;
    }
    int sh = l2[0] ? 2 * lh : lh;
    int x = o.x;
    if (x + w > box.x + box.w) x = box.x + box.w - w;
    if (x < box.x) x = box.x;
    const int ys[3] = {o.y - sh - 2, o.y + o.h + 2, o.y + t + 3};
    int bx = x, by = ys[0] >= 0 ? ys[0] : ys[1], bestCover = 1 << 30;
    if (out <= 2 && !l2[0] && o.w > w + 2 * t) { /* a plate's line: first try its own free right end */
        int tx = o.x + o.w - w - t - 1, ty = r.y + (r.h - sh) / 2;
        if (ty >= box.y && ty + sh <= box.y + box.h) {
            bestCover = text_overlap(v, (SDL_Rect){tx, ty, w, sh});
            bx = tx, by = ty;
        }
    }
    for (int k = 0; k < 3 * 8 && bestCover >= SOFT; k++) { /* the first place that hides no sign */
        int j = k % 3, tx = x + (k / 3) * (w / 2 + v->pad), ty = ys[j];
        if (j == 2 && o.h < sh + 2 * t + 6) continue; /* inside: only in a ring tall enough */
        if (tx + w > box.x + box.w || ty < box.y || ty + sh > box.y + box.h) continue;
        int cover = text_overlap(v, (SDL_Rect){tx, ty, w, sh});
        if (cover < bestCover) { bestCover = cover; bx = tx; by = ty; }
    }
    hide_under(v, (SDL_Rect){bx, by, w, sh});
    gh_fill(v, (SDL_Rect){bx, by, w, sh}, pal->highlight);
    gh_frame(v, (SDL_Rect){bx, by, w, sh}, 1, pal->highlightEdge);
    gh_text(v, GH_FONT_BOLD, l1, bx + v->pad / 2, by, (SDL_Color){0, 0, 0, 255}, GH_ALIGN_LEFT, 0);
    if (l2[0]) gh_text(v, GH_FONT_BOLD, l2, bx + v->pad / 2, by + lh, (SDL_Color){0, 0, 0, 255}, GH_ALIGN_LEFT, 0);
}

/* Density mode: the strip cells a span covers (its first row's part when it spans rows). */
static bool density_span(const gh_View *v, const gh_Sim *sim, int32_t span, SDL_Rect *r)
{
    const gh_MSpan *s = gh_sim_span(sim, span);
    uint64_t off = s->startAddr - GH_ARENA_BASE, end = off + (uint64_t)s->npages * GH_PAGE_SIZE - 1;
    SDL_Rect a, b;
    if (!gh_hotel_density_rect(v, off, &a)) return false;
    *r = a;
    if (gh_hotel_density_rect(v, end, &b) && b.y == a.y) r->w = b.x + b.w - a.x;
    return true;
}

/* The index of local `name` in a frame; gid -1 means the globals (their line in the cafeteria). */
static int32_t local_index(const gh_Sim *sim, int32_t gid, int32_t frame, const char *name)
{
    if (gid < 0) {
        for (uint32_t k = 0; k < gh_sim_nglobals(sim); k++)
            if (!strcmp(gh_sim_global(sim, k)->name, name)) return (int32_t)k;
        return -1;
    }
    for (int32_t i = 0; i < gh_sim_ngs(sim); i++) {
        const gh_G *g = gh_sim_g(sim, i);
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
    const gh_MSpan *s = gh_sim_span(sim, v->pin.span);
    gh_Addr base = s->startAddr + (gh_Addr)v->pin.slot * s->elemsize;
    float cx = r.x + r.w / 2.0f, cy = r.y + r.h / 2.0f;
    for (uint32_t w = 0; w < s->elemsize / 8 && w < 512; w++) {
        const uint8_t *p = gh_peek(sim, base + 8 * w, 8);
        uint64_t t;
        int32_t ts;
        uint32_t tk;
        SDL_Rect tr;
        if (!p || !gh_peek_is_ptr(sim, base + 8 * w)) continue;
        SDL_memcpy(&t, p, 8);
        if (gh_find_object(sim, t, &ts, &tk) && gh_hotel_room_rect(v, sim, ts, tk, &tr, &agg))
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
        const gh_ViewHighlight *h = &v->hl[i];
        SDL_Rect r;
        bool ok = false, agg;
        int32_t span;
        uint32_t slot;
        if (h->kind == GH_HL_ROOM && gh_find_object(sim, h->addr, &span, &slot))
            ok = gh_hotel_room_rect(v, sim, span, slot, &r, &agg);
        else if (h->kind == GH_HL_FLOOR && h->addr >= GH_ARENA_BASE) {
            uint64_t page = (h->addr - GH_ARENA_BASE) / GH_PAGE_SIZE;
            ok = page < gh_sim_heap(sim).mappedPages && gh_view_floor_rect(v, gh_sim_page_span(sim, page), &r);
            if (!ok && page < gh_sim_heap(sim).mappedPages && gh_sim_page_span(sim, page) >= 0 && v->hotel.density)
                ok = density_span(v, sim, gh_sim_page_span(sim, page), &r);
        } else if (h->kind == GH_HL_FRAME)
            ok = gh_view_frame_rect(v, h->gid, h->frame, &r);
        else if (h->kind == GH_HL_LOCAL)
            ok = gh_view_local_rect(v, h->gid, h->frame, local_index(sim, h->gid, h->frame, h->local), &r);
        if (ok) ring(v, r, h->label, h->kind == GH_HL_LOCAL ? 2 : h->kind == GH_HL_FRAME ? 3 : (v->projector ? 8 : 6));
    }
    pinned(v, sim);
}
