/* mstats.h — runtime.MemStats with Go's field names and meanings, and the counters
 * behind them (Go's consistent heap stats). */
#ifndef GH_MSTATS_H
#define GH_MSTATS_H
#include <stdint.h>
#include "runtime/runtime.h"
#include "runtime/sizeclasses.h"

typedef struct gh_HeapStats {
    uint64_t inHeap;        /* bytes in in-use heap spans (HeapInuse) */
    uint64_t inStacks;      /* bytes in stack spans (StackInuse) */
    uint64_t heapFree;      /* free pages not released (part of HeapIdle) */
    uint64_t heapReleased;  /* free pages released to the OS */
    uint64_t smallAllocCount[GH_NUM_SIZE_CLASSES];
    uint64_t smallFreeCount[GH_NUM_SIZE_CLASSES];
    uint64_t largeAlloc, largeAllocCount;
    uint64_t largeFree, largeFreeCount;
    uint64_t tinyAllocCount;
    uint64_t heapLive;      /* pacer input: bytes "in use" by the GC's estimate (Go's heapLive) */
    uint64_t heapScan;      /* scannable bytes allocated (pacer input) */
    uint64_t bytesZeroed;   /* bytes cleared by mallocgc because a span was dirty */
    uint64_t nZeroings;
} gh_HeapStats;

struct gh_Sim;

#endif
