/* fuzz_exec.c — libFuzzer harness: a byte string is a Go source file. It is parsed,
 * checked and escape-analysed as `gohotel exec` does, and when it compiles it runs on a
 * simulated runtime with a small heap (64 MiB) under an operation cap of 20 000 (a
 * statement 1, a goroutine switch 20, a go statement or a GC cycle 1000), so every input
 * ends quickly: `for {}` and goroutine bombs stop at the cap. Under the fuzzer's
 * instrumentation (ASan, UBSan, coverage) an operation costs 20-50 us, so 200 000 took
 * 4-10 s for a busy program (tests/golang/exec/gcstress.go): 20 000 keeps the slowest
 * input near a second and the typical one in milliseconds. Output goes to
 * /dev/null. At the end the runtime's invariants must hold; any failure aborts, which
 * libFuzzer reports with the input. Whatever the text, the process must never crash,
 * leak, hang or trip a sanitizer. With GH_FUZZ_VERBOSE=1 in the environment the program's
 * output and error go to stderr (to read what a reproducer does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "golang/exec.h"
#include "runtime/runtime.h"

#include <stdint.h>

enum { FUZZ_MAX_OPS = 20000 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *null;
    if (!null) null = getenv("GH_FUZZ_VERBOSE") ? stderr : fopen("/dev/null", "w");
    if (!null) return 0;
    char *src = malloc(size + 1); /* the interpreter keeps pointers into the text */
    if (!src) return 0;
    memcpy(src, data, size);
    src[size] = 0;
    gh_Config cfg = gh_config_default();
    cfg.memoryLimit = (uint64_t)64 << 20;
    cfg.gomaxprocs = 2;
    gh_Sim *sim = gh_sim_new(&cfg);
    gh_Exec *ex = sim ? gh_exec_load("main.go", src, size, sim, null, null) : NULL;
    if (ex) {
        gh_exec_limit(ex, FUZZ_MAX_OPS, "the fuzzer's cap");
        while (!gh_exec_done(ex)) gh_exec_run(ex, 100000);
        if (gh_exec_error(ex)) fprintf(null, "%s\n", gh_exec_error(ex));
        char msg[256];
        if (!gh_check_invariants(sim, msg, sizeof msg)) {
            fprintf(stderr, "invariant broken after %lld steps: %s\n", gh_exec_steps(ex), msg);
            abort();
        }
    }
    gh_exec_free(ex);
    gh_sim_free(sim);
    free(src);
    return 0;
}
