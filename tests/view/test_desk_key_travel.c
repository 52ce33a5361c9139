/* test_desk_key_travel.c — the front desk's key travels. An allocation whose P has no
 * floor with a free room of its size class refills the mcache: mcentral hands over a floor
 * it holds (the key leaves reception) or, having none, grows one from mheap's free pages
 * (the key leaves mheap's line). In the window the key is on its way for about 300 ms,
 * starting where it came from and ending on the P's chip for that class; a still and
 * reduced motion show only the end state, the key on the ring. */
#include "fixture.h"
#include "offscreen.h"

typedef struct Feed { gh_View *v[2]; gh_Sim *sim; } Feed;
static void feed(void *ud, const gh_Event *ev)
{
    Feed *f = ud;
    for (int i = 0; i < 2; i++)
        if (f->v[i]) gh_view_event(f->v[i], f->sim, ev);
}

static bool inside(SDL_Rect in, SDL_Rect out) { return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w && in.y + in.h <= out.y + out.h; }

/* The span class of a 48 B noscan room: size class 5, noscan bit set. */
static int spc48(void) { return gh_size_to_class(48) << 1 | 1; }

/* Follows the key of one refill through its ~300 ms, from the frame after the event. */
static void follow(VC *m, VC *r, gh_Sim *sim, bool wantHeap)
{
    gh_ViewKey k[8];
    gh_view_render(m->v, sim, 1016);
    gh_view_render(r->v, sim, 1016);
    CHECK_EQ(gh_view_keys_in_flight(r->v, k, 8), 0, "reduced motion: no key in flight");
    int n = gh_view_keys_in_flight(m->v, k, 8);
    if (!CHECK_EQ(n, 1, "one key in flight right after the refill")) return;
    SDL_Rect desk;
    CHECK(gh_view_panel_rect(m->v, GH_PANEL_DESK, &desk), "the desk is shown");
    CHECK_EQ(k[0].p, 0, "to P0");
    CHECK_EQ(k[0].spc, spc48(), "the 48 B noscan key");
    CHECK(k[0].fromHeap == wantHeap, "the key comes from %s", wantHeap ? "mheap" : "mcentral");
    /* where it starts: the label drawn there */
    const char *want = wantHeap ? "mheap" : "mcentral";
    bool named = false;
    for (int i = 0; i < gh_view_label_count(m->v); i++) {
        SDL_Rect lr;
        const char *s = gh_view_label(m->v, i, &lr);
        if (!strcmp(s, want) && SDL_HasIntersection(&lr, &k[0].from)) named = true;
        if (!wantHeap && !strncmp(s, "48 B: ", 6) && SDL_HasIntersection(&lr, &k[0].from)) named = true; /* mcentral's chip */
    }
    CHECK(named, "the key starts on the desk's %s line", want);
    CHECK(inside(k[0].from, desk) && inside(k[0].to, desk), "both ends on the desk");
    /* where it ends: P0's chip for the 48 B class, read back from its label */
    bool chip = false;
    for (int i = 0; i < gh_view_label_count(m->v); i++) {
        SDL_Rect lr;
        const char *s = gh_view_label(m->v, i, &lr);
        if (!strcmp(s, "48 B") && inside(lr, k[0].to)) chip = true;
    }
    CHECK(chip, "the key ends on P0's 48 B chip");
    CHECK(k[0].progress >= 0 && k[0].progress < 0.05f, "just started (%.3f)", k[0].progress);
    int sx = k[0].at.x + k[0].at.w / 2, sy = k[0].at.y + k[0].at.h / 2;
    int fx = k[0].from.x + k[0].from.w / 2, fy = k[0].from.y + k[0].from.h / 2;
    CHECK(abs(sx - fx) <= 3 && abs(sy - fy) <= 3, "at the start the key is where it comes from");
    vc_save(m, wantHeap ? "key_from_mheap_start.png" : "key_from_mcentral_start.png");

    gh_view_render(m->v, sim, 1166);
    n = gh_view_keys_in_flight(m->v, k, 8);
    if (!CHECK_EQ(n, 1, "150 ms later the key is still on its way")) return;
    CHECK(k[0].progress > 0.4f && k[0].progress < 0.6f, "half way (%.3f)", k[0].progress);
    int mx = k[0].at.x + k[0].at.w / 2, my = k[0].at.y + k[0].at.h / 2;
    int tx = k[0].to.x + k[0].to.w / 2, ty = k[0].to.y + k[0].to.h / 2;
    int lox = fx < tx ? fx : tx, hix = fx < tx ? tx : fx, loy = fy < ty ? fy : ty, hiy = fy < ty ? ty : fy;
    CHECK(mx >= lox - 1 && mx <= hix + 1 && my >= loy - 1 && my <= hiy + 1, "half way the key is between its ends");
    CHECK(abs(mx - fx) + abs(my - fy) > 4 && abs(mx - tx) + abs(my - ty) > 4, "and at neither end");
    vc_save(m, wantHeap ? "key_from_mheap_half.png" : "key_from_mcentral_half.png");

    gh_view_render(m->v, sim, 1400);
    CHECK_EQ(gh_view_keys_in_flight(m->v, k, 8), 0, "after 300 ms the key has arrived");
    gh_view_render(m->v, sim, 0);
    CHECK_EQ(gh_view_keys_in_flight(m->v, k, 8), 0, "a still draws no key in flight");
}

CASE("a floor mheap makes from free pages: the key travels from mheap to the P's desk")
{
    VC m = vc_open(1280, 720, true), r = vc_open(1280, 720, true);
    gh_view_set_reduced_motion(r.v, true);
    Feed fd = {{m.v, r.v}, NULL};
    gh_Sim *sim = fx_bench_sim(feed, &fd);
    fd.sim = sim;
    gh_view_render(m.v, sim, 1000);
    gh_view_render(r.v, sim, 1000);
    CHECK(gh_mallocgc(sim, 48, GH_TYPE_BYTES, true) != 0, "a first 48 B room: no 48 B floor anywhere yet");
    CHECK(gh_sim_mcache_span(sim, 0, spc48()) >= 0, "P0 holds the 48 B key");
    follow(&m, &r, sim, true);
    gh_sim_listen(sim, NULL, NULL);
    gh_sim_free(sim);
    vc_close(&m);
    vc_close(&r);
}

CASE("a floor mcentral holds: the key travels from reception to the P's desk")
{
    VC m = vc_open(1280, 720, true), r = vc_open(1280, 720, true);
    gh_view_set_reduced_motion(r.v, true);
    Feed fd = {{NULL, NULL}, NULL};
    gh_Sim *sim = fx_bench_sim(feed, &fd);
    fd.sim = sim;
    gh_Addr keep = gh_global(sim, "keep", GH_TYPE_POINTER, 8);
    for (int i = 0; i < 20; i++) { /* one room kept, the rest garbage once the cycle runs */
        gh_Addr a = gh_mallocgc(sim, 48, GH_TYPE_BYTES, true);
        if (i == 0) gh_store_ptr(sim, keep, a);
    }
    gh_temps_clear(sim);
    gh_GC(sim); /* the cycle flushes every mcache: the 48 B floor goes back to reception */
    CHECK(gh_sim_mcache_span(sim, 0, spc48()) < 0, "after the cycle P0 holds no 48 B key");
    gh_CentralInfo c = gh_sim_central(sim, spc48());
    CHECK(c.partialSwept + c.partialUnswept > 0, "mcentral holds the 48 B floor with free rooms");
    fd.v[0] = m.v;
    fd.v[1] = r.v;
    gh_view_render(m.v, sim, 1000);
    gh_view_render(r.v, sim, 1000);
    CHECK(gh_mallocgc(sim, 48, GH_TYPE_BYTES, true) != 0, "a 48 B room");
    follow(&m, &r, sim, false);
    gh_sim_listen(sim, NULL, NULL);
    gh_sim_free(sim);
    vc_close(&m);
    vc_close(&r);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
