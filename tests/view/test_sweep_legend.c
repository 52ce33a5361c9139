/* test_sweep_legend.c — while the janitor sweeps, the hotel draws rooms as its legend
 * says. A cycle is run to the sweep phase by hand (mark to the end, mark termination) and
 * the sweep is stopped after the first floor holding garbage was swept, so the hotel has
 * both: garbage rooms on floors not yet swept (unmarked: white with vermillion stripes)
 * and rooms that floor's sweep just freed (free again). The test asks gh_view_room_state
 * for both, checks their probe pixels show the state's colour, that the legend swatch of
 * that state shows the same fill (and, for garbage, the same stripe colour as the room),
 * and that the legend lists exactly the states some room is in — before and after the
 * sweep finishes (then every room the cycle found garbage is free; the legend may still list
 * "garbage (unreachable)": the P's active tiny block survives a cycle unreachable, as
 * Go's gcMarkTinyAllocs keeps it, and the next cycle will free it). */
#include "fixture.h"
#include "runtime/runtime.h"
#include "offscreen.h"

static const char *const NAMES[GH_ROOM_STATE_COUNT] = {"free", "in use", "tiny block", "white", "grey", "black (survivor)",
                                                       "garbage", "stack"};
static bool resting; /* outside a cycle garbage is found by the view's trace: "garbage (unreachable)" */
static const char *name_of(int st) { return st == GH_ROOM_GARBAGE && resting ? "garbage (unreachable)" : NAMES[st]; }

/* The legend entry drawn with exactly this text (legend entries sit above the rooms). */
static bool legend_label(const gh_View *v, const char *name, SDL_Rect *where)
{
    SDL_Rect hotel;
    gh_view_panel_rect(v, GH_PANEL_HOTEL, &hotel);
    for (int i = 0; i < gh_view_label_count(v); i++) {
        SDL_Rect r;
        const char *s = gh_view_label(v, i, &r);
        if (!strcmp(s, name) && r.y < hotel.y + 3 * r.h) { if (where) *where = r; return true; }
    }
    return false;
}

static bool region_has(const VC *c, SDL_Rect r, SDL_Color want)
{
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++)
            if (x >= 0 && y >= 0 && x < c->surf->w && y < c->surf->h && vc_same(vc_pixel(c, x, y), want)) return true;
    return false;
}

/* The swatch left of a legend label. */
static SDL_Rect swatch(SDL_Rect label) { return (SDL_Rect){label.x - label.h - 4, label.y + 2, label.h, label.h - 4}; }

/* The commonest colour in the room other than its fill: the stripes. */
static SDL_Color stripe(const VC *c, SDL_Rect r, SDL_Color fill)
{
    SDL_Color seen[16];
    int count[16] = {0}, n = 0;
    for (int y = r.y + 2; y < r.y + r.h - 2; y++)
        for (int x = r.x + 2; x < r.x + r.w - 2; x++) {
            SDL_Color p = vc_pixel(c, x, y);
            if (vc_same(p, fill)) continue;
            int k = 0;
            while (k < n && !vc_same(seen[k], p)) k++;
            if (k == n && n < 16) seen[n++] = p;
            if (k < n) count[k]++;
        }
    int best = 0;
    for (int k = 1; k < n; k++) best = count[k] > count[best] ? k : best;
    return n ? seen[best] : fill;
}

/* The legend lists exactly the states present; returns the set. */
static unsigned check_legend_matches(const VC *c, const gh_Sim *sim, const char *when)
{
    unsigned present = 0;
    for (int32_t id = 0; id < gh_sim_nspans(sim); id++) {
        const gh_MSpan *s = gh_sim_span(sim, id);
        if (s->state == GH_SPAN_MANUAL) present |= 1u << GH_ROOM_STACK;
        if (s->state != GH_SPAN_INUSE) continue;
        for (uint32_t k = 0; k < s->nelems; k++) present |= 1u << gh_view_room_state(sim, id, k);
    }
    for (int st = 0; st < GH_ROOM_STATE_COUNT; st++) {
        bool shown = legend_label(c->v, name_of(st), NULL);
        CHECK(shown == !!(present & 1u << st), "%s: state %s is %s but the legend %s it", when, name_of(st),
              present & 1u << st ? "present" : "absent", shown ? "shows" : "does not show");
    }
    return present;
}

CASE("mid-sweep the rooms are drawn as the legend says, and the legend lists exactly their states")
{
    VC c = vc_open(1280, 720, true);
    gh_view_set_graph(c.v, 0); /* no pointer arrows over the rooms whose pixels are read */
    Fixture f = fx_small();
    gh_Sim *sim = f.sim;
    /* garbage on floors no P holds the key to (two full 64 B floors and a third): at the end
     * of marking each P's mcache gives its floors back, sweeping them on the spot (Go's
     * uncacheSpan), while the full floors wait for the sweeper */
    static const uint8_t firstWord = 0x1; /* type Keep struct { next *Keep; pad [56]byte } */
    int32_t keepType = gh_type_register(sim, "*main.Keep", 64, &firstWord);
    gh_Addr prev = gh_frame_local(sim, "keep", GH_TYPE_POINTER, 8, false);
    for (int i = 0; i < 300; i++) { /* every third one kept on a list, the others dropped */
        gh_Addr o = gh_newobject(sim, keepType);
        CHECK(o != 0, "allocation %d failed", i);
        if (o && i % 3 == 0) { gh_store_ptr(sim, prev, o); prev = o; }
    }
    gh_temps_clear(sim);
    gh_gc_start(sim, true);
    while (gh_gc_mark_unit(sim)) {}
    gh_gc_mark_done(sim);
    CHECK(gh_sim_gc(sim).state == GH_GCS_SWEEP, "not sweeping: state %d", gh_sim_gc(sim).state);

    /* the garbage rooms of the cycle, before any floor is swept */
    enum { MAXG = 512 };
    int32_t gs[MAXG];
    uint32_t gk[MAXG];
    int ng = 0;
    for (int32_t id = 0; id < gh_sim_nspans(sim); id++)
        for (uint32_t k = 0; k < gh_sim_span(sim, id)->nelems && ng < MAXG; k++)
            if (gh_view_room_state(sim, id, k) == GH_ROOM_GARBAGE && gh_sim_span(sim, id)->sweepgen + 2 == gh_sim_sweepgen(sim)) {
                gs[ng] = id; /* unmarked on a floor not yet swept: this cycle's garbage */
                gk[ng] = k;
                ng++;
            }
    CHECK(ng >= 20, "only %d garbage rooms after marking", ng);
    gh_view_render(c.v, sim, 0);
    check_legend_matches(&c, sim, "after mark termination");

    /* sweep floor by floor until one of them freed garbage while other garbage waits */
    int freed = -1, waiting = -1;
    for (int round = 0; round < 64 && (freed < 0 || waiting < 0); round++) {
        bool done = false;
        gh_sweepone(sim, &done);
        freed = waiting = -1;
        for (int i = 0; i < ng; i++) {
            gh_RoomState st = gh_view_room_state(sim, gs[i], gk[i]);
            if (st == GH_ROOM_FREE && freed < 0) freed = i;
            if (st == GH_ROOM_GARBAGE && waiting < 0 && gh_sim_span(sim, gs[i])->elemsize >= 64) waiting = i; /* rooms big enough to show stripes */
        }
        if (done) break;
    }
    CHECK(freed >= 0 && waiting >= 0, "no moment with both a freed and an unswept garbage room (freed %d, waiting %d)", freed, waiting);
    CHECK(gh_sim_gc(sim).state == GH_GCS_SWEEP, "the sweep ended early");
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "sweep_legend.png");
    unsigned present = check_legend_matches(&c, sim, "mid-sweep");
    CHECK(present & 1u << GH_ROOM_GARBAGE && present & 1u << GH_ROOM_FREE, "mid-sweep: states %#x", present);

    const struct { int i; gh_RoomState st; const char *what; } rooms[] = {{waiting, GH_ROOM_GARBAGE, "unswept garbage"},
                                                                           {freed, GH_ROOM_FREE, "freed room"}};
    for (int r = 0; r < 2 && freed >= 0 && waiting >= 0; r++) {
        int i = rooms[r].i, x, y;
        SDL_Rect room, lab;
        bool agg = true;
        CHECK(gh_view_room_state(sim, gs[i], gk[i]) == rooms[r].st, "%s: state %s", rooms[r].what,
              gh_view_state_name(gh_view_room_state(sim, gs[i], gk[i])));
        CHECK(gh_view_room_rect(c.v, sim, gs[i], gk[i], &room, &agg) && !agg, "%s: not drawn as a room", rooms[r].what);
        CHECK(gh_view_room_probe(c.v, sim, gs[i], gk[i], &x, &y), "%s: no probe pixel", rooms[r].what);
        SDL_Color want = gh_view_state_color(c.v, rooms[r].st), got = vc_pixel(&c, x, y);
        CHECK(vc_same(want, got), "%s: probe #%02x%02x%02x, the state's colour is #%02x%02x%02x", rooms[r].what, got.r, got.g,
              got.b, want.r, want.g, want.b);
        CHECK(legend_label(c.v, NAMES[rooms[r].st], &lab), "%s: no legend entry \"%s\"", rooms[r].what, NAMES[rooms[r].st]);
        CHECK(region_has(&c, swatch(lab), want), "%s: the legend swatch does not show the room's colour", rooms[r].what);
        if (rooms[r].st == GH_ROOM_GARBAGE) {
            SDL_Color s = stripe(&c, room, want);
            CHECK(!vc_same(s, want), "garbage room %d,%d %dx%d has no stripes", room.x, room.y, room.w, room.h);
            CHECK(region_has(&c, swatch(lab), s), "the legend's garbage swatch lacks the room's stripe colour #%02x%02x%02x", s.r,
                  s.g, s.b);
        }
    }

    /* the sweep finished: no garbage left, and the legend no longer lists it */
    gh_gc_finish_sweep(sim);
    resting = gh_sim_gc(sim).state == GH_GCS_IDLE;
    CHECK(resting, "the cycle did not end: state %d", gh_sim_gc(sim).state);
    gh_view_render(c.v, sim, 0);
    present = check_legend_matches(&c, sim, "after the sweep");
    (void)present;
    int left = 0;
    for (int i = 0; i < ng; i++)
        if (gh_view_room_state(sim, gs[i], gk[i]) != GH_ROOM_FREE) {
            left++;
            fprintf(stderr, "  span %d (%llu B) room %u is %s\n", gs[i], (unsigned long long)gh_sim_span(sim, gs[i])->elemsize, gk[i],
                    gh_view_state_name(gh_view_room_state(sim, gs[i], gk[i])));
        }
    CHECK(left == 0, "after the sweep %d of the cycle's %d garbage rooms are not free", left, ng);
    gh_sim_free(sim);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
