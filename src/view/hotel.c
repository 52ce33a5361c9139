/* hotel.c — painting floors and rooms into the hotel's pixel buffer, then uploading it.
 * Only floors whose span changed (known from the event stream) are repainted; anything
 * else — a new layout, a GC phase change, or a caller that feeds no events — repaints all.
 * Rooms too small to draw one by one become density strips: each pixel column is a little
 * stacked bar of the states of the bytes it covers (black, grey, white, ... at the bottom). */
#include <stdlib.h>
#include <string.h>
#include "view/view_impl.h"

enum { EMPTY = GH_ROOM_STATE_COUNT, RELEASED, NCOUNT };
static const uint8_t ORDER[NCOUNT] = {GH_ROOM_BLACK, GH_ROOM_GREY, GH_ROOM_WHITE, GH_ROOM_GARBAGE, GH_ROOM_ALLOC,
                                      GH_ROOM_TINY, GH_ROOM_STACK, GH_ROOM_FREE, EMPTY, RELEASED};

static uint32_t count_color(const gh_Palette *pal, int k)
{
    return gh_argb(k == EMPTY ? pal->emptyFloor : k == RELEASED ? pal->released : pal->room[k]);
}

/* A room's fill in its state's colour and pattern (and the tiny block's divider). */
static void paint_fill(gh_View *v, int x, int y, int w, int h, gh_RoomState st)
{
    const gh_Palette *pal = v->pal;
    gh_Pixels *b = &v->px;
    gh_px_fill(b, x, y, w, h, gh_argb(pal->room[st]));
    int pat = gh_room_pattern(st);
    if (pat && w >= 3 && h >= 3) {
        SDL_Color pc = st == GH_ROOM_GARBAGE ? pal->stwBg : gh_mix(pal->room[st], pal->roomEdge, 0.55f);
        gh_px_hatch(b, x, y, w, h, pat, gh_argb(pc));
    }
    if (st == GH_ROOM_TINY && w >= 6) gh_px_fill(b, x + w / 2, y + 1, 1, h - 2, gh_argb(pal->roomEdge));
}

/* A room big enough to be a door: the wall around it, a lintel above, the leaf in the
 * room's state. A taken room's door is shut, framed dark, with a brass knob; a free room
 * is an empty doorway: pale, thinly framed, no knob — told apart by shape, not colour. */
static void paint_door(gh_View *v, int x, int y, int w, int h, gh_RoomState st)
{
    const gh_Palette *pal = v->pal;
    gh_Pixels *b = &v->px;
    SDL_Rect leaf = gh_door_leaf((SDL_Rect){x, y, w, h});
    gh_px_fill(b, x, y, w, h, gh_argb(gh_mix(pal->wall, pal->roomEdge, 0.25f)));
    gh_px_fill(b, leaf.x - 1, leaf.y - 1, leaf.w + 2, 1, gh_argb(pal->roomEdge)); /* lintel */
    if (st == GH_ROOM_FREE) {
        gh_px_fill(b, leaf.x, leaf.y, leaf.w, leaf.h, gh_argb(pal->room[st]));
        gh_px_frame(b, leaf.x, leaf.y, leaf.w, leaf.h, 1, gh_argb(gh_mix(pal->room[st], pal->roomEdge, 0.3f)));
        return;
    }
    paint_fill(v, leaf.x, leaf.y, leaf.w, leaf.h, st);
    int t = v->projector && leaf.w >= 16 && leaf.h >= 16 ? 2 : 1;
    SDL_Color e = st == GH_ROOM_BLACK && v->paletteId == 0 ? pal->dim : pal->roomEdge;
    gh_px_frame(b, leaf.x, leaf.y, leaf.w, leaf.h, t, gh_argb(e));
    int k = leaf.w / 7 < 2 ? 2 : leaf.w / 7 > 6 ? 6 : leaf.w / 7; /* the knob, right of the middle */
    int kx = leaf.x + leaf.w - t - 1 - k - (leaf.w >= 20 ? 1 : 0), ky = leaf.y + leaf.h / 2 + 1;
    gh_px_fill(b, kx, ky, k, k, gh_argb(pal->key));
    if (k >= 4) gh_px_frame(b, kx, ky, k, k, 1, gh_argb(pal->roomEdge));
}

static void paint_room(gh_View *v, int x, int y, int w, int h, gh_RoomState st, int gap)
{
    const gh_Palette *pal = v->pal;
    gh_Pixels *b = &v->px;
    if (gap && gh_door_fits(w, h)) { paint_door(v, x, y, w, h, st); return; }
    paint_fill(v, x, y, w, h, st);
    if (gap && w >= 5 && h >= 5) {
        int t = v->projector && w >= 16 && h >= 16 ? 2 : 1;
        SDL_Color e = st == GH_ROOM_FREE ? gh_mix(pal->room[st], pal->roomEdge, 0.3f) : pal->roomEdge;
        if (st == GH_ROOM_BLACK && v->paletteId == 0) e = pal->dim;
        gh_px_frame(b, x, y, w, h, t, gh_argb(e));
    }
}

/* Garbage keeps its vermillion stripes in a density column, as in its rooms and the legend. */
static void striped(gh_View *v, int x, int y, int h)
{
    uint32_t bg = gh_argb(v->pal->room[GH_ROOM_GARBAGE]), st = gh_argb(v->pal->stwBg);
    int step = gh_room_pattern(GH_ROOM_GARBAGE);
    for (int j = 0; j < h; j++) gh_px_fill(&v->px, x, y + j, 1, 1, (x + y + j) % step < 2 ? st : bg);
}

/* One pixel column of a density strip: stacked states, bottom first. */
static void paint_column(gh_View *v, int x, int y, int h, const float *c)
{
    double total = 0;
    for (int k = 0; k < NCOUNT; k++) total += c[k];
    if (total <= 0) { gh_px_fill(&v->px, x, y, 1, h, gh_argb(v->pal->emptyFloor)); return; }
    double cum = 0;
    int prev = 0;
    for (int i = 0; i < NCOUNT; i++) {
        int k = ORDER[i];
        if (c[k] <= 0) continue;
        cum += c[k];
        int top = (int)(cum / total * h + 0.5);
        if (top > prev && k == GH_ROOM_GARBAGE) striped(v, x, y + h - top, top - prev);
        else if (top > prev) gh_px_fill(&v->px, x, y + h - top, 1, top - prev, count_color(v->pal, k));
        prev = top;
    }
}

static float *scratch(gh_View *v, int cols)
{
    if (cols > v->capScratch) {
        float *n = realloc(v->scratch, sizeof(float) * NCOUNT * (size_t)cols);
        if (!n) return NULL;
        v->scratch = n;
        v->capScratch = cols;
    }
    memset(v->scratch, 0, sizeof(float) * NCOUNT * (size_t)cols);
    return v->scratch;
}

/* Density strip for a row of pages (density mode) of full width W = pagesPerRow pages. */
static void paint_row(gh_View *v, const gh_Sim *sim, const gh_Floor *f)
{
    int W = f->rooms.w;
    if (W <= 0) return;
    float *c = scratch(v, W);
    if (!c) return;
    double rowBytes = (double)f->npages * GH_PAGE_SIZE, k = W / rowBytes;
    gh_Addr base = GH_ARENA_BASE + (gh_Addr)f->page0 * GH_PAGE_SIZE, end = base + (gh_Addr)rowBytes;
    for (uint32_t p = f->page0; p < f->page0 + f->npages;) {
        int32_t id = gh_sim_page_span(sim, p);
        gh_Addr pa = GH_ARENA_BASE + (gh_Addr)p * GH_PAGE_SIZE;
        if (id < 0) {
            int col = (int)((pa - base) * k), last = (int)((pa + GH_PAGE_SIZE - base) * k);
            int kind = gh_sim_page_released(sim, p) ? RELEASED : EMPTY;
            for (int x = col; x <= last && x < W; x++) c[x * NCOUNT + kind] += (float)(GH_PAGE_SIZE / (last - col + 1.0));
            p++;
            continue;
        }
        const gh_MSpan *s = gh_sim_span(sim, id);
        gh_Addr lo = s->startAddr > base ? s->startAddr : base;
        gh_Addr hi = s->startAddr + (gh_Addr)s->npages * GH_PAGE_SIZE;
        if (hi > end) hi = end;
        if (s->state == GH_SPAN_MANUAL || s->nelems <= 1) {
            gh_RoomState st = gh_room_state(sim, id, 0);
            for (int x = (int)((lo - base) * k); x < (int)((hi - base) * k + 0.999) && x < W; x++) c[x * NCOUNT + st] += 1;
        } else {
            uint8_t states[GH_MAX_OBJS_PER_SPAN];
            uint32_t n = gh_room_states(sim, id, states, GH_MAX_OBJS_PER_SPAN);
            uint32_t i0 = (uint32_t)((lo - s->startAddr) / s->elemsize);
            double perCol = 1 / k;
            for (uint32_t i = i0; i < n; i++) {
                gh_Addr a = s->startAddr + (gh_Addr)i * s->elemsize;
                if (a >= hi) break;
                int st = states[i];
                /* the first object may begin left of the strip (zoomed in): only its
                 * visible part counts, from column 0 */
                double x1 = ((double)a - (double)base + s->elemsize) * k, x0 = x1 - s->elemsize * k;
                if (x1 <= 0) continue;
                if (x0 < 0) x0 = 0;
                if (x0 >= W) break;
                int xa = (int)x0, xb = x1 >= W ? W - 1 : (int)x1;
                if (xa >= xb) { c[(xa < W ? xa : W - 1) * NCOUNT + st] += s->elemsize; continue; }
                for (int x = xa; x <= xb; x++) /* zoomed in: an object covers several columns */
                    c[x * NCOUNT + st] += (float)(perCol * ((x == xa ? xa + 1 - x0 : x == xb ? x1 - xb : 1)));
            }
        }
        p = (uint32_t)((hi - GH_ARENA_BASE) / GH_PAGE_SIZE);
    }
    for (int x = 0; x < W; x++) paint_column(v, f->rooms.x + x, f->rooms.y, f->rooms.h, c + x * NCOUNT);
}

/* A floor whose rooms would be slivers: one occupancy bar, its rooms sorted by state
 * (hotel_bar.c); the numbers are written on it with the signs. */
static void paint_bar(gh_View *v, const gh_Sim *sim, const gh_Floor *f)
{
    gh_BarSegment seg[GH_ROOM_STATE_COUNT];
    uint32_t taken, rooms;
    int n = gh_bar_segments(sim, f, seg, &taken, &rooms);
    for (int i = 0; i < n; i++) paint_fill(v, f->rooms.x + seg[i].x, f->rooms.y, seg[i].w, f->rooms.h, (gh_RoomState)seg[i].state);
    /* the frame goes round the bar, outside its columns (queries probe the columns) */
    gh_px_frame(&v->px, f->rooms.x - 1, f->rooms.y - 1, f->rooms.w + 2, f->rooms.h + 2, 1, gh_argb(v->pal->roomEdge));
}

static void paint_rooms(gh_View *v, const gh_Sim *sim, const gh_Floor *f, SDL_Rect a);

static void paint_floor(gh_View *v, const gh_Sim *sim, const gh_Floor *f)
{
    const gh_Palette *pal = v->pal;
    gh_Pixels *b = &v->px;
    const SDL_Rect r = f->r;
    if (r.y + r.h < 0 || r.y >= b->h || r.x + r.w < 0 || r.x >= b->w) return;
    gh_px_fill(b, r.x, r.y, r.w, r.h, gh_argb(pal->wall));
    int sx = r.x > 0 ? r.x : 0; /* signs stick to the left edge when the hotel is panned */
    if (v->hotel.density) {
        paint_row(v, sim, f);
        gh_px_fill(b, sx, r.y, v->hotel.signW, r.h, gh_argb(pal->sign));
        return;
    }
    int slab = v->hotel.bars ? 1 : v->projector ? 3 : 2;
    gh_px_fill(b, r.x, r.y + r.h - slab, r.w, slab, gh_argb(pal->slab));
    const SDL_Rect a = f->rooms;
    paint_rooms(v, sim, f, a);
    gh_px_fill(b, sx, r.y, v->hotel.signW, r.h - slab, gh_argb(pal->sign));
}

static void paint_rooms(gh_View *v, const gh_Sim *sim, const gh_Floor *f, SDL_Rect a)
{
    const gh_Palette *pal = v->pal;
    gh_Pixels *b = &v->px;
    if (f->kind == GH_FLOOR_FREE) {
        SDL_Color fill = f->nreleased == f->npages ? pal->released : pal->emptyFloor;
        gh_px_fill(b, a.x, a.y, a.w, a.h, gh_argb(fill));
        gh_px_hatch(b, a.x, a.y, a.w, a.h, v->projector ? 10 : 8, gh_argb(pal->hatch));
        return;
    }
    const gh_MSpan *s = gh_sim_span(sim, f->span);
    if (f->kind != GH_FLOOR_SPAN) {
        gh_RoomState st = gh_view_room_state(sim, f->span, 0); /* a suite or a stack: one wide room, no door */
        paint_fill(v, a.x, a.y, a.w, a.h, st);
        SDL_Color e = st == GH_ROOM_BLACK && v->paletteId == 0 ? pal->dim : pal->roomEdge;
        gh_px_frame(b, a.x, a.y, a.w, a.h, v->projector && a.w >= 16 && a.h >= 16 ? 2 : 1, gh_argb(e));
        if (f->kind == GH_FLOOR_STACK) /* plates: a shelf line per 2 KiB */
            for (uint32_t k = 1; k < s->npages * 4; k++) gh_px_fill(b, a.x + (int)(a.w * k / (s->npages * 4)), a.y + 2, 1, a.h - 4, gh_argb(pal->roomEdge));
        return;
    }
    if (gh_floor_is_bar(f)) { paint_bar(v, sim, f); return; }
    uint8_t states[GH_MAX_OBJS_PER_SPAN];
    uint32_t n = gh_room_states(sim, f->span, states, GH_MAX_OBJS_PER_SPAN);
    for (uint32_t i = 0; i < n; i++) {
        int x = a.x + (int)(i % (uint32_t)f->cols) * f->rw, y = a.y + (int)(i / (uint32_t)f->cols) * f->rh;
        paint_room(v, x, y, f->rw - f->gap, f->rh - f->gap, (gh_RoomState)states[i], f->gap);
    }
}

static bool ensure_buffer(gh_View *v)
{
    SDL_Rect A = v->hotel.area;
    if (A.w <= 0 || A.h <= 0) return false;
    if (v->px.w == A.w && v->px.h == A.h && v->hotelTex && v->px.p) return true; /* out of memory last time: try again */
    free(v->px.p);
    v->px.p = malloc(sizeof(uint32_t) * (size_t)A.w * (size_t)A.h);
    v->px.w = A.w;
    v->px.h = A.h;
    if (v->hotelTex) SDL_DestroyTexture(v->hotelTex);
    v->hotelTex = SDL_CreateTexture(v->r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING, A.w, A.h);
    if (v->hotelTex) SDL_SetTextureBlendMode(v->hotelTex, SDL_BLENDMODE_NONE); /* opaque: a plain copy */
    v->fullDirty = true;
    return v->px.p && v->hotelTex;
}

static bool span_dirty(gh_View *v, int32_t id) { return id >= 0 && id < v->capDirty && v->spanDirty[id]; }

void gh_hotel_paint(gh_View *v, const gh_Sim *sim)
{
    if (!ensure_buffer(v)) return;
    gh_HotelLayout *L = &v->hotel;
    /* Without events the view cannot know which floors changed: repaint all, but only when
     * the simulator moved at all (every operation advances its virtual clock). */
    gh_GCInfo gc = gh_sim_gc(sim);
    gh_HeapInfo heap = gh_sim_heap(sim);
    uint64_t sig = gh_sim_nanotime(sim) ^ (uint64_t)gc.ngrey << 40 ^ gc.bytesMarked << 8 ^ (uint64_t)heap.nspansInUse << 20 ^
                   (uint64_t)heap.mappedPages << 32 ^ gc.pagesSwept << 16 ^ gc.cycle;
    uint32_t swept = 0; /* sweeping a floor by hand (gh_sweepone) moves no clock */
    for (int32_t i = 0; i < heap.nspans; i++) swept += gh_sim_span(sim, i)->sweepgen == heap.sweepgen;
    sig ^= (uint64_t)swept << 48;
    uint64_t garbage; /* objects turn into garbage without events: when a pointer to them is overwritten */
    gh_garbage_count(sim, &garbage);
    if (gc.state != v->lastGCState || heap.sweepgen != v->lastSweepgen || (!v->eventsFed && sig != v->simSig) ||
        garbage != v->lastGarbage)
        v->fullDirty = true;
    v->lastGarbage = garbage;
    v->simSig = sig;
    v->lastGCState = gc.state;
    v->lastSweepgen = heap.sweepgen;
    bool any = v->fullDirty;
    if (L->heat) { /* windows of lit floors (hotel_heat_tier.c) */
        any = gh_heat_paint(v, sim, v->fullDirty);
    } else if (v->fullDirty) {
        gh_px_fill(&v->px, 0, 0, v->px.w, v->px.h, gh_argb(v->pal->sky));
        for (int i = 0; i < L->nfloors; i++) paint_floor(v, sim, &L->floors[i]);
    } else {
        for (int i = 0; i < L->nfloors; i++) {
            const gh_Floor *f = &L->floors[i];
            bool d = span_dirty(v, f->span);
            for (uint32_t p = f->page0; L->density && !d && p < f->page0 + f->npages; p++) d = span_dirty(v, gh_sim_page_span(sim, p));
            if (d) { paint_floor(v, sim, f); any = true; }
        }
    }
    if (any) SDL_UpdateTexture(v->hotelTex, NULL, v->px.p, v->px.w * 4);
    if (v->spanDirty) memset(v->spanDirty, 0, (size_t)v->capDirty);
    v->fullDirty = false;
    SDL_RenderCopy(v->r, v->hotelTex, NULL, &L->area);
}
