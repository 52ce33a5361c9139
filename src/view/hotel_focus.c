/* hotel_focus.c — the hotel follows the lesson. When a lesson highlights a room or a floor,
 * the hotel zooms and pans so that the floor is drawn as rooms (never as a density strip),
 * each room at least GH_FOCUS_MIN_ROOM pixels, its sign legible, and the highlight with
 * its callout inside the panel.
 *
 * How: one layout at zoom 1 gives the floor height of the fitted hotel (fhBase); when that
 * already draws the highlighted floors as rooms of the minimum size, the whole hotel stays
 * in view. Otherwise, for each
 * highlighted floor the smallest floor height at which its rooms reach the wanted size is
 * searched (gh_hotel_need_fh); all span floors share one height, so the largest need wins.
 * If no height that fits the panel is enough, buildings are widened (up to 4×) and the view
 * pans sideways to the room. A second layout at that zoom finds where the highlighted floors
 * are; the pan centres them (or the first one, when they do not fit together); a third
 * layout applies the pan. The result depends only on the simulator, the highlights and the
 * panel's size, so a still (`gohotel shot`) and the window agree at the same step.
 *
 * The user's wheel and drag still work: when zoom or pan differ from what the focus set, the
 * user has taken over and the focus stops until the highlights change (any change of the
 * room/floor highlights, including their removal, re-targets; no highlight = the fitted
 * view, where a big heap becomes the density ruler). */
#include "view/view_impl.h"

enum { GH_FOCUS_MIN_ROOM = 12, MAX_TARGETS = 8 };

typedef struct Target { uint32_t page; int32_t span, slot; const char *label; } Target;

static uint32_t mix(uint32_t h, uint32_t x) { return (h ^ x) * 16777619u; }

static uint32_t highlight_sig(const gh_View *v)
{
    uint32_t h = 2166136261u;
    bool any = false;
    for (int i = 0; i < v->nhl; i++) {
        const gh_ViewHighlight *l = &v->hl[i];
        if (l->kind != GH_HL_ROOM && l->kind != GH_HL_FLOOR) continue;
        h = mix(mix(mix(h, l->kind), (uint32_t)l->addr), (uint32_t)(l->addr >> 32));
        any = true;
    }
    return any ? h | 1 : 0;
}

/* The hotel things the highlights point at, in the lesson's order. */
static int targets(const gh_View *v, const gh_Sim *sim, Target *t)
{
    int n = 0;
    for (int i = 0; i < v->nhl && n < MAX_TARGETS; i++) {
        const gh_ViewHighlight *l = &v->hl[i];
        int32_t span = -1;
        uint32_t slot = 0;
        if (l->kind == GH_HL_ROOM) {
            if (!gh_find_object(sim, l->addr, &span, &slot)) continue;
            const gh_MSpan *s = gh_sim_span(sim, span);
            t[n++] = (Target){(uint32_t)((s->startAddr - GH_ARENA_BASE) / GH_PAGE_SIZE), span, (int32_t)slot, l->label};
        } else if (l->kind == GH_HL_FLOOR && l->addr >= GH_ARENA_BASE) {
            uint64_t page = (l->addr - GH_ARENA_BASE) / GH_PAGE_SIZE;
            if (page >= gh_sim_heap(sim).mappedPages) continue;
            span = gh_sim_page_span(sim, page);
            if (span >= 0) page = (gh_sim_span(sim, span)->startAddr - GH_ARENA_BASE) / GH_PAGE_SIZE;
            t[n++] = (Target){(uint32_t)page, span, -1, l->label};
        }
    }
    return n;
}

/* Floor height one target needs (span floors are one floor high; suites two; stacks and
 * free pages half), or -1 when none up to maxFh is enough. */
static int need(const gh_View *v, const gh_Sim *sim, const Target *t, int bw, int side, int signFh, int maxFh)
{
    if (t->span < 0) return signFh; /* half a floor high: a one-line sign */
    const gh_MSpan *s = gh_sim_span(sim, t->span);
    if (s->state == GH_SPAN_MANUAL) return signFh;
    if (gh_spanclass_sizeclass(s->spanclass) == 0) return signFh / 2 + 1;
    return gh_hotel_need_fh(v, s->nelems, bw, side, signFh, maxFh);
}

static const gh_Floor *floor_at(const gh_HotelLayout *L, uint32_t page)
{
    for (int i = 0; i < L->nfloors; i++)
        if (page >= L->floors[i].page0 && page < L->floors[i].page0 + L->floors[i].npages) return &L->floors[i];
    return NULL;
}

/* Where target t is drawn (hotel-buffer coordinates): its room, or its whole floor. */
static bool target_rect(const gh_View *v, const gh_Sim *sim, const Target *t, SDL_Rect *r, bool band)
{
    const gh_Floor *f = floor_at(&v->hotel, t->page);
    if (!f) return false;
    *r = f->r;
    if (t->slot >= 0 && f->kind == GH_FLOOR_SPAN && f->cols > 0 && f->cols <= f->rooms.w) {
        uint32_t k = (uint32_t)t->slot;
        *r = (SDL_Rect){f->rooms.x + (int)(k % (uint32_t)f->cols) * f->rw, f->rooms.y + (int)(k / (uint32_t)f->cols) * f->rh,
                        f->rw, f->rh};
    }
    for (int k = 0; k < v->hotel.nband && band; k++) /* its callout's band above the floor belongs to it */
        if (v->hotel.bandPage[k] == f->page0) {
            int top = f->r.y - v->hotel.bandH;
            r->h += r->y - top;
            r->y = top;
        }
    (void)sim;
    return true;
}

/* In the layout just placed, every target's floor is drawn as rooms of the minimum size
 * (the grid is not a monotonic function of the floor height: check, do not predict). */
static bool drawn_as_rooms(const gh_View *v, const Target *t, int n)
{
    for (int i = 0; i < n; i++) {
        const gh_Floor *f = floor_at(&v->hotel, t[i].page);
        if (!f) return false;
        if (f->kind == GH_FLOOR_SPAN && (f->cols > f->rooms.w || f->rw - f->gap < GH_FOCUS_MIN_ROOM || f->rh - f->gap < GH_FOCUS_MIN_ROOM))
            return false;
    }
    return true;
}

/* The next room size to try, from the preferred one down to the minimum. */
static int smaller(int side)
{
    int next = side - 2 - (side - GH_FOCUS_MIN_ROOM) / 4;
    return side > GH_FOCUS_MIN_ROOM && next < GH_FOCUS_MIN_ROOM ? GH_FOCUS_MIN_ROOM : next;
}

static void centre(gh_View *v, const gh_Sim *sim, const Target *t, int n, int labelRoom);

/* Open air above each labelled target's floor, as tall as its callouts stacked (one line
 * each, or two when a label is wider than half the panel) and the ring around a room:
 * there a callout hides no other room, however full the floors around are (highlight.c
 * places it). */
static void bands(gh_View *v, const Target *t, int n, int most_bands)
{
    gh_HotelLayout *L = &v->hotel;
    int lh = gh_text_h(v, GH_FONT_BOLD), lines[8] = {0}, most = 0;
    for (int i = 0; i < n; i++) {
        if (!t[i].label || !t[i].label[0]) continue;
        int k = gh_text_w(v, GH_FONT_BOLD, t[i].label) + v->pad > L->area.w / 2 ? 2 : 1, j = 0;
        while (j < L->nband && L->bandPage[j] != t[i].page) j++;
        if (j == L->nband && L->nband < 8 && L->nband < most_bands) L->bandPage[L->nband++] = t[i].page;
        if (j < L->nband) lines[j] += k; /* callouts to one floor stack in its band */
        if (j < L->nband && lines[j] > most) most = lines[j];
    }
    L->bandH = most * lh + (v->projector ? 8 : 6) + 4;
}

static void fit(gh_View *v)
{
    v->hotel.nfocus = 0;
    v->hotel.nband = 0;
    v->zoom = 1;
    v->zoomRef = v->wzRef = 1;
    v->panX = v->panY = 0;
}

static void focus_with(gh_View *v, const gh_Sim *sim, const Target *t, int n, int nbands);

/* Every target's room (or floor) inside the panel in the layout the focus chose. */
static bool all_in_view(gh_View *v, const gh_Sim *sim, const Target *t, int n)
{
    gh_hotel_place(v, sim);
    SDL_Rect A = {0, 0, v->hotel.area.w, v->hotel.area.h}, r, x;
    for (int i = 0; i < n; i++)
        if (!target_rect(v, sim, &t[i], &r, false) || !SDL_IntersectRect(&r, &A, &x) || x.w != r.w || x.h != r.h) return false;
    return true;
}

/* With a callout band for every labelled target's floor when that leaves every target in
 * view; else with bands for the first ones only, as many as leave them all in view. */
static void focus(gh_View *v, const gh_Sim *sim)
{
    Target t[MAX_TARGETS] = {{0}};
    int n = targets(v, sim, t);
    focus_with(v, sim, t, n, MAX_TARGETS);
    for (int k = v->hotel.nband - 1; n && k >= 0 && !all_in_view(v, sim, t, n); k--) focus_with(v, sim, t, n, k);
}

static void focus_with(gh_View *v, const gh_Sim *sim, const Target *t, int n, int nbands)
{
    fit(v);
    if (!n) return;
    bands(v, t, n, nbands);
    gh_hotel_place(v, sim); /* zoom 1: the fitted floor height */
    const gh_HotelLayout *L = &v->hotel;
    if (L->fhBase <= 0) return;
    int bh = gh_text_h(v, GH_FONT_BOLD), sh = gh_text_h(v, GH_FONT_SMALL), slab = v->projector ? 3 : 2;
    int labelRoom = L->nband ? 0 : bh + (v->projector ? 8 : 6) + 8; /* the callout above its ring (else in its band) */
    int signFh = bh + sh + slab + 2 * (v->projector ? 3 : 2); /* a two-line floor sign */
    int maxFh = L->availH - labelRoom;
    if (maxFh < signFh) maxFh = signFh;
    int pref = (int)(16 * v->scale) > GH_FOCUS_MIN_ROOM ? (int)(16 * v->scale) : GH_FOCUS_MIN_ROOM;
    int fh = -1;
    float wz = 1;
    /* the fitted hotel already shows them as rooms of the minimum size: keep the whole hotel */
    int most = signFh, own[MAX_TARGETS] = {0};
    for (int i = 0; i < n && most >= 0; i++) {
        int k = need(v, sim, &t[i], L->bw1, GH_FOCUS_MIN_ROOM, signFh, maxFh);
        own[i] = k > signFh ? k : signFh;
        most = k < 0 ? -1 : k > most ? k : most;
    }
    if (most >= 0 && most <= (int)L->fhBase && !L->density && !L->bars && drawn_as_rooms(v, t, n)) return;
    /* a small hotel: give the highlighted floors the height they need and squeeze the
     * others, as long as those keep legible signs; the whole hotel stays in view when
     * the panel is tall enough, else as much of it around the highlight as fits. A hotel
     * whose fitted floors are bars (too many floors for the panel: the runtime's start-up
     * floors among them) takes this way too, rather than one zoom for every floor, at
     * which four highlighted floors no longer fit a half-width panel together */
    if (most > 0 && !L->density && n <= 8) {   /* (bars at zoom 1: the others squeeze to signs) */
        /* each highlighted floor gets the height its own rooms need (a floor of 32 rooms
         * needs less than one of 128): four of them then fit a half-width panel together */
        int units = 0, taken = 0;
        for (int i = 0; i < L->nfloors; i++) {
            const gh_Floor *f = &L->floors[i];
            int u = f->kind == GH_FLOOR_SUITE ? 4 : f->kind == GH_FLOOR_SPAN ? 2 : 1, h = 0;
            for (int k = 0; k < n; k++)
                if (f->page0 == t[k].page && own[k] > h) h = own[k];
            if (h) taken += h * u / 2; else units += u;
        }
        float other = units ? (float)(L->availH - labelRoom - taken) * 2 / units : 0;
        if (units) {
            /* too short for all: the other floors keep one-line signs and the view pans
             * to the highlighted ones (the floors next to them stay in view) */
            bool all = other >= L->minFh + 2;
            if (!all) other = (float)L->minFh + 2;
            v->hotel.nfocus = n;
            for (int k = 0; k < n; k++) v->hotel.focusPage[k] = t[k].page, v->hotel.focusFh[k] = own[k];
            float cap = L->fhBase > L->minFh + 2 ? L->fhBase : (float)L->minFh + 2; /* bands may leave less than a sign */
            v->hotel.fhOther = other < cap ? other : cap;
            if (!all) centre(v, sim, t, n, labelRoom);
            return;
        }
    }
    for (int w = 1; w <= 4 && fh < 0; w++) {
        for (int side = pref; side >= GH_FOCUS_MIN_ROOM && fh < 0; side = smaller(side)) {
            int tallest = signFh;
            for (int i = 0; i < n && tallest >= 0; i++) {
                int k = need(v, sim, &t[i], L->bw1 * w, side, signFh, maxFh);
                tallest = k < 0 ? -1 : k > tallest ? k : tallest;
            }
            if (tallest >= 0) { fh = tallest; wz = (float)w; }
        }
    }
    if (fh < 0) { fh = maxFh; wz = 4; } /* best effort: the biggest rooms that fit */
    float zoom = (fh + 0.5f) / L->fhBase;
    if (zoom < 1) zoom = 1;
    v->zoom = zoom;
    v->zoomRef = zoom;
    v->wzRef = wz;
    centre(v, sim, t, n, labelRoom);
}

/* Pan so that the targets (or the first, when they do not fit together) and the callout
 * above them are in the middle of the panel. */
static void centre(gh_View *v, const gh_Sim *sim, const Target *t, int n, int labelRoom)
{
    const gh_HotelLayout *L = &v->hotel;
    gh_hotel_place(v, sim); /* at pan 0: where the targets are */
    SDL_Rect g = {0}, first = {0}, bare = {0}, lg = {0}, lbare = {0};
    bool have = false, haveL = false;
    for (int i = 0; i < n; i++) {
        SDL_Rect r, b;
        if (!target_rect(v, sim, &t[i], &r, true) || !target_rect(v, sim, &t[i], &b, false)) continue;
        if (!have) { g = first = r; bare = b; have = true; }
        else SDL_UnionRect(&g, &r, &g), SDL_UnionRect(&bare, &b, &bare);
        if (!t[i].label || !t[i].label[0]) continue; /* a ring without a callout */
        if (!haveL) { lg = r; lbare = b; haveL = true; }
        else SDL_UnionRect(&lg, &r, &lg), SDL_UnionRect(&lbare, &b, &lbare);
    }
    if (!have) return;
    const SDL_Rect A = L->area;
    /* all targets with their callouts' bands, else all targets, else the labelled ones
     * (with their bands, else bare: the rings the lesson names matter most), else the first
     * with its band */
#define FITS(R) ((R).h + labelRoom <= A.h - L->roofH && (R).w <= A.w)
    g = FITS(g) ? g : FITS(bare) ? bare : haveL && FITS(lg) ? lg : haveL && FITS(lbare) ? lbare : first;
#undef FITS
    v->panY = (A.h - g.h + labelRoom) / 2 - g.y;
    v->panX = g.w > A.w || g.x + g.w > A.w || g.x < 0 ? g.x + g.w / 2 - A.w / 2 : 0;
}

void gh_hotel_layout(gh_View *v, const gh_Sim *sim)
{
    uint32_t sig = highlight_sig(v);
    if (sig != v->hlSig) {
        v->hlSig = sig;
        v->focusing = true;
    } else if (v->focusing && (v->zoom != v->focusZoom || v->panX != v->focusPanX || v->panY != v->focusPanY)) {
        v->focusing = false; /* the user zoomed or panned */
        v->hotel.nfocus = 0;
        if (v->zoom == 1) fit(v);
    }
    if (v->focusing) {
        /* the trial layouts must not count as layout changes (they would repaint every frame) */
        uint32_t keepSig = v->hotel.signature;
        bool keepDirty = v->fullDirty;
        focus(v, sim);
        v->hotel.signature = keepSig;
        v->fullDirty = keepDirty;
    }
    gh_hotel_place(v, sim);
    if (v->focusing) {
        v->focusZoom = v->zoom;
        v->focusPanX = v->panX;
        v->focusPanY = v->panY;
    }
}
