/* test_input.c — what the mouse and keys do: a click on a button reports its action, the
 * clicker keys (PageDown, PageUp, B, F5) map to step, back, blank and reload, a click on a
 * room pins its tooltip, a plate's local is found under the pointer, and the wheel zooms. */
#include "fixture.h"
#include "offscreen.h"

static gh_ViewAction click(VC *c, const gh_Sim *sim, int x, int y)
{
    SDL_Event e = {.type = SDL_MOUSEBUTTONDOWN};
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = x;
    e.button.y = y;
    gh_ViewAction a = gh_view_handle_event(c->v, sim, &e);
    e.type = SDL_MOUSEBUTTONUP;
    gh_view_handle_event(c->v, sim, &e);
    return a;
}

/* A classroom view of the small fixture, drawn once. */
static VC drawn(Fixture *f)
{
    VC c = vc_open(1280, 720, true);
    *f = fx_small();
    gh_view_render(c.v, f->sim, 0);
    return c;
}

static void done(VC *c, Fixture *f)
{
    gh_sim_free(f->sim);
    vc_close(c);
}

CASE("a click on a button reports its action")
{
    Fixture f;
    VC c = drawn(&f);
    SDL_Rect r;
    CHECK(gh_view_button_rect(c.v, GH_ACT_STEP, &r), "step button");
    CHECK_EQ(click(&c, f.sim, r.x + r.w / 2, r.y + r.h / 2), GH_ACT_STEP, "click on Step");
    CHECK(gh_view_button_rect(c.v, GH_ACT_PLAY_PAUSE, &r) && click(&c, f.sim, r.x + 2, r.y + 2) == GH_ACT_PLAY_PAUSE, "Play");
    done(&c, &f);
}

CASE("the clicker keys PageDown, PageUp, B and F5 step, go back, blank and reload")
{
    CHECK_EQ(gh_view_key_action(SDLK_PAGEDOWN), GH_ACT_STEP, "PageDown steps");
    CHECK_EQ(gh_view_key_action(SDLK_PAGEUP), GH_ACT_BACK, "PageUp goes back");
    CHECK_EQ(gh_view_key_action(SDLK_b), GH_ACT_BLANK, "B blanks the screen");
    CHECK_EQ(gh_view_key_action(SDLK_F5), GH_ACT_RELOAD, "F5 reloads");
    CHECK_EQ(gh_view_key_action(SDLK_SPACE), GH_ACT_PLAY_PAUSE, "Space plays and pauses");
    CHECK_EQ(gh_view_key_action(SDLK_n), GH_ACT_NEXT_GC, "N runs to the next GC");
}

CASE("a click on a room pins its tooltip")
{
    Fixture f;
    VC c = drawn(&f);
    SDL_Rect r;
    int32_t span;
    uint32_t slot;
    CHECK(gh_find_object(f.sim, f.hello, &span, &slot) && gh_view_room_rect(c.v, f.sim, span, slot, &r, NULL), "string room");
    CHECK_EQ(click(&c, f.sim, r.x + r.w / 2, r.y + r.h / 2), GH_ACT_NONE, "a room is no button");
    gh_view_render(c.v, f.sim, 0);
    CHECK(vc_has_label(c.v, "as text: \"hello, gopher!"), "pinned tooltip shows the string");
    vc_save(&c, "input_pinned.png");
    done(&c, &f);
}

CASE("a plate's local is found under the pointer and described")
{
    Fixture f;
    VC c = drawn(&f);
    SDL_Rect r;
    CHECK(gh_view_local_rect(c.v, f.g, 0, 0, &r), "local 0 of main");
    gh_ViewHit h = gh_view_hit(c.v, f.sim, r.x + 4, r.y + r.h / 2);
    CHECK(h.kind == GH_HIT_LOCAL && h.goroutine == f.g && h.frame == 0 && h.local == 0, "hit local: kind %d", h.kind);
    char text[512];
    gh_view_describe(c.v, f.sim, &h, text, sizeof text);
    CHECK(strstr(text, "list in main") != NULL, "describe local: %s", text);
    done(&c, &f);
}

CASE("the wheel over the hotel zooms in: rooms get larger")
{
    Fixture f;
    VC c = drawn(&f);
    SDL_Rect r;
    int32_t span;
    uint32_t slot;
    CHECK(gh_find_object(f.sim, f.head, &span, &slot) && gh_view_room_rect(c.v, f.sim, span, slot, &r, NULL), "node room");
    int before = r.w * r.h;
    SDL_Event m = {.type = SDL_MOUSEMOTION};
    m.motion.x = r.x;
    m.motion.y = r.y;
    gh_view_handle_event(c.v, f.sim, &m);
    SDL_Event w = {.type = SDL_MOUSEWHEEL};
    w.wheel.y = 1;
    gh_view_handle_event(c.v, f.sim, &w);
    gh_view_handle_event(c.v, f.sim, &w);
    gh_view_render(c.v, f.sim, 0);
    CHECK(gh_view_room_rect(c.v, f.sim, span, slot, &r, NULL) && r.w * r.h > before, "zoomed room %d > %d", r.w * r.h, before);
    done(&c, &f);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
