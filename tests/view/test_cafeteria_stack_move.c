/* test_cafeteria_stack_move.c — stack growth is a move. When a call needs more stack than
 * is left, Go's newstack allocates a stack twice the size (or more), copystack copies the
 * frames into it and frees the old one. In the window the goroutine's plates slide for
 * about 300 ms from the old stack, which fades, into the new one; after that, and at once
 * with reduced motion, they stand where a fresh picture draws them. A still (`gohotel
 * shot`, a fresh view at time 0) shows the new stack and says it is a copy, with the
 * size the runtime copied it from. */
#include "fixture.h"
#include "offscreen.h"

typedef struct Feed { gh_View *v[2]; gh_Sim *sim; } Feed;
static void feed(void *ud, const gh_Event *ev)
{
    Feed *f = ud;
    for (int i = 0; i < 2; i++)
        if (f->v[i]) gh_view_event(f->v[i], f->sim, ev);
}

/* A label in the cafeteria starting with prefix (the hotel's stack floor has its own sign). */
static bool has_label_prefix(const gh_View *v, const char *prefix, char *got, size_t n)
{
    SDL_Rect caf, r;
    if (!gh_view_panel_rect(v, GH_PANEL_CAFETERIA, &caf)) return false;
    for (int i = 0; i < gh_view_label_count(v); i++) {
        const char *s = gh_view_label(v, i, &r);
        if (SDL_HasIntersection(&r, &caf) && !strncmp(s, prefix, strlen(prefix))) {
            snprintf(got, n, "%s", s);
            return true;
        }
    }
    return false;
}

CASE("a growing stack's plates move to the bigger stack over 300 ms; the still shows the copy")
{
    VC m = vc_open(1280, 720, true), r = vc_open(1280, 720, true);
    gh_view_set_reduced_motion(r.v, true);
    Fixture f = fx_small();
    Feed fd = {{m.v, r.v}, f.sim};
    gh_sim_listen(f.sim, feed, &fd);
    const gh_G *g = gh_sim_g(f.sim, f.g - 1);
    CHECK_EQ(g->stackhi - g->stacklo, 2048, "a goroutine starts with Go's 2 KiB stack");
    gh_view_render(m.v, f.sim, 1000);
    gh_view_render(r.v, f.sim, 1000);
    int32_t gid;
    CHECK(gh_view_stack_move_progress(m.v, &gid) < 0, "nothing moved yet");
    /* main (256 B) and greet (64 B) use 320 B: a 1200 B frame leaves less than the 928 B guard */
    CHECK(gh_frame_push(f.sim, "deep", 1200, 30), "push a 1200 B frame");
    gh_temps_clear(f.sim);
    CHECK_EQ(g->stackhi - g->stacklo, 4096, "newstack doubled the stack to 4 KiB");
    CHECK_EQ(g->copiedFrom, 2048, "copystack copied it from the 2 KiB stack");
    uint32_t top = g->nframes - 1;

    gh_view_render(m.v, f.sim, 1016);
    gh_view_render(r.v, f.sim, 1016);
    CHECK(gh_view_stack_move_progress(r.v, &gid) < 0, "reduced motion: the plates do not move");
    float p = gh_view_stack_move_progress(m.v, &gid);
    CHECK(p >= 0 && p < 0.05f, "the move has just begun (%.3f)", p);
    CHECK_EQ(gid, f.g, "the goroutine whose stack grew");
    SDL_Rect a, b;
    CHECK(gh_view_frame_rect(m.v, f.g, (int32_t)top, &a) && gh_view_frame_rect(r.v, f.g, (int32_t)top, &b), "deep's plate drawn");
    CHECK(a.x > b.x + 8 && a.y == b.y && a.w == b.w, "at the start the plate is still in the old stack, to the right (%d vs %d)", a.x, b.x);
    int start = a.x - b.x;
    vc_save(&m, "stack_move_start.png");

    gh_view_render(m.v, f.sim, 1166);
    gh_view_render(r.v, f.sim, 1166);
    p = gh_view_stack_move_progress(m.v, &gid);
    CHECK(p > 0.4f && p < 0.6f, "150 ms later half way (%.3f)", p);
    CHECK(gh_view_frame_rect(m.v, f.g, (int32_t)top, &a) && gh_view_frame_rect(r.v, f.g, (int32_t)top, &b), "deep's plate drawn");
    CHECK(a.x > b.x && a.x - b.x < start, "half way the plate is between the old stack and the new (%d of %d px to go)", a.x - b.x, start);
    vc_save(&m, "stack_move_half.png");

    gh_view_render(m.v, f.sim, 1400);
    gh_view_render(r.v, f.sim, 1400);
    CHECK(gh_view_stack_move_progress(m.v, &gid) < 0, "after 300 ms the move is over");
    CHECK(gh_view_frame_rect(m.v, f.g, (int32_t)top, &a) && gh_view_frame_rect(r.v, f.g, (int32_t)top, &b), "deep's plate drawn");
    CHECK(a.x == b.x && a.y == b.y, "the plate stands in the new stack, where reduced motion drew it");

    /* the still: a fresh view at time 0, as `gohotel shot` draws a pause */
    VC s = vc_open(1280, 720, true);
    gh_view_render(s.v, f.sim, 0);
    CHECK(gh_view_stack_move_progress(s.v, &gid) < 0, "a still draws no move");
    char t[128] = "";
    char want[32];
    snprintf(want, sizeof want, "G%d", f.g);
    CHECK(has_label_prefix(s.v, want, t, sizeof t), "the goroutine's title");
    CHECK(strstr(t, "stack 4 KiB") && strstr(t, "copied from 2 KiB"), "the still names the new stack and the copy: \"%s\"", t);
    vc_save(&s, "stack_move_still.png");
    char buf[2048];
    CHECK_EQ(gh_view_layout_problems(s.v, buf, sizeof buf), 0, "the still's layout: %s", buf);
    vc_close(&s);

    gh_sim_listen(f.sim, NULL, NULL);
    gh_sim_free(f.sim);
    vc_close(&m);
    vc_close(&r);
}

CASE("a shrunk stack says it shrank and was copied")
{
    VC m = vc_open(1280, 720, true);
    Fixture f = fx_small();
    Feed fd = {{m.v, NULL}, f.sim};
    gh_view_render(m.v, f.sim, 1000);
    const gh_G *g = gh_sim_g(f.sim, f.g - 1);
    CHECK(gh_frame_push(f.sim, "deep", 3000, 30), "push a 3000 B frame");
    CHECK_EQ(g->stackhi - g->stacklo, 8192, "newstack doubles until the frame fits: 8 KiB");
    gh_frame_pop(f.sim);
    gh_temps_clear(f.sim);
    gh_sim_listen(f.sim, feed, &fd);
    gh_GC(f.sim); /* the stack scan halves a stack less than a quarter used */
    CHECK_EQ(g->stackhi - g->stacklo, 4096, "shrinkstack halved it");
    CHECK_EQ(g->copiedFrom, 8192, "copied from the 8 KiB stack");
    gh_view_render(m.v, f.sim, 1016);
    char t[128] = "", want[32];
    snprintf(want, sizeof want, "G%d", f.g);
    CHECK(has_label_prefix(m.v, want, t, sizeof t) && strstr(t, "8 KiB \u2192 4 KiB: copied"),
          "the title says it went from 8 KiB to 4 KiB, copied: \"%s\"", t);
    gh_sim_listen(f.sim, NULL, NULL);
    gh_sim_free(f.sim);
    vc_close(&m);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
