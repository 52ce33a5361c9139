/* test_split_input.c — the mouse on the split view and each half's janitor. A pointer over
 * a room of either half gets that room's tooltip, from that half's simulator, drawn in that
 * half only (the event reaches the half in its own coordinates); moving to the other half
 * moves the tooltip there; a click pins it in the half clicked. Each half's janitor panel
 * names its own simulator's cycle number, whole, though the half is narrow. */
#include "check.h"
#include "fixture.h"
#include "offscreen.h"
#include "view/split_view.h"
#include "view/view_impl.h"

static void motion(gh_SplitView *s, const gh_Sim *l, const gh_Sim *r, int x, int y)
{
    SDL_Event e = {.type = SDL_MOUSEMOTION};
    e.motion.x = x, e.motion.y = y;
    gh_split_view_handle_event(s, l, r, &e);
}

/* Where the room of object p is in the window: half i's rectangle plus the room's place in it. */
static bool room_at(gh_SplitView *s, int i, const gh_Sim *sim, gh_Addr p, int *x, int *y)
{
    int32_t span;
    uint32_t slot;
    SDL_Rect r;
    if (!gh_find_object(sim, p, &span, &slot) || !gh_view_room_rect(gh_split_view_half(s, i), sim, span, slot, &r, NULL)) return false;
    SDL_Rect h = gh_split_view_rect(s, i);
    *x = h.x + r.x + r.w / 2, *y = h.y + r.y + r.h / 2;
    return true;
}

/* The label of view v that is exactly text. */
static bool has_exact(const gh_View *v, const char *text)
{
    for (int i = 0; i < gh_view_label_count(v); i++)
        if (!strcmp(gh_view_label(v, i, NULL), text)) return true;
    return false;
}

static const char *const HELLO = "as text: \"hello, gopher!";

CASE("a room of either half shows its tooltip in that half, and only there")
{
    Fixture a = fx_small(), b = fx_small();
    VC c = vc_open(1280, 720, true);
    gh_SplitView *s = gh_split_view_new(c.r, 1280, 720, &(gh_ViewOptions){.projector = true});
    if (!CHECK(s != NULL, "a split view opens")) return;
    gh_View *l = gh_split_view_half(s, 0), *r = gh_split_view_half(s, 1);
    gh_split_view_render(s, a.sim, b.sim, 0);
    int x, y;
    if (CHECK(room_at(s, 1, b.sim, b.hello, &x, &y), "the right half draws the string's room")) {
        motion(s, a.sim, b.sim, x, y);
        gh_split_view_render(s, a.sim, b.sim, 0);
        vc_save(&c, "split_hover_right.png");
        CHECK(vc_has_label(r, HELLO), "the right half shows the string's tooltip");
        CHECK(!vc_has_label(l, HELLO), "the left half shows none");
    }
    if (CHECK(room_at(s, 0, a.sim, a.hello, &x, &y), "the left half draws the string's room")) {
        motion(s, a.sim, b.sim, x, y);
        gh_split_view_render(s, a.sim, b.sim, 0);
        CHECK(vc_has_label(l, HELLO), "over the left room: the left half shows it");
        CHECK(!vc_has_label(r, HELLO), "and the right half's tooltip is gone");
        SDL_Rect p = gh_split_view_rect(s, 2);
        motion(s, a.sim, b.sim, p.x + p.w / 2, p.y + p.h / 2);
        gh_split_view_render(s, a.sim, b.sim, 0);
        CHECK(!vc_has_label(l, HELLO) && !vc_has_label(r, HELLO), "over the panel: no tooltip in either half");
    }
    if (room_at(s, 1, b.sim, b.hello, &x, &y)) {
        SDL_Event e = {.type = SDL_MOUSEBUTTONDOWN};
        e.button.button = SDL_BUTTON_LEFT, e.button.x = x, e.button.y = y;
        gh_split_view_handle_event(s, a.sim, b.sim, &e);
        e.type = SDL_MOUSEBUTTONUP;
        gh_split_view_handle_event(s, a.sim, b.sim, &e);
        SDL_Rect p = gh_split_view_rect(s, 2);
        motion(s, a.sim, b.sim, p.x + 4, p.y + 4); /* the pointer leaves: a pinned tooltip stays */
        gh_split_view_render(s, a.sim, b.sim, 0);
        CHECK(vc_has_label(r, HELLO) && !vc_has_label(l, HELLO), "a click pins it in the right half");
    }
    gh_split_view_free(s);
    vc_close(&c);
    gh_sim_free(a.sim);
    gh_sim_free(b.sim);
}

CASE("each half's janitor names its own cycle, whole in a half's width")
{
    Fixture a = fx_small(), b = fx_small();
    for (int i = 0; i < 3; i++) gh_GC(b.sim);
    VC c = vc_open(1280, 720, true);
    gh_SplitView *s = gh_split_view_new(c.r, 1280, 720, &(gh_ViewOptions){.projector = true});
    if (!CHECK(s != NULL, "a split view opens")) return;
    gh_split_view_render(s, a.sim, b.sim, 0);
    vc_save(&c, "split_janitor.png");
    char want[2][32];
    for (int i = 0; i < 2; i++) snprintf(want[i], sizeof want[i], "cycle %u", gh_sim_gc(i ? b.sim : a.sim).cycle);
    CHECK(strcmp(want[0], want[1]), "the two simulators are at different cycles (%s, %s)", want[0], want[1]);
    CHECK(has_exact(gh_split_view_half(s, 0), want[0]), "the left janitor says %s", want[0]);
    CHECK(has_exact(gh_split_view_half(s, 1), want[1]), "the right janitor says %s", want[1]);
    char buf[16384];
    gh_split_view_layout_problems(s, buf, sizeof buf);
    CHECK(!strstr(buf, "cycle"), "no janitor heading is cut: %s", buf);
    /* a whole window has the room for NumGC too */
    gh_view_render(c.v, b.sim, 0);
    char full[64];
    snprintf(full, sizeof full, "cycle %u · NumGC %u", gh_sim_gc(b.sim).cycle, gh_sim_gc(b.sim).numGC);
    CHECK(has_exact(c.v, full), "a full-width janitor says %s", full);
    gh_split_view_free(s);
    vc_close(&c);
    gh_sim_free(a.sim);
    gh_sim_free(b.sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
