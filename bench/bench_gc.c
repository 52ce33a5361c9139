/* bench_gc.c — collector benchmarks: mark throughput (MiB of live heap marked per second
 * of host time) and the pacing workload (live 8 MiB, 256 MiB of 64-byte garbage, GOGC=100)
 * end to end through the C API, next to real Go running bench/go/gcpace. Prints figures. */
#include <time.h>
#include "gorun.h"
#include "runtime/runtime.h"
#include "../tests/runtime/workload.h"

#ifndef GOHOTEL_SOURCE_DIR
#define GOHOTEL_SOURCE_DIR "."
#endif

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* A linked live heap of `mib` MiB of 64-byte nodes, marked by runtime.GC() several times. */
static void mark_throughput(uint32_t mib)
{
    gh_Sim *sim = gh_sim_new(NULL);
    gh_newproc(sim);
    gh_SetGCPercent(sim, -1);
    int32_t node = gh_type_register(sim, "node", 64, (const uint8_t[]){0x1});
    gh_Addr head = gh_global(sim, "head", GH_TYPE_POINTER, 8);
    uint64_t n = ((uint64_t)mib << 20) / 64;
    for (uint64_t i = 0; i < n; i++) {
        gh_temps_clear(sim);
        gh_Addr x = gh_newobject(sim, node);
        uint64_t h;
        gh_load_word(sim, head, &h);
        gh_store_ptr(sim, x, h);
        gh_store_ptr(sim, head, x);
    }
    gh_temps_clear(sim);
    int rounds = 5;
    double t0 = now_ns();
    for (int i = 0; i < rounds; i++) gh_GC(sim);
    double s = (now_ns() - t0) / 1e9;
    printf("mark+sweep of %u MiB live (%llu objects): %.1f MiB/s (%.2f ms per cycle)\n", mib, (unsigned long long)n,
           mib * rounds / s, s * 1000 / rounds);
    gh_sim_free(sim);
}

static void pacing(uint32_t L, uint32_t G)
{
    gh_Config cfg = gh_config_default();
    cfg.gomaxprocs = 2;
    gh_Sim *sim = gh_sim_new(&cfg);
    gh_newproc(sim);
    double t0 = now_ns();
    gh_PaceResult r = gh_workload_pace(sim, L, G);
    double ms = (now_ns() - t0) / 1e6;
    gh_sim_free(sim);
    char env[64];
    snprintf(env, sizeof env, "GOMAXPROCS=2 LIVE_MIB=%u GARBAGE_MIB=%u", L, G);
    char *go = gh_gorun(GOHOTEL_SOURCE_DIR, "gcpace", env, NULL);
    double gons = gh_gorun_value(go, "ns="), gogc = gh_gorun_value(go, "NumGC=");
    printf("pacing L=%u G=%u: simulator %.0f ms, %u cycles", L, G, ms, r.numGC);
    if (gons > 0) printf(" | real Go %.0f ms, %.0f cycles | wall ratio %.2f", gons / 1e6, gogc, ms / (gons / 1e6));
    printf("\n");
    free(go);
}

int main(void)
{
    mark_throughput(16);
    mark_throughput(64);
    pacing(8, 256);
    pacing(32, 256);
    return 0;
}
