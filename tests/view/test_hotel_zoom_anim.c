/* test_hotel_zoom_anim.c — the hotel's smooth zoom between tiers. When a lesson's highlight
 * makes the view zoom from bars to rooms (or the wheel zooms), the window shows the old
 * picture growing and fading over the new one for about 300 ms; then the picture is exactly
 * the one reduced motion shows at once. The old picture keeps its words (the floors' signs)
 * while it fades. A still (time 0) and reduced motion never animate. */
#include "fixture.h"
#include "offscreen.h"

/* About `bytes` of small objects of mixed size classes, all kept by one global array. */
static gh_Sim *heap_of(uint64_t bytes)
{
    gh_Sim *sim = fx_bench_sim(NULL, NULL);
    static const uint32_t sizes[] = {16, 32, 48, 64, 128, 24, 256, 512, 80, 1024};
    uint32_t n = 0;
    for (uint64_t used = 0; used < bytes; n++) used += sizes[n % 10];
    gh_Addr keep = gh_global(sim, "keep", GH_TYPE_POINTER, n * 8);
    if (!keep) fx_die("global");
    for (uint32_t i = 0; i < n; i++) {
        gh_Addr a = gh_mallocgc(sim, sizes[i % 10], GH_TYPE_POINTER, true);
        if (!a) fx_die("mallocgc");
        gh_store_ptr(sim, keep + (gh_Addr)i * 8, a);
    }
    gh_temps_clear(sim);
    return sim;
}

/* Pixels of the hotel panel that differ between two views of the same size. */
static int hotel_diff(VC *a, VC *b)
{
    SDL_Rect H;
    gh_view_panel_rect(a->v, GH_PANEL_HOTEL, &H);
    int d = 0;
    for (int y = H.y; y < H.y + H.h; y++)
        for (int x = H.x; x < H.x + H.w; x++) d += !vc_same(vc_pixel(a, x, y), vc_pixel(b, x, y));
    return d;
}

/* Strings the last frame drew inside the hotel's floors (not its legend or title). */
static int hotel_words(const gh_View *v)
{
    SDL_Rect H, r;
    gh_view_panel_rect(v, GH_PANEL_HOTEL, &H);
    int legend = 0, n = 0;
    for (int i = 0; i < gh_view_label_count(v); i++) { /* the legend's row: the first line under the title */
        const char *s = gh_view_label(v, i, &r);
        if (!strcmp(s, "free") && SDL_HasIntersection(&r, &H) && (!legend || r.y < legend)) legend = r.y + r.h;
    }
    for (int i = 0; i < gh_view_label_count(v); i++) {
        gh_view_label(v, i, &r);
        n += SDL_HasIntersection(&r, &H) && r.y >= legend;
    }
    return n;
}

static gh_Addr a_64_byte_room(const gh_Sim *sim)
{
    for (int32_t id = 0; id < gh_sim_nspans(sim); id++) {
        const gh_MSpan *s = gh_sim_span(sim, id);
        if (s->state == GH_SPAN_INUSE && s->elemsize == 64) return s->startAddr + 5 * s->elemsize;
    }
    return 0;
}

CASE("a highlight zooms from bars to rooms over 300 ms with motion on, at once with reduced motion")
{
    gh_Sim *sim = heap_of(256 << 10);
    VC m = vc_open(1280, 720, true), r = vc_open(1280, 720, true);
    gh_view_set_reduced_motion(r.v, true);
    gh_view_render(m.v, sim, 1000);
    gh_view_render(r.v, sim, 1000);
    CHECK(gh_view_hotel_tier(m.v) == GH_HOTEL_BARS, "a 256 KiB heap is bars");
    CHECK(gh_view_hotel_zoom_progress(m.v) < 0, "nothing changed: no zoom drawn");
    CHECK_EQ(hotel_diff(&m, &r), 0, "the same picture before the highlight");
    int oldWords = hotel_words(m.v); /* the bars' signs: the old picture's words */
    CHECK(oldWords > 5, "the bars tier writes its floor signs: %d words in the hotel", oldWords);
    gh_Addr room = a_64_byte_room(sim);
    CHECK(room != 0, "a 64 B room");
    gh_view_highlight_addr(m.v, GH_HL_ROOM, room, "this room");
    gh_view_highlight_addr(r.v, GH_HL_ROOM, room, "this room");
    gh_view_render(m.v, sim, 1016);
    gh_view_render(r.v, sim, 1016);
    CHECK(gh_view_hotel_tier(m.v) == GH_HOTEL_ROOMS && gh_view_hotel_tier(r.v) == GH_HOTEL_ROOMS, "highlighted: rooms");
    CHECK(gh_view_hotel_zoom_progress(r.v) < 0, "reduced motion: no zoom drawn");
    float p = gh_view_hotel_zoom_progress(m.v);
    CHECK(p >= 0 && p < 0.05f, "motion: the zoom has just begun (%.3f)", p);
    CHECK_EQ(gh_view_hotel_zoom_words(m.v), oldWords, "the old picture fades out with all its words");
    CHECK_EQ(gh_view_hotel_zoom_words(r.v), 0, "reduced motion: no old words");
    vc_save(&m, "zoom_start.png");
    int early = hotel_diff(&m, &r);
    CHECK(early > 1000, "at the start the old picture covers the new: %d pixels differ", early);
    gh_view_render(m.v, sim, 1166);
    gh_view_render(r.v, sim, 1166);
    p = gh_view_hotel_zoom_progress(m.v);
    CHECK(p > 0.45f && p < 0.55f, "150 ms later the zoom is half way (%.3f)", p);
    CHECK(gh_view_hotel_zoom_words(m.v) > 0, "half way the old words still show: %d", gh_view_hotel_zoom_words(m.v));
    vc_save(&m, "zoom_half.png");
    int mid = hotel_diff(&m, &r);
    CHECK(mid > 1000, "half way the old picture still shows over the new: %d pixels differ", mid);
    gh_view_render(m.v, sim, 1320);
    gh_view_render(r.v, sim, 1320);
    CHECK(gh_view_hotel_zoom_progress(m.v) < 0, "after 300 ms the zoom is over");
    CHECK_EQ(gh_view_hotel_zoom_words(m.v), 0, "and its words are gone");
    CHECK_EQ(hotel_diff(&m, &r), 0, "after the zoom the picture is the one reduced motion shows");
    vc_save(&m, "zoom_after.png");

    /* the wheel zooms smoothly too; a still never does */
    SDL_Rect H;
    gh_view_panel_rect(m.v, GH_PANEL_HOTEL, &H);
    gh_view_clear_highlights(m.v);
    gh_view_render(m.v, sim, 2000);
    gh_view_render(m.v, sim, 2400);
    CHECK(gh_view_hotel_tier(m.v) == GH_HOTEL_BARS, "highlight gone: bars again");
    gh_view_zoom(m.v, 1.25f, H.x + H.w / 2, H.y + H.h / 2);
    gh_view_render(m.v, sim, 2416);
    p = gh_view_hotel_zoom_progress(m.v);
    CHECK(p >= 0 && p < 0.1f, "a notch of the wheel starts a zoom (%.3f)", p);
    gh_view_zoom(m.v, 1.25f, H.x + H.w / 2, H.y + H.h / 2);
    gh_view_render(m.v, sim, 0);
    CHECK(gh_view_hotel_zoom_progress(m.v) < 0, "a still draws no zoom");
    vc_close(&m);
    vc_close(&r);
    gh_sim_free(sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
