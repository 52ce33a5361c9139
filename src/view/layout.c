/* layout.c — where the panels go. From the top: the header; three columns — the scene's
 * code with MemStats under it on the left, the hotel with its front desk in the middle (the
 * widest), the cafeteria, janitor and chart on the right; the narration as a caption band
 * across the whole width (with the console strip under it); the control bar.
 *
 * Every height is computed from the text the panel holds (font line heights), never from
 * the window size alone, so text keeps its size when the window shrinks: in classroom mode
 * fonts never go below their 1280x720 size (text.c), and panels give way instead — first
 * the chart, then MemStats, then the front desk, then the code column, then the right
 * column. v->gaveWay lists what was hidden for lack of room. */
#include <stdio.h>
#include <string.h>
#include "view/view_impl.h"

static bool on(const gh_View *v, gh_ViewPanel p) { return v->panelOn[p]; }

static void gave_way(gh_View *v, const char *what)
{
    size_t n = strlen(v->gaveWay);
    snprintf(v->gaveWay + n, sizeof v->gaveWay - n, "%s%s", n ? ", " : "", what);
}

/* Height of a panel with a title line and `rows` lines of font f (as gh_panel lays it out). */
static int panel_h(const gh_View *v, int rows, gh_FontId f)
{
    return gh_text_h(v, GH_FONT_BOLD) + v->pad / 2 + v->pad + rows * gh_text_h(v, f) + v->pad / 2;
}

/* The narration band: caption text (or the error), then up to three console lines. */
static int band_h(gh_View *v, int w, int maxh)
{
    int tw = w - 2 * v->pad, h = 0;
    if (v->error) {
        SDL_Rect r = {0, 0, tw, 1 << 20};
        h = gh_text_h(v, GH_FONT_BOLD) + v->pad / 2 + gh_text_wrap(v, GH_FONT_MONO, v->error, r, v->pal->text, false) +
            v->pad / 2 + gh_text_h(v, GH_FONT_SMALL) + v->pad;
    } else if (v->narration && v->narration[0]) {
        SDL_Rect r = {0, 0, tw, 1 << 20};
        h = gh_text_wrap(v, GH_FONT_CAPTION, v->narration, r, v->pal->text, false);
    }
    int k = gh_console_lines(v, NULL, 0);
    if (!h && !k && !v->title) return 0;
    if (h < gh_text_h(v, GH_FONT_CAPTION)) h = gh_text_h(v, GH_FONT_CAPTION);
    h += 2 * v->pad / 2 + v->line;
    if (k) h += k * gh_text_h(v, GH_FONT_MONO) + v->pad / 2;
    return h < maxh ? h : maxh;
}

/* Right column: cafeteria (takes what is left), janitor, chart. */
static void right_column(gh_View *v, SDL_Rect col, int g)
{
    int sh = gh_text_h(v, GH_FONT_SMALL);
    int jan = on(v, GH_PANEL_JANITOR) ? panel_h(v, 4, GH_FONT_SMALL) + gh_text_h(v, GH_FONT_BOLD) : 0;
    int chartMin = panel_h(v, 3, GH_FONT_SMALL) + 3 * sh;
    int chart = on(v, GH_PANEL_CHART) ? col.h / 4 : 0;
    if (chart && chart < chartMin) chart = chartMin;
    int cafMin = on(v, GH_PANEL_CAFETERIA) ? panel_h(v, 5, GH_FONT_SMALL) : 0;
    int caf = col.h - jan - chart - g * ((jan > 0) + (chart > 0));
    if (chart && caf < cafMin) {
        caf += chart + g;
        chart = 0;
        gave_way(v, "chart");
    }
    if (!on(v, GH_PANEL_CAFETERIA)) { /* the janitor and chart share the column */
        if (chart) chart += caf;
        else jan += caf;
        caf = 0;
    }
    int y = col.y;
    int h[3] = {caf, jan, chart};
    gh_ViewPanel ps[3] = {GH_PANEL_CAFETERIA, GH_PANEL_JANITOR, GH_PANEL_CHART};
    for (int i = 0; i < 3; i++) {
        if (h[i] <= 0) continue;
        v->panel[ps[i]] = (SDL_Rect){col.x, y, col.w, h[i]};
        y += h[i] + g;
    }
}

/* Left column: the code, and MemStats under it. */
static void left_column(gh_View *v, SDL_Rect col, int g, bool code)
{
    int ms = on(v, GH_PANEL_MEMSTATS) ? panel_h(v, gh_memstats_rows(v, col.w), GH_FONT_SMALL) : 0;
    int srcMin = code ? panel_h(v, 6, GH_FONT_MONO) : 0;
    if (ms && col.h - ms - g < srcMin) {
        ms = 0;
        gave_way(v, "MemStats");
    }
    if (ms) v->panel[GH_PANEL_MEMSTATS] = (SDL_Rect){col.x, col.y + col.h - ms, col.w, ms};
    if (code) v->panel[GH_PANEL_SOURCE] = (SDL_Rect){col.x, col.y, col.w, col.h - (ms ? ms + g : 0)};
    else if (ms) v->panel[GH_PANEL_MEMSTATS] = (SDL_Rect){col.x, col.y, col.w, ms};
}

/* The scene steps a Go program (its source panel shows a .go file). */
static bool go_source(const gh_View *v)
{
    size_t n = v->srcName ? strlen(v->srcName) : 0;
    return n > 3 && !strcmp(v->srcName + n - 3, ".go");
}

/* A code column wide enough for the longest source line (at most 32 columns: longer
 * lines wrap), the line numbers and the panel's padding. */
static int code_width(gh_View *v)
{
    int longest = 0, digits = 2;
    for (int n = v->nsrc; n >= 100; n /= 10) digits++;
    for (int i = 0; i < v->nsrc; i++) {
        int cols = 0;
        for (const char *p = v->src[i]; *p; p++) cols += *p == '\t' ? 4 : ((uint8_t)*p & 0xC0) != 0x80;
        if (cols > longest) longest = cols;
    }
    if (longest > 32) longest = 32;
    char cols[64];
    memset(cols, 'm', sizeof cols);
    cols[digits + 1 + longest] = 0; /* one string: a glyph's advance is not a whole pixel */
    return gh_text_w(v, GH_FONT_MONO, cols) + v->pad / 2 + 2 * v->pad + 2;
}

void gh_layout_panels(gh_View *v)
{
    int W = v->w, H = v->h, g = v->pad / 2 > 2 ? v->pad / 2 : 2;
    for (int i = 0; i < GH_PANEL_COUNT; i++) v->panel[i] = (SDL_Rect){0, 0, 0, 0};
    v->gaveWay[0] = 0;
    int hh = on(v, GH_PANEL_HEADER) ? gh_text_h(v, GH_FONT_TITLE) + v->pad : 0;
    int ch = on(v, GH_PANEL_CONTROLS) ? gh_controls_height(v, W) : 0;
    v->panel[GH_PANEL_HEADER] = (SDL_Rect){0, 0, W, hh};
    v->panel[GH_PANEL_CONTROLS] = (SDL_Rect){0, H - ch, W, ch};
    /* the narration is what the class reads: its band may take up to half the height (a
     * half-width split view wraps it into more lines) before a line is dropped */
    int bh = on(v, GH_PANEL_NARRATION) ? band_h(v, W - 2 * g, (H - hh - ch) / 2) : 0;
    if (bh) v->panel[GH_PANEL_NARRATION] = (SDL_Rect){g, H - ch - g - bh, W - 2 * g, bh};
    SDL_Rect main = {g, hh + g, W - 2 * g, H - hh - ch - 2 * g - (bh ? bh + g : 0)};
    if (main.h <= 0 || main.w <= 0) return;

    /* columns: the hotel keeps at least 40% of the width */
    int mono = gh_text_w(v, GH_FONT_MONO, "m");
    bool code = on(v, GH_PANEL_SOURCE) && v->nsrc > 0;
    bool right = on(v, GH_PANEL_CAFETERIA) || on(v, GH_PANEL_JANITOR) || on(v, GH_PANEL_CHART);
    bool left = code || on(v, GH_PANEL_MEMSTATS);
    int lw = left ? (int)(main.w * 0.22f) : 0, rw = right ? (int)(main.w * 0.28f) : 0;
    int lwMin = 22 * mono + 2 * v->pad, rwMin = 24 * mono + 2 * v->pad;
    if (lw && lw < lwMin) lw = lwMin;
    if (code && v->projector && go_source(v)) { /* the class reads the Go program: room for its lines */
        int want = code_width(v), cap = (int)(main.w * 0.30f);
        if (lw < want) lw = want < cap ? want : cap;
    }
    if (rw && rw < rwMin) rw = rwMin;
    if (lw && main.w - lw - rw - 2 * g < main.w * 2 / 5) {
        lw = 0;
        gave_way(v, code ? "code" : "MemStats");
        code = false;
    }
    if (rw && main.w - rw - g < main.w * 2 / 5) {
        rw = 0;
        gave_way(v, "cafeteria, janitor and chart");
    }
    if (lw) left_column(v, (SDL_Rect){main.x, main.y, lw, main.h}, g, code);
    if (rw) right_column(v, (SDL_Rect){main.x + main.w - rw, main.y, rw, main.h}, g);

    int cx = main.x + (lw ? lw + g : 0), cw = main.w - (lw ? lw + g : 0) - (rw ? rw + g : 0);
    int dh = on(v, GH_PANEL_DESK) ? gh_desk_height(v, cw) : 0;
    if (dh && main.h - dh - g < main.h * 2 / 3) { /* the hotel keeps two thirds of the height */
        dh = 0;
        gave_way(v, "front desk");
    }
    v->panel[GH_PANEL_HOTEL] = (SDL_Rect){cx, main.y, cw, main.h - (dh ? dh + g : 0)};
    if (dh) v->panel[GH_PANEL_DESK] = (SDL_Rect){cx, main.y + main.h - dh, cw, dh};
}

bool gh_view_panel_rect(const gh_View *v, gh_ViewPanel p, SDL_Rect *out)
{
    if ((unsigned)p >= GH_PANEL_COUNT || v->panel[p].w <= 0 || v->panel[p].h <= 0) return false;
    *out = v->panel[p];
    return true;
}
