/* bench_stepback.c — how long one step back takes at step 100,000 of a scene.
 * Writes a scene that allocates in a loop (well over 100,000 stop points), steps forward
 * to 100,000, then times one step back (a full silent replay) several times and prints
 * the figures. Run from the repository root (it needs lua/prelude.lua). Never fails on time. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "runtime/runtime.h"
#include "script/stepper.h"

static const char *const scene =
    "go.struct('Node', {'next *Node', 'val int'})\n"
    "local v = go.vars('head *Node', 's string')\n"
    "for i = 1, 40000 do\n"
    "  local n = go.new('Node')\n"
    "  n.next = v.head\n"
    "  if i % 3 == 0 then v.head = n end\n"
    "end\n";

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
    const char *luaDir = argc > 1 ? argv[1] : "lua";
    const char *path = "/tmp/gohotel_bench_stepback.lua";
    FILE *f = fopen(path, "w");
    if (!f) return perror(path), 1;
    fputs(scene, f);
    fclose(f);
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = luaDir};
    gh_Stepper *st = gh_stepper_new(&cfg);
    if (!st || !gh_stepper_load(st, path)) return fprintf(stderr, "load: %s\n", st ? gh_stepper_error(st) : "oom"), 1;
    double t0 = now_ms();
    gh_stepper_step(st, GH_STEP_END);
    double full = now_ms() - t0;
    uint64_t total = gh_stepper_position(st);
    printf("scene: %llu stop points in all; straight run %.1f ms (%.0f ns per step)\n", (unsigned long long)total, full,
           full * 1e6 / (double)total);
    if (total < 100001) return fprintf(stderr, "scene too short\n"), 1;
    t0 = now_ms();
    gh_stepper_goto(st, 100000);
    printf("goto 100000 (replay from the end): %.1f ms\n", now_ms() - t0);
    uint64_t h100k = gh_stepper_hash(st);
    gh_stepper_step(st, GH_STEP_EVENT);
    double worst = 0, sum = 0;
    int runs = 5;
    for (int i = 0; i < runs; i++) {
        uint64_t at = gh_stepper_position(st);
        t0 = now_ms();
        gh_stepper_goto(st, at - 1);
        double ms = now_ms() - t0;
        sum += ms;
        if (ms > worst) worst = ms;
        gh_stepper_goto(st, at);
    }
    gh_stepper_goto(st, 100001);
    gh_stepper_back(st, GH_STEP_EVENT | GH_STEP_OP | GH_STEP_LINE);
    printf("one step back at step %llu: mean %.1f ms, worst %.1f ms over %d runs (target <= 100 ms)\n",
           (unsigned long long)100001, sum / runs, worst, runs);
    printf("state after step back %s the forward state at step 100000 (hash %016llx)\n",
           gh_stepper_hash(st) == h100k && gh_stepper_position(st) == 100000 ? "equals" : "DIFFERS FROM",
           (unsigned long long)h100k);
    gh_stepper_free(st);
    remove(path);
    return 0;
}
