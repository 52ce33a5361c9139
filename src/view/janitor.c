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

void gh_janitor_draw(gh_View *v, const gh_Sim *sim)
{
    const gh_Palette *pal = v->pal;
    const gh_Collector *gc = &sim->gc;
    bool stw = gc->state == GH_GCS_SWEEPTERM || gc->state == GH_GCS_MARKTERM;
    char sub[64];
    snprintf(sub, sizeof sub, "cycle %u · NumGC %u", gc->cycle, gc->numGC);
    SDL_Rect c = gh_panel(v, GH_PANEL_JANITOR, "Janitor · GC", sub);
    if (stw) {
        SDL_Rect r = v->panel[GH_PANEL_JANITOR];
        gh_frame(v, r, v->pad / 2, pal->stwBg);
        gh_hatch(v, (SDL_Rect){r.x, r.y, r.w, v->pad / 2}, 5, pal->stwText);
    }
    int bh = gh_text_h(v, GH_FONT_BODY), sh = gh_text_h(v, GH_FONT_SMALL);
    char line[160], a[24], b[24];
    double prog = 0;
    switch (gc->state) {
    case GH_GCS_SWEEPTERM: snprintf(line, sizeof line, "STOP THE WORLD: sweep termination"); break;
    case GH_GCS_MARKTERM: snprintf(line, sizeof line, "STOP THE WORLD: mark termination"); prog = 1; break;
    case GH_GCS_MARK:
        gh_fmt_bytes(a, sizeof a, gc->bytesMarked);
        snprintf(line, sizeof line, "Marking · %u grey · %s marked · roots %u/%u", gc->ngrey, a, gc->rootNext, gc->nroots);
        prog = gc->nroots ? 0.3 * gc->rootNext / gc->nroots : 0;
        if (gc->heapMarked) prog += 0.7 * (double)gc->bytesMarked / (double)(gc->heapMarked + gc->bytesMarked);
        break;
    case GH_GCS_SWEEP: {
        uint64_t total = gc->pagesInUseAtSweep > gc->pagesSwept ? gc->pagesInUseAtSweep : sim->stats.inHeap / GH_PAGE_SIZE;
        if (total < gc->pagesSwept) total = gc->pagesSwept;
        snprintf(line, sizeof line, "Sweeping · %llu of %llu pages swept", (unsigned long long)gc->pagesSwept,
                 (unsigned long long)total);
        prog = total ? (double)gc->pagesSwept / (double)total : 1;
        break;
    }
    default:
        gh_fmt_bytes(a, sizeof a, sim->stats.heapLive);
        gh_fmt_bytes(b, sizeof b, gc->trigger);
        if (gc->gcPercent < 0) snprintf(line, sizeof line, "Resting · GOGC=off");
        else snprintf(line, sizeof line, "Resting · heap %s · GC at %s", a, b);
    }
    if (prog > 1) prog = 1;
    gh_FontId lf = stw ? GH_FONT_BOLD : GH_FONT_BODY;
    if (gh_text_w(v, lf, line) > c.w) lf = GH_FONT_SMALL; /* long figures: smaller rather than cut */
    gh_text(v, lf, line, c.x, c.y, stw ? pal->stwBg : pal->text, GH_ALIGN_LEFT, c.w);
    int y = c.y + bh + v->pad / 3, barh = sh / 2;
    SDL_Rect bar = {c.x, y + sh - barh, c.w * 2 / 3, barh};
    gh_fill(v, bar, pal->wall);
    gh_fill(v, (SDL_Rect){bar.x, bar.y, (int)(bar.w * prog), bar.h}, stw ? pal->stwBg : pal->accent);
    gh_frame(v, bar, 1, pal->panelEdge);
    if (gc->state != GH_GCS_IDLE) broom(v, (float)(bar.x + bar.w * prog), (float)bar.y, (float)sh, pal->text);
    /* the grey queue: one grey room per waiting object */
    int qx = bar.x + bar.w + v->pad, box = sh * 2 / 3;
    uint32_t shown = 0;
    for (; shown < gc->ngrey && qx + box <= c.x + c.w - gh_text_w(v, GH_FONT_SMALL, "+999"); shown++, qx += box + 2) {
        SDL_Rect q = {qx, y + sh - box, box, box};
        gh_fill(v, q, pal->room[GH_ROOM_GREY]);
        gh_hatch(v, q, 3, pal->roomEdge);
    }
    if (shown < gc->ngrey) {
        char more[16];
        snprintf(more, sizeof more, "+%u", gc->ngrey - shown);
        gh_text(v, GH_FONT_SMALL, more, qx, y, pal->dim, GH_ALIGN_LEFT, 0);
    }
    y += sh + v->pad / 3;
    if (gc->nhistory) {
        const gh_CycleStats *h = &gc->history[gc->nhistory - 1];
        gh_fmt_bytes(a, sizeof a, h->heap0);
        gh_fmt_bytes(b, sizeof b, h->heap2);
        snprintf(line, sizeof line, "last cycle: %s → %s live · pauses %.0f + %.0f µs", a, b, h->stwSweepTermNs / 1e3,
                 h->stwMarkTermNs / 1e3);
        gh_text(v, GH_FONT_SMALL, line, c.x, y, pal->dim, GH_ALIGN_LEFT, c.w);
    } else {
        gh_text(v, GH_FONT_SMALL, "no cycle finished yet", c.x, y, pal->dim, GH_ALIGN_LEFT, c.w);
    }
}
