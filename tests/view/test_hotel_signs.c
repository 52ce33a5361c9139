/* test_hotel_signs.c — every sign in the hotel says its whole content. At 1280x720 in
 * classroom mode (18 px text) a floor sign column is about 190 px wide, too narrow for
 * "170 rooms · 170 taken" or "509 pages · 3.98 MiB" in full; the signs then choose a
 * shorter wording ("170 rooms · all taken", "3.98 MiB") instead of cutting a number with
 * an ellipsis. Checked for the typical floors of a lesson (a full floor, a partly taken
 * one, an empty one, a suite, free pages, a goroutine stack) fitted, with the hotel zoomed
 * to a highlight (the other floors get one-line signs), and for the density ruler's
 * address marks of a big heap. */
#include "fixture.h"
#include "offscreen.h"

static bool ends_with_ellipsis(const char *s)
{
    size_t n = strlen(s);
    return n >= 3 && !strcmp(s + n - 3, "…");
}

/* No label inside the hotel panel is cut; returns how many hotel labels there were. */
static int check_hotel_labels(const VC *c, const char *what)
{
    SDL_Rect hotel;
    CHECK(gh_view_panel_rect(c->v, GH_PANEL_HOTEL, &hotel), "%s: no hotel panel", what);
    int n = 0;
    for (int i = 0; i < gh_view_label_count(c->v); i++) {
        SDL_Rect r;
        const char *s = gh_view_label(c->v, i, &r);
        SDL_Point mid = {r.x + r.w / 2, r.y + r.h / 2};
        if (!SDL_PointInRect(&mid, &hotel)) continue;
        n++;
        /* labels are recorded up to 95 bytes: a longer one could hide its ellipsis */
        CHECK(strlen(s) < 95, "%s: hotel label \"%s\" is too long to check", what, s);
        CHECK(!ends_with_ellipsis(s), "%s: hotel label \"%s\" is cut", what, s);
    }
    return n;
}

static bool has_prefix_label(const gh_View *v, const char *prefix)
{
    for (int i = 0; i < gh_view_label_count(v); i++)
        if (!strncmp(gh_view_label(v, i, NULL), prefix, strlen(prefix))) return true;
    return false;
}

/* The typical floors of a lesson: the fixture, its 48 B floor (the string's) filled to its
 * last room, and a floor with few rooms taken. Returns the full 48 B span. */
static const gh_MSpan *typical_floors(VC *c, Fixture *f)
{
    *c = vc_open(1280, 720, true);
    *f = fx_small();
    int32_t span48 = gh_sim_span_of(f->sim, f->lone);
    if (!CHECK(span48 >= 0, "a 48 B floor")) exit(1);
    const gh_MSpan *s48 = gh_sim_span(f->sim, span48);
    for (int i = 0; s48->allocCount < s48->nelems && i < 1000; i++) gh_mallocgc(f->sim, 48, GH_TYPE_BYTES, true);
    CHECK_EQ(s48->allocCount, s48->nelems, "the 48 B floor has every room taken");
    gh_mallocgc(f->sim, 1024, GH_TYPE_BYTES, true); /* a floor with few rooms taken */
    gh_temps_clear(f->sim);
    gh_view_set_title(c->v, "The hotel");
    gh_view_set_narration(c->v, "Typical floors.");
    return s48;
}

CASE("fitted, every floor's sign is whole and says its numbers, a full floor as all taken")
{
    VC c;
    Fixture f;
    const gh_MSpan *s48 = typical_floors(&c, &f);
    gh_view_render(c.v, f.sim, 0);
    int n = check_hotel_labels(&c, "fitted");
    CHECK(n >= 8, "fitted: only %d hotel labels", n);
    /* the full floor says so, in whichever wording fits its sign (hotel_labels.c's sign()) */
    char wordings[4][64];
    snprintf(wordings[0], 64, "%u rooms · %u taken", s48->nelems, s48->nelems);
    snprintf(wordings[1], 64, "%u rooms · all taken", s48->nelems);
    snprintf(wordings[2], 64, "%u of %u taken", s48->nelems, s48->nelems);
    snprintf(wordings[3], 64, "%u/%u", s48->nelems, s48->nelems);
    bool saysFull = false;
    for (int i = 0; i < 4; i++) saysFull |= vc_has_label(c.v, wordings[i]);
    CHECK(vc_has_label(c.v, "48 B rooms"), "fitted: no 48 B sign");
    CHECK(saysFull, "fitted: the full floor says all %u rooms are taken (\"%s\", ...)", s48->nelems, wordings[1]);
    CHECK(vc_has_label(c.v, "free pages"), "fitted: no free pages sign");
    CHECK(vc_has_label(c.v, "MiB") || vc_has_label(c.v, "KiB"), "fitted: the free pages' size is not shown");
    CHECK(vc_has_label(c.v, "suite"), "fitted: no suite sign");
    CHECK(vc_has_label(c.v, "G1"), "fitted: no stack sign");
    CHECK(has_prefix_label(c.v, "arena 0"), "fitted: no roof sign");
    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("zoomed to a highlighted room, the other floors' one-line signs are whole")
{
    VC c;
    Fixture f;
    typical_floors(&c, &f);
    gh_view_render(c.v, f.sim, 0);
    gh_view_highlight_addr(c.v, GH_HL_ROOM, f.nodes[2], "a node");
    gh_view_render(c.v, f.sim, 0);
    int n = check_hotel_labels(&c, "highlight");
    CHECK(n >= 6, "highlight: only %d hotel labels", n);
    CHECK(vc_has_label(c.v, "24 B rooms"), "highlight: no sign on the highlighted floor");
    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("the density ruler's address marks of a big heap are whole")
{
    VC c = vc_open(1280, 720, true);
    gh_Sim *big = fx_big(8u << 20, NULL, NULL);
    gh_view_render(c.v, big, 0);
    int n = check_hotel_labels(&c, "density");
    CHECK(vc_has_label(c.v, "MiB"), "density: no address mark in MiB");
    CHECK(n >= 4, "density: only %d hotel labels", n);
    gh_sim_free(big);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
