/* test_stw_banner.c — "the world restarts" is shown only when the stop-the-world really was
 * among the step's last events: right after a GC the banner fades out over the next frames,
 * but a step that ran on far beyond the cycle (a lesson stepping pause to pause across many
 * allocations) shows the state it stopped in, with no banner from the past. */
#include "fixture.h"
#include "offscreen.h"

typedef struct Feed { gh_View *v; gh_Sim *sim; } Feed;
static void feed(void *ud, const gh_Event *ev)
{
    Feed *f = ud;
    gh_view_event(f->v, f->sim, ev);
}

CASE("the world-restarts banner shows only right after a stop-the-world")
{
    VC c = vc_open(1280, 720, true);
    Fixture f = fx_small();
    Feed fd = {c.v, f.sim};
    gh_sim_listen(f.sim, feed, &fd);
    gh_view_render(c.v, f.sim, 0);
    /* a whole cycle in one step, then the frame 100 ms later: the banner is fading out */
    gh_GC(f.sim);
    gh_view_render(c.v, f.sim, 100);
    CHECK(vc_has_label(c.v, "the world restarts"), "right after a cycle the banner says the world restarts");
    /* another cycle, then 400 more allocations in the same step: the banner is old news */
    gh_GC(f.sim);
    for (int i = 0; i < 400; i++) gh_mallocgc(f.sim, 64, GH_TYPE_BYTES, true);
    gh_view_render(c.v, f.sim, 200);
    CHECK(!vc_has_label(c.v, "the world restarts"), "a step that ran on past the cycle shows no stop-the-world banner");
    CHECK_EQ(gh_sim_gc(f.sim).state, GH_GCS_IDLE, "the collector rests");
    gh_sim_free(f.sim);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
