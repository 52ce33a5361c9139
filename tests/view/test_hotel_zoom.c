/* test_hotel_zoom.c — the hotel stays a hotel when a lesson points into it. A heap too big
 * to draw room by room is the density ruler while nothing is highlighted; as soon as a
 * room or a floor is highlighted the view zooms so that floor's rooms are single rooms of
 * at least 12 px, with the highlighted room inside the hotel panel. The user's wheel still
 * zooms from there, a new highlight re-targets, and removing it brings the ruler back. The
 * same step draws the same picture in a fresh view (what `gohotel shot` does). */
#include "fixture.h"
#include "offscreen.h"

/* A busy span of the given element size in the middle of the heap. */
static int32_t span_of_size(const gh_Sim *sim, uint64_t elemsize)
{
    for (int32_t i = gh_sim_nspans(sim) / 2; i < gh_sim_nspans(sim); i++) {
        const gh_MSpan *s = gh_sim_span(sim, i);
        if (s->state == GH_SPAN_INUSE && s->elemsize == elemsize && s->allocCount > s->nelems / 2) return i;
    }
    return -1;
}

static gh_Addr slot_addr(const gh_Sim *sim, int32_t span, uint32_t slot)
{
    const gh_MSpan *s = gh_sim_span(sim, span);
    return s->startAddr + (gh_Addr)slot * s->elemsize;
}

/* Every room of the span is a single room of at least 12 × 12 px; returns the smallest side. */
static int check_rooms(VC *c, const gh_Sim *sim, int32_t span, const char *what)
{
    const gh_MSpan *s = gh_sim_span(sim, span);
    int smallest = 1 << 30, shown = 0;
    for (uint32_t k = 0; k < s->nelems; k++) {
        SDL_Rect r;
        bool agg = true;
        if (!gh_view_room_rect(c->v, sim, span, k, &r, &agg)) continue;
        shown++;
        CHECK(!agg, "%s: room %u of span %d is part of a density strip", what, k, span);
        int side = r.w < r.h ? r.w : r.h;
        if (side < smallest) smallest = side;
    }
    CHECK(shown > 0, "%s: no room of span %d on screen", what, span);
    CHECK(smallest >= 12, "%s: rooms of span %d are only %d px", what, span, smallest);
    return smallest;
}

static bool inside(SDL_Rect in, SDL_Rect out)
{
    return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w && in.y + in.h <= out.y + out.h;
}

static void run(int w, int h)
{
    VC c = vc_open(w, h, true);
    gh_Sim *sim = fx_big(8 << 20, NULL, NULL);
    int32_t small = span_of_size(sim, 16), mid = span_of_size(sim, 512);
    CHECK(small >= 0 && mid >= 0, "fixture spans %d %d", small, mid);
    if (small < 0 || mid < 0) goto out;
    SDL_Rect r, hotel;
    bool agg = false;

    /* nothing highlighted: an 8 MiB heap is drawn as the density ruler */
    gh_view_render(c.v, sim, 0);
    CHECK(gh_view_room_rect(c.v, sim, small, 3, &r, &agg) && agg, "%dx%d: no highlight should show density strips", w, h);
    CHECK(gh_view_panel_rect(c.v, GH_PANEL_HOTEL, &hotel), "hotel panel");

    /* a room of a 16 B floor (512 rooms, the hardest common floor) */
    gh_Addr a = slot_addr(sim, small, 300);
    gh_view_highlight_addr(c.v, GH_HL_ROOM, a, "this room");
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "hotel_zoom_room.png");
    int side = check_rooms(&c, sim, small, "room highlight");
    CHECK(gh_view_room_rect(c.v, sim, small, 300, &r, &agg) && inside(r, hotel), "%dx%d: highlighted room %d,%d %dx%d outside the hotel",
          w, h, r.x, r.y, r.w, r.h);
    bool labelIn = false;
    for (int i = 0; i < gh_view_label_count(c.v); i++) {
        SDL_Rect lr;
        if (!strcmp(gh_view_label(c.v, i, &lr), "this room")) labelIn = inside(lr, hotel);
    }
    CHECK(labelIn, "%dx%d: the callout is drawn inside the hotel", w, h);

    /* the same step in a fresh view (a still) is the same picture */
    VC d = vc_open(w, h, true);
    gh_view_highlight_addr(d.v, GH_HL_ROOM, a, "this room");
    gh_view_render(d.v, sim, 0);
    SDL_Rect r2;
    CHECK(gh_view_room_rect(d.v, sim, small, 300, &r2, &agg) && r2.x == r.x && r2.y == r.y && r2.w == r.w,
          "fresh view: %d,%d vs %d,%d", r2.x, r2.y, r.x, r.y);
    vc_close(&d);

    /* steps that keep the highlight keep the focus (cleared and set again, as the app does) */
    gh_view_clear_highlights(c.v);
    gh_view_highlight_addr(c.v, GH_HL_ROOM, a, "this room");
    gh_view_render(c.v, sim, 0);
    CHECK(gh_view_room_rect(c.v, sim, small, 300, &r2, &agg) && r2.x == r.x && r2.y == r.y, "same highlight moved the view");

    /* the wheel still zooms in from the focus, and the view stays where the user put it */
    SDL_Rect f1, f2, f3;
    CHECK(gh_view_floor_rect(c.v, small, &f1), "focused floor shown");
    gh_view_zoom(c.v, 1.25f, r.x + r.w / 2, r.y + r.h / 2);
    gh_view_render(c.v, sim, 0);
    CHECK(gh_view_floor_rect(c.v, small, &f2) && f2.h > f1.h, "wheel zoom: floor %d -> %d px", f1.h, f2.h);
    gh_view_render(c.v, sim, 0);
    CHECK(gh_view_floor_rect(c.v, small, &f3) && f3.h == f2.h && f3.y == f2.y, "the focus took the zoom back");

    /* a floor highlight elsewhere re-targets */
    gh_view_clear_highlights(c.v);
    gh_view_highlight_addr(c.v, GH_HL_FLOOR, slot_addr(sim, mid, 0), "512 B floor");
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "hotel_zoom_floor.png");
    check_rooms(&c, sim, mid, "floor highlight");
    CHECK(gh_view_floor_rect(c.v, mid, &r) && inside(r, hotel), "%dx%d: highlighted floor outside the hotel", w, h);

    /* two highlights: the first is shown as rooms */
    gh_view_highlight_addr(c.v, GH_HL_ROOM, slot_addr(sim, small, 7), "second");
    gh_view_render(c.v, sim, 0);
    check_rooms(&c, sim, mid, "first of two highlights");

    /* highlights gone: the ruler again */
    gh_view_clear_highlights(c.v);
    gh_view_render(c.v, sim, 0);
    CHECK(gh_view_room_rect(c.v, sim, small, 3, &r, &agg) && agg, "cleared highlights should bring density back");
    fprintf(stderr, "%dx%d: smallest highlighted room %d px\n", w, h, side);
out:
    gh_sim_free(sim);
    vc_close(&c);
}

CASE("a highlight zooms the hotel to 12 px rooms and the ruler comes back without it, at 1280x720") { run(1280, 720); }
CASE("a highlight zooms the hotel to 12 px rooms and the ruler comes back without it, at 1920x1080") { run(1920, 1080); }

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
