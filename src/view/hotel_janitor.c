/* hotel_janitor.c — the janitor (the garbage collector) as a figure in the hotel, standing
 * where the collector works now (gh_GCInfo.workSpan/workSlot, src/runtime):
 *   - marking an object: beside its room, on the right of the door (the room just turned
 *     black; its colour stays visible on the door's left part);
 *   - reading a goroutine's plates: at the start of that stack's floor;
 *   - sweeping a floor: at the floor's start, broom down (after the sweep freed the whole
 *     floor, on the free pages it became);
 *   - between jobs (a phase just began, or the roots that are no floor: globals,
 *     finalizers, pools): in the lift's car, waiting on the first building's roof, left
 *     of its sign;
 *   - at rest (no cycle, nothing left to sweep): not in the hotel at all.
 * In density mode he stands at the column of the span's first byte.
 * Motion: when his place changes he walks there over GH_WALK_MS (eased), riding the lift's
 * car when the new place is on another floor; a still (now 0) and reduced motion show him
 * at once where he is. The figure is made of
 * shapes (cap, head, overalls, legs, broom), so it reads without colour; its rectangle is
 * kept for the layout queries (gh_view_janitor_rect; room probes step around it). */
#include "view/view_impl.h"

enum { GH_WALK_MS = 300 };

static SDL_Rect win(const gh_View *v, SDL_Rect r) { return (SDL_Rect){r.x + v->hotel.area.x, r.y + v->hotel.area.y, r.w, r.h}; }

/* The floor holding page (any kind, also free pages), or NULL. */
static const gh_Floor *floor_at_page(const gh_HotelLayout *L, uint32_t page)
{
    for (int i = 0; i < L->nfloors; i++)
        if (page >= L->floors[i].page0 && page < L->floors[i].page0 + L->floors[i].npages) return &L->floors[i];
    return NULL;
}

static void disc(gh_View *v, int cx, int cy, int r, SDL_Color c)
{
    for (int dy = -r; dy <= r; dy++) {
        int dx = 0;
        while ((dx + 1) * (dx + 1) + dy * dy <= r * r) dx++;
        gh_fill(v, (SDL_Rect){cx - dx, cy + dy, 2 * dx + 1, 1}, c);
    }
}

/* The figure in box b (feet on its bottom edge), broom on the side `left` or right. */
static void figure(gh_View *v, SDL_Rect b, bool broomLeft, bool sweeping)
{
    const gh_Palette *pal = v->pal;
    SDL_Color outline = pal->roomEdge, overalls = {0xe6, 0x9f, 0x00, 255}, skin = {0xf2, 0xd0, 0xb0, 255};
    SDL_Color stick = {0x8a, 0x5a, 0x2b, 255}, bristle = {0xd8, 0xc0, 0x70, 255};
    int H = b.h, W = b.w, cx = b.x + W / 2, hr = H / 9 > 2 ? H / 9 : 2, t = H >= 30 ? 2 : 1;
    int headY = b.y + H / 10 + hr + 1, bodyY = headY + hr + 1, legY = b.y + H * 64 / 100, bw = W * 6 / 10;
    /* broom: a stick from the hand to the floor on the broom's side, bristles at its foot */
    int hx = broomLeft ? cx - bw / 2 : cx + bw / 2, hy = bodyY + (legY - bodyY) / 3;
    int fx = broomLeft ? b.x : b.x + W - 1, fy = b.y + H - (sweeping ? 2 : 4);
    gh_line(v, (float)hx, (float)(hy - H / 8), (float)fx, (float)fy, (float)(t + 1), stick);
    int bl = W / 3 > 3 ? W / 3 : 3;
    gh_tri(v, (float)(fx - bl / 2), (float)(b.y + H), (float)(fx + bl / 2), (float)(b.y + H), (float)fx, (float)(fy - H / 10), bristle);
    gh_line(v, (float)(fx - bl / 2), (float)(b.y + H - 1), (float)(fx + bl / 2), (float)(b.y + H - 1), 1, outline);
    /* legs, overalls, head, cap */
    int lw = bw / 3 > 1 ? bw / 3 : 1;
    SDL_Color trousers = {0x56, 0x6e, 0x8c, 255}; /* blue-grey, light enough on a dark wall, framed dark on a light one */
    SDL_Rect legs[2] = {{cx - bw / 2, legY, lw + 2, b.y + H - legY}, {cx + bw / 2 - lw - 2, legY, lw + 2, b.y + H - legY}};
    for (int k = 0; k < 2; k++) {
        gh_fill(v, legs[k], trousers);
        gh_frame(v, legs[k], 1, outline);
    }
    SDL_Rect body = {cx - bw / 2, bodyY, bw, legY - bodyY + 1};
    gh_fill(v, body, overalls);
    gh_frame(v, body, t, outline);
    gh_fill(v, (SDL_Rect){cx - bw / 6, bodyY + t, bw / 3, (legY - bodyY) / 3}, outline); /* the bib's pocket */
    disc(v, cx, headY, hr + t, outline);
    disc(v, cx, headY, hr, skin);
    gh_fill(v, (SDL_Rect){cx - hr - t, headY - hr - t, 2 * (hr + t) + 1, hr}, overalls); /* cap */
    gh_fill(v, (SDL_Rect){broomLeft ? cx + hr : cx - 2 * hr - t, headY - t - 1, hr + t, t + 1}, outline); /* visor */
}

/* The lift's car on the roof, left of the arena's sign: where he waits between jobs. */
static SDL_Rect lift(gh_View *v, const gh_Building *b)
{
    const gh_Palette *pal = v->pal;
    SDL_Rect br = win(v, b->r);
    int rh = v->hotel.roofH, cornice = rh / 4 > 3 ? rh / 4 : 3, H = rh - 3, W = H * 7 / 10;
    int x = (br.x < v->hotel.area.x ? v->hotel.area.x : br.x) + v->pad / 2;
    SDL_Rect car = {x, br.y - cornice - H - 1, W + 6, H + 1};
    gh_fill(v, car, gh_mix(pal->sign, pal->wall, 0.4f));
    gh_frame(v, car, 1, pal->key);
    return (SDL_Rect){car.x + 3, car.y + 1, W, H - 1};
}

/* Does b cover text a reader needs (not door words, not what a callout hides)? */
static bool covers_text(const gh_View *v, SDL_Rect b)
{
    for (int i = 0; i < v->nlabels; i++)
        if (!(v->labels[i].flags & (GH_LABEL_UNDER | GH_LABEL_HIDDEN)) && SDL_HasIntersection(&b, &v->labels[i].r)) return true;
    return false;
}

/* Beside a door, as tall as most of it: on its right edge, else its left edge, else in
 * front of it — the first place that covers no sign or callout. */
static SDL_Rect at_door(const gh_View *v, SDL_Rect room, int sh)
{
    int H = room.h * 85 / 100, lo = sh * 6 / 5, hi = sh * 5 / 2;
    H = H < lo ? lo : H > hi ? hi : H;
    int W = H * 7 / 10, y = room.y + room.h - H;
    const int xs[3] = {room.x + room.w - W / 3, room.x - W * 2 / 3, room.x + (room.w - W) / 2};
    for (int k = 0; k < 3; k++) {
        SDL_Rect b = {xs[k], y, W, H};
        if (!covers_text(v, b)) return b;
    }
    return (SDL_Rect){xs[0], y, W, H};
}

static int lerp(int a, int b, float t) { return a + (int)((float)(b - a) * t + (b > a ? 0.5f : -0.5f)); }

/* Where he is drawn now on his way to `to` (started when `to` became his place). */
static SDL_Rect on_the_way(const gh_View *v)
{
    if (v->now <= v->janT0) return v->janFrom;
    float t = (float)(v->now - v->janT0) / GH_WALK_MS;
    if (t >= 1) return v->janTo;
    t = t * t * (3 - 2 * t); /* ease in and out */
    SDL_Rect a = v->janFrom, b = v->janTo;
    return (SDL_Rect){lerp(a.x, b.x, t), lerp(a.y, b.y, t), lerp(a.w, b.w, t), lerp(a.h, b.h, t)};
}

/* Draw him at `to`, or on his way there. */
static void walk(gh_View *v, SDL_Rect to, bool broomLeft, bool sweeping)
{
    bool still = v->now == 0 || v->reducedMotion || !v->janHave;
    if (still) {
        v->janFrom = v->janTo = to;
        v->janT0 = v->now;
    } else if (!SDL_RectEquals(&to, &v->janTo)) {
        v->janFrom = on_the_way(v);
        v->janTo = to;
        v->janT0 = v->now;
    }
    v->janHave = true;
    SDL_Rect at = still ? to : on_the_way(v);
    if (at.y != v->janTo.y) { /* between floors: in the lift's car */
        SDL_Rect car = {at.x - 3, at.y - 2, at.w + 6, at.h + 3};
        gh_fill(v, car, gh_mix(v->pal->sign, v->pal->wall, 0.4f));
        gh_frame(v, car, 1, v->pal->key);
    }
    v->janitorRect = at;
    figure(v, at, broomLeft, sweeping);
}

void gh_view_set_reduced_motion(gh_View *v, bool on) { v->reducedMotion = on; }
bool gh_view_reduced_motion(const gh_View *v) { return v->reducedMotion; }

void gh_hotel_janitor_draw(gh_View *v, const gh_Sim *sim)
{
    v->janitorRect = (SDL_Rect){0, 0, 0, 0};
    const gh_HotelLayout *L = &v->hotel;
    gh_GCInfo gc = gh_sim_gc(sim);
    if (gc.state == GH_GCS_IDLE || !L->nbuild) { v->janHave = false; return; }
    int sh = gh_text_h(v, GH_FONT_SMALL), H = sh * 3 / 2, W = H * 7 / 10;
    const gh_MSpan *s = gc.workSpan >= 0 ? gh_sim_span(sim, gc.workSpan) : NULL;
    if (s && s->state == GH_SPAN_DEAD) s = NULL;
    SDL_Rect box;
    bool sweeping = gc.workSlot == GH_WORK_WHOLE_SPAN;
    if (!s) { /* between jobs: in the lift, up on the roof */
        SDL_Rect car = lift(v, &L->b[0]);
        if (!SDL_HasIntersection(&car, &L->area)) { v->janHave = false; return; }
        walk(v, car, false, false);
        return;
    }
    uint32_t page = (uint32_t)((s->startAddr - GH_ARENA_BASE) / GH_PAGE_SIZE);
    if (L->density) {
        SDL_Rect c;
        if (!gh_hotel_density_rect(v, (uint64_t)page * GH_PAGE_SIZE, &c)) return;
        box = (SDL_Rect){c.x - W / 2, c.y + c.h - H, W, H};
    } else {
        const gh_Floor *f = floor_at_page(L, page);
        if (!f) return;
        SDL_Rect fr = win(v, f->rooms), room;
        bool agg = true;
        int floorBottom = fr.y + fr.h;
        if (!sweeping && s->state == GH_SPAN_INUSE && f->kind == GH_FLOOR_SPAN &&
            gh_hotel_room_rect(v, sim, gc.workSpan, gc.workSlot, &room, &agg) && !agg)
            box = at_door(v, room, sh); /* beside the door he works at */
        else if (!sweeping && f->kind == GH_FLOOR_SPAN && gh_hotel_room_rect(v, sim, gc.workSpan, gc.workSlot, &room, &agg))
            box = (SDL_Rect){room.x - W / 2, floorBottom - H, W, H}; /* at the room's column of a bar */
        else { /* at the floor's start (sweeping, a stack): on the sign's right end when that
                * hides no text, else in front of the first rooms */
            int fh = win(v, f->r).h * 85 / 100, lo = sh * 6 / 5, hi = sh * 5 / 2;
            H = fh < lo ? lo : fh > hi ? hi : fh;
            W = H * 7 / 10;
            box = (SDL_Rect){fr.x - W - 1, floorBottom - H, W, H};
            if (covers_text(v, box)) box.x = fr.x + 2;
        }
    }
    const SDL_Rect A = L->area;
    if (box.x + box.w > A.x + A.w) box.x = A.x + A.w - box.w;
    if (box.x < A.x) box.x = A.x;
    if (!SDL_HasIntersection(&box, &A)) { v->janHave = false; return; }
    walk(v, box, !sweeping, sweeping);
}

bool gh_view_janitor_rect(const gh_View *v, SDL_Rect *out)
{
    if (v->janitorRect.w <= 0) return false;
    *out = v->janitorRect;
    return true;
}
