/* fuzz_runtime.c — libFuzzer harness: a byte string is a stream of runtime operations
 * (allocations of every size and type, pointer stores and deletes, loads onto stacks,
 * frames, goroutine switches, GOGC changes, collector steps at any point). Checkmark is on;
 * the invariant checker and the reachability proof run after every operation. Any
 * failure aborts, which libFuzzer reports with the input. */
#include <stdio.h>
#include <stdlib.h>
#include "../runtime/gc_mutator.h"
#include "runtime/runtime.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gh_Config cfg = gh_config_default();
    cfg.checkmark = true;
    cfg.memoryLimit = (uint64_t)256 << 20;
    cfg.gomaxprocs = size ? 1 + data[0] % 4 : 1;
    gh_Sim *sim = gh_sim_new(&cfg);
    Mutator m;
    mut_init(&m, sim, 1);
    m.data = data;
    m.len = size;
    m.pos = 1;
    char msg[256];
    while (m.pos < m.len) {
        mut_op(&m);
        if (gh_sim_err(sim) == GH_ERR_OUT_OF_MEMORY) break; /* a clean, reported refusal */
        if (!gh_check_invariants(sim, msg, sizeof msg)) {
            fprintf(stderr, "invariant broken after %llu ops: %s\n", (unsigned long long)m.ops, msg);
            abort();
        }
        if (!mut_verify(&m)) {
            fprintf(stderr, "collector lost an object: %s\n", m.why);
            abort();
        }
    }
    gh_sim_free(sim);
    return 0;
}
