/* test_highlight_global.c — a lesson can point at a global: the ring and its note go on
 * that global's entry of the cafeteria's globals line (not on a plate, and not nowhere). */
#include "fixture.h"
#include "offscreen.h"

CASE("a highlighted global gets its ring and note on the globals line")
{
    VC c = vc_open(1280, 720, true);
    gh_Sim *sim = gh_sim_new(NULL);
    gh_gc_set_background(sim, false);
    CHECK(gh_newproc(sim) > 0 && gh_frame_push(sim, "main.main", 256, 1), "main");
    gh_Addr v = gh_global(sim, "sinkV", GH_TYPE_INT64, 8);
    uint64_t answer = 42;
    CHECK(v && gh_store(sim, v, &answer, 8), "var sinkV = 42");
    gh_view_highlight_frame(c.v, -1, -1, "sinkV", "a global");
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "highlight_global.png");
    SDL_Rect entry = {0}, note = {0};
    bool haveEntry = false, haveNote = false;
    for (int i = 0; i < gh_view_label_count(c.v); i++) {
        SDL_Rect r;
        const char *s = gh_view_label(c.v, i, &r);
        if (strstr(s, "sinkV = 42")) entry = r, haveEntry = true;
        if (!strcmp(s, "a global")) note = r, haveNote = true;
    }
    CHECK(haveEntry, "the global is on the globals line");
    CHECK(haveNote, "the note is drawn");
    SDL_Rect caf;
    CHECK(gh_view_panel_rect(c.v, GH_PANEL_CAFETERIA, &caf) && SDL_HasIntersection(&note, &caf), "the note is in the cafeteria");
    CHECK(abs((note.y + note.h / 2) - (entry.y + entry.h / 2)) < 3 * entry.h, "the note stands next to the global (note y %d, global y %d)",
          note.y, entry.y);
    char buf[2048];
    int n = gh_view_layout_problems(c.v, buf, sizeof buf);
    CHECK_EQ(n, 0, "no layout problems: %s", n ? buf : "");
    gh_sim_free(sim);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
