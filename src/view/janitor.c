/* janitor.c — the collector at work: what phase it is in and why, a progress bar with the
 * janitor (a broom) walking along it, the grey queue as a row of grey rooms waiting to be
 * scanned, and the last cycle's pause. Stop-the-world phases turn the panel vermillion
 * with a hatched edge and say so in words. */
#include <stdio.h>
#include "view/view_impl.h"

static void broom(gh_View *v, float x, float y, float s, SDL_Color c)
{
    gh_line(v, x, y - s, x, y - s * 0.35f, s / 7 > 1.5f ? s / 7 : 1.5f, c);
    gh_tri(v, x - s * 0.35f, y, x + s * 0.35f, y, x, y - s * 0.4f, c);
}

/* One row of the janitor's table: what the figure is (left), the figure (right). */
static void row(gh_View *v, SDL_Rect c, int i, const char *name, const char *val)
{
    int y = c.y + i * gh_text_h(v, GH_FONT_SMALL);
    int vw = gh_text(v, GH_FONT_SMALL, val, c.x + c.w, y, v->pal->text, GH_ALIGN_RIGHT, c.w * 3 / 4);
    gh_text(v, GH_FONT_SMALL, name, c.x, y, v->pal->dim, GH_ALIGN_LEFT, c.w - vw - v->pad / 2);
}

static void bytes(char *buf, size_t n, uint64_t b)
{
    if (b == UINT64_MAX) snprintf(buf, n, "never (GOGC=off)");
    else gh_fmt_bytes(buf, n, b);
}

/* The figures of the current phase, each named as the runtime names it: the pacer's
 * heapLive (not MemStats' HeapAlloc: it counts whole spans handed to mcaches), the trigger
 * (when the next cycle starts) and the goal (MemStats' NextGC, what the cycle aims to
 * finish under); while marking the grey queue, bytes marked and roots; while sweeping the
 * pages swept and the heap the last mark found live (heapMarked). */
static void figures(gh_View *v, const gh_Sim *sim, SDL_Rect c, double *prog)
{
    const gh_GCInfo info = gh_sim_gc(sim), *gc = &info;
    char a[40], b[40];
    switch (gc->state) {
    case GH_GCS_SWEEPTERM:
    case GH_GCS_MARK:
    case GH_GCS_MARKTERM:
        snprintf(a, sizeof a, "%u object%s", gc->ngrey, gc->ngrey == 1 ? "" : "s");
        row(v, c, 0, "grey queue", a);
        gh_fmt_bytes(a, sizeof a, gc->bytesMarked);
        row(v, c, 1, "marked so far", a);
        snprintf(a, sizeof a, "%u of %u", gc->rootsDone, gc->nroots);
        row(v, c, 2, "roots scanned", a);
        if (gc->state == GH_GCS_MARKTERM) *prog = 1;
        else if (gc->state == GH_GCS_MARK) {
            *prog = gc->nroots ? 0.3 * gc->rootsDone / gc->nroots : 0;
            if (gc->heapMarked) *prog += 0.7 * (double)gc->bytesMarked / (double)(gc->heapMarked + gc->bytesMarked);
        }
        break;
    case GH_GCS_SWEEP: {
        uint64_t total = gc->pagesInUseAtSweep > gc->pagesSwept ? gc->pagesInUseAtSweep : gh_sim_heap(sim).inHeap / GH_PAGE_SIZE;
        if (total < gc->pagesSwept) total = gc->pagesSwept;
        snprintf(a, sizeof a, "%llu of %llu", (unsigned long long)gc->pagesSwept, (unsigned long long)total);
        row(v, c, 0, "pages swept", a);
        gh_fmt_bytes(a, sizeof a, gc->heapMarked);
        row(v, c, 1, "heap marked (live)", a);
        bytes(a, sizeof a, gc->heapGoal);
        row(v, c, 2, "goal (NextGC)", a);
        *prog = total ? (double)gc->pagesSwept / (double)total : 1;
        break;
    }
    default:
        gh_fmt_bytes(a, sizeof a, gh_sim_heap(sim).heapLive);
        row(v, c, 0, "heapLive (pacer)", a);
        bytes(a, sizeof a, gc->gcPercent < 0 && gc->heapGoal == UINT64_MAX ? UINT64_MAX : gc->trigger);
        row(v, c, 1, "trigger: GC starts at", a);
        bytes(b, sizeof b, gc->heapGoal);
        row(v, c, 2, "goal (NextGC)", b);
    }
}

void gh_janitor_draw(gh_View *v, const gh_Sim *sim)
{
    const gh_Palette *pal = v->pal;
    const gh_GCInfo info = gh_sim_gc(sim), *gc = &info;
    bool stw = gc->state == GH_GCS_SWEEPTERM || gc->state == GH_GCS_MARKTERM;
    char sub[64];
    snprintf(sub, sizeof sub, "cycle %u · NumGC %u", gc->cycle, gc->numGC);
    /* a narrow panel (a half of the split view) keeps the cycle's number whole: "cycle 3" */
    int subRoom = v->panel[GH_PANEL_JANITOR].w - 3 * v->pad - gh_text_w(v, GH_FONT_BOLD, "Janitor · GC");
    if (gh_text_w(v, GH_FONT_SMALL, sub) > subRoom) snprintf(sub, sizeof sub, "cycle %u", gc->cycle);
    SDL_Rect c = gh_panel(v, GH_PANEL_JANITOR, "Janitor · GC", sub);
    if (stw) {
        SDL_Rect r = v->panel[GH_PANEL_JANITOR];
        gh_frame(v, r, v->pad / 2, pal->stwBg);
        gh_hatch(v, (SDL_Rect){r.x, r.y, r.w, v->pad / 2}, 5, pal->stwText);
    }
    int sh = gh_text_h(v, GH_FONT_SMALL), wh = gh_text_h(v, GH_FONT_BOLD);
    const char *word = gc->state == GH_GCS_SWEEPTERM ? "STW: sweep termination"
                     : gc->state == GH_GCS_MARKTERM  ? "STW: mark termination"
                     : gc->state == GH_GCS_MARK      ? "Marking"
                     : gc->state == GH_GCS_SWEEP     ? "Sweeping"
                                                     : "Resting";
    double prog = 0;
    figures(v, sim, (SDL_Rect){c.x, c.y + wh, c.w, 3 * sh}, &prog);
    if (prog > 1) prog = 1;
    /* the first row: the phase in words, then the progress bar with the broom and the grey queue */
    int ww = gh_text(v, GH_FONT_BOLD, word, c.x, c.y, stw ? pal->stwBg : pal->text, GH_ALIGN_LEFT, c.w);
    int barh = sh / 3, bx = c.x + ww + v->pad, bw = (c.x + c.w - bx) * 2 / 3;
    if (bw > sh * 2) {
        SDL_Rect bar = {bx, c.y + wh - barh - 2, bw, barh};
        gh_fill(v, bar, pal->wall);
        gh_fill(v, (SDL_Rect){bar.x, bar.y, (int)(bar.w * prog), bar.h}, stw ? pal->stwBg : pal->accent);
        gh_frame(v, bar, 1, pal->panelEdge);
        if (gc->state != GH_GCS_IDLE) broom(v, (float)(bar.x + bar.w * prog), (float)bar.y, (float)(wh - barh - 4), pal->text);
        /* the grey queue: one grey room per waiting object */
        int qx = bar.x + bar.w + v->pad / 2, box = sh / 2;
        uint32_t shown = 0;
        for (; shown < gc->ngrey && qx + box <= c.x + c.w; shown++, qx += box + 2) {
            SDL_Rect q = {qx, c.y + wh - box - 2, box, box};
            gh_fill(v, q, pal->room[GH_ROOM_GREY]);
            gh_hatch(v, q, 3, pal->roomEdge);
        }
    }
    char line[96], a[24], b[24];
    if (gh_sim_gc_ncycles(sim)) {
        const gh_CycleStats *h = gh_sim_gc_cycle(sim, gh_sim_gc_ncycles(sim) - 1);
        gh_fmt_bytes(a, sizeof a, h->heap0);
        gh_fmt_bytes(b, sizeof b, h->heap2);
        /* gctrace's heap at the start → heap marked live, and the pauses, as much as fits */
        int room = c.w - gh_text_w(v, GH_FONT_SMALL, "last cycle") - v->pad;
        snprintf(line, sizeof line, "%s → %s live · STW %.0f µs", a, b, (h->stwSweepTermNs + h->stwMarkTermNs) / 1e3);
        if (gh_text_w(v, GH_FONT_SMALL, line) > room) snprintf(line, sizeof line, "%s → %s live", a, b);
        if (gh_text_w(v, GH_FONT_SMALL, line) > room) snprintf(line, sizeof line, "%s → %s", a, b);
        row(v, (SDL_Rect){c.x, c.y + wh + 3 * sh, c.w, sh}, 0, "last cycle", line);
    } else {
        gh_text(v, GH_FONT_SMALL, "no cycle finished yet", c.x, c.y + wh + 3 * sh, pal->dim, GH_ALIGN_LEFT, c.w);
    }
}
