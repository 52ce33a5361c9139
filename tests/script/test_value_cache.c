/* test_value_cache.c — the binding layer's caches (src/script/value_cache.c, go.vars names
 * by address) change no answer a scene gets: tests/script/value_cache.lua checks each case
 * with lesson.expect (a reused handle, a reused room, a stale simulator, same-named fields
 * and variables, a frame pointer); here it must run to its end with every checkpoint. */
#include "check.h"
#include "script/script.h"
#include "script/stepper.h"

CASE("value_cache.lua passes every checkpoint: the caches are invisible but for rawequal")
{
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = "lua"};
    gh_Stepper *st = gh_stepper_new(&cfg);
    CHECK(gh_stepper_load(st, "tests/script/value_cache.lua"), "load: %s", gh_stepper_error(st));
    gh_stepper_step(st, GH_STEP_END);
    CHECK(gh_stepper_finished(st) && !gh_stepper_failed(st), "value_cache.lua failed: %s", gh_stepper_error(st));
    const gh_Script *S = gh_stepper_script(st);
    CHECK(S->checkpoints >= 26, "checkpoints passed %d (the scene has 26)", S->checkpoints);
    gh_stepper_free(st);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
