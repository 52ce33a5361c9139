/* test_callout_rooms.c — a callout names the room (or floor) its highlight points at and
 * hides no other room: not the doors beside it on its floor (lesson 4's "room 1 (a):
 * black" and "room 2: grey" once covered rooms 3, 4 and 9–13), not the rooms of a full
 * floor above it (a zoomed 8 MiB heap, where the focus leaves a band of open air above the
 * floor for the callout). The layout checker says so when a callout does. */
#include "fixture.h"
#include "offscreen.h"
#include "view/view_impl.h" /* hlCallout: to put a callout where it must not be */

/* Lesson 4's chain: n 512-byte nodes, 16 rooms on their floor, the first n taken. */
static gh_Sim *chain(int n, gh_Addr *nodes)
{
    gh_Sim *sim = gh_sim_new(NULL);
    if (!sim) fx_die("gh_sim_new");
    gh_gc_set_background(sim, false);
    gh_newproc(sim);
    gh_frame_push(sim, "main", 256, 1);
    static uint8_t mask[8] = {0x1};
    int32_t node = gh_type_register(sim, "main.Node", 512, mask);
    gh_Addr a = gh_global(sim, "a", GH_TYPE_POINTER, 8), prev = 0;
    for (int i = 0; i < n; i++) {
        nodes[i] = gh_newobject(sim, node);
        gh_store_ptr(sim, prev ? prev : a, nodes[i]);
        prev = nodes[i];
    }
    gh_temps_clear(sim);
    return sim;
}

static bool label_rect(const gh_View *v, const char *text, SDL_Rect *r)
{
    for (int i = 0; i < gh_view_label_count(v); i++)
        if (!strcmp(gh_view_label(v, i, r), text)) return true;
    return false;
}

static bool hides(SDL_Rect a, SDL_Rect b)
{
    SDL_Rect x;
    return SDL_IntersectRect(&a, &b, &x) && x.w >= 2 && x.h >= 2;
}

/* The callout `text` hides no room of `span` but `slot`; returns the rooms checked. */
static int check_clear(VC *c, const gh_Sim *sim, const char *text, int32_t span, uint32_t slot, const char *what)
{
    SDL_Rect cr, rr;
    bool agg;
    if (!CHECK(label_rect(c->v, text, &cr), "%s: the callout \"%s\" is drawn", what, text)) return 0;
    int checked = 0;
    for (uint32_t k = 0; k < gh_sim_span(sim, span)->nelems; k++) {
        if (k == slot || !gh_view_room_rect(c->v, sim, span, k, &rr, &agg) || agg) continue;
        CHECK(!hides(cr, rr), "%s: \"%s\" hides room %u (door %u)", what, text, k, k + 1);
        checked++;
    }
    return checked;
}

CASE("lesson 4's two callouts on one floor hide no door they do not point at")
{
    static const int size[][2] = {{1280, 720}, {1920, 1080}, {1024, 600}};
    for (int k = 0; k < 3; k++) {
        gh_Addr nodes[4];
        gh_Sim *sim = chain(4, nodes);
        gh_gc_start(sim, true); /* mid-mark, as at mark-1: room 1 black, room 2 grey */
        while (gh_view_room_state(sim, gh_sim_span_of(sim, nodes[0]), 0) != GH_ROOM_BLACK)
            if (!gh_gc_mark_unit(sim)) break;
        VC c = vc_open(size[k][0], size[k][1], true);
        gh_view_set_title(c.v, "4. The janitor");
        gh_view_set_narration(c.v, "The janitor scans room 1: it follows its pointer and room 2 turns grey.");
        gh_view_highlight_addr(c.v, GH_HL_ROOM, nodes[0], "room 1 (a): black");
        gh_view_highlight_addr(c.v, GH_HL_ROOM, nodes[1], "room 2: grey");
        gh_view_render(c.v, sim, 0);
        char what[32];
        snprintf(what, sizeof what, "%dx%d", size[k][0], size[k][1]);
        vc_save(&c, k == 0 ? "callouts_mark1.png" : k == 1 ? "callouts_mark1_1920.png" : "callouts_mark1_1024.png");
        int32_t span = gh_sim_span_of(sim, nodes[0]);
        CHECK_EQ(gh_sim_span(sim, span)->nelems, 16u, "%s: a floor of 16 rooms", what);
        int n = check_clear(&c, sim, "room 1 (a): black", span, 0, what) + check_clear(&c, sim, "room 2: grey", span, 1, what);
        CHECK(n >= 28, "%s: %d doors checked", what, n);
        char buf[4096];
        CHECK_EQ(gh_view_layout_problems(c.v, buf, sizeof buf), 0, "%s: layout problems:\n%s", what, buf);
        vc_close(&c);
        gh_sim_free(sim);
    }
}

CASE("a callout in a zoomed, full hotel goes in the open air above its floor, over no room")
{
    gh_Sim *sim = fx_big(8 << 20, NULL, NULL);
    int32_t span = -1;
    for (int32_t i = gh_sim_nspans(sim) / 2; i < gh_sim_nspans(sim) && span < 0; i++)
        if (gh_sim_span(sim, i)->state == GH_SPAN_INUSE && gh_sim_span(sim, i)->elemsize == 16) span = i;
    CHECK(span >= 0, "a 16 B floor");
    if (span < 0) return;
    const gh_MSpan *s = gh_sim_span(sim, span);
    VC c = vc_open(1280, 720, true);
    gh_view_highlight_addr(c.v, GH_HL_ROOM, s->startAddr + 20 * s->elemsize, "a 16-byte room in a full heap");
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "callout_full_hotel.png");
    check_clear(&c, sim, "a 16-byte room in a full heap", span, 20, "zoomed");
    /* the floors above and below hold rooms too: the checker looks at every room drawn */
    char buf[4096];
    CHECK_EQ(gh_view_layout_problems(c.v, buf, sizeof buf), 0, "layout problems:\n%s", buf);
    SDL_Rect cr, fr;
    CHECK(label_rect(c.v, "a 16-byte room in a full heap", &cr) && gh_view_floor_rect(c.v, span, &fr), "callout and floor drawn");
    CHECK(cr.y + cr.h <= fr.y, "the callout (bottom %d) is above its floor (top %d)", cr.y + cr.h, fr.y);
    vc_close(&c);
    gh_sim_free(sim);
}

CASE("the layout checker reports a callout that hides rooms its highlight does not point at")
{
    gh_Addr nodes[4];
    gh_Sim *sim = chain(4, nodes);
    VC c = vc_open(1280, 720, true);
    gh_view_highlight_addr(c.v, GH_HL_ROOM, nodes[0], "room 1");
    gh_view_render(c.v, sim, 0);
    char buf[4096];
    CHECK_EQ(gh_view_layout_problems(c.v, buf, sizeof buf), 0, "as placed: no problem:\n%s", buf);
    int32_t span = gh_sim_span_of(sim, nodes[0]);
    SDL_Rect r3, r4, r1;
    bool agg;
    CHECK(gh_view_room_rect(c.v, sim, span, 2, &r3, &agg) && gh_view_room_rect(c.v, sim, span, 3, &r4, &agg) &&
              gh_view_room_rect(c.v, sim, span, 0, &r1, &agg),
          "rooms 1, 3 and 4 drawn");
    SDL_UnionRect(&r3, &r4, &c.v->hlCallout[0]); /* as if its callout lay over rooms 3 and 4 */
    CHECK(gh_view_layout_problems(c.v, buf, sizeof buf) >= 1 && strstr(buf, "'room 1': its callout covers 2 rooms it does not point at"),
          "the checker names the two rooms: %s", buf);
    c.v->hlCallout[0] = r1; /* over its own room: not a foreign room */
    CHECK(!strstr((gh_view_layout_problems(c.v, buf, sizeof buf), buf), "covers"), "its own room is not foreign: %s", buf);
    vc_close(&c);
    gh_sim_free(sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
