/* test_presenter.c — the presenter's comforts are live only and draw what they promise:
 * the key card is absent from a frame no one asked it for (every still), up for a few
 * seconds once shown, then gone; the laser spotlight dims the window outside a circle
 * around the pointer and leaves the inside as it was. */
#include "fixture.h"
#include "offscreen.h"

CASE("the key hints show for a few seconds once asked for, and never in a still")
{
    VC c = vc_open(1280, 720, true);
    Fixture f = fx_small();
    gh_view_render(c.v, f.sim, 1000);
    CHECK(!gh_view_key_hints_shown(c.v) && !vc_has_label(c.v, "laser pointer"), "a frame nobody asked hints for has none");
    gh_view_show_key_hints(c.v, 1000);
    gh_view_render(c.v, f.sim, 2000);
    CHECK(gh_view_key_hints_shown(c.v) && vc_has_label(c.v, "laser pointer"), "a second later the card names the laser key");
    CHECK(vc_has_label(c.v, "next pause"), "and the clicker's PageDown");
    CHECK(vc_has_label(c.v, "M  motion on/off"), "and M, which turns the janitor's walk and the doors' motion on or off");
    vc_save(&c, "presenter_hints.png");
    gh_view_render(c.v, f.sim, 1000 + 5600);
    CHECK(!gh_view_key_hints_shown(c.v) && !vc_has_label(c.v, "laser pointer"), "after about five seconds it is gone");
    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("the laser dims the window outside a circle around the pointer")
{
    VC c = vc_open(1280, 720, true);
    Fixture f = fx_small();
    gh_view_render(c.v, f.sim, 0);
    SDL_Color inBefore = vc_pixel(&c, 640 + 30, 360), outBefore = vc_pixel(&c, 100, 100);
    gh_view_set_laser(c.v, true, 640, 360);
    CHECK(gh_view_laser(c.v), "the laser is on");
    gh_view_render(c.v, f.sim, 0);
    vc_save(&c, "presenter_laser.png");
    SDL_Color inAfter = vc_pixel(&c, 640 + 30, 360), outAfter = vc_pixel(&c, 100, 100);
    CHECK(vc_same(inBefore, inAfter), "inside the circle (30 px from the dot) the picture is unchanged");
    CHECK(outAfter.r + outAfter.g + outAfter.b < outBefore.r + outBefore.g + outBefore.b, "outside it, darker");
    SDL_Color dot = vc_pixel(&c, 640, 360 - 8);
    CHECK(dot.r > 150 && dot.g < 120, "a red dot marks the pointer");
    gh_view_set_laser(c.v, false, 0, 0);
    gh_view_render(c.v, f.sim, 0);
    CHECK(vc_same(outBefore, vc_pixel(&c, 100, 100)), "off again, nothing is dimmed");
    gh_sim_free(f.sim);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
