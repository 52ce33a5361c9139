/* test_hotel_tiers.c — the hotel picks how to draw its floors by how much heap there is:
 * a few objects are rooms (each slot a door), a heap of a few hundred kilobytes in some
 * thirty floors is bars (each floor one row: its size-class sign and an occupancy bar of
 * its rooms, in wings side by side when one stack of rows would be too tall), and only tens
 * of megabytes become density strips. Checked on stills by layout queries at three heap
 * sizes and two screen sizes: which tier, every floor's row whole and in view, signs that
 * name the size class, the rooms' states on the bars, "N of M" where it fits, zooming in
 * and a highlight bringing rooms back. */
#include <inttypes.h>
#include <stdlib.h>
#include "fixture.h"
#include "offscreen.h"
#include "view/view_impl.h" /* gh_fmt_bytes: the sizes as the signs write them */

static const char *const TIER[] = {"rooms", "bars", "strip", "buildings"};

/* About `bytes` of small objects of mixed size classes; every other one kept by a global
 * array of pointers, the rest garbage; with `mark`, a cycle started and some marking done,
 * so the bars hold free, in use or white, grey, black and garbage rooms. */
static gh_Sim *mixed(uint64_t bytes, bool mark)
{
    gh_Sim *sim = fx_bench_sim(NULL, NULL);
    static const uint32_t sizes[] = {16, 32, 48, 64, 128, 24, 256, 512, 80, 1024};
    uint32_t n = 0;
    for (uint64_t used = 0; used < bytes; n++) used += sizes[n % 10];
    gh_Addr keep = gh_global(sim, "keep", GH_TYPE_POINTER, (n / 2 + 1) * 8);
    if (!keep) fx_die("global");
    for (uint32_t i = 0; i < n; i++) {
        gh_Addr a = gh_mallocgc(sim, sizes[i % 10], GH_TYPE_POINTER, true);
        if (!a) fx_die("mallocgc");
        if (i % 2 == 0) gh_store_ptr(sim, keep + (gh_Addr)(i / 2) * 8, a);
    }
    gh_temps_clear(sim);
    if (mark) {
        gh_gc_start(sim, true);
        for (int k = 0; k < 40; k++)
            if (!gh_gc_mark_unit(sim)) break;
    }
    return sim;
}

static VC open_at(int w, int h, const gh_Sim *sim)
{
    VC c = vc_open(w, h, true);
    gh_view_set_title(c.v, "The hotel");
    gh_view_set_narration(c.v, "Spans are floors, objects rooms.");
    gh_view_render(c.v, sim, 0);
    return c;
}

/* The label drawn in r (its centre inside) that begins with text; NULL if none. */
static const char *label_starting(const gh_View *v, const char *text, SDL_Rect r)
{
    for (int i = 0; i < gh_view_label_count(v); i++) {
        SDL_Rect b;
        const char *s = gh_view_label(v, i, &b);
        SDL_Point mid = {b.x + b.w / 2, b.y + b.h / 2};
        if (!strncmp(s, text, strlen(text)) && SDL_PointInRect(&mid, &r)) return s;
    }
    return NULL;
}

static bool inside(SDL_Rect in, SDL_Rect out)
{
    return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w && in.y + in.h <= out.y + out.h;
}

/* The bars tier: every span a row of its own, in view, whole, not over another; its sign
 * names the size class; each room's column shows its state; rows go up from the ground in
 * address order, a wing's top row followed by the next wing's ground row. Returns the
 * number of bars that carry "N of M" (or "N/M"). */
static int check_bars(VC *c, const gh_Sim *sim, const char *what)
{
    SDL_Rect hotel;
    CHECK(gh_view_panel_rect(c->v, GH_PANEL_HOTEL, &hotel), "%s: a hotel", what);
    int rows = 0, labelled = 0, probed = 0;
    SDL_Rect prev = {0};
    unsigned states = 0;
    SDL_Rect seen[512];
    for (int32_t id = 0; id < gh_sim_nspans(sim); id++) {
        const gh_MSpan *s = gh_sim_span(sim, id);
        if (s->state != GH_SPAN_INUSE || s->nelems < 2) continue;
        SDL_Rect fr;
        if (!CHECK(gh_view_floor_rect(c->v, id, &fr), "%s: span %d has a row", what, id)) continue;
        CHECK(inside(fr, hotel), "%s: span %d's row %d,%d %dx%d is in view", what, id, fr.x, fr.y, fr.w, fr.h);
        CHECK(fr.h >= 21, "%s: span %d's row is %d px, a line of text is 21", what, id, fr.h);
        for (int k = 0; k < rows && k < 512; k++)
            CHECK(!SDL_HasIntersection(&fr, &seen[k]), "%s: span %d's row overlaps another", what, id);
        if (rows < 512) seen[rows] = fr;
        if (rows) /* address order: above the last row in its wing, or the ground row of a wing to its right */
            CHECK((fr.x == prev.x && fr.y + fr.h <= prev.y) || fr.x > prev.x, "%s: span %d's row is out of address order", what, id);
        prev = fr;
        rows++;
        char es[32];
        gh_fmt_bytes(es, sizeof es, s->elemsize);
        CHECK(label_starting(c->v, es, fr) != NULL, "%s: span %d's sign says \"%s\"", what, id, es);
        uint32_t taken = 0;
        for (uint32_t k = 0; k < s->nelems; k++) taken += gh_view_room_state(sim, id, k) != GH_ROOM_FREE;
        char full[48], brief[48];
        snprintf(full, sizeof full, "%u of %u taken", taken, s->nelems);
        snprintf(brief, sizeof brief, "%u/%u", taken, s->nelems);
        labelled += label_starting(c->v, full, fr) || label_starting(c->v, brief, fr);
        for (uint32_t k = 0; k < s->nelems; k += 1 + s->nelems / 8) {
            SDL_Rect r;
            bool agg = false;
            int x, y;
            CHECK(gh_view_room_rect(c->v, sim, id, k, &r, &agg) && agg && inside(r, fr), "%s: room %u of span %d on its bar", what,
                  k, id);
            if (!gh_view_room_probe(c->v, sim, id, k, &x, &y)) continue;
            gh_RoomState st = gh_view_room_state(sim, id, k);
            SDL_Color px = vc_pixel(c, x, y), want = gh_view_state_color(c->v, st);
            CHECK(vc_same(px, want), "%s: room %u of span %d (%s) shows its colour at %d,%d: %d,%d,%d not %d,%d,%d", what, k, id,
                  gh_view_state_name(st), x, y, px.r, px.g, px.b, want.r, want.g, want.b);
            gh_ViewHit h = gh_view_hit(c->v, sim, x, y);
            CHECK(h.kind == GH_HIT_ROOM && h.span == id && h.state == st, "%s: a click on room %u's column names a %s room of span %d",
                  what, k, gh_view_state_name(st), id);
            states |= 1u << st;
            probed++;
        }
    }
    CHECK(rows >= 20, "%s: %d rows", what, rows);
    CHECK(probed >= rows, "%s: %d rooms probed", what, probed);
    int distinct = 0;
    for (int k = 0; k < GH_ROOM_STATE_COUNT; k++) distinct += (states >> k) & 1;
    CHECK(distinct >= 3, "%s: rooms in %d states on the bars", what, distinct);
    return labelled;
}

/* No layout problem in the frame, and no hotel label cut. */
static void no_problems(VC *c, const char *what)
{
    char buf[4096];
    int n = gh_view_layout_problems(c->v, buf, sizeof buf);
    CHECK_EQ(n, 0, "%s: layout problems:\n%s", what, buf);
    SDL_Rect hotel;
    gh_view_panel_rect(c->v, GH_PANEL_HOTEL, &hotel);
    for (int i = 0; i < gh_view_label_count(c->v); i++) {
        SDL_Rect b;
        const char *s = gh_view_label(c->v, i, &b);
        SDL_Point mid = {b.x + b.w / 2, b.y + b.h / 2};
        if (!SDL_PointInRect(&mid, &hotel)) continue;
        size_t len = strlen(s);
        CHECK(len < 3 || strcmp(s + len - 3, "…"), "%s: label \"%s\" is cut", what, s);
    }
}

CASE("a few objects are rooms, some thirty floors are bars, tens of megabytes density strips")
{
    static const int size[][2] = {{1280, 720}, {1920, 1080}};
    for (int k = 0; k < 2; k++) {
        int w = size[k][0], h = size[k][1];
        char what[64];
        Fixture small = fx_small();
        VC c = open_at(w, h, small.sim);
        snprintf(what, sizeof what, "%dx%d small heap", w, h);
        CHECK(gh_view_hotel_tier(c.v) == GH_HOTEL_ROOMS, "%s: %s, not rooms", what, TIER[gh_view_hotel_tier(c.v)]);
        no_problems(&c, what);
        vc_close(&c);
        gh_sim_free(small.sim);

        gh_Sim *mid = mixed(256 << 10, true);
        CHECK(gh_sim_heap(mid).nspansInUse >= 25, "the middle heap has %u floors", gh_sim_heap(mid).nspansInUse);
        c = open_at(w, h, mid);
        snprintf(what, sizeof what, "%dx%d 256 KiB heap", w, h);
        vc_save(&c, k ? "tiers_bars_1920.png" : "tiers_bars_1280.png");
        CHECK(gh_view_hotel_tier(c.v) == GH_HOTEL_BARS, "%s: %s, not bars", what, TIER[gh_view_hotel_tier(c.v)]);
        int labelled = check_bars(&c, mid, what);
        if (k == 1) CHECK(labelled >= 10, "%s: only %d bars say how many rooms are taken", what, labelled);
        no_problems(&c, what);
        vc_close(&c);
        gh_sim_free(mid);

        gh_Sim *big = fx_big(24 << 20, NULL, NULL);
        c = open_at(w, h, big);
        snprintf(what, sizeof what, "%dx%d 24 MiB heap", w, h);
        CHECK(gh_view_hotel_tier(c.v) == GH_HOTEL_STRIP, "%s: %s, not density strips", what, TIER[gh_view_hotel_tier(c.v)]);
        no_problems(&c, what);
        vc_close(&c);
        gh_sim_free(big);
    }
}

CASE("zooming into the bars makes them taller until the floors are rooms; a highlight shows its floor as rooms")
{
    gh_Sim *mid = mixed(256 << 10, false);
    VC c = open_at(1280, 720, mid);
    CHECK(gh_view_hotel_tier(c.v) == GH_HOTEL_BARS, "fitted: %s, not bars", TIER[gh_view_hotel_tier(c.v)]);
    int32_t span = -1;
    for (int32_t id = 0; id < gh_sim_nspans(mid) && span < 0; id++)
        if (gh_sim_span(mid, id)->state == GH_SPAN_INUSE && gh_sim_span(mid, id)->elemsize == 64) span = id;
    CHECK(span >= 0, "a 64 B floor");
    SDL_Rect f0, f;
    CHECK(gh_view_floor_rect(c.v, span, &f0), "the 64 B floor's bar");
    gh_view_zoom(c.v, 1.25f, f0.x + f0.w / 2, f0.y + f0.h / 2);
    gh_view_render(c.v, mid, 0);
    CHECK(gh_view_floor_rect(c.v, span, &f), "the 64 B floor after one notch");
    CHECK(gh_view_hotel_tier(c.v) != GH_HOTEL_STRIP, "zooming in never goes to strips");
    CHECK(f.h > f0.h, "one notch in: %d px -> %d px", f0.h, f.h);
    for (int i = 0; i < 30 && gh_view_hotel_tier(c.v) != GH_HOTEL_ROOMS; i++) {
        gh_view_zoom(c.v, 1.25f, f.x + f.w / 2, f.y + f.h / 2);
        gh_view_render(c.v, mid, 0);
        gh_view_floor_rect(c.v, span, &f);
    }
    CHECK(gh_view_hotel_tier(c.v) == GH_HOTEL_ROOMS, "zoomed in: %s, not rooms", TIER[gh_view_hotel_tier(c.v)]);
    gh_view_zoom_reset(c.v);
    gh_view_render(c.v, mid, 0);
    CHECK(gh_view_hotel_tier(c.v) == GH_HOTEL_BARS, "fit again: %s, not bars", TIER[gh_view_hotel_tier(c.v)]);

    const gh_MSpan *s = gh_sim_span(mid, span);
    gh_view_highlight_addr(c.v, GH_HL_ROOM, s->startAddr + 3 * s->elemsize, "this room");
    gh_view_render(c.v, mid, 0);
    SDL_Rect r;
    bool agg = true;
    CHECK(gh_view_hotel_tier(c.v) == GH_HOTEL_ROOMS, "highlighted: %s, not rooms", TIER[gh_view_hotel_tier(c.v)]);
    CHECK(gh_view_room_rect(c.v, mid, span, 3, &r, &agg) && !agg && r.w >= 12 && r.h >= 12, "the highlighted room is a door of %dx%d",
          r.w, r.h);
    gh_view_clear_highlights(c.v);
    gh_view_render(c.v, mid, 0);
    CHECK(gh_view_hotel_tier(c.v) == GH_HOTEL_BARS, "highlight gone: %s, not bars", TIER[gh_view_hotel_tier(c.v)]);
    vc_close(&c);
    gh_sim_free(mid);
}

/* About a million objects of mixed size classes (some 130 MiB, three arenas), kept in runs
 * of 16384: run r keeps one object in 1 + r % 4 and the rest are swept away by a full
 * collection, so windows are lit from a quarter to all of their bytes, and whole runs of
 * the largest classes leave free pages. The kept objects are a linked list from one global. */
static gh_Sim *million(gh_EventFn fn, void *ud)
{
    gh_Sim *sim = fx_bench_sim(fn, ud);
    static const uint32_t sizes[] = {16, 32, 48, 64, 128, 24, 256, 512};
    gh_Addr head = gh_global(sim, "head", GH_TYPE_POINTER, 8), prev = head;
    if (!head) fx_die("global");
    for (uint32_t i = 0; i < 1000000; i++) {
        gh_Addr a = gh_mallocgc(sim, sizes[i % 8], GH_TYPE_POINTER, true);
        if (!a) fx_die("mallocgc");
        uint32_t run = i / 16384;
        if (run % 5 == 4 && sizes[i % 8] >= 256) continue; /* a run whose large rooms all go */
        if (i % (1 + run % 4) == 0) {
            gh_store_ptr(sim, prev, a);
            prev = a;
        }
        gh_temps_clear(sim);
    }
    gh_GC(sim);
    return sim;
}

typedef struct Feed { VC c; gh_Sim *sim; } Feed;
static void feed(void *ud, const gh_Event *ev)
{
    Feed *f = ud;
    if (f->c.v) gh_view_event(f->c.v, f->sim, ev);
}

/* Bytes of taken rooms (not free) in each page of the heap, counted room by room. */
static uint64_t *taken_per_page(const gh_Sim *sim, uint32_t pages)
{
    uint64_t *t = calloc(pages, sizeof *t);
    if (!t) fx_die("calloc");
    for (int32_t id = 0; id < gh_sim_nspans(sim); id++) {
        const gh_MSpan *s = gh_sim_span(sim, id);
        if (s->state != GH_SPAN_INUSE && s->state != GH_SPAN_MANUAL) continue;
        uint32_t n = s->state == GH_SPAN_MANUAL || s->nelems == 0 ? 1 : s->nelems;
        uint64_t size = s->state == GH_SPAN_MANUAL || s->nelems == 0 ? (uint64_t)s->npages * GH_PAGE_SIZE : s->elemsize;
        for (uint32_t k = 0; k < n; k++) {
            if (gh_view_room_state(sim, id, k) == GH_ROOM_FREE) continue;
            for (uint64_t a = s->startAddr + k * size - GH_ARENA_BASE, end = a + size; a < end;) {
                uint64_t page = a / GH_PAGE_SIZE, next = (page + 1) * GH_PAGE_SIZE, e = next < end ? next : end;
                t[page] += e - a;
                a = e;
            }
        }
    }
    return t;
}

/* The colour of the legend's box left of the label that begins with text. */
static bool legend_box(VC *c, const char *text, SDL_Color *out)
{
    for (int i = 0; i < gh_view_label_count(c->v); i++) {
        SDL_Rect b;
        if (strncmp(gh_view_label(c->v, i, &b), text, strlen(text))) continue;
        int x = b.x - 1, y = b.y + b.h / 2;
        SDL_Color bg = vc_pixel(c, x, y);
        while (x > 0 && vc_same(vc_pixel(c, x, y), bg)) x--; /* the box's frame */
        *out = vc_pixel(c, x - 3, y);
        return true;
    }
    return false;
}

/* The buildings tier: each arena a building with its sign and its figure; every window's
 * taken bytes are the heap's, its light as high as its share and in the legend's step. */
static void check_buildings(VC *c, const gh_Sim *sim, const char *what)
{
    gh_HeapInfo heap = gh_sim_heap(sim);
    uint32_t narenas = (heap.mappedPages + GH_PAGES_PER_ARENA - 1) / GH_PAGES_PER_ARENA;
    CHECK(narenas >= 2, "%s: %u arenas", what, narenas);
    uint64_t *page = taken_per_page(sim, heap.mappedPages);
    static const char *const stepName[4] = {"< 25%", "< 50%", "< 75%", "\u2265 75%"};
    SDL_Color step[4], hotel;
    SDL_Rect H;
    gh_view_panel_rect(c->v, GH_PANEL_HOTEL, &H);
    for (int k = 0; k < 4; k++) CHECK(legend_box(c, stepName[k], &step[k]), "%s: the legend names the step %s", what, stepName[k]);
    { /* the legend says how many bytes a window stands for */
        SDL_Rect r;
        uint64_t addr, bytes, taken;
        char win[48], n[32];
        CHECK(gh_view_heat_window(c->v, 0, 0, &r, &addr, &bytes, &taken), "%s: a first window", what);
        gh_fmt_bytes(n, sizeof n, bytes);
        snprintf(win, sizeof win, "window %s", n);
        CHECK(vc_has_label(c->v, win), "%s: the legend says \"%s\"", what, win);
    }
    (void)hotel;
    unsigned stepsSeen = 0;
    int checked = 0, freeWin = 0;
    for (uint32_t a = 0; a < narenas; a++) {
        int n = gh_heat_windows(c->v, (int)a);
        CHECK(n >= 8, "%s: arena %u has %d windows", what, a, n);
        uint64_t arenaTaken = 0, arenaBytes = 0;
        SDL_Rect span = {0};
        for (int k = 0; k < n; k++) {
            SDL_Rect r;
            uint64_t addr, bytes, taken, want = 0;
            if (!CHECK(gh_view_heat_window(c->v, (int)a, k, &r, &addr, &bytes, &taken), "%s: arena %u window %d in view", what, a, k))
                continue;
            CHECK(inside(r, H), "%s: arena %u window %d inside the hotel", what, a, k);
            CHECK(r.w >= 6 && r.h >= 6, "%s: window %d is %dx%d", what, k, r.w, r.h);
            if (k == 0) span = r;
            SDL_UnionRect(&span, &r, &span);
            uint64_t p0 = (addr - GH_ARENA_BASE) / GH_PAGE_SIZE;
            bool anySpan = false;
            for (uint64_t p = p0; p < p0 + bytes / GH_PAGE_SIZE; p++) {
                want += page[p];
                anySpan |= gh_sim_page_span(sim, (uint32_t)p) >= 0;
            }
            CHECK(taken == want, "%s: arena %u window %d (0x%" PRIx64 "): %" PRIu64 " bytes taken, the heap has %" PRIu64, what, a,
                  k, addr, taken, want);
            arenaTaken += want;
            arenaBytes += bytes;
            if (k % 61 == 0) { /* pointing at a window tells its figure */
                gh_ViewHit h = gh_view_hit(c->v, sim, r.x + r.w / 2, r.y + r.h / 2);
                char text[512], pct[32];
                snprintf(pct, sizeof pct, "%d%% taken", (int)(want * 100 / bytes));
                CHECK(h.kind == GH_HIT_WINDOW && h.addr == addr && h.size == bytes, "%s: a click on window %d names it", what, k);
                CHECK(gh_view_describe(c->v, sim, &h, text, sizeof text) > 0 && strstr(text, pct), "%s: window %d's tooltip says %s: %s",
                      what, k, pct, text);
            }
            if (!anySpan) { freeWin++; continue; }
            /* lit from the sill: as many rows as its share of the pane, in its step's colour */
            int s = want * 4 >= bytes * 3 ? 3 : want * 2 >= bytes ? 2 : want * 4 >= bytes ? 1 : 0;
            int lit = 0, x = r.x + r.w / 2;
            while (lit < r.h && vc_same(vc_pixel(c, x, r.y + r.h - 1 - lit), step[s])) lit++;
            int expect = (int)((want * (uint64_t)r.h + bytes / 2) / bytes);
            if (want && !expect) expect = 1;
            CHECK(lit == expect, "%s: arena %u window %d, %" PRIu64 " of %" PRIu64 " bytes taken, is lit %d of %d rows, not %d",
                  what, a, k, want, bytes, lit, r.h, expect);
            stepsSeen |= 1u << s;
            checked++;
        }
        /* the building's figure over its windows, and its sign on the roof */
        char fig[32], sign[32], at[32];
        snprintf(fig, sizeof fig, "%d%%", (int)(arenaTaken * 100 / arenaBytes));
        snprintf(sign, sizeof sign, "arena %u", a);
        snprintf(at, sizeof at, "0x%" PRIx64, GH_ARENA_BASE + (uint64_t)a * GH_PAGES_PER_ARENA * GH_PAGE_SIZE);
        SDL_Rect above = {span.x, H.y, span.w, span.y - H.y};
        CHECK(label_starting(c->v, fig, above) != NULL, "%s: arena %u's figure says %s", what, a, fig);
        CHECK(label_starting(c->v, sign, above) != NULL, "%s: arena %u's roof says \"%s\"", what, a, sign);
        char roofAt[64];
        snprintf(roofAt, sizeof roofAt, "arena %u · %s", a, at);
        CHECK(label_starting(c->v, at, above) || label_starting(c->v, roofAt, above), "%s: arena %u's address %s is written on it",
              what, a, at);
    }
    int distinct = 0;
    for (int k = 0; k < 4; k++) distinct += (stepsSeen >> k) & 1;
    CHECK(checked >= 24 && distinct >= 3, "%s: %d windows lit in %d steps", what, checked, distinct);
    CHECK(freeWin >= 1, "%s: %d windows of free pages", what, freeWin);
    free(page);
}

CASE("a million objects are buildings of lit windows, each arena's figure written on it; the still is the same every time; a highlight zooms to its room")
{
    static Feed live; /* a view fed the runtime's events, for the repaint of the windows that changed */
    gh_Sim *sim = million(feed, &live);
    live.sim = sim;
    static const int size[][2] = {{1280, 720}, {1920, 1080}};
    for (int k = 0; k < 2; k++) {
        char what[64];
        snprintf(what, sizeof what, "%dx%d a million objects", size[k][0], size[k][1]);
        VC c = open_at(size[k][0], size[k][1], sim);
        if (k == 1) { /* the default palette too: the legend's steps are what the windows show */
            gh_view_set_palette(c.v, 0);
            gh_view_render(c.v, sim, 0);
        }
        vc_save(&c, k ? "tiers_buildings_1920.png" : "tiers_buildings_1280.png");
        CHECK(gh_view_hotel_tier(c.v) == GH_HOTEL_BUILDINGS, "%s: %s, not buildings", what, TIER[gh_view_hotel_tier(c.v)]);
        check_buildings(&c, sim, what);
        no_problems(&c, what);
        /* a fresh view of the same heap draws the same picture, pixel for pixel */
        VC d = open_at(size[k][0], size[k][1], sim);
        if (k == 1) {
            gh_view_set_palette(d.v, 0);
            gh_view_render(d.v, sim, 0);
        }
        int differ = 0;
        for (int y = 0; y < size[k][1]; y++)
            for (int x = 0; x < size[k][0]; x++) differ += !vc_same(vc_pixel(&c, x, y), vc_pixel(&d, x, y));
        CHECK_EQ(differ, 0, "%s: two stills differ in %d pixels", what, differ);
        vc_close(&d);
        /* a lesson highlighting one room: the view zooms to show it as a door */
        int32_t span = -1;
        for (int32_t id = gh_sim_nspans(sim) / 2; id < gh_sim_nspans(sim) && span < 0; id++)
            if (gh_sim_span(sim, id)->state == GH_SPAN_INUSE && gh_sim_span(sim, id)->elemsize == 48 && gh_sim_span(sim, id)->allocCount)
                span = id;
        CHECK(span >= 0, "%s: a 48 B floor in the middle of the heap", what);
        const gh_MSpan *s = gh_sim_span(sim, span);
        uint32_t slot = 0;
        while (slot < s->nelems && gh_view_room_state(sim, span, slot) == GH_ROOM_FREE) slot++;
        gh_view_highlight_addr(c.v, GH_HL_ROOM, s->startAddr + slot * s->elemsize, "this one");
        gh_view_render(c.v, sim, 0);
        SDL_Rect r, H;
        bool agg = true;
        gh_view_panel_rect(c.v, GH_PANEL_HOTEL, &H);
        CHECK(gh_view_hotel_tier(c.v) == GH_HOTEL_ROOMS, "%s, a room highlighted: %s, not rooms", what, TIER[gh_view_hotel_tier(c.v)]);
        CHECK(gh_view_room_rect(c.v, sim, span, slot, &r, &agg) && !agg && r.w >= 12 && r.h >= 12 && inside(r, H),
              "%s: the highlighted room is a door of %dx%d in view", what, r.w, r.h);
        vc_save(&c, k ? "tiers_buildings_hl_1920.png" : "tiers_buildings_hl_1280.png");
        gh_view_clear_highlights(c.v);
        gh_view_render(c.v, sim, 0);
        CHECK(gh_view_hotel_tier(c.v) == GH_HOTEL_BUILDINGS, "%s, highlight gone: %s, not buildings", what, TIER[gh_view_hotel_tier(c.v)]);
        vc_close(&c);
    }
    /* allocating repaints only the windows of the floors that changed: the picture is the one
     * a fresh view draws of the new heap */
    live.c = open_at(1280, 720, sim);
    for (int i = 0; i < 3000; i++)
        if (!gh_mallocgc(sim, i % 2 ? 1024 : 48, GH_TYPE_BYTES, true)) fx_die("mallocgc");
    gh_view_render(live.c.v, sim, 0);
    VC fresh = open_at(1280, 720, sim);
    CHECK(gh_view_hotel_tier(live.c.v) == GH_HOTEL_BUILDINGS, "after allocating: buildings");
    int differ = 0;
    SDL_Rect H; /* the hotel (the chart's history differs: the live view sampled the heap as it grew) */
    gh_view_panel_rect(live.c.v, GH_PANEL_HOTEL, &H);
    for (int y = H.y; y < H.y + H.h; y++)
        for (int x = H.x; x < H.x + H.w; x++) differ += !vc_same(vc_pixel(&live.c, x, y), vc_pixel(&fresh, x, y));
    CHECK_EQ(differ, 0, "after allocating 3000 objects the repainted hotel and a fresh one differ in %d pixels", differ);
    vc_close(&fresh);
    vc_close(&live.c);
    live.c.v = NULL;
    gh_sim_free(sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
