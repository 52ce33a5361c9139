/* test_api.c — every call of the scene API, through tests/script/api.lua (each call is
 * checked there with lesson.expect), plus the stepper's lesson accessors. */
#include <stdio.h>
#include <string.h>
#include "script/stepper.h"

static int fails;
#define CHECK(c, ...) do { if (!(c)) { fails++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

int main(void)
{
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = "lua"};
    gh_Stepper *st = gh_stepper_new(&cfg);
    gh_stepper_param(st, "given", "42");
    CHECK(gh_stepper_load(st, "tests/script/api.lua"), "load: %s", gh_stepper_error(st));
    /* the lesson state at the first pause point */
    gh_stepper_step(st, GH_STEP_PAUSE);
    CHECK(!strcmp(gh_stepper_pause_name(st), "look"), "pause name %s", gh_stepper_pause_name(st));
    CHECK(!strcmp(gh_stepper_narration(st), "narration"), "narration %s", gh_stepper_narration(st));
    CHECK(!strcmp(gh_stepper_title(st), "API tour"), "title %s", gh_stepper_title(st));
    const gh_Highlight *hl;
    int n = gh_stepper_highlights(st, &hl);
    CHECK(n == 4 && !strcmp(hl[0].kind, "room") && hl[0].addr >= 0xc000000000ULL && !strcmp(hl[1].label, "main.main"),
          "highlights %d", n);
    CHECK(gh_stepper_stop_kind(st) & GH_STEP_PAUSE, "stop kind");
    gh_stepper_step(st, GH_STEP_END);
    CHECK(gh_stepper_finished(st) && !gh_stepper_failed(st), "api.lua failed: %s", gh_stepper_error(st));
    const gh_Script *S = gh_stepper_script(st);
    CHECK(S->checkpoints >= 70, "checkpoints passed %d", S->checkpoints);
    CHECK(S->nmeasures == 1 && S->measures[0].Mallocs == 1 && S->measures[0].TotalAlloc == 48, "measure");
    gh_stepper_free(st);
    printf("%s\n", fails ? "FAIL" : "ok");
    return fails != 0;
}
