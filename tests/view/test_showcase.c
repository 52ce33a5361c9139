/* test_showcase.c — the frames a class sees, checked and (with GH_VIEW_SHOTS) saved: a
 * guest list mid-mark with the object graph, a hovered room's tooltip naming its string,
 * stop-the-world, the sweep with its garbage, a scene error, and the blank screen. */
#include "fixture.h"
#include "offscreen.h"

typedef struct Guests { gh_Sim *sim; gh_Addr keep[8], drop[6]; int32_t g; } Guests;

/* type Guest struct { next *Guest; name string; nights int; ... } padded to 128 B. */
static Guests guests(void)
{
    Guests G = {0};
    G.sim = gh_sim_new(NULL);
    gh_Sim *sim = G.sim;
    gh_gc_set_background(sim, false);
    static const uint8_t mask[2] = {0x03, 0};
    int32_t guest = gh_type_register(sim, "main.Guest", 128, mask);
    G.g = gh_newproc(sim);
    gh_frame_push(sim, "main", 256, 3);
    gh_Addr head = gh_frame_local(sim, "guests", GH_TYPE_POINTER, 8, false);
    gh_Addr nights = gh_frame_local(sim, "nights", GH_TYPE_INT64, 8, false);
    uint64_t three = 3;
    gh_store(sim, nights, &three, 8);
    static const char *const names[] = {"Ada", "Rob", "Ken", "Ian", "Russ", "Gri", "Aus", "Kei"};
    gh_Addr prev = head;
    for (int i = 0; i < 8; i++) {
        G.keep[i] = gh_newobject(sim, guest);
        gh_String s;
        gh_string_literal(sim, names[i], (int64_t)strlen(names[i]), &s);
        gh_store_ptr(sim, G.keep[i] + 8, s.ptr);
        gh_store(sim, G.keep[i] + 16, &s.len, 8);
        gh_store_ptr(sim, prev, G.keep[i]);
        prev = G.keep[i];
        if (i < 6) G.drop[i] = gh_newobject(sim, guest); /* checked out: nothing points here */
    }
    gh_frame_push(sim, "checkIn", 128, 9);
    gh_Addr g = gh_frame_local(sim, "g", GH_TYPE_POINTER, 8, false);
    gh_store_ptr(sim, g, G.keep[7]);
    gh_String msg;
    gh_string_literal(sim, "welcome, gopher!", 16, &msg);
    gh_Addr m = gh_frame_local(sim, "msg", GH_TYPE_STRING_HDR, 16, false);
    gh_store(sim, m, &msg, 16);
    gh_temps_clear(sim);
    return G;
}

static const char *const SRC[] = {
    "type Guest struct {", "\tnext   *Guest", "\tname   string", "\tnights int", "}", "",
    "func main() {", "\tguests := checkInAll(names)", "\tfor g := guests; g != nil; g = g.next {",
    "\t\tcheckIn(g)", "\t}", "\truntime.GC()", "}"};

static VC open_lesson(bool projector)
{
    VC c = vc_open(1280, 720, projector);
    gh_view_set_title(c.v, "4 · The janitor: mark and sweep");
    gh_view_set_narration(c.v, "The janitor starts at the roots: the plates in the cafeteria and the globals. Every room it "
                               "reaches turns grey, then black once its pointers are followed.\n\nPredict: which rooms "
                               "will still be white when marking ends?");
    gh_view_set_source(c.v, "scenes/04_janitor.lua", SRC, (int)(sizeof SRC / sizeof SRC[0]));
    gh_view_set_line(c.v, 12);
    gh_ViewControls ctl = {.playing = true, .speed = 4, .step = 27, .nsteps = 64, .granularity = "GC phase"};
    gh_view_set_controls(c.v, &ctl);
    return c;
}

static void hover(VC *c, const gh_Sim *sim, int x, int y)
{
    SDL_Event e = {.type = SDL_MOUSEMOTION};
    e.motion.x = x;
    e.motion.y = y;
    gh_view_handle_event(c->v, sim, &e);
}

/* The frame drawn when the collector enters mark termination (the runtime is in that
 * state while it tells its listener). */
typedef struct StwShot { VC *c; const gh_Sim *sim; bool projector, seen; } StwShot;
static StwShot STW;

static void stw_shot(void *ud, const gh_Event *ev)
{
    (void)ud;
    if (ev->kind != GH_EV_GC_PHASE || gh_sim_gc(STW.sim).state != GH_GCS_MARKTERM || STW.seen) return;
    STW.seen = true;
    gh_view_render(STW.c->v, STW.sim, 0);
    CHECK(vc_has_label(STW.c->v, "STOP THE WORLD"), "STW banner");
    vc_save(STW.c, STW.projector ? "showcase_stw_projector.png" : "showcase_stw.png");
}

static void run(bool projector)
{
    VC c = open_lesson(projector);
    Guests G = guests();
    gh_gc_start(G.sim, true);
    for (int i = 0; i < 5; i++) gh_gc_mark_unit(G.sim);
    gh_view_highlight_addr(c.v, GH_HL_ROOM, G.drop[2], "nothing points here");
    int32_t span;
    uint32_t slot;
    gh_find_object(G.sim, G.keep[0], &span, &slot);
    SDL_Rect r;
    gh_view_render(c.v, G.sim, 0);
    vc_save(&c, projector ? "hotel_doc_projector.png" : "hotel_doc.png");
    CHECK(gh_view_room_rect(c.v, G.sim, span, slot, &r, NULL), "guest room");
    hover(&c, G.sim, r.x + r.w / 2, r.y + r.h / 2);
    gh_view_render(c.v, G.sim, 0);
    CHECK(vc_has_label(c.v, "main.Guest"), "tooltip names the type");
    CHECK(vc_has_label(c.v, "state: "), "tooltip gives the state");
    vc_save(&c, projector ? "showcase_mark_projector.png" : "showcase_mark.png");
    /* hover the string "Ken" (a tiny block): the tooltip shows its text */
    uint64_t namePtr;
    const uint8_t *nameWord = gh_peek(G.sim, G.keep[2] + 8, 8);
    CHECK(nameWord != NULL, "a guest's name word can be read");
    memcpy(&namePtr, nameWord ? nameWord : (const uint8_t[8]){0}, 8);
    if (gh_find_object(G.sim, namePtr, &span, &slot) && gh_view_room_rect(c.v, G.sim, span, slot, &r, NULL)) {
        hover(&c, G.sim, r.x + r.w / 2, r.y + r.h / 2);
        gh_view_render(c.v, G.sim, 0);
        CHECK(vc_has_label(c.v, "as text:"), "string preview in tooltip");
    }
    hover(&c, G.sim, -100, -100);
    /* finish marking: stop the world, seen mid-step as a stepper paused on the phase event
     * sees it; then the sweep shows garbage until each floor is swept */
    STW = (StwShot){&c, G.sim, projector, false};
    gh_sim_listen(G.sim, stw_shot, NULL);
    while (gh_gc_mark_unit(G.sim)) {}
    gh_gc_mark_done(G.sim);
    gh_sim_listen(G.sim, NULL, NULL);
    CHECK(STW.seen, "mark termination began with a phase event");
    gh_view_clear_highlights(c.v);
    gh_view_render(c.v, G.sim, 0);
    CHECK(gh_view_room_state(G.sim, span = -1, 0) == GH_ROOM_FREE, "bad span is free");
    /* A dropped guest is garbage until its floor is swept; the mcache flush at mark
     * termination may already have swept the floor it was on (then its room is free). */
    gh_RoomState st = gh_find_object(G.sim, G.drop[0], &span, &slot) ? gh_view_room_state(G.sim, span, slot) : GH_ROOM_FREE;
    CHECK(st == GH_ROOM_GARBAGE || st == GH_ROOM_FREE, "dropped guest is %s", gh_view_state_name(st));
    vc_save(&c, projector ? "showcase_sweep_projector.png" : "showcase_sweep.png");
    gh_view_set_error(c.v, "scenes/04_janitor.lua:12: attempt to index a nil value (local 'guest')");
    gh_view_render(c.v, G.sim, 0);
    CHECK(vc_has_label(c.v, "Scene error"), "error panel");
    vc_save(&c, projector ? "showcase_error_projector.png" : "showcase_error.png");
    gh_view_set_blank(c.v, true);
    gh_view_render(c.v, G.sim, 0);
    SDL_Color p = vc_pixel(&c, 640, 360);
    CHECK(p.r == 0 && p.g == 0 && p.b == 0, "blank screen is black");
    gh_sim_free(G.sim);
    vc_close(&c);
}

CASE("the frames a class sees: mark with the graph, a tooltip, stop-the-world, sweep, an error, blank") { run(false); }
CASE("the same frames in the classroom palette") { run(true); }

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
