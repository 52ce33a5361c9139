/* workload.h — the pacing workload of issue 3 through the public API (runtime.h), shared by
 * the pacing test and the benchmark: a live set of L MiB of 1 KiB objects, then G MiB of
 * short-lived 64-byte pointerful garbage (bench/go/gcpace/main.go is the same program in
 * real Go), written the way the Go program runs:
 *   var live []*[1024]byte; var sink *garbage
 *   for i := 0; i < L*1024; i++ { live = append(live, new([1024]byte)) }
 *   runtime.GC()
 *   for i := 0; i < G<<20/64; i++ { g := &garbage{}; g.next = sink; sink = g; if i%2 == 0 { sink = nil } } */
#ifndef GH_TESTS_RUNTIME_WORKLOAD_H
#define GH_TESTS_RUNTIME_WORKLOAD_H
#include <stdint.h>
#include "runtime/runtime.h"

typedef struct gh_PaceResult {
    uint32_t numGC;        /* cycles during the garbage phase */
    uint64_t mallocs, totalAlloc, nextGC, peakHeapInuse;
    int failed;            /* a runtime error happened (gh_sim_errmsg) */
} gh_PaceResult;

/* Run the workload on sim (which must have a goroutine). */
static inline gh_PaceResult gh_workload_pace(gh_Sim *sim, uint32_t liveMiB, uint32_t garbageMiB)
{
    gh_PaceResult r = {0};
    int32_t arr = gh_type_register(sim, "[1024]byte", 1024, NULL);
    int32_t garbage = gh_type_register(sim, "main.garbage", 64, (const uint8_t[]){0x7});
    gh_Addr live = gh_global(sim, "live", GH_TYPE_SLICE_HDR, 24);
    gh_Addr sink = gh_global(sim, "sink", GH_TYPE_POINTER, 8);
    gh_Slice s = {0, 0, 0};
    for (uint32_t i = 0; i < liveMiB * 1024 && !gh_sim_err(sim); i++) {
        gh_temps_clear(sim);
        gh_Addr x = gh_newobject(sim, arr);
        if (s.len == s.cap) {
            gh_Slice ns;
            if (!gh_growslice(sim, GH_TYPE_POINTER, s, s.len + 1, &ns)) break;
            ns.len = s.len;
            s = ns;
            uint64_t lc[2] = {(uint64_t)s.len, (uint64_t)s.cap};
            gh_store_ptr(sim, live, s.ptr);
            gh_store(sim, live + 8, lc, 16);
        }
        gh_store_ptr(sim, s.ptr + (gh_Addr)s.len * 8, x);
        s.len++;
        gh_store(sim, live + 8, &s.len, 8);
    }
    gh_GC(sim);
    gh_MemStats m1, m2;
    gh_ReadMemStats(sim, &m1);
    uint64_t n = ((uint64_t)garbageMiB << 20) / 64;
    for (uint64_t i = 0; i < n && !gh_sim_err(sim); i++) {
        gh_temps_clear(sim);
        gh_Addr g = gh_newobject(sim, garbage);
        uint64_t old;
        gh_load_word(sim, sink, &old);
        gh_store_ptr(sim, g, old);
        gh_store_ptr(sim, sink, g);
        if (i % 2 == 0) gh_store_ptr(sim, sink, 0);
        uint64_t inHeap = gh_sim_heap(sim).inHeap;
        if (inHeap > r.peakHeapInuse) r.peakHeapInuse = inHeap;
    }
    gh_ReadMemStats(sim, &m2);
    r.numGC = m2.NumGC - m1.NumGC;
    r.mallocs = m2.Mallocs - m1.Mallocs;
    r.totalAlloc = m2.TotalAlloc - m1.TotalAlloc;
    r.nextGC = m2.NextGC;
    r.failed = gh_sim_err(sim) != GH_OK;
    return r;
}

#endif
