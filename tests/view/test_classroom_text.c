/* test_classroom_text.c — text for the back row. In classroom mode at 1280x720 the
 * narration is drawn at 26 px or more and every other string at 18 px or more, and so at
 * any smaller window (panels give way, text does not shrink); at 1920x1080 text grows. The
 * layout checker (gh_view_layout_problems) finds nothing wrong with a plain lesson frame,
 * and it does fail when it should: narration too long for its band, a label sticking out
 * of its panel, text over text, a font under 18 px, a highlight pointing at nothing. The
 * console strip shows the last lines a scene printed. */
#include "fixture.h"
#include "view/view_impl.h"
#include "offscreen.h"

static const char *const SRC[] = {"func main() {", "\tlist := newList(6)", "\tgreeting := \"hello, gopher!\"",
                                  "\tbuf := make([]byte, 40000)", "\tgreet(greeting)", "}"};
static const char NARRATION[] = "Six nodes on the 24 B floor, a string in a 48 B room, a 40 KiB suite.";

static void lesson_frame(VC *c, Fixture *f)
{
    gh_view_set_title(c->v, "The hotel");
    gh_view_set_narration(c->v, NARRATION);
    gh_view_set_source(c->v, "scenes/demo.lua", SRC, 6);
    gh_view_set_line(c->v, 3);
    gh_view_render(c->v, f->sim, 0);
}

static bool has(const char *buf, const char *needle) { return strstr(buf, needle) != NULL; }

/* Every label at the classroom sizes, in a window of w x h. */
static void sizes(int w, int h, int minNarr, int minText)
{
    VC c = vc_open(w, h, true);
    Fixture f = fx_small();
    lesson_frame(&c, &f);
    CHECK(gh_view_narration_px(c.v) >= minNarr, "%dx%d: narration font %d px", w, h, gh_view_narration_px(c.v));
    CHECK(gh_view_min_text_px(c.v) >= minText, "%dx%d: smallest font %d px", w, h, gh_view_min_text_px(c.v));
    int narr = 0, n = gh_view_label_count(c.v);
    SDL_Rect band, r;
    CHECK(gh_view_panel_rect(c.v, GH_PANEL_NARRATION, &band), "%dx%d: no narration band", w, h);
    for (int i = 0; i < n; i++) {
        const char *s = gh_view_label(c.v, i, &r);
        int px = gh_view_label_px(c.v, i);
        if (SDL_HasIntersection(&r, &band)) { /* no console here: all of it is narration */
            narr++;
            CHECK(px >= minNarr, "%dx%d: narration line '%s' at %d px", w, h, s, px);
        }
        CHECK(px >= minText, "%dx%d: label '%s' at %d px", w, h, s, px);
    }
    CHECK(narr >= 1, "%dx%d: the narration was not drawn", w, h);
    char buf[4096];
    int k = gh_view_layout_problems(c.v, buf, sizeof buf);
    CHECK(k == 0, "%dx%d: %d layout problems:\n%s", w, h, k, buf);
    gh_sim_free(f.sim);
    vc_close(&c);
}

/* Narration longer than any band can hold in a small window: reported, not shrunk. */
static void narration_that_does_not_fit(void)
{
    VC c = vc_open(800, 450, true);
    Fixture f = fx_small();
    char lots[4000] = "";
    for (int i = 0; i < 30; i++) strcat(lots, "The janitor walks every floor and marks each room it can reach. ");
    gh_view_set_narration(c.v, lots);
    gh_view_render(c.v, f.sim, 0);
    char buf[4096];
    int k = gh_view_layout_problems(c.v, buf, sizeof buf);
    CHECK(k >= 1 && has(buf, "narration: ") && has(buf, "do not fit"), "expected a narration problem, got %d:\n%s", k, buf);
    CHECK(gh_view_narration_px(c.v) >= 26, "narration shrank to %d px", gh_view_narration_px(c.v));
    gh_sim_free(f.sim);
    vc_close(&c);
}

/* Strings drawn wrongly on purpose after a clean frame: each is one problem, named. */
static void checker_fails(void)
{
    VC c = vc_open(1280, 720, true);
    Fixture f = fx_small();
    lesson_frame(&c, &f);
    char buf[8192];
    CHECK(gh_view_layout_problems(c.v, buf, sizeof buf) == 0, "clean frame has problems:\n%s", buf);
    gh_View *v = c.v;
    SDL_Rect ms, caf;
    CHECK(gh_view_panel_rect(v, GH_PANEL_MEMSTATS, &ms), "no MemStats panel at 1280x720");
    CHECK(gh_view_panel_rect(v, GH_PANEL_CAFETERIA, &caf), "no cafeteria at 1280x720");
    /* 1: a label running out of its panel's right edge (the cafeteria's empty middle, at the window's edge) */
    v->textPanel = GH_PANEL_CAFETERIA;
    int y = caf.y + caf.h / 2 - 30;
    gh_text(v, GH_FONT_SMALL, "HeapAlloc 58.9 KiB", caf.x + caf.w - 40, y, v->pal->text, GH_ALIGN_LEFT, 0);
    int k = gh_view_layout_problems(v, buf, sizeof buf);
    CHECK(k == 1 && has(buf, "label 'HeapAlloc 58.9 KiB' (cafeteria) overflows panel by"), "overflow: %d\n%s", k, buf);
    /* 2: the same string again over the first one: text over text */
    gh_text(v, GH_FONT_SMALL, "HeapAlloc 58.9 KiB", caf.x + caf.w - 44, y + 3, v->pal->text, GH_ALIGN_LEFT, 0);
    k = gh_view_layout_problems(v, buf, sizeof buf);
    CHECK(k == 3 && has(buf, "overlaps label 'HeapAlloc 58.9 KiB'"), "overlap: %d\n%s", k, buf);
    v->textPanel = GH_PANEL_MEMSTATS;
    /* 3: a 13 px font (what classroom mode used before) */
    v->nlabels -= 2;
    int keep = v->fontPx[GH_FONT_SMALL];
    v->fontPx[GH_FONT_SMALL] = 13;
    gh_text(v, GH_FONT_SMALL, "NumGC", ms.x + v->pad, ms.y + ms.h - 2 * gh_text_h(v, GH_FONT_SMALL), v->pal->text, GH_ALIGN_LEFT, 0);
    v->fontPx[GH_FONT_SMALL] = keep;
    k = gh_view_layout_problems(v, buf, sizeof buf);
    CHECK(k >= 1 && has(buf, "label 'NumGC' (memstats): font 13 px < 18"), "small font: %d\n%s", k, buf);
    /* 4: a narration line at 17 px */
    v->nlabels = 0;
    v->textFlags = GH_LABEL_NARRATION;
    v->textPanel = GH_PANEL_NARRATION;
    keep = v->fontPx[GH_FONT_CAPTION];
    v->fontPx[GH_FONT_CAPTION] = 17;
    SDL_Rect nb;
    gh_view_panel_rect(v, GH_PANEL_NARRATION, &nb);
    gh_text(v, GH_FONT_CAPTION, "What is happening", nb.x + v->pad, nb.y + v->pad, v->pal->text, GH_ALIGN_LEFT, 0);
    v->fontPx[GH_FONT_CAPTION] = keep;
    v->textFlags = 0;
    k = gh_view_layout_problems(v, buf, sizeof buf);
    CHECK(k == 1 && has(buf, "narration: font 17 px < 26"), "narration font: %d\n%s", k, buf);
    /* 5: a highlight whose object is not on the heap */
    gh_view_highlight_addr(v, GH_HL_ROOM, 0xc0ffffff00ull, "gone");
    gh_view_render(v, f.sim, 0);
    k = gh_view_layout_problems(v, buf, sizeof buf);
    CHECK(k == 1 && has(buf, "highlight 'gone': points at no object"), "dangling highlight: %d\n%s", k, buf);
    /* the same frame outside classroom mode: fonts are not judged, the rest is */
    gh_view_set_projector(v, false);
    gh_view_render(v, f.sim, 0);
    k = gh_view_layout_problems(v, buf, sizeof buf);
    CHECK(k == 1 && has(buf, "highlight 'gone'"), "non-classroom: %d\n%s", k, buf);
    gh_sim_free(f.sim);
    vc_close(&c);
}

/* A highlighted room in a heap too big to draw room by room is still drawn as a room. */
static void highlighted_room_in_a_big_heap(void)
{
    VC c = vc_open(1280, 720, true);
    gh_Sim *sim = fx_big(16u << 20, NULL, NULL);
    gh_Addr a = gh_mallocgc(sim, 48, GH_TYPE_BYTES, true);
    gh_view_set_narration(c.v, "One room among a third of a million.");
    gh_view_highlight_addr(c.v, GH_HL_ROOM, a, "this one");
    gh_view_render(c.v, sim, 0);
    char buf[4096];
    int k = gh_view_layout_problems(c.v, buf, sizeof buf);
    CHECK(!has(buf, "highlight 'this one'"), "%d problems:\n%s", k, buf);
    gh_sim_free(sim);
    vc_close(&c);
}

/* The console strip: the last three lines printed, under the narration; none when empty. */
static void console(void)
{
    VC c = vc_open(1280, 720, true);
    Fixture f = fx_small();
    gh_view_set_console(c.v, "one\ntwo\nthree\nfour\n\n");
    lesson_frame(&c, &f);
    CHECK(!vc_has_label(c.v, "one") && vc_has_label(c.v, "two") && vc_has_label(c.v, "three") && vc_has_label(c.v, "four"),
          "console strip shows the wrong lines");
    SDL_Rect nb, r;
    gh_view_panel_rect(c.v, GH_PANEL_NARRATION, &nb);
    for (int i = 0; i < gh_view_label_count(c.v); i++)
        if (!strcmp(gh_view_label(c.v, i, &r), "four"))
            CHECK(SDL_HasIntersection(&r, &nb) && r.y > nb.y + nb.h / 2, "console line not at the band's foot");
    char buf[4096];
    int k = gh_view_layout_problems(c.v, buf, sizeof buf);
    CHECK(k == 0, "%d problems with the console strip:\n%s", k, buf);
    int withConsole = nb.h;
    gh_view_set_console(c.v, "");
    gh_view_render(c.v, f.sim, 0);
    gh_view_panel_rect(c.v, GH_PANEL_NARRATION, &nb);
    CHECK(nb.h < withConsole && !vc_has_label(c.v, "four"), "empty console still shown (%d vs %d px)", nb.h, withConsole);
    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("at 1280x720 narration is 26 px or more and every other string 18 px or more") { sizes(1280, 720, 26, 18); }
CASE("in a smaller window panels give way and text keeps its size") { sizes(1024, 600, 26, 18); }
CASE("at 1920x1080 text grows") { sizes(1920, 1080, 39, 27); }
CASE("narration too long for its band is reported, not shrunk") { narration_that_does_not_fit(); }
CASE("the layout checker names each problem drawn on purpose") { checker_fails(); }
CASE("a highlighted room in a heap too big for rooms is still drawn as a room") { highlighted_room_in_a_big_heap(); }
CASE("the console strip shows the last three lines printed, and nothing when empty") { console(); }

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
