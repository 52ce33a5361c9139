/* test_density.c — a heap too big for one room per box is drawn as density strips: rooms
 * report aggregated rectangles inside the hotel, a hit on a strip finds a real object with
 * its address, and zooming in far enough brings individual rooms back. */
#include "fixture.h"
#include "offscreen.h"

CASE("a 16 MiB heap is drawn as density strips that hit real objects and zoom back to rooms")
{
    VC c = vc_open(1280, 720, true);
    gh_Sim *sim = fx_big(16 << 20, NULL, NULL);
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "density_16mib_projector.png");
    int32_t span = -1; /* a busy span in the middle of the heap, far from the stack's page */
    for (int32_t i = gh_sim_nspans(sim) / 2; i < gh_sim_nspans(sim) && span < 0; i++)
        if (gh_sim_span(sim, i)->state == GH_SPAN_INUSE && gh_sim_span(sim, i)->allocCount > 10) span = i;
    CHECK(span >= 0, "no span with objects");
    SDL_Rect r, hotel;
    bool agg = false;
    CHECK(gh_view_room_rect(c.v, sim, span, 3, &r, &agg), "room rect of span %d", span);
    CHECK(agg, "a 16 MiB heap should be aggregated at 1280x720");
    CHECK(gh_view_panel_rect(c.v, GH_PANEL_HOTEL, &hotel) && SDL_HasIntersection(&r, &hotel), "strip inside the hotel");
    gh_ViewHit h = gh_view_hit(c.v, sim, r.x, r.y + r.h - 1);
    CHECK(h.kind == GH_HIT_ROOM && h.aggregated, "hit kind %d", h.kind);
    char text[1024];
    CHECK(gh_view_describe(c.v, sim, &h, text, sizeof text) > 0 && strstr(text, "0xc0"), "tooltip: %s", text);
    CHECK(strstr(text, "size class") != NULL, "tooltip names the size class: %s", text);
    /* zoom in on that strip until rooms are drawn one by one */
    for (int i = 0; i < 40 && agg; i++) {
        gh_view_zoom(c.v, 1.25f, r.x, r.y);
        gh_view_render(c.v, sim, 0);
        if (!gh_view_room_rect(c.v, sim, span, 3, &r, &agg)) {
            SDL_Rect f;
            if (gh_view_floor_rect(c.v, span, &f)) r = f;
        }
    }
    vc_save(&c, "density_zoomed.png");
    CHECK(!agg, "zooming in should show single rooms");
    gh_sim_free(sim);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
