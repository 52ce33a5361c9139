/* test_room_colors.c — rooms in known states show their state's colour at the layout
 * query's probe pixel: allocated, tiny, free, and mid-mark white, grey and black rooms,
 * in the default and the classroom palette. */
#include "fixture.h"
#include "offscreen.h"

static const char *const LESSON[] = {
    "type Node struct{ next, prev *Node; val int }", "", "func main() {", "\tvar list *Node",
    "\tfor i := 0; i < 6; i++ {", "\t\tlist = append(list, &Node{val: i})", "\t}",
    "\tgreeting := \"hello, gopher! welcome to the hotel\"", "\tbuf := make([]byte, 40000)",
    "\tgreet(greeting)", "}", "func greet(name string) {", "\tcount := len(name)", "}"};

static void lesson(gh_View *v)
{
    gh_view_set_title(v, "3 · The hotel: arenas, spans and rooms");
    gh_view_set_narration(v, "Each Node is 24 bytes, so it gets a room on the 24 B floor. The string's bytes need 35 bytes: "
                             "rounded up to a 48 B room.\n\nPredict: where will the next 33-byte allocation go?");
    gh_view_set_source(v, "scenes/03_hotel.lua", LESSON, (int)(sizeof LESSON / sizeof LESSON[0]));
    gh_view_set_line(v, 8);
    gh_ViewControls c = {.playing = false, .speed = 2, .step = 12, .nsteps = 40, .granularity = "operation"};
    gh_view_set_controls(v, &c);
}

static int check_rooms(VC *c, gh_Sim *sim, const char *when)
{
    int checked = 0;
    for (int32_t id = 0; id < gh_sim_nspans(sim); id++) {
        const gh_MSpan *s = gh_sim_span(sim, id);
        if (s->state != GH_SPAN_INUSE) continue;
        for (uint32_t k = 0; k < s->nelems && k < 64; k++) {
            int x, y;
            if (!gh_view_room_probe(c->v, sim, id, k, &x, &y)) continue;
            gh_RoomState st = gh_view_room_state(sim, id, k);
            SDL_Color want = gh_view_state_color(c->v, st), got = vc_pixel(c, x, y);
            CHECK(vc_same(want, got), "%s: span %d room %u (%s) at %d,%d: want #%02x%02x%02x got #%02x%02x%02x", when, id, k,
                  gh_view_state_name(st), x, y, want.r, want.g, want.b, got.r, got.g, got.b);
            checked++;
        }
    }
    return checked;
}

static void run(bool projector)
{
    VC c = vc_open(1280, 720, projector);
    Fixture f = fx_small();
    lesson(c.v);
    gh_view_set_graph(c.v, 0); /* arrows cross rooms; colours are checked without them */
    gh_view_render(c.v, f.sim, 0);
    vc_save(&c, projector ? "rooms_projector.png" : "rooms.png");
    CHECK(check_rooms(&c, f.sim, "idle") > 20, "too few rooms checked");
    int32_t span;
    uint32_t slot;
    CHECK(gh_find_object(f.sim, f.head, &span, &slot), "head node");
    CHECK_EQ(gh_view_room_state(f.sim, span, slot), GH_ROOM_ALLOC, "the head node's room is allocated");
    gh_gc_start(f.sim, true);
    int seen[GH_ROOM_STATE_COUNT];
    for (int unit = 0; unit < 64; unit++) { /* mark until all three colours are on show */
        memset(seen, 0, sizeof seen);
        for (int32_t id = 0; id < gh_sim_nspans(f.sim); id++)
            for (uint32_t k = 0; k < gh_sim_span(f.sim, id)->nelems && gh_sim_span(f.sim, id)->state == GH_SPAN_INUSE; k++)
                seen[gh_view_room_state(f.sim, id, k)]++;
        if (seen[GH_ROOM_WHITE] && seen[GH_ROOM_GREY] && seen[GH_ROOM_BLACK]) break;
        if (!gh_gc_mark_unit(f.sim)) break;
    }
    gh_view_render(c.v, f.sim, 0);
    vc_save(&c, projector ? "mark_projector.png" : "mark.png");
    CHECK(seen[GH_ROOM_WHITE] && seen[GH_ROOM_GREY] && seen[GH_ROOM_BLACK], "mid-mark needs white %d grey %d black %d",
          seen[GH_ROOM_WHITE], seen[GH_ROOM_GREY], seen[GH_ROOM_BLACK]);
    CHECK(check_rooms(&c, f.sim, "mark") > 20, "too few rooms checked mid-mark");
    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("every room shows its state's colour, idle and mid-mark, in the default palette") { run(false); }
CASE("every room shows its state's colour, idle and mid-mark, in the classroom palette") { run(true); }

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
