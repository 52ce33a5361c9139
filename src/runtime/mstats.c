/* mstats.c — runtime.MemStats from the heap counters, as Go's readmemstats_m.
 *
 * Mallocs = every small slot handed out (per class) + large objects + tiny fits;
 * Frees = swept slots + freed large objects + tiny fits (Go counts a tiny fit as freed at
 * once "for historical reasons"); TotalAlloc = Σ slots × class size + large pages × 8 KiB.
 * A tiny fit therefore adds one Malloc and no bytes; a new tiny block adds 16 bytes.
 * ReadMemStats flushes every mcache first, which also ends each P's current tiny block.
 * The off-heap figures (MSpanSys, MCacheSys, GCSys, OtherSys) are modelled from the
 * number of spans and Ps; they are not lesson material. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "runtime/sim.h"

enum {
    MSPAN_STRUCT_BYTES = 160,   /* sizeof(mspan) on linux/amd64, Go 1.19 */
    MCACHE_STRUCT_BYTES = 1376, /* sizeof(mcache) */
    FIXALLOC_CHUNK = 16384,     /* Go's _FixAllocChunk */
    BASE_OTHER_SYS = 1 << 20,   /* modelled runtime metadata */
};

static void fill(const gh_Sim *sim, gh_MemStats *m, uint64_t pendingSmall[GH_NUM_SIZE_CLASSES], uint64_t pendingTiny)
{
    const gh_HeapStats *st = &sim->stats;
    memset(m, 0, sizeof *m);
    uint64_t totalAlloc = st->largeAlloc, totalFree = st->largeFree;
    uint64_t nMalloc = st->largeAllocCount + st->tinyAllocCount + pendingTiny;
    uint64_t nFree = st->largeFreeCount + st->tinyAllocCount + pendingTiny;
    for (int c = 1; c < GH_NUM_SIZE_CLASSES; c++) {
        uint64_t a = st->smallAllocCount[c] + pendingSmall[c], f = st->smallFreeCount[c];
        totalAlloc += a * gh_class_to_size[c];
        totalFree += f * gh_class_to_size[c];
        nMalloc += a;
        nFree += f;
        if (c < 61) {
            m->BySize[c].Size = gh_class_to_size[c];
            m->BySize[c].Mallocs = a;
            m->BySize[c].Frees = f;
        }
    }
    m->TotalAlloc = totalAlloc;
    m->Mallocs = nMalloc;
    m->Frees = nFree;
    m->Alloc = m->HeapAlloc = totalAlloc - totalFree;
    m->HeapInuse = st->inHeap;
    m->HeapReleased = st->heapReleased;
    m->HeapIdle = st->heapFree + st->heapReleased;
    m->HeapSys = m->HeapInuse + m->HeapIdle;
    m->HeapObjects = nMalloc - nFree;
    m->StackInuse = m->StackSys = st->inStacks;
    m->MSpanInuse = (uint64_t)sim->heap.nspansInUse * MSPAN_STRUCT_BYTES;
    m->MSpanSys = ((uint64_t)sim->heap.nspans * MSPAN_STRUCT_BYTES + FIXALLOC_CHUNK - 1) / FIXALLOC_CHUNK * FIXALLOC_CHUNK;
    m->MCacheInuse = (uint64_t)sim->nprocs * MCACHE_STRUCT_BYTES;
    m->MCacheSys = FIXALLOC_CHUNK;
    m->GCSys = (uint64_t)sim->mem.narenas * ((GH_ARENA_BYTES / 64) + GH_PAGES_PER_ARENA * 8) + sim->gc.capgrey * 8;
    m->OtherSys = BASE_OTHER_SYS;
    m->Sys = m->HeapSys + m->StackSys + m->MSpanSys + m->MCacheSys + m->BuckHashSys + m->GCSys + m->OtherSys;
    const gh_Collector *gc = &sim->gc;
    m->NextGC = gc->heapGoal == UINT64_MAX ? 0 : gc->heapGoal;
    m->LastGC = gc->numGC ? gc->lastGC : 0;
    m->PauseTotalNs = gc->pauseTotalNs;
    memcpy(m->PauseNs, gc->pauseNs, sizeof m->PauseNs);
    memcpy(m->PauseEnd, gc->pauseEnd, sizeof m->PauseEnd);
    m->NumGC = gc->numGC;
    m->NumForcedGC = gc->numForcedGC;
    double total = (double)sim->nanotime * sim->nprocs;
    m->GCCPUFraction = total > 0 ? (double)gc->gcCPUNs / total : 0;
    m->EnableGC = 1;
}

void gh_memstats_peek(const gh_Sim *sim, gh_MemStats *m)
{
    uint64_t pending[GH_NUM_SIZE_CLASSES] = {0};
    uint64_t tiny = 0;
    for (int32_t p = 0; p < sim->nprocs; p++) {
        const gh_MCache *c = &sim->allp[p].mcache;
        tiny += c->tinyAllocs;
        for (int spc = 0; spc < GH_NUM_SPAN_CLASSES; spc++) {
            int32_t id = c->alloc[spc];
            if (id < 0) continue;
            const gh_MSpan *s = &sim->heap.spans[id];
            pending[gh_spanclass_sizeclass(s->spanclass)] += s->allocCount - s->allocCountBeforeCache;
        }
    }
    fill(sim, m, pending, tiny);
}

void gh_ReadMemStats(gh_Sim *sim, gh_MemStats *m)
{
    gh_gc_charge_stw(sim);
    for (int32_t p = 0; p < sim->nprocs; p++) gh_mcache_release_all(sim, p);
    uint64_t none[GH_NUM_SIZE_CLASSES] = {0};
    fill(sim, m, none, 0);
}

#define U(f) {#f, offsetof(gh_MemStats, f), 'u'}
const gh_MemStatsField gh_memstats_fields[] = {
    U(Alloc), U(TotalAlloc), U(Sys), U(Lookups), U(Mallocs), U(Frees), U(HeapAlloc), U(HeapSys), U(HeapIdle),
    U(HeapInuse), U(HeapReleased), U(HeapObjects), U(StackInuse), U(StackSys), U(MSpanInuse), U(MSpanSys),
    U(MCacheInuse), U(MCacheSys), U(BuckHashSys), U(GCSys), U(OtherSys), U(NextGC), U(LastGC), U(PauseTotalNs),
    {"NumGC", offsetof(gh_MemStats, NumGC), 'w'}, {"NumForcedGC", offsetof(gh_MemStats, NumForcedGC), 'w'},
    {"GCCPUFraction", offsetof(gh_MemStats, GCCPUFraction), 'd'}, {NULL, 0, 0},
};

const char *gh_memstats_field_text(const gh_MemStats *m, const gh_MemStatsField *x, char *buf, unsigned n)
{
    const char *p = (const char *)m + x->offset;
    if (x->kind == 'u') snprintf(buf, n, "%llu", (unsigned long long)*(const uint64_t *)p);
    else if (x->kind == 'w') snprintf(buf, n, "%u", *(const uint32_t *)p);
    else snprintf(buf, n, "%.6g", *(const double *)p);
    return buf;
}
