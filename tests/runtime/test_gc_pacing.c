/* test_gc_pacing.c — the pacer starts as many cycles as real Go 1.19 does (2 Ps):
 * live 8 MiB + 256 MiB of 64-byte garbage → 31–32 cycles; live 32 MiB → 8–9 cycles
 * (measured with bench/go/gcpace on this project's machines; within 20 %). */
#include "check.h"
#include "runtime/sim.h"
#include "workload.h"

static gh_PaceResult run(uint32_t L, uint32_t G, int32_t gogc)
{
    gh_Config cfg = gh_config_default();
    cfg.gomaxprocs = 2; /* the reference machine had 2 CPUs */
    cfg.gcPercent = gogc;
    gh_Sim *sim = gh_sim_new(&cfg);
    gh_newproc(sim);
    gh_PaceResult r = gh_workload_pace(sim, L, G);
    if (r.failed) fprintf(stderr, "  runtime error: %s\n", sim->errmsg);
    gh_sim_free(sim);
    fprintf(stderr, "  L=%u G=%u GOGC=%d: %u cycles, Mallocs %llu, TotalAlloc %llu, NextGC %llu, peak HeapInuse %llu\n", L,
            G, gogc, r.numGC, (unsigned long long)r.mallocs, (unsigned long long)r.totalAlloc,
            (unsigned long long)r.nextGC, (unsigned long long)r.peakHeapInuse);
    return r;
}

CASE("live 8 MiB gives about 31 cycles")
{
    gh_PaceResult r = run(8, 256, 100);
    CHECK(!r.failed, "no runtime error");
    CHECK(r.numGC >= 25 && r.numGC <= 38, "within 20%% of Go's 31-32 cycles");
    CHECK_EQ(r.mallocs, 4194304, "one Malloc per object (Go: 4194304 + a few runtime ones)");
    CHECK_EQ(r.totalAlloc, 268435456, "TotalAlloc = 256 MiB");
}

CASE("live 32 MiB gives about 8 cycles")
{
    gh_PaceResult r = run(32, 256, 100);
    CHECK(!r.failed, "no runtime error");
    CHECK(r.numGC >= 7 && r.numGC <= 10, "within 20%% of Go's 8-9 cycles");
}

CASE("GOGC scales the garbage per cycle")
{
    gh_PaceResult half = run(8, 256, 50), twice = run(8, 256, 200);
    CHECK(half.numGC > twice.numGC * 3, "GOGC=50 runs about 4x as many cycles as GOGC=200");
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
