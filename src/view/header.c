/* header.c — the strip across the top: program and lesson title on the left (the program's
 * name gives way to a long title); on the right the janitor's phase as a pill, the virtual
 * clock, GOGC and GOMAXPROCS (a narrow header drops the clock, then shortens the pill). */
#include <inttypes.h>
#include <stdio.h>
#include "view/view_impl.h"

/* The phase's short name, for a narrow header (a half of a split view). */
static const char *gc_state_short(uint8_t st)
{
    switch (st) {
    case GH_GCS_SWEEPTERM: return "GC · STW";
    case GH_GCS_MARK: return "GC · mark";
    case GH_GCS_MARKTERM: return "GC · STW";
    case GH_GCS_SWEEP: return "GC · sweep";
    default: return "GC off";
    }
}

static const char *gh_gc_state_label(uint8_t st)
{
    switch (st) {
    case GH_GCS_SWEEPTERM: return "GC · sweep termination (STW)";
    case GH_GCS_MARK: return "GC · concurrent mark";
    case GH_GCS_MARKTERM: return "GC · mark termination (STW)";
    case GH_GCS_SWEEP: return "GC · concurrent sweep";
    default: return "GC off";
    }
}

void gh_header_draw(gh_View *v, const gh_Sim *sim)
{
    const gh_Palette *pal = v->pal;
    SDL_Rect r = v->panel[GH_PANEL_HEADER];
    gh_fill(v, r, pal->panel);
    gh_fill(v, (SDL_Rect){r.x, r.y + r.h - v->line, r.w, v->line}, pal->panelEdge);
    int th = gh_text_h(v, GH_FONT_TITLE), y = r.y + (r.h - th) / 2, x = r.x + v->pad;
    char right[160], gogc[16];
    gh_GCInfo g = gh_sim_gc(sim);
    double ms = gh_sim_nanotime(sim) / 1e6;
    if (g.gcPercent < 0) snprintf(gogc, sizeof gogc, "off");
    else snprintf(gogc, sizeof gogc, "%d", g.gcPercent);
    snprintf(right, sizeof right, "t = %.3f ms · GOGC=%s · GOMAXPROCS=%d", ms, gogc, gh_sim_nprocs(sim));
    const char *gc = gh_gc_state_label(g.state);
    /* a narrow header keeps the title whole: the clock goes first, then the phase's long name;
     * a half of a split view always takes the narrow form, so both halves look alike */
    int need = gh_text_w(v, GH_FONT_TITLE, v->title ? v->title : "gohotel") + gh_text_w(v, GH_FONT_BOLD, gc) + 5 * v->pad;
    bool narrow = v->half || need + gh_text_w(v, GH_FONT_BODY, right) > r.w;
    if (narrow) {
        snprintf(right, sizeof right, "GOGC=%s · GOMAXPROCS=%d", gogc, gh_sim_nprocs(sim));
        if (v->half || need + gh_text_w(v, GH_FONT_BODY, right) > r.w) gc = gc_state_short(g.state);
    }
    int rw = gh_text(v, GH_FONT_BODY, right, r.x + r.w - v->pad, r.y + (r.h - gh_text_h(v, GH_FONT_BODY)) / 2, pal->dim,
                     GH_ALIGN_RIGHT, 0);
    bool stw = g.state == GH_GCS_SWEEPTERM || g.state == GH_GCS_MARKTERM;
    int pw = gh_text_w(v, GH_FONT_BOLD, gc) + 2 * v->pad, bh = gh_text_h(v, GH_FONT_BOLD);
    SDL_Rect pill = {r.x + r.w - 2 * v->pad - rw - pw, r.y + (r.h - bh - 4) / 2, pw, bh + 4};
    SDL_Color bg = stw ? pal->stwBg : g.state == GH_GCS_IDLE ? pal->button : pal->buttonOn;
    SDL_Color fg = stw || g.state != GH_GCS_IDLE ? (SDL_Color){255, 255, 255, 255} : pal->text;
    gh_fill(v, pill, bg);
    gh_frame(v, pill, v->line, pal->panelEdge);
    gh_text(v, GH_FONT_BOLD, gc, pill.x + pw / 2, pill.y + 2, fg, GH_ALIGN_CENTER, 0);
    /* the program's name when the lesson's title leaves room for it; never in a narrow header,
     * so that both halves of a split view are laid out alike whatever their clocks read */
    int brand = gh_text_w(v, GH_FONT_TITLE, "gohotel") + v->pad;
    if (!v->title || (!narrow && x + brand + gh_text_w(v, GH_FONT_TITLE, v->title) <= pill.x - v->pad))
        x += gh_text(v, GH_FONT_TITLE, "gohotel", x, y, pal->accent, GH_ALIGN_LEFT, 0) + v->pad;
    if (v->title) gh_text(v, GH_FONT_TITLE, v->title, x, y, pal->text, GH_ALIGN_LEFT, pill.x - x - v->pad);
}
