/* hotel_layout.c — where every floor and room goes. Each 64 MiB arena is a building;
 * its mapped pages are walked from the lowest address and become floors from the ground
 * up: one floor per span, a taller "suite" per large object, one empty floor per run of
 * free pages. When the floors no longer fit at a legible height they become bars, in
 * wings (hotel_bars_tier.c); when even bars do not fit the building switches to density mode: rows of pages drawn as strips, each pixel column summarising the rooms in
 * its bytes, so half a million objects cost one pass over the bitmaps. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "view/view_impl.h"

static bool push_floor(gh_HotelLayout *L, gh_Floor f)
{
    if (L->nfloors == L->capfloors) {
        int nc = L->capfloors ? L->capfloors * 2 : 256;
        gh_Floor *n = realloc(L->floors, sizeof *n * (size_t)nc);
        if (!n) return false;
        L->floors = n;
        L->capfloors = nc;
    }
    L->floors[L->nfloors++] = f;
    return true;
}

/* Floor heights in half floors: a suite is two floors, a span one, and empty floors and
 * stacks half a floor, so the rooms being taught get the height. */
static int units(const gh_Floor *f)
{
    return f->kind == GH_FLOOR_SUITE ? 4 : f->kind == GH_FLOOR_SPAN ? 2 : 1;
}

/* Floors of one arena in address order (rectangles are filled in later). */
static void collect(gh_HotelLayout *L, const gh_Sim *sim, uint32_t p0, uint32_t p1)
{
    for (uint32_t p = p0; p < p1;) {
        int32_t id = gh_sim_page_span(sim, p);
        gh_Floor f = {0};
        f.page0 = p;
        if (id >= 0) {
            const gh_MSpan *s = gh_sim_span(sim, id);
            f.span = id;
            f.npages = s->npages ? s->npages : 1;
            f.kind = s->state == GH_SPAN_MANUAL ? GH_FLOOR_STACK
                   : gh_spanclass_sizeclass(s->spanclass) == 0 ? GH_FLOOR_SUITE : GH_FLOOR_SPAN;
            f.nrooms = f.kind == GH_FLOOR_SPAN ? s->nelems : f.kind == GH_FLOOR_SUITE;
        } else {
            uint32_t q = p;
            while (q < p1 && gh_sim_page_span(sim, q) < 0) f.nreleased += gh_sim_page_released(sim, q++);
            f.span = -1;
            f.npages = q - p;
            f.kind = GH_FLOOR_FREE;
        }
        p += f.npages;
        push_floor(L, f);
    }
}

/* Room grid with the largest rooms that hold n rooms in aw × ah. */
static void grid(gh_Floor *f, uint32_t n, int projector)
{
    int aw = f->rooms.w, ah = f->rooms.h;
    if (n == 0 || aw <= 0 || ah <= 0) { f->cols = f->rows = 0; return; }
    /* Largest rooms first; among grids nearly as good, the one with the fewest empty cells,
     * so a floor's last row is rarely ragged (170 rooms = 10 × 17, 341 = 11 × 31). */
    double side = sqrt((double)aw * ah / n);
    int r0 = (int)(ah / side), best = 0, lo = r0 / 2 > 1 ? r0 / 2 : 1, hi = r0 * 2 + 2;
    for (int r = lo; r <= hi && r <= (int)n; r++) {
        int cols = (int)((n + (uint32_t)r - 1) / (uint32_t)r), m = aw / cols < ah / r ? aw / cols : ah / r;
        if (m > best) best = m;
    }
    /* ... but never below 13 px (12 px rooms and a 1 px gap: the size a highlighted room
     * must have) when the best grid reaches it, so taller floors never get smaller rooms */
    int bestWaste = 1 << 30, least = best >= 13 ? 13 : best;
    for (int r = lo; r <= hi && r <= (int)n; r++) {
        int cols = (int)((n + (uint32_t)r - 1) / (uint32_t)r), m = aw / cols < ah / r ? aw / cols : ah / r;
        int waste = cols * r - (int)n;
        if (m * 5 >= best * 4 && m >= least && m >= 1 && waste < bestWaste) { bestWaste = waste; f->rows = r; f->cols = cols; }
    }
    if (!f->rows) { f->rows = 1; f->cols = (int)n; }
    if (f->rows > ah) f->rows = ah;
    f->cols = (int)((n + (uint32_t)f->rows - 1) / (uint32_t)f->rows);
    f->rw = aw / f->cols;
    f->rh = ah / f->rows;
    int m = f->rw < f->rh ? f->rw : f->rh;
    f->gap = m >= 6 ? (m >= 18 && projector ? 2 : 1) : 0;
    if (f->rw > 4 * f->rh && f->rh > 0) f->rw = 4 * f->rh; /* keep rooms from becoming corridors */
}

/* The room area of a floor whose outline f->r is set: right of the sign, above the slab. */
static void floor_rooms(const gh_View *v, gh_Floor *f, int signW)
{
    int slab = v->projector ? 3 : 2, in = v->projector ? 3 : 2;
    f->rooms = (SDL_Rect){f->r.x + signW + in, f->r.y + in, f->r.w - signW - 2 * in, f->r.h - slab - 2 * in};
}

/* A floor's height in pixels (detail mode): its share of the floor height, or the focus
 * height when the focus (hotel_focus.c) grows it. */
static int floor_h(const gh_HotelLayout *L, const gh_Floor *f)
{
    int fh = (int)(L->fh * units(f) / 2);
    for (int k = 0; k < L->nfocus; k++)
        if (f->page0 == L->focusPage[k] && L->focusFh[k] * units(f) / 2 > fh) fh = L->focusFh[k] * units(f) / 2;
    return fh;
}

/* The open air left above a floor for a highlight's callout (0: none). */
static int band_h(const gh_HotelLayout *L, const gh_Floor *f)
{
    for (int k = 0; k < L->nband; k++)
        if (f->page0 == L->bandPage[k]) return L->bandH;
    return 0;
}

static void place_detail(gh_View *v, const gh_Sim *sim, gh_Building *b, int bottom)
{
    gh_HotelLayout *L = &v->hotel;
    int y = bottom;
    for (int i = b->firstFloor; i < b->firstFloor + b->nfloors; i++) {
        gh_Floor *f = &L->floors[i];
        int fh = floor_h(L, f);
        y -= fh;
        if (i > b->firstFloor) { /* the band under the floor below moves this one up */
            int under = band_h(L, &L->floors[i - 1]);
            y -= under;
        }
        f->r = (SDL_Rect){b->r.x, y, b->r.w, fh};
        floor_rooms(v, f, L->signW);
        if (f->kind == GH_FLOOR_SPAN) grid(f, gh_sim_span(sim, f->span)->nelems, v->projector);
        else { f->cols = f->rows = 1; f->rw = f->rooms.w; f->rh = f->rooms.h; f->gap = 0; }
    }
}

/* Floor signs take a third of a building (a little less on screens), up to a fixed width. */
int gh_hotel_sign_w(const gh_View *v, int bw)
{
    int s = (int)(v->scale * (v->projector ? 1.25f : 1.0f) + 0.5f);
    int signMax = (v->projector ? 190 : 150) * s, signW = (int)(bw * (v->projector ? 0.33f : 0.28f));
    return signW < signMax ? signW : signMax;
}

int gh_hotel_need_fh(const gh_View *v, uint32_t n, int bw, int side, int minFh, int maxFh)
{
    gh_Floor f = {.kind = GH_FLOOR_SPAN};
    int signW = gh_hotel_sign_w(v, bw);
    for (int fh = minFh; fh <= maxFh; fh += 1 + fh / 64) {
        f.r = (SDL_Rect){0, 0, bw, fh};
        floor_rooms(v, &f, signW);
        grid(&f, n, v->projector);
        if (f.cols && f.cols <= f.rooms.w && f.rw - f.gap >= side && f.rh - f.gap >= side) return fh;
    }
    return -1;
}

/* Density mode: the arena's mapped pages as rows of pagesPerRow pages, ground row first,
 * except that a run of free pages covering two rows or more is one row of its own (its
 * whole rows of pages squeezed into one, so the rows that hold objects get the height):
 * a heap of 300 KiB in a 4 MiB arena is drawn as its objects, not as an address ruler of
 * empty pages. Rows keep starting at multiples of pagesPerRow, so the address marks stay
 * round. Calls row(ud, page0, npages) per row, bottom up; returns the number of rows. */
static int density_rows(const gh_Sim *sim, const gh_Building *b, uint32_t ppr, void (*row)(void *, uint32_t, uint32_t), void *ud)
{
    int rows = 0;
    for (uint32_t p = 0; p < b->npages;) {
        uint32_t q = p;
        while (q < b->npages && gh_sim_page_span(sim, b->page0 + q) < 0) q++;
        uint32_t n = (q - p) / ppr * ppr;
        if (n < 2 * ppr) n = b->npages - p < ppr ? b->npages - p : ppr;
        if (row) row(ud, b->page0 + p, n);
        rows++;
        p += n;
    }
    return rows;
}

typedef struct RowCtx { gh_View *v; gh_Building *b; int bottom, i; } RowCtx;

static void place_row(void *ud, uint32_t page0, uint32_t npages)
{
    RowCtx *c = ud;
    gh_HotelLayout *L = &c->v->hotel;
    gh_Building *b = c->b;
    int in = 1;
    gh_Floor f = {.kind = GH_FLOOR_FREE, .span = -1, .page0 = page0, .npages = npages};
    int y = c->bottom - (++c->i) * L->rowH;
    f.r = (SDL_Rect){b->r.x, y, b->r.w, L->rowH};
    uint32_t shown = npages < (uint32_t)L->pagesPerRow ? npages : (uint32_t)L->pagesPerRow; /* a free run: squeezed */
    int w = (int)((int64_t)(b->r.w - L->signW - 2 * in) * shown / (uint32_t)L->pagesPerRow);
    f.rooms = (SDL_Rect){b->r.x + L->signW + in, y, w, L->rowH - (L->rowH > 3 ? 1 : 0)};
    f.cols = f.rooms.w * 64; /* always a density strip */
    f.rows = 1;
    push_floor(L, f);
    b->nfloors++;
}

static void place_density(gh_View *v, const gh_Sim *sim, gh_Building *b, int bottom)
{
    gh_HotelLayout *L = &v->hotel;
    b->firstFloor = L->nfloors;
    b->nfloors = 0;
    RowCtx c = {v, b, bottom, 0};
    density_rows(sim, b, (uint32_t)L->pagesPerRow, place_row, &c);
}

static uint32_t mix(uint32_t h, uint32_t x) { return (h ^ x) * 16777619u; }

void gh_hotel_place(gh_View *v, const gh_Sim *sim)
{
    gh_HotelLayout *L = &v->hotel;
    uint32_t mappedPages = gh_sim_heap(sim).mappedPages;
    L->nfloors = 0;
    L->nbuild = 0;
    int s = (int)(v->scale * (v->projector ? 1.25f : 1.0f) + 0.5f);
    L->roofH = gh_text_h(v, GH_FONT_SMALL) + 8 * s;
    L->minFh = gh_text_h(v, GH_FONT_SMALL) + 4;
    int ground = 3 * s, gapB = 8 * s;
    SDL_Rect A = L->area;
    uint32_t narenas = (mappedPages + GH_PAGES_PER_ARENA - 1) / GH_PAGES_PER_ARENA;
    if (narenas > 64) narenas = 64;
    int maxUnits = 1;
    for (uint32_t a = 0; a < narenas; a++) {
        gh_Building *b = &L->b[L->nbuild++];
        b->page0 = a * GH_PAGES_PER_ARENA;
        uint32_t end = b->page0 + GH_PAGES_PER_ARENA < mappedPages ? b->page0 + GH_PAGES_PER_ARENA : mappedPages;
        b->npages = end - b->page0;
        b->firstFloor = L->nfloors;
        collect(L, sim, b->page0, end);
        b->nfloors = L->nfloors - b->firstFloor;
        int u = 0;
        for (int i = b->firstFloor; i < L->nfloors; i++) u += units(&L->floors[i]);
        if (u > maxUnits) maxUnits = u;
    }
    /* callout bands take their share first, in the rooms tier (the tier is chosen without them) */
    int availAll = A.h - L->roofH - ground - 2 * s, availH = availAll - L->nband * L->bandH;
    /* Zoom stretches width only up to 4×: beyond that the floors' signs would leave the
     * screen; height keeps growing until single rooms appear. */
    float zr = v->zoomRef > 0 ? v->zoomRef : 1, wz = (v->wzRef > 0 ? v->wzRef : 1) * v->zoom / zr;
    wz = wz < 1 ? 1 : wz > 4 ? 4 : wz;
    L->bw1 = L->nbuild ? (A.w - gapB * (L->nbuild - 1)) / L->nbuild : A.w;
    int bw = (int)(L->bw1 * wz);
    /* A floor may take up to half of the building's height: a small lesson heap fills
     * the panel with big rooms instead of leaving sky. */
    float maxFh = (v->projector ? 84.0f : 64.0f) * v->scale;
    if (maxFh < availH / 2.0f) maxFh = availH / 2.0f;
    float fit = (float)availH * 2 / maxUnits;
    L->fhBase = fit < maxFh ? fit : maxFh;
    L->fh = L->nfocus ? L->fhOther : L->fhBase * v->zoom;
    float fitAll = (float)availAll * 2 / maxUnits, fhAll = L->nfocus ? L->fhOther : (fitAll < maxFh ? fitAll : maxFh) * v->zoom;
    L->density = fhAll < L->minFh;
    L->signW = gh_hotel_sign_w(v, bw);
    /* too many floors for rooms: bars, when every floor still gets a legible row */
    L->heat = false;
    L->bars = L->density && !L->nfocus && gh_bars_fit(v, sim, availAll, bw);
    if (L->bars) L->density = false;
    if (L->density || L->bars) availH = availAll; /* no bands there */
    L->availH = availH;
    int rows = 0;
    if (L->density) {
        L->signW = bw / 6 < 76 * s ? bw / 6 : 76 * s;
        /* the address marks ("3.50 MiB" into the arena) are never cut */
        int mark = gh_text_w(v, GH_FONT_SMALL, "88.8 MiB") + 6;
        if (L->signW < mark && mark < bw / 3) L->signW = mark;
        for (L->pagesPerRow = 8; L->pagesPerRow < 1024; L->pagesPerRow *= 2) {
            rows = 1;
            for (int i = 0; i < L->nbuild; i++) {
                int r = density_rows(sim, &L->b[i], (uint32_t)L->pagesPerRow, NULL, NULL);
                rows = r > rows ? r : rows;
            }
            L->rowH = (int)(availH * v->zoom / rows);
            if (L->rowH >= 4 * s && (bw - L->signW) / L->pagesPerRow < 24 * s) break;
        }
        if (L->rowH < 2) L->rowH = 2;
        L->nfloors = 0;
        /* a strip's pixel column would stand for more bytes than a picture can say: the
         * fitted view of the whole heap is buildings of lit windows (hotel_heat_tier.c) */
        uint64_t perPx = (uint64_t)L->pagesPerRow * GH_PAGE_SIZE / (uint64_t)(bw - L->signW > 1 ? bw - L->signW : 1);
        L->heat = v->zoom <= 1 && perPx > GH_HEAT_BYTES_PER_PX && gh_heat_fit(v, availH, bw);
    }
    /* keep the pan inside the content */
    int tallest = 0; /* the tallest building, summed as place_detail stacks its floors */
    for (int i = 0; i < L->nbuild && !L->density && !L->bars; i++) {
        int hb = 0;
        for (int k = L->b[i].firstFloor; k < L->b[i].firstFloor + L->b[i].nfloors; k++) hb += floor_h(L, &L->floors[k]) + band_h(L, &L->floors[k]);
        tallest = hb > tallest ? hb : tallest;
    }
    if (L->bars) tallest = gh_bars_content_h(v, v->zoom);
    if (L->heat) tallest = gh_heat_content_h(v);
    int contentH = (L->density && !L->heat ? rows * L->rowH : tallest) + L->roofH + ground + 2 * s;
    int contentW = L->nbuild * (bw + gapB) - gapB;
    int maxY = contentH - A.h > 0 ? contentH - A.h : 0, maxX = contentW - A.w > 0 ? contentW - A.w : 0;
    v->panY = v->panY < 0 ? 0 : v->panY > maxY ? maxY : v->panY;
    v->panX = v->panX < 0 ? 0 : v->panX > maxX ? maxX : v->panX;
    int bottom = A.h - ground + v->panY;
    L->contentH = 0;
    uint32_t sig = mix(2166136261u, (uint32_t)A.w) ^ (uint32_t)A.h << 16;
    for (int i = 0; i < L->nbuild; i++) {
        gh_Building *b = &L->b[i];
        b->r = (SDL_Rect){i * (bw + gapB) - v->panX, 0, bw, 0};
        if (L->heat) {
            gh_heat_place(v, b, bottom);
            if (b->r.h + L->roofH + ground > L->contentH) L->contentH = b->r.h + L->roofH + ground;
            continue;
        }
        if (L->density) place_density(v, sim, b, bottom);
        else if (L->bars) gh_bars_place(v, b, bottom, v->zoom);
        else place_detail(v, sim, b, bottom);
        int top = b->nfloors ? L->floors[b->firstFloor + b->nfloors - 1].r.y : bottom;
        if (b->nfloors && !L->density && !L->bars) top -= band_h(L, &L->floors[b->firstFloor + b->nfloors - 1]);
        if (L->bars && b->nfloors > L->barRows) top = bottom - gh_bars_content_h(v, v->zoom); /* the tallest wing */
        b->r.y = top;
        b->r.h = bottom - top;
        if (bottom - top + L->roofH + ground > L->contentH) L->contentH = bottom - top + L->roofH + ground;
    }
    for (int i = 0; i < L->nfloors; i++) {
        const gh_Floor *f = &L->floors[i];
        sig = mix(mix(mix(sig, (uint32_t)f->span), f->npages), (uint32_t)f->r.y ^ f->nreleased << 8 ^ f->kind << 4 ^ (uint32_t)f->r.x << 20);
    }
    sig = mix(mix(sig, (uint32_t)v->panX), (uint32_t)L->nbuild ^ (uint32_t)L->density << 9 ^ (uint32_t)L->bars << 10 ^ (uint32_t)L->heat << 11 ^ (uint32_t)bw << 12);
    if (L->heat) sig = mix(mix(sig, L->heatPages), (uint32_t)L->heatCell << 8 ^ (uint32_t)L->heatCols);
    for (int i = 0; i < L->nbuild && L->heat; i++) sig = mix(mix(sig, L->b[i].npages), (uint32_t)L->b[i].r.y); /* a window more */
    if (sig != L->signature) v->fullDirty = true;
    L->signature = sig;
    /* span → floor map for incremental repaint and room queries */
    int32_t nspans = gh_sim_nspans(sim);
    if (nspans > L->capSpanFloor) {
        int32_t *n = realloc(L->spanFloor, sizeof(int32_t) * (size_t)nspans);
        if (!n) return;
        L->spanFloor = n;
        L->capSpanFloor = nspans;
    }
    memset(L->spanFloor, 0xff, sizeof(int32_t) * (size_t)L->capSpanFloor);
    for (int i = 0; i < L->nfloors && !L->density; i++)
        if (L->floors[i].span >= 0) L->spanFloor[L->floors[i].span] = i;
}

const gh_Floor *gh_hotel_floor_of(const gh_View *v, int32_t span)
{
    const gh_HotelLayout *L = &v->hotel;
    if (L->density || span < 0 || span >= L->capSpanFloor || L->spanFloor[span] < 0) return NULL;
    return &L->floors[L->spanFloor[span]];
}
