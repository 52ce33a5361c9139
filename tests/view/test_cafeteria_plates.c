/* test_cafeteria_plates.c — the cafeteria shows the program's own variables, one plate per
 * function call. Compiler temporaries (.autotmp_N, .spill, .closureptr) and the runtime's
 * pseudo frame runtime.(no shrink) stay off the plates until gh_view_set_show_temporaries
 * asks for them; when a Go program runs its main.main on a goroutine of its own, the scene's
 * idle main goroutine is not drawn as a second main plate; and every line of a plate is
 * drawn inside that plate. */
#include "fixture.h"
#include "offscreen.h"

static int count_labels(const gh_View *v, const char *prefix)
{
    int n = 0;
    for (int i = 0; i < gh_view_label_count(v); i++) n += !strncmp(gh_view_label(v, i, NULL), prefix, strlen(prefix));
    return n;
}

/* Every label that starts inside a plate of goroutine gid ends inside it. */
static void check_inside(const gh_View *v, int32_t gid, int nframes, const char *what)
{
    for (int f = 0; f < nframes; f++) {
        SDL_Rect p;
        if (!gh_view_frame_rect(v, gid, f, &p)) continue;
        for (int i = 0; i < gh_view_label_count(v); i++) {
            SDL_Rect r;
            const char *s = gh_view_label(v, i, &r);
            if (!(r.x >= p.x && r.x < p.x + p.w && r.y >= p.y && r.y < p.y + p.h)) continue;
            CHECK(r.x + r.w <= p.x + p.w && r.y + r.h <= p.y + p.h, "%s: '%s' (%d,%d %dx%d) leaves plate %d (%d,%d %dx%d)", what, s,
                  r.x, r.y, r.w, r.h, f, p.x, p.y, p.w, p.h);
        }
    }
}

/* The scene's goroutine g1 (idle in main.main) and a Go program's goroutine g2: main.main
 * (count = 7 and three compiler temporaries) → main.add (total, word = "hi") →
 * runtime.(no shrink). */
static gh_Sim *program(int32_t *g1, int32_t *g2)
{
    gh_Sim *sim = gh_sim_new(NULL);
    gh_gc_set_background(sim, false);
    *g1 = gh_newproc(sim);
    CHECK(*g1 > 0 && gh_frame_push(sim, "main.main", 256, 1), "scene goroutine");
    *g2 = gh_newproc(sim);
    gh_gosched_to(sim, *g2);
    CHECK(gh_frame_push(sim, "main.main", 256, 3), "program main");
    gh_Addr count = gh_frame_local(sim, "count", GH_TYPE_INT64, 8, false);
    gh_frame_local(sim, ".autotmp_3", GH_TYPE_INT64, 8, false);
    gh_frame_local(sim, ".spill", GH_TYPE_INT64, 8, false);
    gh_frame_local(sim, ".closureptr", GH_TYPE_POINTER, 8, false);
    uint64_t seven = 7;
    gh_store(sim, count, &seven, 8);
    CHECK(gh_frame_push(sim, "main.add", 64, 9), "callee");
    gh_frame_local(sim, "total", GH_TYPE_INT64, 8, false);
    /* Go's own string type, as the interpreter registers it: shown as its text, not "string 16 B" */
    static const uint8_t strMask = 0x1;
    int32_t goString = gh_type_register(sim, "string", 16, &strMask);
    gh_Addr word = gh_frame_local(sim, "word", goString, 16, false);
    gh_String hi = {gh_mallocgc(sim, 2, GH_TYPE_BYTES, false), 2};
    CHECK(hi.ptr && gh_store(sim, hi.ptr, "hi", 2) && gh_store(sim, word, &hi, 16), "word := \"hi\"");
    CHECK(gh_frame_push(sim, "runtime.(no shrink)", 64, 9), "pseudo frame");
    return sim;
}

CASE("plates show the program's own variables, no temporaries, one main plate")
{
    VC c = vc_open(1280, 720, true);
    int32_t g1, g2;
    gh_Sim *sim = program(&g1, &g2);
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "cafeteria_plates.png");
    SDL_Rect r;
    CHECK(vc_has_label(c.v, "count = 7"), "the program's variable is shown");
    CHECK(vc_has_label(c.v, "total = "), "the callee's variable is shown");
    CHECK(vc_has_label(c.v, "\"hi\""), "a Go string variable shows its text");
    CHECK(!vc_has_label(c.v, "string 16 B"), "not the size of its header");
    CHECK(count_labels(c.v, ".") == 0, "no temporaries without asking");
    CHECK(gh_view_frame_rect(c.v, g2, 0, &r) && gh_view_frame_rect(c.v, g2, 1, &r), "main.main and main.add have plates");
    CHECK(!gh_view_frame_rect(c.v, g2, 2, &r), "runtime.(no shrink) has no plate");
    CHECK(!gh_view_frame_rect(c.v, g1, 0, &r), "the scene's idle main is not a second main plate");
    CHECK_EQ(count_labels(c.v, "main.main()"), 1, "one main.main plate drawn");
    CHECK_EQ(count_labels(c.v, "main.add()"), 1, "one main.add plate drawn");
    check_inside(c.v, g2, 3, "temporaries hidden");
    gh_sim_free(sim);
    vc_close(&c);
}

CASE("temporaries, the pseudo frame and the scene's goroutine come back when asked for")
{
    VC c = vc_open(1280, 720, true);
    int32_t g1, g2;
    gh_Sim *sim = program(&g1, &g2);
    gh_view_set_show_temporaries(c.v, true);
    gh_view_render(c.v, sim, 0);
    SDL_Rect r;
    CHECK(vc_has_label(c.v, ".autotmp_3") && vc_has_label(c.v, ".spill") && vc_has_label(c.v, ".closureptr"),
          "temporaries shown on request");
    CHECK(gh_view_frame_rect(c.v, g2, 2, &r), "pseudo frame shown on request");
    CHECK(gh_view_frame_rect(c.v, g1, 0, &r), "scene goroutine shown on request");
    check_inside(c.v, g2, 3, "temporaries shown");
    gh_sim_free(sim);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
