/* layout.c — where the panels go. Three columns between a header and the control bar:
 * the lesson (narration over source) on the left, the hotel with its front desk in the
 * middle, and the cafeteria, janitor, chart and MemStats on the right. Sizes follow the
 * window (scale 1 at 1280×720) and the text the panels hold; hidden panels give their room
 * to the hotel. */
#include "view/view_impl.h"

static bool on(const gh_View *v, gh_ViewPanel p) { return v->panelOn[p]; }

static int stack_right(gh_View *v, SDL_Rect col, int g)
{
    int lh = gh_text_h(v, GH_FONT_BODY), sh = gh_text_h(v, GH_FONT_SMALL), th = gh_text_h(v, GH_FONT_BOLD);
    int head = th + v->pad + v->pad / 2;
    int jan = on(v, GH_PANEL_JANITOR) ? head + 2 * lh + sh + 2 * v->pad : 0;
    int chart = on(v, GH_PANEL_CHART) ? col.h / 5 + head / 2 : 0;
    int ms = on(v, GH_PANEL_MEMSTATS) && !v->panel[GH_PANEL_MEMSTATS].h ? head + 5 * sh + v->pad : 0;
    int caf = col.h - jan - chart - ms - g * ((jan > 0) + (chart > 0) + (ms > 0));
    if (caf < head + 3 * lh && ms) { caf += ms + g; ms = 0; }
    int y = col.y;
    int h[4] = {on(v, GH_PANEL_CAFETERIA) ? caf : 0, jan, chart, ms};
    if (!ms) h[3] = -1; /* MemStats already placed in the lesson column */
    gh_ViewPanel ps[4] = {GH_PANEL_CAFETERIA, GH_PANEL_JANITOR, GH_PANEL_CHART, GH_PANEL_MEMSTATS};
    for (int i = 0; i < 4; i++) {
        if (h[i] < 0) continue;
        v->panel[ps[i]] = (SDL_Rect){col.x, y, col.w, h[i]};
        if (h[i]) y += h[i] + g;
    }
    if (!on(v, GH_PANEL_CAFETERIA)) v->panel[GH_PANEL_CAFETERIA].h = 0;
    return 0;
}

void gh_layout_panels(gh_View *v)
{
    int W = v->w, H = v->h, g = v->pad / 2 > 2 ? v->pad / 2 : 2;
    for (int i = 0; i < GH_PANEL_COUNT; i++) v->panel[i] = (SDL_Rect){0, 0, 0, 0};
    int hh = on(v, GH_PANEL_HEADER) ? gh_text_h(v, GH_FONT_TITLE) + v->pad : 0;
    int ch = on(v, GH_PANEL_CONTROLS) ? gh_text_h(v, GH_FONT_SMALL) + gh_text_h(v, GH_FONT_BODY) + v->pad * 3 / 2 : 0;
    v->panel[GH_PANEL_HEADER] = (SDL_Rect){0, 0, W, hh};
    v->panel[GH_PANEL_CONTROLS] = (SDL_Rect){0, H - ch, W, ch};
    SDL_Rect main = {g, hh + g, W - 2 * g, H - hh - ch - 2 * g};
    bool lesson = (on(v, GH_PANEL_NARRATION) && (v->narration || v->error || v->title)) || (on(v, GH_PANEL_SOURCE) && v->nsrc);
    int lw = lesson ? (int)(main.w * (v->projector ? 0.27f : 0.24f)) : 0;
    bool right = on(v, GH_PANEL_CAFETERIA) || on(v, GH_PANEL_JANITOR) || on(v, GH_PANEL_CHART) || on(v, GH_PANEL_MEMSTATS);
    int rw = right ? (int)(main.w * (v->projector ? 0.28f : 0.27f)) : 0;
    if (lesson) {
        SDL_Rect col = {main.x, main.y, lw, main.h};
        if (on(v, GH_PANEL_MEMSTATS)) { /* MemStats under the source: the right column needs the height */
            int ms = gh_text_h(v, GH_FONT_BOLD) + v->pad * 3 / 2 + 5 * gh_text_h(v, GH_FONT_SMALL) + v->pad;
            v->panel[GH_PANEL_MEMSTATS] = (SDL_Rect){col.x, col.y + col.h - ms, col.w, ms};
            col.h -= ms + g;
        }
        int nh = on(v, GH_PANEL_SOURCE) && v->nsrc ? col.h * 9 / 20 : col.h;
        if (!on(v, GH_PANEL_NARRATION)) nh = 0;
        v->panel[GH_PANEL_NARRATION] = (SDL_Rect){col.x, col.y, col.w, nh};
        if (on(v, GH_PANEL_SOURCE) && v->nsrc)
            v->panel[GH_PANEL_SOURCE] = (SDL_Rect){col.x, col.y + (nh ? nh + g : 0), col.w, col.h - (nh ? nh + g : 0)};
    }
    if (right) stack_right(v, (SDL_Rect){main.x + main.w - rw, main.y, rw, main.h}, g);
    int cx = main.x + (lw ? lw + g : 0), cw = main.w - (lw ? lw + g : 0) - (rw ? rw + g : 0);
    int dh = on(v, GH_PANEL_DESK) ? gh_text_h(v, GH_FONT_BOLD) + 3 * gh_text_h(v, GH_FONT_SMALL) + 2 * v->pad + v->pad / 2 : 0;
    v->panel[GH_PANEL_HOTEL] = (SDL_Rect){cx, main.y, cw, main.h - (dh ? dh + g : 0)};
    if (dh) v->panel[GH_PANEL_DESK] = (SDL_Rect){cx, main.y + main.h - dh, cw, dh};
}

bool gh_view_panel_rect(const gh_View *v, gh_ViewPanel p, SDL_Rect *out)
{
    if ((unsigned)p >= GH_PANEL_COUNT || v->panel[p].w <= 0 || v->panel[p].h <= 0) return false;
    *out = v->panel[p];
    return true;
}
