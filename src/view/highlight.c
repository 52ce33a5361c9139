/* highlight.c — what the lesson points at: a thick yellow-and-black ring (visible on every
 * palette and to every eye) around a room, floor, plate or local, with an optional callout
 * label, plus the pinned room's pointers in and out. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "view/view_impl.h"

/* Area of c covered by text drawn so far, times SOFT, plus the area of door words it covers
 * (up to SOFT - 1): a callout goes where it hides no other text, and among such places
 * where it hides the fewest door numbers. Floor signs count as text, and their area is also
 * told apart in *signs (NULL: not wanted). */
enum { SOFT = 4096 };
static int text_overlap(const gh_View *v, SDL_Rect c, int *signs)
{
    int hard = 0, soft = 0, sign = 0;
    for (int i = 0; i < v->nlabels; i++) {
        SDL_Rect x;
        if (v->labels[i].flags & GH_LABEL_HIDDEN || !SDL_IntersectRect(&c, &v->labels[i].r, &x)) continue;
        if (v->labels[i].flags & GH_LABEL_UNDER) soft += x.w * x.h;
        else hard += x.w * x.h;
        if (v->labels[i].flags & GH_LABEL_SIGN) sign += x.w * x.h;
    }
    if (hard > (1 << 30) / SOFT) hard = (1 << 30) / SOFT;
    if (signs) *signs = sign < hard ? sign : hard;
    return hard * SOFT + (soft < SOFT ? soft : SOFT - 1);
}

/* The door words (and, with signs, the floor signs) an opaque callout box now covers are
 * hidden from view (and the checker). */
static void hide_under(gh_View *v, SDL_Rect c, bool signs)
{
    uint8_t mask = GH_LABEL_UNDER | (signs ? GH_LABEL_SIGN : 0);
    for (int i = 0; i < v->nlabels; i++)
        if (v->labels[i].flags & mask && SDL_HasIntersection(&c, &v->labels[i].r)) v->labels[i].flags |= GH_LABEL_HIDDEN;
}

/* Pixels between two rectangles (0 when they touch or overlap), sideways counted twice: a
 * callout above or below its room reads as its room's. */
static int gap_between(SDL_Rect a, SDL_Rect b)
{
    int dx = a.x > b.x + b.w ? a.x - b.x - b.w : b.x > a.x + a.w ? b.x - a.x - a.w : 0;
    int dy = a.y > b.y + b.h ? a.y - b.y - b.h : b.y > a.y + a.h ? b.y - a.y - a.h : 0;
    return 2 * dx + dy;
}

static int clampi(int x, int lo, int hi) { return x < lo ? lo : x > hi ? hi : x; }

/* The leader from callout c to its ring o: straight up or down when c is above or below,
 * else sideways. p: x0, y0, x1, y1. */
static void leader_line(SDL_Rect c, SDL_Rect o, int t, int p[4])
{
    if (c.y + c.h <= o.y || c.y >= o.y + o.h) {
        int x = clampi(o.x + o.w / 2, c.x + t, c.x + c.w - t);
        p[0] = x, p[1] = c.y + c.h <= o.y ? c.y + c.h : c.y;
        p[2] = clampi(x, o.x + t, o.x + o.w - t), p[3] = c.y + c.h <= o.y ? o.y : o.y + o.h;
    } else {
        int y = clampi(o.y + o.h / 2, c.y + 2, c.y + c.h - 2);
        p[0] = c.x >= o.x + o.w ? c.x : c.x + c.w, p[1] = y;
        p[2] = c.x >= o.x + o.w ? o.x + o.w : o.x, p[3] = clampi(y, o.y + t, o.y + o.h - t);
    }
}

/* Yellow on black, as the ring. */
static void leader(gh_View *v, SDL_Rect c, SDL_Rect o, int t)
{
    int p[4];
    leader_line(c, o, t, p);
    gh_line(v, (float)p[0], (float)p[1], (float)p[2], (float)p[3], (float)t, v->pal->highlightEdge);
    gh_line(v, (float)p[0], (float)p[1], (float)p[2], (float)p[3], (float)(t - 2 > 1 ? t - 2 : 1), v->pal->highlight);
}

/* What a callout at c would hide, worst first: text drawn so far, rooms other than the
 * ones it points at (callout_cover.c) and plate lines other than its own (callout_lines.c,
 * highlight idx), floor signs (only when signsOk; else they are text),
 * text its leader would cross (when it is away from its ring o), door words its leader
 * crosses, door words under it. 0: nothing; CLEAR and more: text, a foreign room, a sign
 * or a leader across text. */
enum { CLEAR_SHIFT = 12 };
static int64_t place_cost(const gh_View *v, SDL_Rect c, int32_t span, int32_t slot, SDL_Rect o, int t, bool signsOk, int idx)
{
    int signs = 0;
    int64_t text = text_overlap(v, c, &signs), lead = 0;
    int64_t hard = text / SOFT - (signsOk ? signs : 0), sign = signsOk ? signs : 0;
    if (gap_between(c, o) > 2) {
        int p[4];
        leader_line(c, o, t, p);
        SDL_Rect lr = {p[0] < p[2] ? p[0] : p[2], p[1] < p[3] ? p[1] : p[3], abs(p[2] - p[0]) + t, abs(p[3] - p[1]) + t};
        lead = text_overlap(v, lr, NULL);
    }
    int64_t rooms = gh_callout_foreign_rooms(v, c, span, slot), leadHard = lead / SOFT, leadSoft = lead % SOFT / 16;
    if (idx >= 0 && idx < GH_MAX_HL) rooms += gh_callout_foreign_lines(v, c, v->hlGid[idx], v->hlFrame[idx], v->hlLocal[idx]);
    rooms += gh_callout_foreign_rings(v, c, idx); /* inside another highlight's ring, it reads as that one's */
    for (int k = 0; k < v->nnoteRoom && idx >= 0 && idx < v->nhl && v->hl[idx].kind != GH_HL_LOCAL; k++)
        rooms += SDL_HasIntersection(&c, &v->noteRoom[k]); /* kept for a plate line's note */
#define CAP(x, m) ((x) > (m) ? (m) : (x))
    return (CAP(hard, 32767) << 47) + (CAP(rooms, 1023) << 37) + (CAP(sign, 8191) << 24) + (CAP(leadHard, 4095) << CLEAR_SHIFT) +
           (CAP(leadSoft, 255) << 4) + CAP(text % SOFT / 256, 15);
#undef CAP
}

/* The label in two lines, split at the space nearest the middle; returns the callout's
 * width, 0 when there is no space to split at. */
static int split(gh_View *v, const char *label, char l1[128], char l2[128])
{
    const char *best = NULL, *half = label + strlen(label) / 2;
    for (const char *q = strchr(label, ' '); q; q = strchr(q + 1, ' '))
        if (!best || labs(q - half) < labs(best - half)) best = q;
    if (!best) return 0;
    snprintf(l1, 128, "%.*s", (int)(best - label), label);
    snprintf(l2, 128, "%s", best + 1);
    int w1 = gh_text_w(v, GH_FONT_BOLD, l1), w2 = gh_text_w(v, GH_FONT_BOLD, l2);
    return (w1 > w2 ? w1 : w2) + v->pad;
}

/* A yellow ring with black edges; `out` pixels outside r (small for text lines). The
 * callout goes above the ring, else below, else shifted right along the ring, else just
 * inside its top edge: the first of those places that hides no text drawn so far and no
 * room the highlight does not point at (span, slot: see gh_callout_foreign_rooms). When
 * none is clear, every place in the panel is tried and the one hiding least, nearest the
 * ring, wins; a callout away from its ring is tied to it by a leader line. A plate's line
 * tries its own free right end first, so the note never lands on the neighbouring plates'
 * titles. A callout wider than the room right of the floor signs is set in two lines. */
static void ring(gh_View *v, SDL_Rect r, const char *label, int out, int32_t span, int32_t slot, int idx)
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
    char s1[128], s2[128];
    int ws = split(v, label, s1, s2); /* the label in two lines (0: one word) */
    if (w > box.w && ws) { /* two lines */
        memcpy(l1, s1, sizeof l1);
        memcpy(l2, s2, sizeof l2);
        w = ws;
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
    int bx = x, by = ys[0] >= 0 ? ys[0] : ys[1];
    const int64_t CLEAR = (int64_t)1 << CLEAR_SHIFT; /* no text, no foreign room (the ring's own door words may go) */
    int64_t best = INT64_MAX;
    if (out <= 2 && !l2[0] && o.w > w + 2 * t) { /* a plate's line: first try its own free right end */
        int tx = o.x + o.w - w - t - 1, ty = r.y + (r.h - sh) / 2;
        if (ty >= box.y && ty + sh <= box.y + box.h) {
            best = place_cost(v, (SDL_Rect){tx, ty, w, sh}, span, slot, o, t, false, idx);
            bx = tx, by = ty;
        }
    }
    for (int k = 0; k < 3 * 8 && best >= CLEAR; k++) { /* the first place that hides nothing */
        int j = k % 3, tx = x + (k / 3) * (w / 2 + v->pad), ty = ys[j];
        if (j == 2 && o.h < sh + 2 * t + 6) continue; /* inside: only in a ring tall enough */
        if (tx + w > box.x + box.w || ty < box.y || ty + sh > box.y + box.h) continue;
        int64_t cost = place_cost(v, (SDL_Rect){tx, ty, w, sh}, span, slot, o, t, false, idx);
        if (cost < best) { best = cost; bx = tx; by = ty; }
    }
    bool fallback = best >= CLEAR;
    if (fallback) { /* anywhere in the panel: hiding least, then nearest the ring, never over it */
        if (SDL_PointInRect(&mid, &v->hotel.area)) box = v->hotel.area; /* in the hotel, signs too: under its legend and title */
        SDL_Rect p0 = {bx, by, w, sh};
        if (best != INT64_MAX) best = place_cost(v, p0, span, slot, o, t, true, idx); /* the best near place, signs now soft */
        int bestGap = gap_between(p0, o), lines = l2[0] ? 2 : 1, bestLines = lines;
        for (int k = lines; k <= (ws ? 2 : lines); k++) { /* as set, and in two lines (narrower) */
            int cw = k == lines ? w : ws, ch = k * lh, stepX = cw / 8 > 4 ? cw / 8 : 4, stepY = 3;
            for (int ty = box.y; ty + ch <= box.y + box.h; ty += stepY)
                for (int tx = box.x; tx + cw <= box.x + box.w; tx += stepX) {
                    SDL_Rect c = {tx, ty, cw, ch}, on;
                    bool over = SDL_IntersectRect(&c, &r, &on) && on.w >= 2 && on.h >= 2; /* over its own room */
                    int64_t cost = place_cost(v, c, span, slot, o, t, true, idx) + (over ? (int64_t)1 << 37 : 0);
                    int g = gap_between(c, o);
                    bool nearer = cost == best && g < bestGap && k == bestLines; /* two lines only when they hide less */
                    if (cost < best || nearer) { best = cost; bestGap = g; bx = tx; by = ty; bestLines = k; }
                }
        }
        if (bestLines != lines) { /* the two-line callout won */
            memcpy(l1, s1, sizeof l1);
            memcpy(l2, s2, sizeof l2);
            w = ws;
            sh = 2 * lh;
        }
    }
    SDL_Rect cb = {bx, by, w, sh};
    if (gap_between(cb, o) > 2) leader(v, cb, o, t); /* away from its ring: tied to it */
    if (idx >= 0 && idx < GH_MAX_HL) v->hlCallout[idx] = cb;
    hide_under(v, (SDL_Rect){bx, by, w, sh}, fallback);
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
    for (int i = 0; i < GH_MAX_HL; i++) {
        v->hlCallout[i] = (SDL_Rect){0, 0, 0, 0}, v->hlSpan[i] = -1, v->hlSlot[i] = -1;
        v->hlGid[i] = INT32_MIN, v->hlFrame[i] = -1, v->hlLocal[i] = -1, v->hlRing[i] = (SDL_Rect){0, 0, 0, 0};
    }
    SDL_Rect rs[GH_MAX_HL];
    int outs[GH_MAX_HL];
    int32_t spans[GH_MAX_HL], pslots[GH_MAX_HL];
    bool oks[GH_MAX_HL];
    for (int i = 0; i < v->nhl && i < GH_MAX_HL; i++) { /* every ring first: a callout keeps out of the others' */
        const gh_ViewHighlight *h = &v->hl[i];
        SDL_Rect r = {0, 0, 0, 0};
        bool ok = false, agg;
        int32_t span = -1;
        uint32_t slot = 0;
        int32_t pslot = -1; /* the room pointed at; -1 a whole floor */
        if (h->kind == GH_HL_ROOM && gh_find_object(sim, h->addr, &span, &slot)) {
            ok = gh_hotel_room_rect(v, sim, span, slot, &r, &agg);
            pslot = (int32_t)slot;
        } else if (h->kind == GH_HL_FLOOR && h->addr >= GH_ARENA_BASE) {
            uint64_t page = (h->addr - GH_ARENA_BASE) / GH_PAGE_SIZE;
            span = page < gh_sim_heap(sim).mappedPages ? gh_sim_page_span(sim, page) : -1;
            ok = page < gh_sim_heap(sim).mappedPages && gh_view_floor_rect(v, gh_sim_page_span(sim, page), &r);
            if (!ok && page < gh_sim_heap(sim).mappedPages && gh_sim_page_span(sim, page) >= 0 && v->hotel.density)
                ok = density_span(v, sim, gh_sim_page_span(sim, page), &r);
        } else if (h->kind == GH_HL_FRAME)
            ok = gh_view_frame_rect(v, h->gid, h->frame, &r);
        else if (h->kind == GH_HL_LOCAL)
            ok = gh_view_local_rect(v, h->gid, h->frame, local_index(sim, h->gid, h->frame, h->local), &r);

        if (h->kind != GH_HL_ROOM && h->kind != GH_HL_FLOOR) span = -1;
        bool onPlate = h->kind == GH_HL_FRAME || h->kind == GH_HL_LOCAL; /* its plate's lines are its own */
        int32_t lgid = onPlate ? h->gid : INT32_MIN, lk = h->kind == GH_HL_LOCAL ? local_index(sim, h->gid, h->frame, h->local) : -1;
        v->hlSpan[i] = span, v->hlSlot[i] = pslot, v->hlGid[i] = lgid, v->hlFrame[i] = h->frame, v->hlLocal[i] = lk;
        int out = h->kind == GH_HL_LOCAL ? 2 : h->kind == GH_HL_FRAME ? 3 : (v->projector ? 8 : 6);
        rs[i] = r, outs[i] = out, spans[i] = span, pslots[i] = pslot, oks[i] = ok;
        v->hlRing[i] = ok ? (SDL_Rect){r.x - out, r.y - out, r.w + 2 * out, r.h + 2 * out} : (SDL_Rect){0, 0, 0, 0};
    }
    for (int i = 0; i < v->nhl && i < GH_MAX_HL; i++)
        if (oks[i]) ring(v, rs[i], v->hl[i].label, outs[i], spans[i], pslots[i], i);
    pinned(v, sim);
}
