/* test_gc_random.c — the collector never loses a live object: 1,000,000 random mutator
 * operations interleaved with collector steps at random points, checkmark after every
 * mark, reachability proven every 256 operations; and the same test fails at once when
 * the write barrier is switched off (so it can fail). GH_GC_RANDOM_OPS=N runs longer. */
#include <stdlib.h>
#include "check.h"
#include "gc_mutator.h"

static gh_Sim *new_sim(int procs, bool broken)
{
    gh_Config cfg = gh_config_default();
    cfg.gomaxprocs = procs;
    cfg.checkmark = true;
    gh_Sim *sim = gh_sim_new(&cfg);
    sim->gc.brokenBarrier = broken;
    return sim;
}

CASE("a million random operations lose nothing")
{
    const char *env = getenv("GH_GC_RANDOM_OPS");
#ifdef GOHOTEL_SANITIZE
    uint64_t total = env ? strtoull(env, NULL, 10) : 200000; /* the plain build runs 1,000,000 */
#else
    uint64_t total = env ? strtoull(env, NULL, 10) : 1000000;
#endif
    uint64_t done = 0, cycles = 0;
    for (uint64_t seed = 1; done < total; seed++) {
        gh_Sim *sim = new_sim(1 + (int)(seed % 4), false);
        Mutator m;
        mut_init(&m, sim, seed * 0x9E3779B97F4A7C15ULL);
        bool ok = mut_run(&m, 250000);
        if (!ok) fprintf(stderr, "  seed %llu: %s\n", (unsigned long long)seed, m.why);
        CHECK(ok, "no checkmark failure and no freed-but-reachable object");
        done += m.ops;
        cycles += m.cycles;
        gh_sim_free(sim);
        if (!ok) break;
    }
    fprintf(stderr, "  %llu operations, %llu collections checked\n", (unsigned long long)done, (unsigned long long)cycles);
    CHECK(cycles > 20, "many cycles were verified");
}

CASE("a broken barrier is caught")
{
    int caught = 0;
    for (uint64_t seed = 1; seed <= 5; seed++) {
        gh_Sim *sim = new_sim(2, true);
        Mutator m;
        mut_init(&m, sim, seed * 7919);
        if (!mut_run(&m, 200000)) {
            caught++;
            if (caught == 1) fprintf(stderr, "  caught: %s\n", m.why);
        }
        gh_sim_free(sim);
    }
    CHECK(caught >= 4, "the test detects a collector without its write barrier");
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
