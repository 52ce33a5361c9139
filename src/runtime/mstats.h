/* mstats.h — runtime.MemStats with Go's field names and meanings, and the counters
 * behind them (Go's consistent heap stats). */
#ifndef GH_MSTATS_H
#define GH_MSTATS_H
#include <stdint.h>
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

typedef struct gh_MemStats {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
    uint64_t BuckHashSys, GCSys, OtherSys;
    uint64_t NextGC, LastGC, PauseTotalNs;
    uint64_t PauseNs[256], PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double GCCPUFraction;
    int EnableGC, DebugGC;
    struct { uint32_t Size; uint64_t Mallocs, Frees; } BySize[61];
} gh_MemStats;

struct gh_Sim;
/* runtime.ReadMemStats: flushes every P's mcache first (so it ends each tiny block), as Go does. */
void gh_ReadMemStats(struct gh_Sim *sim, gh_MemStats *m);
/* The same figures without flushing anything: what ReadMemStats would report, for views. */
void gh_memstats_peek(const struct gh_Sim *sim, gh_MemStats *m);

/* Name/offset table of the uint64 fields, for reports and Lua (NULL-terminated). */
typedef struct gh_MemStatsField { const char *name; unsigned offset; char kind; /* 'u' uint64, 'w' uint32, 'd' double */ } gh_MemStatsField;
extern const gh_MemStatsField gh_memstats_fields[];
/* The value of field x of m as decimal text ("%.6g" for GCCPUFraction); returns buf. */
const char *gh_memstats_field_text(const gh_MemStats *m, const gh_MemStatsField *x, char *buf, unsigned n);

#endif
