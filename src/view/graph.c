/* graph.c — pointer arrows. From each pointer-holding local on a plate (and each global)
 * to the room it points at; and, when the heap is small enough to follow by eye, from each
 * object's pointer fields to the rooms they reference (the object graph the janitor
 * traces). Arrows go to rooms drawn one by one; density strips get none.
 *
 * Arrows never run over text. A local's arrow is routed orthogonally: among a few
 * candidate paths — along the gutters between panels, the slab above or below the target
 * floor, or straight across — the one crossing the least text (then the shortest, with the
 * fewest bends) wins. Whatever text a path still crosses, and the object graph's curves,
 * are interrupted over every text box drawn so far (with a small halo), so the arrow seems
 * to pass under the words. */
#include <math.h>
#include "view/view_impl.h"

typedef struct Pt { float x, y; } Pt;
enum { HALO = 3 };

/* Text boxes of this frame so far (every string the panels drew), with a halo, into the
 * view's own scratch (gh_GraphScratch). */
static void collect_boxes(gh_View *v)
{
    gh_GraphScratch *g = &v->graph;
    g->nbox = 0;
    for (int i = 0; i < v->nlabels && g->nbox < GH_GRAPH_MAX_BOXES; i++) {
        SDL_Rect r = v->labels[i].r;
        if (r.w > 0 && r.h > 0) g->box[g->nbox++] = (SDL_Rect){r.x - HALO, r.y - HALO, r.w + 2 * HALO, r.h + 2 * HALO};
    }
}

/* The parameter interval [t0, t1] of segment a→b inside rectangle r (Liang–Barsky). */
static bool clip(Pt a, Pt b, SDL_Rect r, float *t0, float *t1)
{
    float dx = b.x - a.x, dy = b.y - a.y, lo = 0, hi = 1;
    float p[4] = {-dx, dx, -dy, dy}, q[4] = {a.x - r.x, r.x + r.w - a.x, a.y - r.y, r.y + r.h - a.y};
    for (int i = 0; i < 4; i++) {
        if (fabsf(p[i]) < 1e-6f) { if (q[i] < 0) return false; continue; }
        float t = q[i] / p[i];
        if (p[i] < 0) { if (t > hi) return false; if (t > lo) lo = t; }
        else { if (t < lo) return false; if (t < hi) hi = t; }
    }
    *t0 = lo;
    *t1 = hi;
    return hi > lo;
}

static float seg_len(Pt a, Pt b) { return sqrtf((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)); }

static float text_crossed(const gh_GraphScratch *g, Pt a, Pt b)
{
    float len = seg_len(a, b), in = 0, t0, t1;
    for (int i = 0; i < g->nbox; i++)
        if (clip(a, b, g->box[i], &t0, &t1)) in += (t1 - t0) * len;
    return in;
}

/* Draw a→b except where it passes over text. */
static void seg_draw(gh_View *v, Pt a, Pt b, float t, SDL_Color c)
{
    float cut[2 * 64];
    int n = 0;
    for (int i = 0; i < v->graph.nbox && n < 64; i++) {
        float t0, t1;
        if (clip(a, b, v->graph.box[i], &t0, &t1)) { cut[2 * n] = t0; cut[2 * n + 1] = t1; n++; }
    }
    for (int i = 1; i < n; i++) /* sort the cut intervals by start */
        for (int k = i; k > 0 && cut[2 * k] < cut[2 * k - 2]; k--) {
            float x0 = cut[2 * k], x1 = cut[2 * k + 1];
            cut[2 * k] = cut[2 * k - 2]; cut[2 * k + 1] = cut[2 * k - 1];
            cut[2 * k - 2] = x0; cut[2 * k - 1] = x1;
        }
    float from = 0;
    for (int i = 0; i <= n; i++) {
        float to = i < n ? cut[2 * i] : 1;
        if (to > from)
            gh_line(v, a.x + (b.x - a.x) * from, a.y + (b.y - a.y) * from, a.x + (b.x - a.x) * to, a.y + (b.y - a.y) * to, t, c);
        if (i < n && cut[2 * i + 1] > from) from = cut[2 * i + 1];
    }
}

static void head(gh_View *v, Pt from, Pt to, float t, SDL_Color c)
{
    float l = seg_len(from, to), hs = 4 * t + 4;
    if (l < 0.01f) return;
    float ux = (to.x - from.x) / l, uy = (to.y - from.y) / l;
    gh_tri(v, to.x, to.y, to.x - ux * hs - uy * hs * 0.55f, to.y - uy * hs + ux * hs * 0.55f, to.x - ux * hs + uy * hs * 0.55f,
           to.y - uy * hs - ux * hs * 0.55f, c);
}

/* Panels an arrow may cross freely: the one it starts in and the hotel it points into. */
static float panels_crossed(const gh_GraphScratch *g, Pt a, Pt b)
{
    float len = seg_len(a, b), in = 0, t0, t1;
    for (int i = 0; i < g->navoid; i++)
        if (clip(a, b, g->avoid[i], &t0, &t1)) in += (t1 - t0) * len;
    return in;
}

static float path_cost(const gh_GraphScratch *g, const Pt *p, int n)
{
    float cost = 0;
    for (int i = 0; i + 1 < n; i++)
        cost += seg_len(p[i], p[i + 1]) + 40 * text_crossed(g, p[i], p[i + 1]) + 4 * panels_crossed(g, p[i], p[i + 1]) + 25;
    return cost;
}

/* The cheapest orthogonal path from s to the room r (its floor f, when known). */
static int route(gh_View *v, Pt s, SDL_Rect src, SDL_Rect r, const SDL_Rect *f, Pt *best)
{
    Pt t = {r.x + r.w / 2.0f, r.y + r.h / 2.0f};
    float xs[16], ysB[4], ysC[4];
    int nx = 0, nb = 0, nc = 0;
    xs[nx++] = s.x;
    xs[nx++] = t.x;
    for (int p = 0; p < GH_PANEL_COUNT && nx < 14; p++) {
        SDL_Rect pr = v->panel[p];
        if (pr.w <= 0 || pr.h <= 0 || (p != GH_PANEL_HOTEL && !SDL_PointInRect(&(SDL_Point){(int)s.x + 4, (int)s.y}, &pr))) continue;
        xs[nx++] = pr.x - v->pad / 2.0f;
        xs[nx++] = pr.x + pr.w + v->pad / 2.0f;
    }
    xs[nx++] = v->hotel.area.x + v->hotel.area.w - 2.0f;
    ysB[nb++] = t.y;
    if (f) { ysB[nb++] = f->y + 1.0f; ysB[nb++] = f->y + f->h - 1.0f; }
    gh_GraphScratch *g = &v->graph;
    g->navoid = 0;
    for (int p = 0; p < GH_PANEL_COUNT; p++) {
        SDL_Rect pr = v->panel[p];
        if (pr.w > 0 && pr.h > 0 && p != GH_PANEL_HOTEL && !SDL_PointInRect(&(SDL_Point){(int)s.x + 4, (int)s.y}, &pr))
            g->avoid[g->navoid++] = gh_inset(pr, 2);
    }
    ysC[nc++] = src.y - 2.0f;
    ysC[nc++] = src.y + src.h + 1.0f;
    float bestCost = 1e30f;
    int bestN = 0;
    Pt p[5];
    for (int i = 0; i < nx; i++) {
        p[0] = s; p[1] = (Pt){xs[i], s.y}; p[2] = (Pt){xs[i], t.y}; p[3] = t;
        float c = path_cost(g, p, 4);
        if (c < bestCost) { bestCost = c; bestN = 4; for (int k = 0; k < 4; k++) best[k] = p[k]; }
        for (int j = 0; j < nb; j++) {
            p[2] = (Pt){xs[i], ysB[j]}; p[3] = (Pt){t.x, ysB[j]}; p[4] = t;
            c = path_cost(g, p, 5);
            if (c < bestCost) { bestCost = c; bestN = 5; for (int k = 0; k < 5; k++) best[k] = p[k]; }
        }
        for (int j = 0; j < nc; j++) {
            p[1] = (Pt){s.x, ysC[j]}; p[2] = (Pt){xs[i], ysC[j]}; p[3] = (Pt){xs[i], t.y}; p[4] = t;
            c = path_cost(g, p, 5);
            if (c < bestCost) { bestCost = c; bestN = 5; for (int k = 0; k < 5; k++) best[k] = p[k]; }
        }
    }
    /* drop zero-length legs so the arrowhead has a direction */
    int n = 0;
    for (int k = 0; k < bestN; k++)
        if (!n || seg_len(best[n - 1], best[k]) > 0.5f) best[n++] = best[k];
    return n;
}

enum { GRAPH_MAX_OBJECTS = 400, GRAPH_MAX_ARROWS = 300, GRAPH_MIN_ROOM = 8 /* px: smaller rooms would drown in arrows */ };

static bool room_of(const gh_View *v, const gh_Sim *sim, gh_Addr p, SDL_Rect *r, int minSide)
{
    int32_t span;
    uint32_t slot;
    bool agg;
    return gh_find_object(sim, p, &span, &slot) && gh_hotel_room_rect(v, sim, span, slot, r, &agg) && !agg && r->w >= minSide &&
           r->h >= minSide;
}

static bool room_center(const gh_View *v, const gh_Sim *sim, gh_Addr p, float *x, float *y, int minSide)
{
    SDL_Rect r;
    if (!room_of(v, sim, p, &r, minSide)) return false;
    *x = r.x + r.w / 2.0f;
    *y = r.y + r.h / 2.0f;
    return true;
}

/* Where an arrow from a ends on room r: its centre, or on a big room (a suite, with its
 * type written in the middle) half way from the edge it enters by to the centre, so the
 * head lands inside the room and off its name. */
static Pt arrow_end(SDL_Rect r, Pt a)
{
    enum { BIG = 32 };
    Pt c = {r.x + r.w / 2.0f, r.y + r.h / 2.0f};
    float t0, t1;
    if (r.w < BIG || r.h < BIG || !clip(a, c, r, &t0, &t1)) return c;
    float u = t0 + (1 - t0) / 2;
    return (Pt){a.x + (c.x - a.x) * u, a.y + (c.y - a.y) * u};
}

static void locals(gh_View *v, const gh_Sim *sim)
{
    SDL_Color c = v->pal->ptr;
    float t = v->projector ? 3.0f : 2.0f;
    for (int i = 0; i < v->nplates; i++) {
        const gh_PlateBox *b = &v->plates[i];
        int32_t span;
        uint32_t slot;
        SDL_Rect r, fr;
        bool agg;
        if (!b->ptr || !gh_find_object(sim, b->ptr, &span, &slot) || !gh_hotel_room_rect(v, sim, span, slot, &r, &agg) || agg) continue;
        Pt s = {(float)b->r.x - 3, b->r.y + b->r.h / 2.0f}, p[5];
        bool hasFloor = gh_view_floor_rect(v, span, &fr);
        int n = route(v, s, b->r, r, hasFloor ? &fr : NULL, p);
        if (n < 2) continue;
        /* stop at the room's edge (a little inside), not on its name */
        Pt a = p[n - 2], e = p[n - 1];
        float l = seg_len(a, e), in = (r.w < r.h ? r.w : r.h) / 2.0f, stop = l - in + (in > 3 * t + 6 ? 3 * t + 6 : in);
        if (l > 1 && stop > 0 && stop < l) p[n - 1] = (Pt){a.x + (e.x - a.x) * stop / l, a.y + (e.y - a.y) * stop / l};
        gh_fill(v, (SDL_Rect){(int)s.x - 3, (int)s.y - 3, 6, 6}, c);
        for (int k = 0; k + 1 < n; k++) seg_draw(v, p[k], p[k + 1], t, c);
        head(v, p[n - 2], p[n - 1], t, c);
    }
}

/* A quadratic curve from a to b bowed sideways, drawn in pieces that skip text. */
static void curve(gh_View *v, Pt a, Pt b, float t, SDL_Color c)
{
    Pt m = {(a.x + b.x) / 2 - (b.y - a.y) * 0.18f, (a.y + b.y) / 2 + (b.x - a.x) * 0.18f}, prev = a;
    enum { SEG = 12 };
    for (int i = 1; i <= SEG; i++) {
        float u = (float)i / SEG, k0 = (1 - u) * (1 - u), k1 = 2 * (1 - u) * u, k2 = u * u;
        Pt q = {k0 * a.x + k1 * m.x + k2 * b.x, k0 * a.y + k1 * m.y + k2 * b.y};
        seg_draw(v, prev, q, t, c);
        if (i == SEG) head(v, prev, q, t, c);
        prev = q;
    }
}

static uint32_t live_objects(const gh_Sim *sim)
{
    uint32_t n = 0;
    for (int32_t i = 0; i < gh_sim_nspans(sim) && n <= GRAPH_MAX_OBJECTS; i++) {
        const gh_MSpan *s = gh_sim_span(sim, i);
        if (s->state == GH_SPAN_INUSE) n += s->allocCount;
    }
    return n;
}

/* The arrows out of one object's pointer fields to the rooms they reference; only between
 * rooms of at least minSide px. Returns the arrows drawn. */
static int fields(gh_View *v, const gh_Sim *sim, const gh_MSpan *s, gh_Addr base, int minSide, SDL_Color c)
{
    float x0, y0;
    int n = 0;
    if (!room_center(v, sim, base, &x0, &y0, minSide)) return 0;
    for (uint32_t w = 0; w < s->elemsize / 8 && w < 64; w++) {
        gh_Addr a = base + 8 * w;
        if (!gh_peek_is_ptr(sim, a)) continue;
        const uint8_t *p = gh_peek(sim, a, 8);
        uint64_t target;
        SDL_Rect to;
        if (!p) continue;
        SDL_memcpy(&target, p, 8);
        if (!target || !room_of(v, sim, target, &to, minSide)) continue;
        curve(v, (Pt){x0, y0}, arrow_end(to, (Pt){x0, y0}), v->projector ? 2.0f : 1.5f, c);
        n++;
    }
    return n;
}

static void objects(gh_View *v, const gh_Sim *sim, SDL_Color c)
{
    int arrows = 0;
    for (int32_t id = 0; id < gh_sim_nspans(sim) && arrows < GRAPH_MAX_ARROWS; id++) {
        const gh_MSpan *s = gh_sim_span(sim, id);
        if (s->state != GH_SPAN_INUSE || gh_spanclass_noscan(s->spanclass)) continue;
        for (uint32_t k = 0; k < s->nelems; k++)
            if (gh_mspan_is_allocated(s, k)) arrows += fields(v, sim, s, s->startAddr + (gh_Addr)k * s->elemsize, GRAPH_MIN_ROOM, c);
    }
}

/* The first hop from a local: a pointer on a plate often points at a small object that
 * only points on (a *[]byte at its 24-byte slice header, whose array is a suite). Its
 * fields' arrows are drawn whatever the rooms' size, so the arrow chain reaches the object
 * the program uses; rooms of GRAPH_MIN_ROOM px or more already got theirs in objects(). */
static void first_hops(gh_View *v, const gh_Sim *sim, SDL_Color c)
{
    for (int i = 0; i < v->nplates; i++) {
        int32_t span;
        uint32_t slot;
        float x, y;
        if (!v->plates[i].ptr || !gh_find_object(sim, v->plates[i].ptr, &span, &slot)) continue;
        const gh_MSpan *s = gh_sim_span(sim, span);
        gh_Addr base = s->startAddr + (gh_Addr)slot * s->elemsize;
        if (gh_spanclass_noscan(s->spanclass) || room_center(v, sim, base, &x, &y, GRAPH_MIN_ROOM)) continue;
        fields(v, sim, s, base, 1, c);
    }
}

void gh_graph_draw(gh_View *v, const gh_Sim *sim)
{
    if (v->panel[GH_PANEL_HOTEL].h <= 0 || v->graphMode == 0) return;
    bool graph = v->graphMode == 1 || (v->graphMode < 0 && !v->hotel.density && live_objects(sim) <= GRAPH_MAX_OBJECTS);
    collect_boxes(v);
    if (graph) {
        SDL_Color c = gh_mix(v->pal->ptr, v->pal->text, 0.35f);
        SDL_RenderSetClipRect(v->r, &v->hotel.area);
        objects(v, sim, c);
        first_hops(v, sim, c);
        SDL_RenderSetClipRect(v->r, NULL);
    }
    locals(v, sim);
}
