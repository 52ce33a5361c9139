/* hotel_labels.c — everything written on the hotel: the legend, each building's roof with
 * its arena address, floor signs ("48 B rooms · 170 rooms"), which P holds a floor's key
 * (door numbers and contents: room_text.c; bars: hotel_bar.c), address marks in density mode, and the flashes that follow
 * events (a room just allocated, shaded by the write barrier, freed, a floor swept). */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "view/view_impl.h"

static SDL_Rect win(const gh_View *v, SDL_Rect r) { return (SDL_Rect){r.x + v->hotel.area.x, r.y + v->hotel.area.y, r.w, r.h}; }

/* One legend entry drawn exactly as the rooms are: fill, pattern, outline. Returns the x
 * after it, or -1 when it does not fit before `right`. */
static int legend_entry(gh_View *v, int x, int y, int right, SDL_Color fill, int pattern, SDL_Color pc, const char *label)
{
    int sh = gh_text_h(v, GH_FONT_SMALL), box = sh * 2 / 3;
    int w = box + v->pad / 2 + gh_text_w(v, GH_FONT_SMALL, label);
    if (x + w > right) return -1;
    SDL_Rect b = {x, y + (sh - box) / 2, box, box};
    gh_fill(v, b, fill);
    if (pattern) gh_hatch(v, b, pattern, pc);
    gh_frame(v, b, 1, v->pal->roomEdge);
    gh_text(v, GH_FONT_SMALL, label, x + box + v->pad / 2, y, v->pal->dim, GH_ALIGN_LEFT, 0);
    return x + w + v->pad;
}

/* Which room states some room of the heap is in now (bit per gh_RoomState), and whether
 * there are free pages. One pass over the slots, stopped once every state a room can be in
 * now has been seen (a 64 MiB heap mid-mark shows them all in its first floors), cached for
 * one simulator state (every operation moves the virtual clock; GC phases and sweeping
 * move the other fields). */
static unsigned states_present(gh_View *v, const gh_Sim *sim, bool *freePages)
{
    gh_GCInfo gc = gh_sim_gc(sim);
    gh_HeapInfo heap = gh_sim_heap(sim);
    uint64_t sig = gh_sim_nanotime(sim) * 0x9e3779b97f4a7c15ull ^ (uint64_t)gc.state << 56 ^ (uint64_t)heap.sweepgen << 32 ^
                   (uint64_t)gc.pagesSwept << 12 ^ (uint64_t)heap.nspans ^ (uint64_t)gc.ngrey << 44 ^ gc.bytesMarked;
    uint64_t garbage;
    gh_garbage_count(sim, &garbage);
    sig ^= garbage * 31;
    if (v->legendSim == sim && v->legendSig == sig) { *freePages = v->legendFree; return v->legendSet; }
    unsigned set = 0;
    bool fp = false;
    for (uint32_t p = 0; p < heap.mappedPages && !fp; p++) fp = gh_sim_page_span(sim, p) < 0;
    uint8_t states[GH_MAX_OBJS_PER_SPAN];
    unsigned all = gh_room_states_possible(sim); /* seen them all: no need to read the rest */
    for (int32_t id = 0; id < heap.nspans && (set & all) != all; id++) {
        const gh_MSpan *s = gh_sim_span(sim, id);
        if (s->state == GH_SPAN_MANUAL) { set |= 1u << GH_ROOM_STACK; continue; }
        if (s->state != GH_SPAN_INUSE) continue;
        uint32_t n = gh_room_states(sim, id, states, GH_MAX_OBJS_PER_SPAN);
        for (uint32_t k = 0; k < n; k++) set |= 1u << states[k];
    }
    v->legendSim = sim;
    v->legendSig = sig;
    v->legendSet = set;
    v->legendFree = fp;
    *freePages = fp;
    return set;
}

/* The legend: exactly the states some room is in now, in the order the phase makes them
 * matter (marking: white, grey, black; sweeping: survivors and garbage), each drawn as
 * its rooms are; entries that do not fit the panel's width are left out rather than drawn
 * over its edge. */
static void legend(gh_View *v, const gh_Sim *sim)
{
    static const gh_RoomState plain[] = {GH_ROOM_FREE, GH_ROOM_ALLOC, GH_ROOM_GARBAGE, GH_ROOM_TINY,
                                         GH_ROOM_STACK, GH_ROOM_WHITE, GH_ROOM_GREY, GH_ROOM_BLACK};
    static const gh_RoomState mark[] = {GH_ROOM_FREE, GH_ROOM_WHITE, GH_ROOM_GREY, GH_ROOM_BLACK,
                                        GH_ROOM_ALLOC, GH_ROOM_TINY, GH_ROOM_GARBAGE, GH_ROOM_STACK};
    static const gh_RoomState sweep[] = {GH_ROOM_FREE, GH_ROOM_ALLOC, GH_ROOM_TINY, GH_ROOM_BLACK,
                                         GH_ROOM_GARBAGE, GH_ROOM_STACK, GH_ROOM_WHITE, GH_ROOM_GREY};
    static const char *const name[GH_ROOM_STATE_COUNT] = {"free", "in use", "tiny block", "white", "grey", "black",
                                                          "garbage", "stack"};
    uint8_t st = gh_sim_gc(sim).state;
    bool marking = st == GH_GCS_SWEEPTERM || st == GH_GCS_MARK, swept = st == GH_GCS_MARKTERM || st == GH_GCS_SWEEP;
    const gh_RoomState *set = marking ? mark : swept ? sweep : plain;
    bool freePages;
    unsigned present = states_present(v, sim, &freePages);
    int sh = gh_text_h(v, GH_FONT_SMALL), x = v->hotel.area.x, y = v->hotel.area.y - sh - v->pad / 4;
    int right = v->hotel.area.x + v->hotel.area.w;
    for (int i = 0; i < GH_ROOM_STATE_COUNT && x >= 0; i++) {
        gh_RoomState s = set[i];
        if (!(present & 1u << s)) continue;
        const char *label = s == GH_ROOM_BLACK && swept ? "black (survivor)"
                          : s == GH_ROOM_GARBAGE && !swept && !marking ? "garbage (unreachable)" : name[s];
        x = legend_entry(v, x, y, right, v->pal->room[s], gh_room_pattern(s),
                         s == GH_ROOM_GARBAGE ? v->pal->stwBg : gh_mix(v->pal->room[s], v->pal->roomEdge, 0.55f), label);
    }
    if (x >= 0 && freePages) legend_entry(v, x, y, right, v->pal->emptyFloor, 3, v->pal->hatch, "free pages");
}

/* The first of n candidate texts (longest, most complete first) that fits in maxw; the
 * last when none does. Signs say less rather than cut a number in half. */
static const char *fitting(gh_View *v, gh_FontId f, int maxw, char (*cand)[80], int n)
{
    for (int i = 0; i < n - 1; i++)
        if (cand[i][0] && gh_text_w(v, f, cand[i]) <= maxw) return cand[i];
    return cand[n - 1];
}

enum { NCAND = 5 };

/* A flat roof with a cornice and the arena's name on a sign board, and the ground line. */
static void roof(gh_View *v, const gh_Building *b, int i)
{
    const gh_Palette *pal = v->pal;
    SDL_Rect r = win(v, b->r);
    int rh = v->hotel.roofH, cornice = rh / 4 > 3 ? rh / 4 : 3;
    gh_fill(v, (SDL_Rect){r.x - v->pad / 2, r.y - cornice, r.w + v->pad, cornice}, pal->slab);
    char c[NCAND][80] = {{0}}, mapped[32];
    uint64_t base = GH_ARENA_BASE + (uint64_t)b->page0 * GH_PAGE_SIZE;
    gh_fmt_bytes(mapped, sizeof mapped, (uint64_t)b->npages * GH_PAGE_SIZE);
    snprintf(c[0], 80, "arena %d · 0x%" PRIx64 " · %s mapped", i, base, mapped);
    snprintf(c[1], 80, "arena %d · 0x%" PRIx64, i, base);
    snprintf(c[2], 80, "arena %d · %s mapped", i, mapped);
    snprintf(c[NCAND - 1], 80, "arena %d", i);
    const char *s = fitting(v, GH_FONT_SMALL, r.w - 2 * v->pad, c, NCAND);
    int sh = gh_text_h(v, GH_FONT_SMALL), w = gh_text_w(v, GH_FONT_SMALL, s) + 2 * v->pad;
    if (w > r.w) w = r.w;
    SDL_Rect board = {r.x + (r.w - w) / 2, r.y - cornice - sh - v->pad / 2, w, sh + v->pad / 2};
    gh_fill(v, (SDL_Rect){board.x + w / 6, board.y + board.h, 2, cornice}, pal->slab);
    gh_fill(v, (SDL_Rect){board.x + w * 5 / 6, board.y + board.h, 2, cornice}, pal->slab);
    gh_fill(v, board, pal->sign);
    gh_frame(v, board, 1, pal->key);
    gh_text(v, GH_FONT_SMALL, s, board.x + w / 2, board.y + v->pad / 4, pal->signText, GH_ALIGN_CENTER, w - v->pad);
    gh_fill(v, (SDL_Rect){r.x - v->pad, r.y + r.h, r.w + 2 * v->pad, v->projector ? 4 : 3}, pal->slab);
}

static void chip(gh_View *v, const char *s, int x, int y, SDL_Color bg, SDL_Color fg)
{
    int w = gh_text_w(v, GH_FONT_SMALL, s) + v->pad, h = gh_text_h(v, GH_FONT_SMALL);
    gh_fill(v, (SDL_Rect){x - w, y, w, h}, bg);
    gh_text(v, GH_FONT_SMALL, s, x - w / 2, y, fg, GH_ALIGN_CENTER, 0);
}

/* A floor's sign: two lines (what the floor is; how full) when the floor is tall enough,
 * else one. Each line has shorter wordings for narrow sign columns: "170 rooms · 31
 * taken", "31 of 170 taken", "31/170"; "509 pages · 3.98 MiB", "3.98 MiB"; the numbers are
 * never cut. */
static void sign(gh_View *v, const gh_Sim *sim, const gh_Floor *f)
{
    const gh_Palette *pal = v->pal;
    SDL_Rect r = win(v, f->r);
    if (r.x < v->hotel.area.x) r.x = v->hotel.area.x; /* sticky, as painted */
    int sw = v->hotel.signW - v->pad / 2, x = r.x + v->pad / 2;
    int bh = gh_text_h(v, GH_FONT_BOLD), sh = gh_text_h(v, GH_FONT_SMALL);
    { /* a floor cut by the panel's edge (panned) writes its sign in the part that shows */
        SDL_Rect A = v->hotel.area;
        int top = r.y < A.y ? A.y : r.y, bot = r.y + r.h > A.y + A.h ? A.y + A.h : r.y + r.h;
        if ((top > r.y || bot < r.y + r.h) && bot - top >= sh + 4) r.y = top, r.h = bot - top;
    }
    bool two = r.h >= bh + sh;
    char a[NCAND][80], b[NCAND][80], one[NCAND][80], n[32];
    memset(a, 0, sizeof a);
    memset(b, 0, sizeof b);
    memset(one, 0, sizeof one);
    if (f->kind == GH_FLOOR_FREE) {
        gh_fmt_bytes(n, sizeof n, (uint64_t)f->npages * GH_PAGE_SIZE);
        const char *pg = f->npages == 1 ? "page" : "pages";
        snprintf(a[0], 80, "free pages");
        snprintf(a[NCAND - 1], 80, "free");
        snprintf(b[0], 80, "%u %s · %s", f->npages, pg, n);
        snprintf(b[1], 80, "%u %s", f->npages, pg);
        snprintf(b[NCAND - 1], 80, "%s", n);
        snprintf(one[0], 80, "free pages · %u %s · %s", f->npages, pg, n);
        snprintf(one[1], 80, "%u free %s · %s", f->npages, pg, n);
        snprintf(one[2], 80, "%u free %s", f->npages, pg);
        snprintf(one[3], 80, "free · %s", n);
        snprintf(one[NCAND - 1], 80, "free");
        SDL_Rect rr = win(v, f->rooms);
        bool rel = f->nreleased == f->npages;
        char what[NCAND][80] = {{0}};
        snprintf(what[0], 80, "%s", rel ? "released to the OS (HeapReleased)" : "idle, kept for reuse (HeapIdle)");
        snprintf(what[1], 80, "%s", rel ? "released to the OS" : "idle, kept for reuse");
        snprintf(what[2], 80, "%s", rel ? "released (HeapReleased)" : "idle (HeapIdle)");
        snprintf(what[3], 80, "%s", rel ? "released" : "idle");
        /* only the part of the strip that shows: zoomed or panned, the rooms run under the
         * sticky sign and past the panel's edge, and the label must stay beside the sign */
        int lo = rr.x > r.x + v->hotel.signW ? rr.x : r.x + v->hotel.signW;
        int hi = rr.x + rr.w < v->hotel.area.x + v->hotel.area.w ? rr.x + rr.w : v->hotel.area.x + v->hotel.area.w;
        const char *w = fitting(v, GH_FONT_SMALL, hi - lo - v->pad, what, 4);
        if (rr.h >= sh && hi - lo > v->pad && gh_text_w(v, GH_FONT_SMALL, w) <= hi - lo - v->pad)
            gh_text(v, GH_FONT_SMALL, w, lo + (hi - lo) / 2, rr.y + (rr.h - sh) / 2, pal->dim, GH_ALIGN_CENTER, 0);
    } else {
        const gh_MSpan *s = gh_sim_span(sim, f->span);
        gh_fmt_bytes(n, sizeof n, (uint64_t)s->npages * GH_PAGE_SIZE);
        if (f->kind == GH_FLOOR_STACK) {
            int g = gh_stack_owner(sim, f->span);
            snprintf(a[0], 80, "G%d stack", g);
            snprintf(a[NCAND - 1], 80, "G%d", g);
            snprintf(b[0], 80, "%s · plates", n);
            snprintf(b[NCAND - 1], 80, "%s", n);
            snprintf(one[0], 80, "G%d stack · %s · plates", g, n);
            snprintf(one[1], 80, "G%d stack · %s", g, n);
            snprintf(one[2], 80, "G%d · %s", g, n);
            snprintf(one[NCAND - 1], 80, "G%d", g);
        } else if (f->kind == GH_FLOOR_SUITE) {
            snprintf(a[0], 80, "suite · %s", n);
            snprintf(a[NCAND - 1], 80, "suite");
            snprintf(b[0], 80, "large object · %u pages", s->npages);
            snprintf(b[1], 80, "%u pages · %s", s->npages, n);
            snprintf(b[NCAND - 1], 80, "%u pages", s->npages);
            snprintf(one[0], 80, "suite · %s · large object · %u pages", n, s->npages);
            snprintf(one[1], 80, "suite · %s · %u pages", n, s->npages);
            snprintf(one[2], 80, "suite · %s", n);
            snprintf(one[NCAND - 1], 80, "suite");
        } else {
            char es[32];
            uint32_t N = s->nelems, k = s->allocCount;
            gh_fmt_bytes(es, sizeof es, s->elemsize);
            snprintf(a[0], 80, "%s rooms", es);
            snprintf(a[NCAND - 1], 80, "%s", es);
            if (N == 1) { /* one room a floor (the largest classes): taken or free */
                snprintf(b[0], 80, "1 room · %s", k ? "taken" : "free");
                snprintf(b[NCAND - 1], 80, "%s", k ? "taken" : "free");
                snprintf(one[0], 80, "%s room · %s", es, k ? "taken" : "free");
                snprintf(one[1], 80, "%s · %s", es, k ? "taken" : "free");
            } else {
                snprintf(b[0], 80, "%u rooms · %u taken", N, k);
                if (k == N) snprintf(b[1], 80, "%u rooms · all taken", N);
                else if (k == 0) snprintf(b[1], 80, "%u rooms · none taken", N);
                snprintf(b[2], 80, "%u of %u taken", k, N);
                snprintf(b[3], 80, "%u/%u taken", k, N);
                snprintf(b[NCAND - 1], 80, "%u/%u", k, N);
                snprintf(one[0], 80, "%s rooms · %u rooms · %u taken", es, N, k);
                snprintf(one[1], 80, "%s rooms · %u of %u taken", es, k, N);
                snprintf(one[2], 80, "%s rooms · %u/%u", es, k, N);
            }
            snprintf(one[3], 80, "%s rooms", es);
            snprintf(one[NCAND - 1], 80, "%s", es);
        }
    }
    int y = r.y + (r.h - (two ? bh + sh : sh) - (v->hotel.bars ? 1 : v->projector ? 3 : 2)) / 2;
    int keyw = f->span >= 0 && gh_sim_span(sim, f->span)->cachedBy >= 0 ? gh_text_w(v, GH_FONT_SMALL, "P0") + v->pad : 0;
    if (keyw && !two && gh_text_w(v, GH_FONT_SMALL, one[NCAND - 1]) > sw - keyw) keyw = 0; /* the sign before the key */
    v->textFlags |= GH_LABEL_SIGN; /* a callout with nowhere else to go may hide a sign, never a room (highlight.c) */
    if (two) {
        gh_text(v, GH_FONT_BOLD, fitting(v, GH_FONT_BOLD, sw - keyw, a, NCAND), x, y, pal->signText, GH_ALIGN_LEFT, sw - keyw);
        gh_text(v, GH_FONT_SMALL, fitting(v, GH_FONT_SMALL, sw, b, NCAND), x, y + bh, pal->signText, GH_ALIGN_LEFT, sw);
    } else if (r.h >= sh) {   /* a label taller than its floor would cover the next floor's */
        gh_text(v, GH_FONT_SMALL, fitting(v, GH_FONT_SMALL, sw - keyw, one, NCAND), x, y, pal->signText, GH_ALIGN_LEFT, sw - keyw);
    }
    v->textFlags &= (uint8_t)~GH_LABEL_SIGN;
    if (keyw) {
        char k[16];
        snprintf(k, sizeof k, "P%d", gh_sim_span(sim, f->span)->cachedBy);
        chip(v, k, r.x + v->hotel.signW - v->pad / 3, y, pal->key, (SDL_Color){0, 0, 0, 255});
    }
}

static void flashes(gh_View *v, const gh_Sim *sim)
{
    const gh_Palette *pal = v->pal;
    for (int k = 0; k < v->nflash; k++) {
        const gh_Flash *f = &v->flash[k];
        float a = gh_anim_flash(v, f->t, GH_FLASH_MS);
        if (a <= 0 || f->kind == GH_EV_REFILL || f->span < 0 || f->span >= gh_sim_nspans(sim)) continue;
        SDL_Rect r;
        bool agg;
        if (f->kind == GH_EV_SWEEP_SPAN) {
            if (!gh_view_floor_rect(v, f->span, &r)) continue;
        } else if (!gh_hotel_room_rect(v, sim, f->span, f->slot, &r, &agg)) {
            continue;
        }
        SDL_Color c = f->kind == GH_EV_FREE_OBJECT || f->kind == GH_EV_SWEEP_SPAN ? pal->freed
                    : f->kind == GH_EV_WRITE_BARRIER ? pal->stwBg : pal->highlight;
        c.a = (Uint8)(255 * a);
        int t = v->line + 1;
        gh_frame(v, (SDL_Rect){r.x - t, r.y - t, r.w + 2 * t, r.h + 2 * t}, t, c);
    }
}

static void density_marks(gh_View *v)
{
    const gh_HotelLayout *L = &v->hotel;
    int sh = gh_text_h(v, GH_FONT_SMALL), every = (sh + L->rowH) / L->rowH;
    every = every < 1 ? 1 : every;
    while (every & (every - 1)) every++; /* a power of two rows: round addresses */
    for (int i = 0; i < L->nfloors; i += every) {
        const gh_Floor *f = &L->floors[i];
        char s[32];
        gh_fmt_bytes(s, sizeof s, (uint64_t)(f->page0 % GH_PAGES_PER_ARENA) * GH_PAGE_SIZE);
        SDL_Rect r = win(v, f->r);
        if (r.x < L->area.x) r.x = L->area.x;
        gh_text(v, GH_FONT_SMALL, s, r.x + 2, r.y + r.h - sh, v->pal->signText, GH_ALIGN_LEFT, L->signW - 2);
    }
    /* a run of free pages squeezed into one row (hotel_layout.c) says what it holds */
    for (int i = 0; i < L->nfloors; i++) {
        const gh_Floor *f = &L->floors[i];
        if (f->npages <= (uint32_t)L->pagesPerRow || f->rooms.h < sh) continue;
        char n[32], t[64];
        gh_fmt_bytes(n, sizeof n, (uint64_t)f->npages * GH_PAGE_SIZE);
        snprintf(t, sizeof t, "%s of free pages, drawn as one row", n);
        if (gh_text_w(v, GH_FONT_SMALL, t) > f->rooms.w - v->pad) snprintf(t, sizeof t, "%s free pages", n);
        if (gh_text_w(v, GH_FONT_SMALL, t) > f->rooms.w - v->pad) continue;
        SDL_Rect r = win(v, f->rooms);
        gh_text(v, GH_FONT_SMALL, t, r.x + r.w / 2, r.y + (r.h - sh) / 2, v->pal->dim, GH_ALIGN_CENTER, 0);
    }
}

void gh_hotel_overlay(gh_View *v, const gh_Sim *sim)
{
    SDL_RenderSetClipRect(v->r, NULL);
    if (v->hotel.heat) gh_heat_legend(v);
    else legend(v, sim);
    SDL_RenderSetClipRect(v->r, &v->hotel.area);
    const gh_HotelLayout *L = &v->hotel;
    for (int i = 0; i < L->nbuild; i++) roof(v, &L->b[i], i);
    if (L->heat) gh_heat_labels(v);
    if (L->density) density_marks(v);
    for (int i = 0; i < L->nfloors && !L->density; i++) {
        SDL_Rect r = win(v, L->floors[i].r);
        if (!SDL_HasIntersection(&r, &L->area)) continue;
        sign(v, sim, &L->floors[i]);
        if (gh_floor_is_bar(&L->floors[i])) gh_bar_label(v, sim, &L->floors[i]);
        else gh_room_texts(v, sim, &L->floors[i]);
    }
    flashes(v, sim);
}
