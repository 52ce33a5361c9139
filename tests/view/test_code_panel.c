/* test_code_panel.c — the class can read the code. In classroom mode at 1280x720 a source
 * line too long for the code panel wraps onto several rows inside the panel (indented under
 * its first row, no character lost, nothing cut with "…"); the current line's arrow is on
 * its first row; the marked line stays in view when it is the last line of a long file; and
 * a Go program (a .go source) gets a code column wide enough for its ordinary lines. Lines
 * the narration quotes (gh_view_quote_line) are shown whatever line is current: near it,
 * as one stretch; far from it, in excerpts (the spare rows as context around each) with a "⋮"
 * row for the lines left out; and a
 * quoted line the panel cannot show is a layout problem. */
#include "fixture.h"
#include "offscreen.h"

enum { NLINES = 40 };
static const char LONG[] = "kit.step(\"tiny\", \"Three %d-byte strings share %s of rooms; the first opened a fresh block\")";
static char lines[NLINES][64];
static const char *src[NLINES];

static bool digits_only(const char *s)
{
    if (!*s) return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9') return false;
    return true;
}

static bool inside(SDL_Rect r, SDL_Rect p) { return r.x >= p.x && r.y >= p.y && r.x + r.w <= p.x + p.w && r.y + r.h <= p.y + p.h; }

/* The label drawn as line number n in the code panel; -1 if none. */
static int number_label(const gh_View *v, SDL_Rect panel, int n)
{
    char t[16];
    snprintf(t, sizeof t, "%d", n);
    for (int i = 0; i < gh_view_label_count(v); i++) {
        SDL_Rect r;
        if (!strcmp(gh_view_label(v, i, &r), t) && inside(r, panel)) return i;
    }
    return -1;
}

static void strip_spaces(const char *s, char *out)
{
    for (; *s; s++)
        if (*s != ' ') *out++ = *s;
    *out = 0;
}

/* A classroom view of a scene whose line 3 is LONG, drawn with line 3 marked. */
static void long_line_scene(VC *c, Fixture *f)
{
    *c = vc_open(1280, 720, true);
    *f = fx_small();
    src[0] = "-- a scene with one long line";
    src[1] = "local t = {}";
    src[2] = LONG;
    for (int i = 3; i < NLINES; i++) {
        snprintf(lines[i], sizeof lines[i], "t[%d] = %d", i, i * i);
        src[i] = lines[i];
    }
    CHECK(strlen(LONG) >= 90, "the long line has %zu characters", strlen(LONG));
    gh_view_set_narration(c->v, "The long line is the current one.");
    gh_view_set_source(c->v, "scenes/demo.lua", src, NLINES);
    gh_view_set_line(c->v, 3);
    gh_view_render(c->v, f->sim, 0);
}

CASE("a line too long for the panel wraps into indented rows, whole, with the arrow on its first row")
{
    VC c;
    Fixture f;
    long_line_scene(&c, &f);
    vc_save(&c, "code_panel_wrap.png");
    SDL_Rect panel, r;
    CHECK(gh_view_panel_rect(c.v, GH_PANEL_SOURCE, &panel), "a code panel");

    /* no string in the code panel is cut */
    for (int i = 0; i < gh_view_label_count(c.v); i++) {
        const char *s = gh_view_label(c.v, i, &r);
        size_t n = strlen(s);
        if (!inside(r, panel) && !SDL_HasIntersection(&r, &panel)) continue;
        CHECK(inside(r, panel), "'%s' (%d,%d %dx%d) leaves the code panel (%d,%d %dx%d)", s, r.x, r.y, r.w, r.h, panel.x,
              panel.y, panel.w, panel.h);
        CHECK(n < 3 || strcmp(s + n - 3, "…") != 0, "'%s' is cut", s);
    }

    /* line 3's rows: the labels between its number and line 4's */
    int n3 = number_label(c.v, panel, 3), n4 = number_label(c.v, panel, 4);
    CHECK(n3 >= 0 && n4 >= 0, "line numbers 3 and 4 are drawn (%d, %d)", n3, n4);
    if (n3 >= 0 && n4 >= 0) {
        SDL_Rect r3, r4;
        gh_view_label(c.v, n3, &r3);
        gh_view_label(c.v, n4, &r4);
        char joined[256] = "", want[256], got[256];
        int rows = 0, firstX = -1, firstY = -1;
        bool indented = true;
        for (int i = 0; i < gh_view_label_count(c.v); i++) {
            const char *s = gh_view_label(c.v, i, &r);
            if (!inside(r, panel) || r.y < r3.y || r.y >= r4.y || digits_only(s) || r.x <= r3.x) continue;
            if (rows == 0) {
                firstX = r.x;
                firstY = r.y;
            } else if (r.x <= firstX) {
                indented = false;
            }
            rows++;
            strncat(joined, s, sizeof joined - strlen(joined) - 1);
        }
        CHECK(rows >= 3, "the 90-character line wraps into several rows (%d)", rows);
        CHECK(indented, "continuation rows are indented under the first");
        CHECK(firstY == r3.y, "the first row is on the line number's row (%d vs %d)", firstY, r3.y);
        strip_spaces(LONG, want);
        strip_spaces(joined, got);
        CHECK_STR(got, want, "no character lost in the wrapped rows");

        /* the arrow is on the first row: at the arrow's column the first row shows the
         * arrow's ink, the second row only the band */
        int lh = r4.y > r3.y ? (r4.y - r3.y) / rows : 0, ax = panel.x + 10 - 2;
        SDL_Color arrow = vc_pixel(&c, ax, r3.y + lh / 2), band = vc_pixel(&c, ax, r3.y + lh + lh / 2),
                  bandFar = vc_pixel(&c, panel.x + panel.w - 8, r3.y + lh + lh / 2);
        CHECK(!vc_same(arrow, band), "the arrow is drawn on the first row only");
        CHECK(vc_same(band, bandFar), "the band covers the second row of the marked line");
    }

    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("the last line of a long file, marked, is drawn with its number inside the panel")
{
    VC c;
    Fixture f;
    long_line_scene(&c, &f);
    SDL_Rect panel;
    CHECK(gh_view_panel_rect(c.v, GH_PANEL_SOURCE, &panel), "a code panel");
    gh_view_set_line(c.v, NLINES);
    gh_view_render(c.v, f.sim, 0);
    vc_save(&c, "code_panel_last.png");
    int nl = number_label(c.v, panel, NLINES);
    CHECK(nl >= 0, "line %d is visible after gh_view_set_line(%d)", NLINES, NLINES);
    CHECK(vc_has_label(c.v, lines[NLINES - 1]), "the last line's text '%s' is drawn", lines[NLINES - 1]);
    CHECK(number_label(c.v, panel, NLINES - 1) >= 0, "the line before it is visible too");

    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("a Go program gets a code column that fits its ordinary lines unwrapped, and the hotel keeps 40%")
{
    VC c = vc_open(1280, 720, true);
    Fixture f = fx_small();
    static const char *const GO[] = {"package main", "", "//go:noinline", "func concat(n int) string {", "\ts := \"\"",
                                     "\tfor i := 0; i < n; i++ {", "\t\ts += \"a\"", "\t}", "\treturn s", "}"};
    gh_view_set_source(c.v, "counter.go", GO, 10);
    gh_view_set_line(c.v, 7);
    gh_view_render(c.v, f.sim, 0);
    vc_save(&c, "code_panel_go.png");
    CHECK(vc_has_label(c.v, "func concat(n int) string {"), "the func line is one row");
    CHECK(vc_has_label(c.v, "    for i := 0; i < n; i++ {"), "the loop line is one row");
    SDL_Rect hotel;
    CHECK(gh_view_panel_rect(c.v, GH_PANEL_HOTEL, &hotel) && hotel.w >= 1280 * 2 / 5, "the hotel keeps 40%% of the width (%d)",
          hotel.w);

    gh_sim_free(f.sim);
    vc_close(&c);
}

/* The scene of long_line_scene without its long line: NLINES short lines. */
static void short_lines_scene(VC *c, Fixture *f)
{
    *c = vc_open(1280, 720, true);
    *f = fx_small();
    for (int i = 0; i < NLINES; i++) {
        snprintf(lines[i], sizeof lines[i], "t[%d] = %d", i + 1, i * i);
        src[i] = lines[i];
    }
    gh_view_set_narration(c->v, "Lines far apart.");
    gh_view_set_source(c->v, "scenes/demo.lua", src, NLINES);
}

static int ellipsis_rows(const gh_View *v, SDL_Rect panel)
{
    int n = 0;
    for (int i = 0; i < gh_view_label_count(v); i++) {
        SDL_Rect r;
        if (!strcmp(gh_view_label(v, i, &r), "⋮") && inside(r, panel)) n++;
    }
    return n;
}

CASE("quoted lines far from the current one are shown in excerpts with context, a ⋮ row for the lines between")
{
    VC c;
    Fixture f;
    short_lines_scene(&c, &f);
    gh_view_set_line(c.v, 35);
    gh_view_quote_line(c.v, 3);
    gh_view_quote_line(c.v, 4);
    gh_view_quote_line(c.v, 20);
    gh_view_render(c.v, f.sim, 0);
    vc_save(&c, "code_panel_quotes.png");
    SDL_Rect panel, r3, r4, r20, r35;
    CHECK(gh_view_panel_rect(c.v, GH_PANEL_SOURCE, &panel), "a code panel");
    CHECK(gh_view_source_line_rect(c.v, 3, &r3) && gh_view_source_line_rect(c.v, 4, &r4) &&
              gh_view_source_line_rect(c.v, 20, &r20) && gh_view_source_line_rect(c.v, 35, &r35),
          "lines 3, 4, 20 and the current 35 are all drawn");
    CHECK(r3.y < r4.y && r4.y < r20.y && r20.y < r35.y, "in file order");
    CHECK_EQ(r4.y, r3.y + r3.h, "3 and 4 are neighbours: no row between them");
    CHECK_EQ(ellipsis_rows(c.v, panel), 2, "one ⋮ row before 20 and one before 35");
    CHECK(!gh_view_source_line_rect(c.v, 10, &r3), "a line far from them is not drawn");
    CHECK(gh_view_source_line_rect(c.v, 36, &r3) && r3.y == r35.y + r35.h, "the line after the current one is context");
    CHECK(vc_has_label(c.v, "t[20] = 361"), "line 20's text is drawn");
    char buf[1024];
    CHECK_EQ(gh_view_layout_problems(c.v, buf, sizeof buf), 0, "no layout problem: %s", buf);
    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("quoted lines near the current one are one stretch, with no ⋮")
{
    VC c;
    Fixture f;
    short_lines_scene(&c, &f);
    gh_view_set_line(c.v, 30);
    gh_view_quote_line(c.v, 26);
    gh_view_render(c.v, f.sim, 0);
    SDL_Rect panel, r;
    CHECK(gh_view_panel_rect(c.v, GH_PANEL_SOURCE, &panel), "a code panel");
    for (int ln = 26; ln <= 30; ln++) CHECK(gh_view_source_line_rect(c.v, ln, &r), "line %d is drawn", ln);
    CHECK_EQ(ellipsis_rows(c.v, panel), 0, "no ⋮ row");
    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("a quoted line the panel cannot show is a layout problem")
{
    VC c;
    Fixture f;
    short_lines_scene(&c, &f);
    gh_view_set_line(c.v, 40);
    for (int ln = 1; ln <= 39; ln += 2) gh_view_quote_line(c.v, ln); /* 20 lines apart: more than the panel's rows */
    gh_view_render(c.v, f.sim, 0);
    char buf[4096];
    int n = gh_view_layout_problems(c.v, buf, sizeof buf);
    CHECK(n > 0 && strstr(buf, "quoted line 1: not shown in the code panel"), "the checker names line 1: %s", buf);
    SDL_Rect r;
    CHECK(gh_view_source_line_rect(c.v, 40, &r), "the current line is still shown");
    gh_view_clear_highlights(c.v);
    gh_view_render(c.v, f.sim, 0);
    CHECK_EQ(gh_view_layout_problems(c.v, buf, sizeof buf), 0, "cleared, the quotes are gone: %s", buf);
    gh_sim_free(f.sim);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
