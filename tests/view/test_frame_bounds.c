/* test_frame_bounds.c — a frame stays inside the view's size (the surface around it keeps
 * its colour), every label lies inside the window, the labels a class relies on are drawn
 * (floor signs, roof, plates, MemStats names, buttons), and panels do not overlap.
 *
 * Each size is drawn twice. With no room highlighted the fitted hotel shows every floor's
 * sign. With the lesson's highlight the hotel zooms to it: the highlighted room is drawn as
 * a room of at least 12 px, inside the hotel, with its floor's sign and its callout; where
 * the panel is tall enough (1280x720 and up) every other sign stays in view as well. In a
 * 1024x600 window the hotel is too short for both: the highlighted room wins, and the roof
 * and the floors next to it stay in view with one-line signs.
 * Also saves the showcase frames when GH_VIEW_SHOTS is set. */
#include "fixture.h"
#include "offscreen.h"

static const char *const SRC[] = {"func main() {", "\tlist := newList(6)", "\tgreeting := \"hello, gopher!\"",
                                  "\tbuf := make([]byte, 40000)", "\tgreet(greeting)", "}"};

static void check_frame(int w, int h, bool projector, bool highlight, const char *shot)
{
    VC c = vc_open(w + 120, h + 100, projector);
    gh_view_resize(c.v, w, h);
    SDL_FillRect(c.surf, NULL, SDL_MapRGB(c.surf->format, 255, 0, 255));
    Fixture f = fx_small();
    gh_view_set_title(c.v, "The hotel");
    gh_view_set_narration(c.v, "Six nodes on the 24 B floor, a string in a 48 B room, a 40 KiB suite.");
    gh_view_set_source(c.v, "scenes/demo.lua", SRC, 6);
    gh_view_set_line(c.v, 3);
    if (highlight) gh_view_highlight_addr(c.v, GH_HL_ROOM, f.lone, "33 B → 48 B room");
    gh_view_highlight_frame(c.v, f.g, 0, "list", NULL);
    gh_view_render(c.v, f.sim, 0);
    int outside = 0;
    for (int y = 0; y < c.surf->h; y++)
        for (int x = 0; x < c.surf->w; x++) {
            if (x < w && y < h) continue;
            SDL_Color p = vc_pixel(&c, x, y);
            outside += !(p.r == 255 && p.g == 0 && p.b == 255);
        }
    CHECK(outside == 0, "%dx%d: %d pixels drawn outside the window", w, h, outside);
    int n = gh_view_label_count(c.v);
    CHECK(n > 40, "only %d labels", n);
    for (int i = 0; i < n; i++) {
        SDL_Rect r;
        const char *s = gh_view_label(c.v, i, &r);
        CHECK(r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h, "%dx%d: label \"%s\" at %d,%d %dx%d leaves the window",
              w, h, s, r.x, r.y, r.w, r.h);
    }
    const char *need[] = {"48 B rooms", "main()", "greet()", "HeapAlloc", "NextGC", "PgDn", "Cafeteria", "Janitor", "mcentral",
                          "P0"};
    const char *signs[] = {"24 B rooms", "suite", "arena 0", "free pages"};
    const char *how = highlight ? " highlight" : "";
    for (unsigned i = 0; i < sizeof need / sizeof need[0]; i++)
        CHECK(vc_has_label(c.v, need[i]), "%dx%d%s%s: label \"%s\" not drawn", w, h, projector ? " projector" : "", how, need[i]);
    if (!highlight || h >= 720)
        for (unsigned i = 0; i < sizeof signs / sizeof signs[0]; i++)
            CHECK(vc_has_label(c.v, signs[i]), "%dx%d%s%s: label \"%s\" not drawn", w, h, projector ? " projector" : "", how,
                  signs[i]);
    const char *around[] = {"arena 0", "16 B rooms", "24 B rooms"}; /* the floors next to the highlighted one */
    for (unsigned i = 0; highlight && h < 720 && i < sizeof around / sizeof around[0]; i++)
        CHECK(vc_has_label(c.v, around[i]), "%dx%d%s highlight: label \"%s\" not drawn", w, h, projector ? " projector" : "", around[i]);
    if (highlight) {
        int32_t span;
        uint32_t slot;
        SDL_Rect room, hotel;
        bool agg = true;
        span = gh_sim_span_of(f.sim, f.lone);
        CHECK(span >= 0, "the highlighted object is in no span");
        slot = span >= 0 ? (uint32_t)((f.lone - gh_sim_span(f.sim, span)->startAddr) / gh_sim_span(f.sim, span)->elemsize) : 0;
        CHECK(gh_view_room_rect(c.v, f.sim, span, slot, &room, &agg) && !agg, "%dx%d: the highlighted room is not drawn as a room", w, h);
        CHECK(room.w >= 12 && room.h >= 12, "%dx%d: the highlighted room is %dx%d px, under 12", w, h, room.w, room.h);
        CHECK(gh_view_panel_rect(c.v, GH_PANEL_HOTEL, &hotel) && SDL_HasIntersection(&room, &hotel) &&
                  room.x >= hotel.x && room.y >= hotel.y && room.x + room.w <= hotel.x + hotel.w && room.y + room.h <= hotel.y + hotel.h,
              "%dx%d: the highlighted room %d,%d %dx%d is not inside the hotel", w, h, room.x, room.y, room.w, room.h);
        CHECK(vc_has_label(c.v, "33 B → 48 B room"), "%dx%d: the highlight's callout is not drawn", w, h);
    }
    SDL_Rect a, b;
    for (int p = 0; p < GH_PANEL_COUNT; p++)
        for (int q = p + 1; q < GH_PANEL_COUNT; q++)
            if (gh_view_panel_rect(c.v, p, &a) && gh_view_panel_rect(c.v, q, &b))
                CHECK(!SDL_HasIntersection(&a, &b), "panels %d and %d overlap", p, q);
    if (shot) {
        SDL_Surface *crop = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
        SDL_BlitSurface(c.surf, &(SDL_Rect){0, 0, w, h}, crop, NULL);
        SDL_Surface *keep = c.surf;
        c.surf = crop;
        vc_save(&c, shot);
        c.surf = keep;
        SDL_FreeSurface(crop);
    }
    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("a fitted hotel shows every floor's sign, inside the frame, at 1280x720, 1920x1080 and 1024x600")
{
    check_frame(1280, 720, false, false, NULL);
    check_frame(1280, 720, true, false, NULL);
    check_frame(1920, 1080, false, false, NULL);
    check_frame(1920, 1080, true, false, NULL);
    check_frame(1024, 600, true, false, "frame_1024_projector_fit.png");
}

CASE("a highlighted room is drawn at 12 px or more with its sign and callout, the other signs kept where they fit")
{
    check_frame(1280, 720, false, true, "frame_1280.png");
    check_frame(1280, 720, true, true, "frame_1280_projector.png");
    check_frame(1920, 1080, false, true, "frame_1920.png");
    check_frame(1920, 1080, true, true, NULL);
    check_frame(1024, 600, true, true, "frame_1024_projector.png");
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
