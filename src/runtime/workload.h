/* workload.h — the pacing workload of issue 3 through the C API, shared by the pacing test
 * and the benchmark: a live set of L MiB of 1 KiB objects, then G MiB of short-lived 64-byte
 * pointerful garbage (bench/go/gcpace/main.go is the same program in real Go). */
#ifndef GH_WORKLOAD_H
#define GH_WORKLOAD_H
#include <stdint.h>

struct gh_Sim;
typedef struct gh_PaceResult {
    uint32_t numGC;        /* cycles during the garbage phase */
    uint64_t mallocs, totalAlloc, nextGC, peakHeapInuse;
    int failed;            /* a runtime error happened (sim->errmsg) */
} gh_PaceResult;

/* Run the workload on sim (which must have a goroutine). */
gh_PaceResult gh_workload_pace(struct gh_Sim *sim, uint32_t liveMiB, uint32_t garbageMiB);

#endif
