/* compare_figures.c — what the difference panel and `run --json --compare` set side by
 * side, read from one simulator at the current step without changing it (MemStats through
 * gh_memstats_peek, which flushes no mcache):
 *   HeapAlloc     bytes in live and not yet swept objects now;
 *   peak heap     the largest heap the collector saw: each finished cycle's heap at its
 *                 start and at the end of its mark (gctrace's first two figures), and
 *                 HeapAlloc now (the heap is largest just before a cycle ends);
 *   Mallocs, TotalAlloc, NumGC, PauseTotalNs   as runtime.MemStats names them;
 *   spans in use  heap spans (floors of the hotel) in use now; stack spans not counted. */
#include "app/compare.h"

const gh_CompareFigure gh_compare_figure[GH_COMPARE_NFIGURES] = {
    {"HeapAlloc", "HeapAlloc", GH_FIG_BYTES},     {"peak heap", "PeakHeap", GH_FIG_BYTES},
    {"Mallocs", "Mallocs", GH_FIG_COUNT},         {"TotalAlloc", "TotalAlloc", GH_FIG_BYTES},
    {"spans in use", "SpansInUse", GH_FIG_COUNT}, {"NumGC", "NumGC", GH_FIG_COUNT},
    {"PauseTotalNs", "PauseTotalNs", GH_FIG_NS},
};

void gh_compare_figures(const gh_Sim *sim, uint64_t out[GH_COMPARE_NFIGURES])
{
    gh_MemStats m;
    gh_memstats_peek(sim, &m);
    uint64_t peak = m.HeapAlloc;
    for (uint32_t i = 0; i < gh_sim_gc_ncycles(sim); i++) {
        const gh_CycleStats *c = gh_sim_gc_cycle(sim, i);
        if (c->heap0 > peak) peak = c->heap0;
        if (c->heap1 > peak) peak = c->heap1;
    }
    uint64_t spans = 0;
    for (int32_t k = 0; k < gh_sim_nspans(sim); k++)
        if (gh_sim_span(sim, k)->state == GH_SPAN_INUSE) spans++;
    uint64_t v[GH_COMPARE_NFIGURES] = {m.HeapAlloc, peak, m.Mallocs, m.TotalAlloc, spans, m.NumGC, m.PauseTotalNs};
    for (int i = 0; i < GH_COMPARE_NFIGURES; i++) out[i] = v[i];
}
