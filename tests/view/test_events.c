/* test_events.c — the event-fed path: after events the view repaints only the floors that
 * changed, and the result equals a fresh full repaint pixel for pixel; a new room flashes
 * while its event is recent; the chart gains samples at GC boundaries. */
#include <stdlib.h>
#include "fixture.h"
#include "offscreen.h"

typedef struct Feed { gh_View *v; gh_Sim *sim; int n; } Feed;
static void feed(void *ud, const gh_Event *ev)
{
    Feed *f = ud;
    f->n++;
    gh_view_event(f->v, f->sim, ev);
}

static int diff_hotel(VC *a, VC *b)
{
    SDL_Rect r;
    if (!gh_view_panel_rect(a->v, GH_PANEL_HOTEL, &r)) return -1;
    int bad = 0;
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++) bad += !vc_same(vc_pixel(a, x, y), vc_pixel(b, x, y));
    return bad;
}

/* A view fed by the fixture's events, drawn once, then 40 allocations of 48, 64 and 80 B
 * fed to it; returns the last allocation. */
static gh_Addr fed(VC *c, Fixture *f, Feed *fd)
{
    *c = vc_open(1280, 720, false);
    *f = fx_small();
    *fd = (Feed){c->v, f->sim, 0};
    gh_sim_listen(f->sim, feed, fd);
    gh_view_set_graph(c->v, 0);
    gh_view_render(c->v, f->sim, 0);
    gh_Addr last = 0;
    for (int i = 0; i < 40; i++) last = gh_mallocgc(f->sim, 48 + (i % 3) * 16, GH_TYPE_BYTES, true);
    CHECK(fd->n > 40, "events fed: %d", fd->n);
    return last;
}

static void unfed(VC *c, Fixture *f)
{
    gh_sim_listen(f->sim, NULL, NULL);
    gh_sim_free(f->sim);
    vc_close(c);
}

CASE("a new room flashes while its allocation is recent")
{
    VC c;
    Fixture f;
    Feed fd;
    gh_Addr last = fed(&c, &f, &fd);
    gh_view_render(c.v, f.sim, 16); /* the next frame, 16 ms later */
    vc_save(&c, "events_flash.png");
    int32_t span;
    uint32_t slot;
    SDL_Rect r;
    CHECK(gh_find_object(f.sim, last, &span, &slot) && gh_view_room_rect(c.v, f.sim, span, slot, &r, NULL), "new room");
    SDL_Color ring = vc_pixel(&c, r.x - 2, r.y + r.h / 2), flash = {0xf0, 0xe4, 0x42, 255}; /* default highlight */
    CHECK(abs(ring.r - flash.r) < 16 && abs(ring.g - flash.g) < 16 && abs(ring.b - flash.b) < 16,
          "flash ring around the new room: got #%02x%02x%02x", ring.r, ring.g, ring.b);
    unfed(&c, &f);
}

CASE("repainting only the floors events changed gives a full repaint's pixels")
{
    VC c;
    Fixture f;
    Feed fd;
    fed(&c, &f, &fd);
    gh_view_render(c.v, f.sim, 16);
    gh_view_render(c.v, f.sim, 5000);
    for (int i = 0; i < 10; i++) gh_mallocgc(f.sim, 24, GH_TYPE_BYTES, true);
    gh_view_render(c.v, f.sim, 10000);
    VC fresh = vc_open(1280, 720, false);
    gh_view_set_graph(fresh.v, 0);
    gh_view_render(fresh.v, f.sim, 10000);
    CHECK_EQ(diff_hotel(&c, &fresh), 0, "pixels where the incremental repaint differs from a full repaint");
    vc_save(&c, "events_incremental.png");
    vc_save(&fresh, "events_fresh.png");
    vc_close(&fresh);
    unfed(&c, &f);
}

CASE("a GC cycle labels its band in the chart")
{
    VC c;
    Fixture f;
    Feed fd;
    fed(&c, &f, &fd);
    gh_view_render(c.v, f.sim, 16);
    gh_GC(f.sim);
    gh_view_render(c.v, f.sim, 20000);
    CHECK(vc_has_label(c.v, "GC 1"), "GC band labelled");
    unfed(&c, &f);
}

CASE("a stack that grows says so on its plate column")
{
    VC c;
    Fixture f;
    Feed fd;
    fed(&c, &f, &fd);
    gh_view_render(c.v, f.sim, 16);
    gh_frame_push(f.sim, "deep", 1200, 30);
    gh_frame_push(f.sim, "deeper", 1200, 31);
    gh_view_render(c.v, f.sim, 100);
    CHECK(vc_has_label(c.v, "KiB: copied"), "stack growth shown as a copy (\"G1 stack 2 KiB → 4 KiB: copied\")");
    vc_save(&c, "events_stack_grew.png");
    unfed(&c, &f);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
