/* fuzz_scene.c — libFuzzer harness: a byte string is a scene file, run through the
 * sandboxed Lua runner to at most 2000 stop points with a small Lua memory cap and a short
 * runaway limit. Whatever the text, the scene must end or fail with a message; the
 * process must never crash, leak or trip a sanitizer. */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>
#include "script/stepper.h"

#ifndef GOHOTEL_SOURCE_DIR
#define GOHOTEL_SOURCE_DIR "."
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int fd = memfd_create("scene.lua", 0);
    if (fd < 0) return 0;
    if (size && write(fd, data, size) != (ssize_t)size) {
        close(fd);
        return 0;
    }
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = GOHOTEL_SOURCE_DIR "/lua",
                            .luaMemLimit = 16 << 20, .idleLimit = 200000};
    cfg.sim.memoryLimit = (uint64_t)256 << 20;
    /* A smaller host budget than the window's, so a seed that grows the heap or a stack to
     * the budget (tests/bad/hd_deep_stack.lua copies a stack at every doubling) ends in
     * seconds under the sanitizers; and no wall-clock watchdog: its hard stop would end the
     * fuzzer itself, and libFuzzer's -timeout already reports an input that hangs. */
    cfg.sim.hostBudget = (uint64_t)128 << 20;
    cfg.maxStepSeconds = -1;
    gh_Stepper *st = gh_stepper_new(&cfg);
    if (st && gh_stepper_load(st, path)) {
        gh_stepper_goto(st, 2000);
        if (gh_stepper_position(st) > 10) gh_stepper_back(st, GH_STEP_OP); /* replay too */
    }
    gh_stepper_free(st);
    close(fd);
    return 0;
}
