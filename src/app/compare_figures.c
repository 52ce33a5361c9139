/* compare_figures.c — what the difference panel and `run --json --compare` set side by
 * side, read from one simulator at the current step without changing it (MemStats through
 * gh_memstats_peek, which flushes no mcache). Gauges say how things stand now; counters
 * only grow, so their total since the program started mostly says how long it has run:
 * given the MemStats a lesson.measure read when it began, a counter is counted from
 * there (what the measure will report), the gauges stay as they are. Gauges:
 *   HeapAlloc     bytes in live and not yet swept objects now;
 *   peak heap     the largest heap the collector saw: each finished cycle's heap at its
 *                 start and at the end of its mark (gctrace's first two figures), and
 *                 HeapAlloc now (the heap is largest just before a cycle ends);
 *   spans in use  heap spans (floors of the hotel) in use now; stack spans not counted.
 * Counters: Mallocs, TotalAlloc, NumGC, PauseTotalNs, as runtime.MemStats names them. */
#include <stdio.h>
#include <string.h>
#include "app/compare.h"

const gh_CompareFigure gh_compare_figure[GH_COMPARE_NFIGURES] = {
    {"HeapAlloc", "HeapAlloc", GH_FIG_BYTES, false},       {"peak heap", "PeakHeap", GH_FIG_BYTES, false},
    {"spans in use", "SpansInUse", GH_FIG_COUNT, false},   {"Mallocs", "Mallocs", GH_FIG_COUNT, true},
    {"TotalAlloc", "TotalAlloc", GH_FIG_BYTES, true},      {"NumGC", "NumGC", GH_FIG_COUNT, true},
    {"PauseTotalNs", "PauseTotalNs", GH_FIG_NS, true},
};

void gh_compare_figures(const gh_Sim *sim, const gh_MemStats *since, uint64_t out[GH_COMPARE_NFIGURES])
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
    uint64_t v[GH_COMPARE_NFIGURES] = {m.HeapAlloc, peak, spans, m.Mallocs, m.TotalAlloc, m.NumGC, m.PauseTotalNs};
    if (since) { /* the measure's ReadMemStats flushed every mcache: what was counted then is counted now */
        uint64_t from[GH_COMPARE_NFIGURES] = {0, 0, 0, since->Mallocs, since->TotalAlloc, since->NumGC, since->PauseTotalNs};
        for (int i = 0; i < GH_COMPARE_NFIGURES; i++) v[i] = v[i] > from[i] ? v[i] - from[i] : 0;
    }
    for (int i = 0; i < GH_COMPARE_NFIGURES; i++) out[i] = v[i];
}

const char *gh_compare_side_figures(const gh_Compare *c, int i, uint64_t out[GH_COMPARE_NFIGURES])
{
    gh_MemStats base;
    const char *name = gh_stepper_measure_open(c->s[i].st, &base);
    gh_compare_figures(gh_stepper_sim(c->s[i].st), name ? &base : NULL, out);
    return name;
}

/* Said once when both sides count from the same place; else left | right, short enough for
 * the panel's heading over four columns: "since measures 'concat' | 'builder' began". */
void gh_compare_since_text(const gh_Compare *c, char *buf, size_t n)
{
    gh_MemStats base;
    const char *a = gh_stepper_measure_open(c->s[0].st, &base), *b = gh_stepper_measure_open(c->s[1].st, &base);
    if (!a && !b) snprintf(buf, n, "since the program started");
    else if (a && b && !strcmp(a, b)) snprintf(buf, n, "since measure '%.60s' began", a);
    else if (a && b) snprintf(buf, n, "since measures '%.40s' | '%.40s' began", a, b);
    else if (a) snprintf(buf, n, "since measure '%.40s' began | the start", a);
    else snprintf(buf, n, "since the start | measure '%.40s' began", b);
}
