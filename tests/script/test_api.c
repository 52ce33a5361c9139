/* test_api.c — every call of the scene API, through tests/script/api.lua (each call is
 * checked there with lesson.expect), plus the stepper's lesson accessors. */
#include <string.h>
#include "check.h"
#include "script/script.h" /* the scene context behind gh_stepper_script */
#include "script/stepper.h"

CASE("api.lua passes every checkpoint, and the stepper shows its lesson state")
{
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = "lua"};
    gh_Stepper *st = gh_stepper_new(&cfg);
    gh_stepper_param(st, "given", "42");
    CHECK(gh_stepper_load(st, "tests/script/api.lua"), "load: %s", gh_stepper_error(st));
    /* the lesson state at the first pause point */
    gh_stepper_step(st, GH_STEP_PAUSE);
    CHECK_STR(gh_stepper_pause_name(st), "look", "the pause's name");
    CHECK_STR(gh_stepper_narration(st), "narration", "lesson.say's text");
    CHECK_STR(gh_stepper_title(st), "API tour", "lesson.title's text");
    const gh_Highlight *hl;
    int n = gh_stepper_highlights(st, &hl);
    CHECK_EQ(n, 4, "four highlights: room, frame, variable, floor");
    CHECK(n == 4 && hl[0].kind == GH_TARGET_ROOM && hl[0].addr >= 0xc000000000ULL && !strcmp(hl[1].label, "main.main"),
          "a room at a heap address, then main.main's frame");
    CHECK(gh_stepper_stop_kind(st) & GH_STEP_PAUSE, "stopped at a pause point (kind %u)", gh_stepper_stop_kind(st));
    gh_stepper_step(st, GH_STEP_END);
    CHECK(gh_stepper_finished(st) && !gh_stepper_failed(st), "api.lua failed: %s", gh_stepper_error(st));
    const gh_Script *S = gh_stepper_script(st);
    CHECK(S->checkpoints >= 70, "checkpoints passed %d", S->checkpoints);
    CHECK_EQ(S->nmeasures, 1, "one lesson.measure");
    CHECK(S->nmeasures == 1 && S->measures[0].Mallocs == 1 && S->measures[0].TotalAlloc == 48,
          "the measure of one new(Node): 1 malloc of 48 B");
    gh_stepper_free(st);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
