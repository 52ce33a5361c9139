/* test_hotel_picture.c — the hotel as a picture: rooms are doors numbered from 1 on each
 * floor in address order (so "room 3" of a lesson is the door that says 3), a room big
 * enough shows what is in it (a string's bytes), a floor whose rooms would be slivers is an
 * occupancy bar that says how many rooms are taken, the janitor stands where the collector
 * works (gh_GCInfo.workSpan/workSlot), and the frame has no layout problem at three heap
 * sizes (a handful of objects, thousands, hundreds of thousands). */
#include <stdlib.h>
#include "fixture.h"
#include "offscreen.h"

static void lesson(gh_View *v)
{
    gh_view_set_title(v, "The hotel");
    gh_view_set_narration(v, "The heap is a hotel: spans are floors and objects rooms.");
}

/* A hotel like lesson 4's: `n` 512-byte nodes chained from a local, and one 4000-byte
 * []byte holding "hello" (a 4096 B room, 2 a floor). */
static gh_Sim *doors_sim(int n, gh_Addr *nodes, gh_Addr *hello)
{
    gh_Sim *sim = gh_sim_new(NULL);
    if (!sim) fx_die("gh_sim_new");
    gh_gc_set_background(sim, false);
    gh_newproc(sim);
    gh_frame_push(sim, "main", 256, 1);
    static uint8_t mask[8] = {0x1}; /* struct { next *node; val int; pad [62]int } */
    int32_t node = gh_type_register(sim, "main.node", 512, mask);
    gh_Addr head = gh_frame_local(sim, "head", GH_TYPE_POINTER, 8, false), prev = 0;
    for (int i = 0; i < n; i++) {
        nodes[i] = gh_newobject(sim, node);
        gh_store_ptr(sim, prev ? prev : head, nodes[i]);
        prev = nodes[i];
    }
    gh_Addr buf = gh_frame_local(sim, "buf", GH_TYPE_POINTER, 8, false);
    *hello = gh_mallocgc(sim, 4000, GH_TYPE_BYTES, false);
    gh_store(sim, *hello, "hello", 5);
    gh_store_ptr(sim, buf, *hello);
    gh_temps_clear(sim);
    return sim;
}

/* The label whose centre lies in r and whose text is all digits; NULL if none. */
static const char *number_in(const gh_View *v, SDL_Rect r)
{
    for (int i = 0; i < gh_view_label_count(v); i++) {
        SDL_Rect b;
        const char *s = gh_view_label(v, i, &b);
        SDL_Point mid = {b.x + b.w / 2, b.y + b.h / 2};
        if (!s[0] || strspn(s, "0123456789") != strlen(s) || !SDL_PointInRect(&mid, &r)) continue;
        return s;
    }
    return NULL;
}

static bool label_in(const gh_View *v, const char *text, SDL_Rect r)
{
    for (int i = 0; i < gh_view_label_count(v); i++) {
        SDL_Rect b;
        const char *s = gh_view_label(v, i, &b);
        SDL_Point mid = {b.x + b.w / 2, b.y + b.h / 2};
        if (!strcmp(s, text) && SDL_PointInRect(&mid, &r)) return true;
    }
    return false;
}

CASE("each door carries its number from 1 within its floor, a string's room shows its bytes")
{
    VC c = vc_open(1280, 720, true);
    gh_Addr nodes[4], hello;
    gh_Sim *sim = doors_sim(4, nodes, &hello);
    lesson(c.v);
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "doors.png");
    int32_t span;
    uint32_t slot;
    CHECK(gh_find_object(sim, nodes[0], &span, &slot), "the first node");
    const gh_MSpan *s = gh_sim_span(sim, span);
    int numbered = 0;
    for (uint32_t k = 0; k < s->nelems; k++) {
        SDL_Rect r;
        bool agg;
        if (!CHECK(gh_view_room_rect(c.v, sim, span, k, &r, &agg) && !agg, "room %u of the 512 B floor is drawn alone", k)) continue;
        const char *n = number_in(c.v, r);
        if (!CHECK(n != NULL, "room at slot %u has a number", k)) continue;
        CHECK_EQ(atoi(n), (int)k + 1, "the door at slot %u says %s", k, n);
        numbered++;
    }
    CHECK_EQ(numbered, (int)s->nelems, "every one of the floor's %u doors is numbered", s->nelems);
    /* the nodes went in from the floor's start: the lesson's "room 1" is door 1 */
    for (int i = 0; i < 4; i++) {
        CHECK(gh_find_object(sim, nodes[i], &span, &slot), "node %d", i);
        CHECK_EQ(slot, (uint32_t)i, "node %d is in the room numbered %d", i, i + 1);
    }
    SDL_Rect r;
    bool agg;
    CHECK(gh_find_object(sim, hello, &span, &slot), "the []byte");
    CHECK(gh_view_room_rect(c.v, sim, span, slot, &r, &agg) && !agg, "the []byte's room is drawn alone");
    CHECK(label_in(c.v, "\"hello\"", r), "the 4096 B room shows the bytes it holds: \"hello\"");
    char num[16];
    snprintf(num, sizeof num, "%u", slot + 1);
    CHECK(label_in(c.v, num, r), "and its door number %s", num);
    gh_sim_free(sim);
    vc_close(&c);
}

CASE("a floor whose rooms would be slivers is one bar saying how many of its rooms are taken")
{
    VC c = vc_open(1280, 720, true);
    gh_Sim *sim = gh_sim_new(NULL);
    gh_gc_set_background(sim, false);
    gh_newproc(sim);
    gh_frame_push(sim, "main", 256, 1);
    gh_Addr first = 0;
    for (int i = 0; i < 300; i++) { /* 300 of an 8 B floor's 1024 rooms */
        gh_Addr a = gh_mallocgc(sim, 8, GH_TYPE_POINTER, false); /* a pointer word: not tiny */
        if (!first) first = a;
    }
    for (int i = 0; i < 6; i++) gh_mallocgc(sim, 4096, GH_TYPE_BYTES, true); /* more floors: the 8 B one gets shorter */
    gh_temps_clear(sim);
    lesson(c.v);
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "bar.png");
    int32_t span = gh_sim_span_of(sim, first);
    const gh_MSpan *s = gh_sim_span(sim, span);
    uint32_t taken = 0;
    for (uint32_t k = 0; k < s->nelems; k++) taken += gh_view_room_state(sim, span, k) != GH_ROOM_FREE;
    CHECK_EQ(taken, 300u, "300 rooms taken");
    char want[48], shortWant[48];
    snprintf(want, sizeof want, "%u of %u taken", taken, s->nelems);
    snprintf(shortWant, sizeof shortWant, "%u/%u", taken, s->nelems);
    SDL_Rect fr;
    CHECK(gh_view_floor_rect(c.v, span, &fr), "the 8 B floor is drawn");
    CHECK(label_in(c.v, want, fr) || label_in(c.v, shortWant, fr), "the bar says \"%s\"", want);
    /* every room's column on the bar shows its state's colour: taken ones first, then free */
    int checked = 0;
    for (uint32_t k = 0; k < s->nelems; k += 37) {
        int x, y;
        SDL_Rect r;
        bool agg;
        CHECK(gh_view_room_rect(c.v, sim, span, k, &r, &agg) && agg, "room %u shares the bar", k);
        if (!CHECK(gh_view_room_probe(c.v, sim, span, k, &x, &y), "room %u has a probe", k)) continue;
        gh_RoomState st = gh_view_room_state(sim, span, k);
        CHECK(vc_same(vc_pixel(&c, x, y), gh_view_state_color(c.v, st)), "room %u (%s) shows its colour on the bar", k,
              gh_view_state_name(st));
        checked++;
    }
    CHECK(checked >= 20, "checked %d rooms", checked);
    gh_ViewHit h = gh_view_hit(c.v, sim, fr.x + fr.w - 4, fr.y + fr.h / 2);
    CHECK(h.kind != GH_HIT_ROOM || h.state == GH_ROOM_FREE, "the bar's right end holds the free rooms");
    gh_sim_free(sim);
    vc_close(&c);
}

CASE("the janitor stands at the room the collector scanned, at the floor it swept, and leaves at rest")
{
    VC c = vc_open(1280, 720, true);
    gh_Addr nodes[4], hello;
    gh_Sim *sim = doors_sim(4, nodes, &hello);
    lesson(c.v);
    gh_view_render(c.v, sim, 0);
    SDL_Rect j, r;
    bool agg;
    CHECK(!gh_view_janitor_rect(c.v, &j), "no cycle: the janitor is not in the hotel");
    gh_gc_start(sim, false);
    gh_view_render(c.v, sim, 0);
    CHECK(gh_view_janitor_rect(c.v, &j), "a cycle began: the janitor is drawn (between jobs)");
    int seen = 0, lastX = -1, moves = 0;
    while (gh_gc_mark_unit(sim)) {
        gh_GCInfo gc = gh_sim_gc(sim);
        gh_view_render(c.v, sim, 0);
        if (gc.workSpan < 0 || gh_sim_span(sim, gc.workSpan)->state != GH_SPAN_INUSE) continue;
        CHECK(gh_view_janitor_rect(c.v, &j), "marking: the janitor is drawn");
        CHECK(gh_view_room_rect(c.v, sim, gc.workSpan, gc.workSlot, &r, &agg) && !agg, "the scanned room is drawn");
        CHECK(SDL_HasIntersection(&j, &r), "the janitor (%d,%d %dx%d) stands at room %u (%d,%d %dx%d)", j.x, j.y, j.w, j.h,
              gc.workSlot + 1, r.x, r.y, r.w, r.h);
        CHECK(j.y + j.h == r.y + r.h, "on the floor of its row");
        if (lastX >= 0 && j.x != lastX) moves++;
        lastX = j.x;
        seen++;
    }
    CHECK_EQ(seen, 4, "the four nodes scanned one by one");
    CHECK_EQ(moves, 3, "he walked from door to door");
    gh_gc_mark_done(sim);
    for (int i = 0; i < 40 && gh_sim_gc(sim).state == GH_GCS_SWEEP; i++) {
        bool done;
        gh_sweepone(sim, &done);
        gh_GCInfo gc = gh_sim_gc(sim);
        if (done || gc.state != GH_GCS_SWEEP) break;
        gh_view_render(c.v, sim, 0);
        SDL_Rect fr;
        if (gh_sim_span(sim, gc.workSpan)->state != GH_SPAN_INUSE || !gh_view_floor_rect(c.v, gc.workSpan, &fr)) continue;
        CHECK(gh_view_janitor_rect(c.v, &j), "sweeping: the janitor is drawn");
        CHECK(j.y >= fr.y && j.y + j.h <= fr.y + fr.h, "he stands on the floor being swept (%d..%d in %d..%d)", j.y, j.y + j.h,
              fr.y, fr.y + fr.h);
    }
    gh_gc_finish_sweep(sim);
    gh_view_render(c.v, sim, 0);
    CHECK(!gh_view_janitor_rect(c.v, &j), "at rest: gone");
    gh_sim_free(sim);
    vc_close(&c);
}

/* Marks until the collector has scanned a node (not a stack); the janitor's place then. */
static SDL_Rect next_room(VC *c, gh_Sim *sim, uint32_t now)
{
    SDL_Rect j = {0};
    while (gh_gc_mark_unit(sim)) {
        gh_GCInfo gc = gh_sim_gc(sim);
        if (gc.workSpan < 0 || gh_sim_span(sim, gc.workSpan)->state != GH_SPAN_INUSE) continue;
        gh_view_render(c->v, sim, now);
        gh_view_janitor_rect(c->v, &j);
        return j;
    }
    return j;
}

CASE("between two steps the janitor walks for about 300 ms; with reduced motion, and in a still, he is there at once")
{
    for (int reduced = 0; reduced < 2; reduced++) {
        VC c = vc_open(1280, 720, true);
        gh_view_set_reduced_motion(c.v, reduced);
        CHECK_EQ(gh_view_reduced_motion(c.v), (bool)reduced, "the setting reads back");
        gh_Addr nodes[4], hello;
        gh_Sim *sim = doors_sim(4, nodes, &hello);
        lesson(c.v);
        gh_gc_start(sim, false);
        SDL_Rect a = next_room(&c, sim, 1000), start = next_room(&c, sim, 2000), mid, end, r;
        bool agg;
        gh_GCInfo gc = gh_sim_gc(sim);
        CHECK(gh_view_room_rect(c.v, sim, gc.workSpan, gc.workSlot, &r, &agg), "the second scanned room");
        gh_view_render(c.v, sim, 2150); /* half way */
        CHECK(gh_view_janitor_rect(c.v, &mid), "drawn half way");
        gh_view_render(c.v, sim, 2000 + 300);
        CHECK(gh_view_janitor_rect(c.v, &end), "drawn at the end");
        CHECK(SDL_HasIntersection(&end, &r), "after 300 ms he is at the second room");
        CHECK(a.w > 0 && a.x != end.x, "two places (x %d then %d)", a.x, end.x);
        if (reduced) {
            CHECK(start.x == end.x && mid.x == end.x, "reduced motion: at the new room at once (%d, %d, %d)", start.x, mid.x, end.x);
        } else {
            CHECK_EQ(start.x, a.x, "the step's first frame: still where he was");
            CHECK(mid.x > (a.x < end.x ? a.x : end.x) && mid.x < (a.x > end.x ? a.x : end.x), "walking: x %d between %d and %d",
                  mid.x, a.x, end.x);
        }
        gh_sim_free(sim);
        vc_close(&c);
    }
}

/* No layout problem (overlaps, text out of its panel, small text) and no cut hotel label. */
static void check_layout(gh_Sim *sim, const char *what, bool wantDoors)
{
    VC c = vc_open(1280, 720, true);
    lesson(c.v);
    gh_view_render(c.v, sim, 0);
    char buf[4096];
    int n = gh_view_layout_problems(c.v, buf, sizeof buf);
    CHECK_EQ(n, 0, "%s: layout problems:\n%s", what, buf);
    SDL_Rect hotel;
    CHECK(gh_view_panel_rect(c.v, GH_PANEL_HOTEL, &hotel), "%s: a hotel", what);
    int inHotel = 0, numbers = 0;
    for (int i = 0; i < gh_view_label_count(c.v); i++) {
        SDL_Rect b;
        const char *s = gh_view_label(c.v, i, &b);
        SDL_Point mid = {b.x + b.w / 2, b.y + b.h / 2};
        if (!SDL_PointInRect(&mid, &hotel)) continue;
        inHotel++;
        size_t len = strlen(s);
        CHECK(len < 3 || strcmp(s + len - 3, "…"), "%s: hotel label \"%s\" is cut", what, s);
        numbers += s[0] && strspn(s, "0123456789") == len;
    }
    CHECK(inHotel >= 4, "%s: %d hotel labels", what, inHotel);
    if (wantDoors) CHECK(numbers >= 4, "%s: %d numbered doors", what, numbers);
    vc_save(&c, what);
    vc_close(&c);
}

CASE("layout at three heap sizes: a few rooms, thousands of rooms, hundreds of thousands")
{
    gh_Addr nodes[4], hello;
    gh_Sim *small = doors_sim(4, nodes, &hello);
    check_layout(small, "small.png", true);
    gh_sim_free(small);
    gh_Sim *mid = fx_big(256 << 10, NULL, NULL); /* about 2000 objects */
    CHECK(gh_sim_heap(mid).nspansInUse > 8, "the middle heap has many floors");
    check_layout(mid, "mid.png", false);
    gh_sim_free(mid);
    gh_Sim *big = fx_big(24 << 20, NULL, NULL); /* about 200,000 objects */
    check_layout(big, "big.png", false);
    gh_sim_free(big);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
