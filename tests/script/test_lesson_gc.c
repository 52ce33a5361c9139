/* test_lesson_gc.c — a GC cycle run by hand from a lesson (lesson.gc_start, gc_mark_step,
 * gc_finish; src/script/lib_lesson_gc.c). Teaches: marking moves white → grey → black one
 * unit at a time and the stepper stops between units, so a class watches it room by room;
 * the write barrier shades a pointer moved into a black object; the cycle then frees
 * exactly the cut-off room; replaying to a pause mid-mark gives the same state.
 * The scene, tests/script/lesson_gc.lua, highlights a, n1, n2, x at each pause (in that
 * order); this test reads their colours from the simulator itself, not from the scene. */
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "runtime/runtime.h"
#include "script/script.h" /* the scene context behind gh_stepper_script */
#include "script/stepper.h"

static const char *const SCENE = "tests/script/lesson_gc.lua";

static gh_Stepper *open_scene(void)
{
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = "lua"};
    gh_Stepper *st = gh_stepper_new(&cfg);
    if (!gh_stepper_load(st, SCENE)) {
        fprintf(stderr, "load: %s\n", gh_stepper_error(st));
        return NULL;
    }
    return st;
}

/* The colours of the four highlighted rooms as "a n1 n2 x" (w, g, b, or - when freed). */
static void colours(gh_Stepper *st, char out[5])
{
    gh_Sim *sim = gh_stepper_sim(st);
    const gh_Highlight *h;
    int n = gh_stepper_highlights(st, &h);
    memset(out, '?', 4);
    out[4] = 0;
    for (int i = 0; i < n && i < 4; i++) {
        int32_t span;
        uint32_t slot;
        if (!gh_find_object(sim, h[i].addr, &span, &slot)) { out[i] = '-'; continue; }
        out[i] = "-wgb"[gh_gc_color(sim, span, slot)];
    }
}

/* Step to the next pause; false if the scene ended or failed first. */
static bool next_pause(gh_Stepper *st, const char *name)
{
    if (gh_stepper_step(st, GH_STEP_PAUSE | GH_STEP_END) && (gh_stepper_stop_kind(st) & GH_STEP_PAUSE))
        return !strcmp(gh_stepper_pause_name(st), name);
    if (gh_stepper_failed(st)) fprintf(stderr, "scene failed: %s\n", gh_stepper_error(st));
    return false;
}

CASE("marking is seen unit by unit")
{
    gh_Stepper *st = open_scene();
    if (!CHECK(st != NULL, "tests/script/lesson_gc.lua loads")) return;
    char c[5];
    CHECK(next_pause(st, "started"), "first pause: the cycle has started");
    colours(st, c);
    CHECK_STR(c, "wwww", "gc_start: every room is white");
    CHECK_EQ(gh_sim_gc(gh_stepper_sim(st)).state, GH_GCS_MARK, "gc_start leaves the collector in its mark phase");
    CHECK_EQ(gh_sim_gc(gh_stepper_sim(st)).rootsDone, 0, "and no root job has run");
    CHECK(next_pause(st, "roots"), "pause after the root jobs");
    colours(st, c);
    CHECK_STR(c, "gwww", "the globals job greys a; nothing else yet");
    /* one object scanned: stepping event by event stops inside gc_mark_step, at the
     * shade-black of a and the shade-grey of n1 */
    int events = 0;
    while (gh_stepper_step(st, GH_STEP_EVENT | GH_STEP_PAUSE) && !(gh_stepper_stop_kind(st) & GH_STEP_PAUSE)) events++;
    CHECK(events >= 2, "a and n1 change colour at stop points of their own");
    CHECK_STR(gh_stepper_pause_name(st), "scan1", "then the pause after one unit");
    colours(st, c);
    CHECK_STR(c, "bgww", "one unit: a black, n1 grey");
    uint64_t at = gh_stepper_position(st), hash = gh_stepper_hash(st);
    CHECK(next_pause(st, "scan2"), "pause after the second unit");
    colours(st, c);
    CHECK_STR(c, "bbww", "second unit: n1 black; n2 (cut off) and x still white");
    CHECK(next_pause(st, "barrier"), "pause after the pointer move");
    colours(st, c);
    CHECK_STR(c, "bbwg", "the barrier shaded x, moved into black n1");
    CHECK_EQ(gh_sim_gc(gh_stepper_sim(st)).state, GH_GCS_MARK, "still marking: the workers waited for the lesson");
    CHECK(next_pause(st, "finished"), "pause after gc_finish");
    colours(st, c);
    CHECK(c[2] == '-', "n2 was freed");
    CHECK(c[0] != '-' && c[1] != '-' && c[3] != '-', "a, n1 and x survived");
    CHECK_EQ(gh_sim_gc(gh_stepper_sim(st)).numGC, 1, "one cycle finished");
    CHECK_EQ(gh_sim_gc(gh_stepper_sim(st)).background, 1, "the background workers run again");
    /* back to the middle of the mark by replay: the same state */
    gh_stepper_goto(st, at);
    colours(st, c);
    CHECK(!strcmp(c, "bgww") && gh_stepper_hash(st) == hash, "replay to the pause mid-mark is identical");
    gh_stepper_step(st, GH_STEP_END);
    CHECK(gh_stepper_finished(st) && !gh_stepper_failed(st), "the scene ends with every checkpoint passed");
    CHECK_EQ(gh_stepper_script(st)->checkpoints, 21, "checkpoints of lesson_gc.lua");
    gh_stepper_free(st);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
