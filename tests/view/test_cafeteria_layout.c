/* test_cafeteria_layout.c — the cafeteria is readable from the back row with more than one
 * goroutine. In classroom mode at 1280x720: two goroutines whose text does not fit side by
 * side are stacked, the running one on top, and every string on a plate is whole (a local
 * too long for one row puts its value on a second row) and inside the panel, over no other
 * string; more goroutines than fit are counted as "+N more goroutines"; a deep stack keeps
 * its newest plate and says how many older plates are left out, under the goroutine's
 * title, not over it; globals take as many lines as they need, each whole, and the ones
 * that do not fit are counted as "+N more globals". */
#include "fixture.h"
#include "offscreen.h"

static bool inside(SDL_Rect r, SDL_Rect p) { return r.x >= p.x && r.y >= p.y && r.x + r.w <= p.x + p.w && r.y + r.h <= p.y + p.h; }

static bool ends_cut(const char *s)
{
    size_t n = strlen(s);
    return n >= 3 && !strcmp(s + n - 3, "…");
}

/* Every label in the cafeteria is whole, inside it and over no other label there. */
static void check_panel(const gh_View *v, const char *what)
{
    SDL_Rect p, a, b;
    CHECK(gh_view_panel_rect(v, GH_PANEL_CAFETERIA, &p), "%s: a cafeteria", what);
    int n = gh_view_label_count(v);
    for (int i = 0; i < n; i++) {
        const char *s = gh_view_label(v, i, &a);
        if (!SDL_HasIntersection(&a, &p)) continue;
        CHECK(inside(a, p), "%s: '%s' leaves the cafeteria", what, s);
        CHECK(!ends_cut(s), "%s: '%s' is cut", what, s);
        for (int j = i + 1; j < n; j++) {
            const char *t = gh_view_label(v, j, &b);
            SDL_Rect o;
            if (!inside(b, p) || !SDL_IntersectRect(&a, &b, &o)) continue;
            CHECK(o.w <= 1 || o.h <= 1, "%s: '%s' overlaps '%s' by %dx%d", what, s, t, o.w, o.h);
        }
    }
}

/* The rectangle of the first label starting with prefix (w = 0 when none). */
static SDL_Rect label_at(const gh_View *v, const char *prefix)
{
    SDL_Rect r = {0, 0, 0, 0};
    for (int i = 0; i < gh_view_label_count(v); i++)
        if (!strncmp(gh_view_label(v, i, &r), prefix, strlen(prefix))) return r;
    return (SDL_Rect){0, 0, 0, 0};
}

static void push(gh_Sim *sim, const char *fn, const char *local)
{
    CHECK(gh_frame_push(sim, fn, 128, 1), "push %s", fn);
    if (local) gh_frame_local(sim, local, GH_TYPE_INT64, 8, false);
}

/* G1: main() and greet() with locals (the fixture); G2, running: a program whose local
 * escaped to the heap. Returns G2. */
static int32_t two_goroutines(Fixture *f)
{
    int32_t g2 = gh_newproc(f->sim);
    gh_gosched_to(f->sim, g2);
    push(f->sim, "main.worker", "iterations");
    CHECK(gh_frame_push(f->sim, "main.newCounter", 152, 2), "newCounter");
    gh_Addr esc = gh_frame_local(f->sim, "counter", GH_TYPE_POINTER, 8, true);
    gh_Addr obj = gh_mallocgc(f->sim, 8, GH_TYPE_INT64, true);
    gh_store_ptr(f->sim, esc, obj);
    return g2;
}

/* One goroutine 24 calls deep, depth0 .. depth23; *g is its id. */
static gh_Sim *deep_stack(int32_t *g)
{
    gh_Sim *deep = gh_sim_new(NULL);
    gh_gc_set_background(deep, false);
    *g = gh_newproc(deep);
    char fn[32];
    for (int i = 0; i < 24; i++) {
        snprintf(fn, sizeof fn, "main.depth%d", i);
        push(deep, fn, "n");
    }
    return deep;
}

CASE("two goroutines that do not fit side by side are stacked, the running one on top")
{
    VC c = vc_open(1280, 720, true);
    Fixture f = fx_small();
    int32_t g2 = two_goroutines(&f);
    gh_view_render(c.v, f.sim, 0);
    vc_save(&c, "cafeteria_two.png");
    check_panel(c.v, "two goroutines");
    SDL_Rect t2 = label_at(c.v, "G2 (running)"), t1 = label_at(c.v, "G1 ·");
    CHECK(t2.w && t1.w, "both goroutines have a title");
    CHECK(t2.y < t1.y, "the running goroutine is on top (%d vs %d)", t2.y, t1.y);
    CHECK(t2.x == t1.x, "stacked, not side by side (x %d vs %d)", t2.x, t1.x);
    CHECK(vc_has_label(c.v, "0xc") && vc_has_label(c.v, "(moved to heap)"), "the escaped local's value is drawn whole");
    SDL_Rect fr;
    CHECK(gh_view_frame_rect(c.v, g2, 1, &fr), "the newest plate of the running goroutine is drawn");
    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("more goroutines than fit are counted as +N more goroutines")
{
    VC c = vc_open(1280, 720, true);
    Fixture f = fx_small();
    int32_t g2 = two_goroutines(&f);
    for (int i = 0; i < 8; i++) {
        int32_t g = gh_newproc(f.sim);
        gh_gosched_to(f.sim, g);
        push(f.sim, "main.helper", "k");
    }
    gh_gosched_to(f.sim, g2);
    gh_view_render(c.v, f.sim, 0);
    vc_save(&c, "cafeteria_ten.png");
    check_panel(c.v, "ten goroutines");
    CHECK(vc_has_label(c.v, "more goroutines"), "the goroutines left out are counted");
    CHECK(label_at(c.v, "G2 (running)").w > 0, "the running goroutine is shown");
    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("a deep stack keeps its newest plate and counts the older plates left out")
{
    VC c = vc_open(1280, 720, true);
    int32_t g;
    gh_Sim *deep = deep_stack(&g);
    gh_view_render(c.v, deep, 0);
    vc_save(&c, "cafeteria_deep.png");
    check_panel(c.v, "deep stack");
    SDL_Rect fr;
    CHECK(vc_has_label(c.v, "older plates"), "the plates left out are counted");
    CHECK(gh_view_frame_rect(c.v, g, 23, &fr), "the newest plate is drawn");
    CHECK(!gh_view_frame_rect(c.v, g, 0, &fr), "the oldest plate is left out");
    gh_sim_free(deep);
    vc_close(&c);
}

CASE("globals take as many lines as they need, each whole, and the rest are counted")
{
    VC c = vc_open(1280, 720, true);
    int32_t g;
    gh_Sim *deep = deep_stack(&g);
    static const char *const NAMES[] = {"sinkA", "sinkB", "counter", "buffer", "cache", "total", "lookup", "pool",
                                        "head", "tail", "spare", "last", "first", "extra", "other", "final"};
    for (int i = 0; i < 16; i++) {
        gh_Addr a = gh_global(deep, NAMES[i], GH_TYPE_POINTER, 8);
        if (i % 2 == 0) gh_store_ptr(deep, a, gh_mallocgc(deep, 48, GH_TYPE_BYTES, false));
    }
    gh_view_render(c.v, deep, 0);
    vc_save(&c, "cafeteria_globals.png");
    check_panel(c.v, "globals");
    SDL_Rect a = label_at(c.v, "sinkA "), fr;
    int below = 0, order_ok = 1, shown = 0;
    char name[32];
    for (int i = 0; i < 16; i++) {
        snprintf(name, sizeof name, "%s ", NAMES[i]);
        SDL_Rect r = label_at(c.v, name);
        if (!r.w) continue;
        shown++;
        below += r.y > a.y;
        /* a global pointing into the hotel (the even ones) comes before every nil one */
        for (int j = 1; j < 16 && i % 2 == 0; j += 2) {
            char nn[32];
            snprintf(nn, sizeof nn, "%s ", NAMES[j]);
            SDL_Rect q = label_at(c.v, nn);
            if (q.w && (q.y < r.y || (q.y == r.y && q.x < r.x))) order_ok = 0;
        }
    }
    CHECK(a.w && below > 0, "globals go on to a second line (%d below sinkA)", below);
    CHECK(order_ok, "the globals that point into the hotel come first");
    CHECK(shown < 16 && vc_has_label(c.v, " more"), "the globals left out are counted (%d shown)", shown);
    CHECK(gh_view_frame_rect(c.v, g, 23, &fr), "the newest plate is still drawn under the globals");
    gh_sim_free(deep);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
