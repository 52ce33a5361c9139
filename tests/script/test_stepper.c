/* test_stepper.c — stepping by every granularity, step back and goto by replay (equal
 * full-state hashes), determinism of two runs, and freeing a scene suspended mid-way. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "runtime/runtime.h"
#include "script/stepper.h"

static const char *const SCENE = "tests/script/stepping.lua";

static gh_Stepper *open_scene(void)
{
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = "lua"};
    gh_Stepper *st = gh_stepper_new(&cfg);
    if (!gh_stepper_load(st, SCENE)) printf("load: %s\n", gh_stepper_error(st)), exit(1);
    return st;
}

/* Every step by `kind` stops at a point of that kind, until the end. Returns the count. */
static int count_steps(uint32_t kind)
{
    gh_Stepper *st = open_scene();
    int n = 0;
    uint64_t last = 0;
    while (gh_stepper_step(st, kind) && !gh_stepper_finished(st)) {
        CHECK(gh_stepper_stop_kind(st) & kind, "kind %u: stopped at kind %u", kind, gh_stepper_stop_kind(st));
        CHECK(gh_stepper_position(st) > last, "position must grow");
        last = gh_stepper_position(st);
        n++;
    }
    CHECK(!gh_stepper_failed(st), "scene failed: %s", gh_stepper_error(st));
    gh_stepper_free(st);
    return n;
}

CASE("every granularity stops only at its own kind of point")
{
    int ev = count_steps(GH_STEP_EVENT), op = count_steps(GH_STEP_OP), line = count_steps(GH_STEP_LINE);
    int phase = count_steps(GH_STEP_PHASE), cycle = count_steps(GH_STEP_CYCLE), pause = count_steps(GH_STEP_PAUSE);
    printf("steps: %d events, %d ops, %d lines, %d phase changes, %d cycles, %d pauses\n", ev, op, line, phase, cycle,
           pause);
    CHECK_EQ(pause, 3, "the scene's three lesson.pause calls");
    CHECK(cycle >= 2, "at least the triggered cycle and runtime.GC, got %d", cycle);
    CHECK(phase >= 3 * cycle, "each cycle changes phase at least 3 times");
    CHECK(op >= 700 && ev > op && line > 700, "ops %d events %d lines %d", op, ev, line);
    CHECK(count_steps(GH_STEP_END) == 0, "END runs to the end in one step");
}

/* State at k reached forward equals the state at k reached by going back from k + d. */
CASE("step back and goto replay to the same state hash")
{
    gh_Stepper *st = open_scene();
    gh_stepper_step(st, GH_STEP_END);
    uint64_t total = gh_stepper_position(st), endHash = gh_stepper_hash(st);
    const uint64_t ks[] = {1, 7, 100, 1234, total / 2, total - 3};
    for (size_t i = 0; i < sizeof ks / sizeof ks[0]; i++) {
        gh_Stepper *fwd = open_scene();
        gh_stepper_goto(fwd, ks[i]);
        uint64_t want = gh_stepper_hash(fwd);
        gh_stepper_free(fwd);
        gh_stepper_goto(st, ks[i] + 2 < total ? ks[i] + 2 : total);
        gh_stepper_goto(st, ks[i]);
        CHECK_EQ(gh_stepper_position(st), ks[i], "goto back lands on the step asked for");
        CHECK(gh_stepper_hash(st) == want, "the state at %llu replayed equals the state reached forward",
              (unsigned long long)ks[i]);
    }
    /* back by granularity lands on a point of that kind, and forward again is identical */
    gh_stepper_goto(st, total / 2);
    gh_stepper_back(st, GH_STEP_OP);
    CHECK(gh_stepper_stop_kind(st) & GH_STEP_OP, "back by OP lands on an OP point");
    uint64_t at = gh_stepper_position(st), h = gh_stepper_hash(st);
    gh_stepper_step(st, GH_STEP_OP);
    gh_stepper_back(st, GH_STEP_OP);
    CHECK_EQ(gh_stepper_position(st), at, "forward one OP then back: same position");
    CHECK(gh_stepper_hash(st) == h, "forward one OP then back: same state");
    gh_stepper_back(st, GH_STEP_PAUSE);
    CHECK(gh_stepper_stop_kind(st) & GH_STEP_PAUSE, "back to a pause");
    gh_stepper_goto(st, 0);
    CHECK_EQ(gh_stepper_position(st), 0, "goto 0");
    gh_stepper_step(st, GH_STEP_END);
    CHECK_EQ(gh_stepper_position(st), total, "the end after replays is at the same step as the first end");
    CHECK(gh_stepper_hash(st) == endHash, "the end after replays equals the first end");
    gh_stepper_free(st);
}

CASE("two runs end in the same state")
{
    gh_Stepper *a = open_scene(), *b = open_scene();
    gh_stepper_step(a, GH_STEP_END);
    gh_stepper_step(b, GH_STEP_END);
    CHECK(gh_stepper_hash(a) == gh_stepper_hash(b), "two runs differ");
    CHECK(gh_stepper_hash(a) != 0, "the state hash is computed (not 0)");
    gh_stepper_free(a);
    gh_stepper_free(b);
}

CASE("a scene suspended mid-way can be freed")
{
    for (int i = 0; i < 3; i++) {
        gh_Stepper *st = open_scene();
        uint64_t target = 5000 + (uint64_t)i * 777; /* inside the allocation loop, in a runtime call */
        gh_stepper_goto(st, target);
        CHECK_EQ(gh_stepper_position(st), target, "goto reached the step inside the scene");
        CHECK(!gh_stepper_finished(st) && !gh_stepper_failed(st), "the scene is suspended, not over, at %llu: %s",
              (unsigned long long)target, gh_stepper_error(st));
        gh_stepper_free(st); /* ASan reports a leak or a bad free of the suspended coroutine */
    }
}

/* The code panel marks the statement a Go program runs next: main's first statement (line
 * 30 of goprog_direct.go) as soon as it is loaded, before anything ran; line 32 after
 * run_to{line = 32}. */
CASE("the code panel marks main's first statement as soon as a Go program is loaded, and shows the Go file to the end")
{
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = "lua"};
    gh_Stepper *st = gh_stepper_new(&cfg);
    CHECK(gh_stepper_load(st, "tests/script/goprog_panel.lua"), "load: %s", gh_stepper_error(st));
    const char *name = NULL;
    int line = -1;
    CHECK(gh_stepper_step(st, GH_STEP_PAUSE) && !strcmp(gh_stepper_pause_name(st), "loaded"), "at the first pause");
    CHECK(gh_stepper_code(st, &name, &line) && !strcmp(name, "goprog_direct.go"), "the panel shows the Go file");
    CHECK_EQ(line, 30, "main's first statement, a := leaf(3), is marked");
    CHECK(gh_stepper_step(st, GH_STEP_PAUSE) && !strcmp(gh_stepper_pause_name(st), "stopped"), "at the second pause");
    CHECK(gh_stepper_code(st, &name, &line), "the panel still shows the Go file");
    CHECK_EQ(line, 32, "run_to stopped before total = a + b");
    CHECK(gh_stepper_step(st, GH_STEP_PAUSE) && !strcmp(gh_stepper_pause_name(st), "done"), "at the pause after the program's end");
    int last = atoi(gh_stepper_narration(st));
    CHECK(last > 32, "the program's last statement ran after line 32: %d", last);
    CHECK(gh_stepper_code(st, &name, &line) && !strcmp(name, "goprog_direct.go"), "the finished program's file is still shown");
    CHECK_EQ(line, last, "its last statement is marked");
    CHECK(gh_stepper_step(st, GH_STEP_PAUSE) && !strcmp(gh_stepper_pause_name(st), "after"), "at a later pause");
    CHECK(gh_stepper_code(st, &name, &line) && !strcmp(name, "goprog_direct.go"), "a later pause still shows the Go file");
    while (gh_stepper_step(st, GH_STEP_PAUSE)) {}
    CHECK(gh_stepper_finished(st) && !gh_stepper_failed(st), "the scene ran to its end: %s", gh_stepper_error(st));
    CHECK(gh_stepper_code(st, &name, &line) && !strcmp(name, "goprog_direct.go"), "the end frame shows the Go file, not the scene");
    CHECK_EQ(line, last, "the end frame marks the program's last statement");
    gh_stepper_free(st);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
