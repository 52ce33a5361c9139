/* test_split_view.c — the comparison's screen: two simulators side by side, each half its
 * own view in its own half of the window, and the difference panel under them saying, per
 * figure, the two values and right minus left ("same" when equal), read from the rows it
 * was given. The panel's texts are what the rows say (formatted as the panel formats them),
 * and the layout check flags a panel too narrow for its figures. */
#include "check.h"
#include "fixture.h"
#include "offscreen.h"
#include "view/split_view.h"
#include "view/view_impl.h"

/* The panel's label with the given text, drawn in the last frame. */
static bool panel_has(gh_SplitView *s, const char *text)
{
    gh_View *p = gh_split_view_panel_view(s);
    for (int i = 0; i < gh_view_label_count(p); i++)
        if (!strcmp(gh_view_label(p, i, NULL), text)) return true;
    return false;
}

typedef struct Pair { Fixture a, b; gh_SplitRow rows[3]; } Pair;

/* Left: the small fixture heap. Right: the same, plus 20 more 64-byte objects. */
static Pair pair(void)
{
    Pair p = {fx_small(), fx_small(), {{0}}};
    for (int i = 0; i < 20; i++) gh_mallocgc(p.b.sim, 64, GH_TYPE_BYTES, true);
    gh_MemStats m[2];
    gh_memstats_peek(p.a.sim, &m[0]);
    gh_memstats_peek(p.b.sim, &m[1]);
    p.rows[0] = (gh_SplitRow){"Mallocs", GH_SPLIT_COUNT, {m[0].Mallocs, m[1].Mallocs}};
    p.rows[1] = (gh_SplitRow){"TotalAlloc", GH_SPLIT_BYTES, {m[0].TotalAlloc, m[1].TotalAlloc}};
    p.rows[2] = (gh_SplitRow){"NumGC", GH_SPLIT_COUNT, {m[0].NumGC, m[1].NumGC}};
    return p;
}

static void pair_free(Pair *p)
{
    gh_sim_free(p->a.sim);
    gh_sim_free(p->b.sim);
}

CASE("a difference reads right minus left with its sign, and same when equal")
{
    char t[48], want[48], b[32];
    gh_split_view_diff_text(GH_SPLIT_COUNT, 7, 27, t, sizeof t);
    CHECK_STR(t, "+20", "20 more on the right");
    gh_split_view_diff_text(GH_SPLIT_COUNT, 27, 7, t, sizeof t);
    CHECK_STR(t, "−20", "20 fewer on the right: a minus sign, not a hyphen");
    gh_split_view_diff_text(GH_SPLIT_BYTES, 4096, 4096 + 3 * 1024 * 1024, t, sizeof t);
    gh_fmt_bytes(b, sizeof b, 3 * 1024 * 1024);
    snprintf(want, sizeof want, "+%s", b);
    CHECK_STR(t, want, "bytes as the MemStats panel writes them");
    gh_split_view_diff_text(GH_SPLIT_NS, 5, 5, t, sizeof t);
    CHECK_STR(t, "same", "equal figures");
}

CASE("the panel shows both sides' figures and their difference, from the rows it was given")
{
    Pair p = pair();
    VC c = vc_open(1280, 720, true);
    gh_SplitView *s = gh_split_view_new(c.r, 1280, 720, &(gh_ViewOptions){.projector = true});
    if (!CHECK(s != NULL, "a split view opens")) return;
    gh_split_view_set_labels(s, "left run", "right run");
    gh_split_view_set_rows(s, p.rows, 3);
    gh_split_view_set_status(s, "pause 1 · here");
    gh_split_view_render(s, p.a.sim, p.b.sim, 0);
    vc_save(&c, "split_view.png");
    CHECK(p.rows[0].v[1] == p.rows[0].v[0] + 20, "the right side made 20 more objects");
    char t[48];
    snprintf(t, sizeof t, "%llu", (unsigned long long)p.rows[0].v[0]);
    CHECK(panel_has(s, t), "the left's Mallocs %s is drawn", t);
    snprintf(t, sizeof t, "%llu", (unsigned long long)p.rows[0].v[1]);
    CHECK(panel_has(s, t), "the right's Mallocs %s is drawn", t);
    CHECK(panel_has(s, "+20"), "their difference is drawn");
    gh_split_view_diff_text(GH_SPLIT_BYTES, p.rows[1].v[0], p.rows[1].v[1], t, sizeof t);
    CHECK(t[0] == '+' && panel_has(s, t), "TotalAlloc's difference %s is drawn", t);
    CHECK(panel_has(s, "same"), "NumGC is the same on both sides");
    CHECK(panel_has(s, "left run") && panel_has(s, "right run") && panel_has(s, "difference"), "the rows are named");
    CHECK(panel_has(s, "pause 1 · here"), "the status says where both stand");
    SDL_Rect l = gh_split_view_rect(s, 0), r = gh_split_view_rect(s, 1), d = gh_split_view_rect(s, 2);
    CHECK(l.x + l.w <= r.x && l.w == r.w, "two halves of one width, side by side");
    CHECK(l.y + l.h <= d.y && d.y + d.h == 720, "the panel under them, to the bottom");
    char buf[8192];
    int n = gh_split_view_layout_problems(s, buf, sizeof buf);
    CHECK(!strstr(buf, "difference panel"), "at 1280x720 every figure fits its cell (%d problems: %s)", n, buf);
    gh_split_view_free(s);
    vc_close(&c);
    pair_free(&p);
}

CASE("each half draws its own simulator's hotel in its own half")
{
    Pair p = pair();
    VC c = vc_open(1280, 720, true);
    gh_SplitView *s = gh_split_view_new(c.r, 1280, 720, &(gh_ViewOptions){.projector = true});
    if (!CHECK(s != NULL, "a split view opens")) return;
    gh_split_view_set_rows(s, p.rows, 3);
    gh_split_view_render(s, p.a.sim, p.b.sim, 0);
    SDL_Rect hl, hr;
    CHECK(gh_view_panel_rect(gh_split_view_half(s, 0), GH_PANEL_HOTEL, &hl), "the left half has a hotel");
    CHECK(gh_view_panel_rect(gh_split_view_half(s, 1), GH_PANEL_HOTEL, &hr), "the right half has a hotel");
    SDL_Rect l = gh_split_view_rect(s, 0);
    CHECK(hl.x + hl.w <= l.w && hl.y + hl.h <= l.h, "the left hotel lies in the left half (its own coordinates)");
    /* a room of the right half's simulator, read through the window: the right half's pixels */
    int32_t span = gh_sim_span_of(p.b.sim, p.b.big);
    int x, y;
    if (CHECK(span >= 0 && gh_view_room_probe(gh_split_view_half(s, 1), p.b.sim, span, 0, &x, &y), "the big object's room is drawn")) {
        SDL_Rect rr = gh_split_view_rect(s, 1);
        SDL_Color want = gh_view_state_color(gh_split_view_half(s, 1), gh_view_room_state(p.b.sim, span, 0));
        CHECK(vc_same(vc_pixel(&c, rr.x + x, rr.y + y), want), "the room's colour is at its place in the right half");
    }
    gh_split_view_free(s);
    vc_close(&c);
    pair_free(&p);
}

CASE("headings group the columns: each over its own, on a line of their own above the names")
{
    Pair p = pair();
    VC c = vc_open(1280, 720, true);
    gh_SplitView *s = gh_split_view_new(c.r, 1280, 720, &(gh_ViewOptions){.projector = true});
    if (!CHECK(s != NULL, "a split view opens")) return;
    gh_split_view_set_rows(s, p.rows, 3);
    gh_split_view_render(s, p.a.sim, p.b.sim, 0);
    SDL_Rect before = gh_split_view_rect(s, 2);
    gh_split_view_set_groups(s, 1, "now", "since measure 'x' began");
    gh_split_view_render(s, p.a.sim, p.b.sim, 0);
    CHECK(panel_has(s, "now") && panel_has(s, "since measure 'x' began"), "both headings are drawn");
    gh_View *v = gh_split_view_panel_view(s);
    SDL_Rect head = {0}, first = {0}, second = {0};
    for (int i = 0; i < gh_view_label_count(v); i++) {
        SDL_Rect r;
        const char *t = gh_view_label(v, i, &r);
        if (!strcmp(t, "since measure 'x' began")) head = r;
        if (!strcmp(t, "Mallocs")) first = r;
        if (!strcmp(t, "TotalAlloc")) second = r;
    }
    CHECK(head.y + head.h <= second.y + 2, "the heading is on a line above the names (%d+%d, %d)", head.y, head.h, second.y);
    CHECK(head.x + head.w > second.x && head.x >= first.x + first.w, "the second heading is over columns 2 and 3, not over column 1");
    SDL_Rect after = gh_split_view_rect(s, 2);
    CHECK(after.h >= before.h && after.h - before.h < gh_text_h(v, GH_FONT_SMALL), "the line costs the halves less than a line of text (%d -> %d px)", before.h, after.h);
    char buf[8192];
    gh_split_view_layout_problems(s, buf, sizeof buf);
    CHECK(!strstr(buf, "difference panel"), "the headings fit: %s", buf);
    gh_split_view_set_groups(s, 0, NULL, NULL);
    CHECK(gh_split_view_rect(s, 2).h == before.h, "without headings the panel is as it was");
    gh_split_view_free(s);
    vc_close(&c);
    pair_free(&p);
}

CASE("a panel too narrow for its figures is a layout problem")
{
    Pair p = pair();
    VC c = vc_open(640, 480, true);
    gh_SplitView *s = gh_split_view_new(c.r, 640, 480, &(gh_ViewOptions){.projector = true});
    if (!CHECK(s != NULL, "a split view opens")) return;
    gh_SplitRow many[9];
    for (int i = 0; i < 9; i++) many[i] = (gh_SplitRow){"TotalAlloc", GH_SPLIT_BYTES, {p.rows[1].v[0], p.rows[1].v[1]}};
    gh_split_view_set_labels(s, "gogc=50", "gogc=200");
    gh_split_view_set_rows(s, many, 9);
    gh_split_view_render(s, p.a.sim, p.b.sim, 0);
    char buf[16384];
    gh_split_view_layout_problems(s, buf, sizeof buf);
    CHECK(strstr(buf, "difference panel: text 'TotalAlloc' does not fit its cell") != NULL, "nine columns in 640 px: %s", buf);
    gh_split_view_free(s);
    vc_close(&c);
    pair_free(&p);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
