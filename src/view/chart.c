/* chart.c — heap in use (HeapAlloc) and the heap goal (NextGC) over virtual time: the
 * GC sawtooth. Each finished or running cycle is a shaded band numbered like gctrace.
 * Points come from the view's own samples (events and frames); with no samples the
 * corners of each cycle from the collector's history stand in. */
#include <stdio.h>
#include "view/view_impl.h"

typedef struct Pt { uint64_t t, heap, goal; } Pt;

static int points(const gh_View *v, const gh_Sim *sim, Pt *out, int max)
{
    int n = 0;
    if (v->nsamples >= 2) {
        for (int i = 0; i < v->nsamples && n < max; i++)
            out[n++] = (Pt){v->samples[i].t, v->samples[i].heap, v->samples[i].goal};
        return n;
    }
    for (uint32_t i = 0; i < gh_sim_gc_ncycles(sim) && n + 2 < max; i++) {
        const gh_CycleStats *c = gh_sim_gc_cycle(sim, i);
        out[n++] = (Pt){c->startNs, c->heap0, c->goal};
        out[n++] = (Pt){c->endNs, c->heap1, c->goal};
    }
    gh_MemStats m;
    gh_memstats_peek(sim, &m);
    out[n++] = (Pt){gh_sim_nanotime(sim), m.HeapAlloc, m.NextGC};
    return n;
}

void gh_chart_draw(gh_View *v, const gh_Sim *sim)
{
    const gh_Palette *pal = v->pal;
    SDL_Rect c = gh_panel(v, GH_PANEL_CHART, "Heap over time", NULL);
    static const int MAXP = GH_SAMPLES + 2;
    Pt pts[GH_SAMPLES + 2];
    int n = points(v, sim, pts, MAXP);
    uint64_t t0 = n ? pts[0].t : 0, t1 = gh_sim_nanotime(sim), ymax = 1;
    for (int i = 0; i < n; i++) {
        if (pts[i].heap > ymax) ymax = pts[i].heap;
        if (pts[i].goal > ymax && pts[i].goal < ((uint64_t)1 << 50)) ymax = pts[i].goal;
    }
    ymax += ymax / 8;
    if (t1 <= t0) t1 = t0 + 1;
    int sh = gh_text_h(v, GH_FONT_SMALL);
    char hs[24], gs[24], lab1[64], lab2[64];
    gh_fmt_bytes(hs, sizeof hs, n ? pts[n - 1].heap : 0);
    gh_fmt_bytes(gs, sizeof gs, n ? pts[n - 1].goal : 0);
    snprintf(lab1, sizeof lab1, "HeapAlloc %s", hs);
    snprintf(lab2, sizeof lab2, "goal (NextGC) %s", gs);
    /* the legend: one line when both entries fit, else two */
    int keyw = sh + 4, w1 = keyw + gh_text_w(v, GH_FONT_SMALL, lab1) + v->pad, w2 = keyw + gh_text_w(v, GH_FONT_SMALL, lab2);
    int legendRows = w1 + w2 <= c.w ? 1 : 2;
    SDL_Rect p = {c.x, c.y + sh, c.w, c.h - (1 + legendRows) * sh};
    if (p.h < 8) return;
    uint32_t ncycles = gh_sim_gc_ncycles(sim);
    const gh_CycleStats *cur = gh_sim_gc_current(sim);
#define X(t) ((float)p.x + (float)((double)((t) < t0 ? 0 : (t) - t0) / (double)(t1 - t0)) * p.w)
#define Y(b) ((float)(p.y + p.h) - (float)((double)(b) / (double)ymax) * p.h)
    int labelEnd = p.x;
    for (uint32_t i = 0; i < ncycles + (cur != NULL); i++) {
        const gh_CycleStats *cs = i < ncycles ? gh_sim_gc_cycle(sim, i) : cur;
        uint64_t s = cs->startNs;
        uint64_t e = i < ncycles ? cs->endNs : gh_sim_nanotime(sim);
        if (e < t0) continue;
        int x0 = (int)X(s), x1 = (int)X(e);
        gh_fill(v, (SDL_Rect){x0, p.y, x1 - x0 > 2 ? x1 - x0 : 2, p.h}, pal->gcBand);
        char lab[16];
        snprintf(lab, sizeof lab, "GC %u", cs->n);
        int lw = gh_text_w(v, GH_FONT_SMALL, lab); /* numbered while the labels do not touch */
        if (x0 >= labelEnd && x0 + lw < p.x + p.w - gh_text_w(v, GH_FONT_SMALL, "99.9 MiB") - v->pad)
            labelEnd = x0 + gh_text(v, GH_FONT_SMALL, lab, x0, p.y - sh, pal->dim, GH_ALIGN_LEFT, 0) + v->pad;
    }
    gh_fill(v, (SDL_Rect){p.x, p.y + p.h, p.w, 1}, pal->panelEdge);
    float th = v->projector ? 3.0f : 2.0f;
    for (int i = 1; i < n; i++) {
        if (pts[i].goal && pts[i - 1].goal && pts[i].goal < ((uint64_t)1 << 50) && (i % 2)) /* dashed: every other piece */
            gh_line(v, X(pts[i - 1].t), Y(pts[i - 1].goal), X(pts[i].t), Y(pts[i - 1].goal), th - 1, pal->goalLine);
        gh_line(v, X(pts[i - 1].t), Y(pts[i - 1].heap), X(pts[i].t), Y(pts[i].heap), th, pal->heapLine);
    }
    char top[32];
    gh_fmt_bytes(top, sizeof top, ymax);
    gh_text(v, GH_FONT_SMALL, top, p.x + p.w, p.y - sh, pal->dim, GH_ALIGN_RIGHT, 0);
    int x = p.x, y = p.y + p.h + 1;
    gh_fill(v, (SDL_Rect){x, y + sh / 2, sh, 3}, pal->heapLine);
    gh_text(v, GH_FONT_SMALL, lab1, x + keyw, y, pal->text, GH_ALIGN_LEFT, c.w - keyw);
    if (legendRows == 1) x += w1;
    else y += sh;
    gh_fill(v, (SDL_Rect){x, y + sh / 2, sh / 3, 2}, pal->goalLine);
    gh_fill(v, (SDL_Rect){x + sh * 2 / 3, y + sh / 2, sh / 3, 2}, pal->goalLine);
    gh_text(v, GH_FONT_SMALL, lab2, x + keyw, y, pal->text, GH_ALIGN_LEFT, c.x + c.w - x - keyw);
#undef X
#undef Y
}
