/* prompt.c — the prompt bar: a modal question or choice drawn across the bottom of the
 * window, just above the control bar, on top of every panel. A title line (the question,
 * with the keys that answer it) and a row of items, the selected one filled with the
 * accent colour; items that do not fit on one row wrap onto the next, so the bar grows
 * upwards. Text uses the view's fonts, so classroom mode makes it classroom size. The app
 * decides what the keys do; the view only draws what it was given (strings are copied). */
#include <stdio.h>
#include <string.h>
#include "view/view_impl.h"

void gh_view_set_prompt(gh_View *v, const gh_ViewPrompt *p)
{
    v->promptOn = p != NULL;
    if (!p) return;
    snprintf(v->promptTitle, sizeof v->promptTitle, "%s", p->title ? p->title : "");
    v->promptN = p->nitems < 0 ? 0 : p->nitems > 16 ? 16 : p->nitems;
    for (int i = 0; i < v->promptN; i++)
        snprintf(v->promptItem[i], sizeof v->promptItem[i], "%s", p->items[i] ? p->items[i] : "");
    v->promptSel = p->selected;
}

/* Lay the items out left to right in rows of width w; returns the number of rows.
 * With draw, paints each chip with its top-left row at (x, y). */
static int chips(gh_View *v, int x, int y, int w, bool draw)
{
    const gh_Palette *pal = v->pal;
    int ch = gh_text_h(v, GH_FONT_BOLD) + v->pad / 2, gap = v->pad / 2, cx = 0, rows = v->promptN ? 1 : 0;
    for (int i = 0; i < v->promptN; i++) {
        int cw = gh_text_w(v, GH_FONT_BOLD, v->promptItem[i]) + v->pad * 2;
        if (cw > w) cw = w;
        if (cx > 0 && cx + cw > w) {
            cx = 0;
            rows++;
        }
        if (draw) {
            SDL_Rect r = {x + cx, y + (rows - 1) * (ch + gap), cw, ch};
            bool sel = i == v->promptSel;
            gh_fill(v, r, sel ? pal->accent : pal->button);
            gh_frame(v, r, v->line > 1 ? v->line : 1, sel ? pal->text : pal->panelEdge);
            gh_text(v, GH_FONT_BOLD, v->promptItem[i], r.x + r.w / 2, r.y + v->pad / 4, sel ? pal->bg : pal->buttonText,
                    GH_ALIGN_CENTER, r.w - v->pad);
        }
        cx += cw + gap;
    }
    return rows;
}

void gh_prompt_draw(gh_View *v, int bottom)
{
    if (!v->promptOn) return;
    const gh_Palette *pal = v->pal;
    int saved = v->textPanel;
    v->textPanel = -1; /* floats over the panels */
    int pad = v->pad, innerW = v->w - 2 * pad;
    int th = v->promptTitle[0] ? gh_text_h(v, GH_FONT_TITLE) : 0;
    int ch = gh_text_h(v, GH_FONT_BOLD) + pad / 2, rows = chips(v, 0, 0, innerW, false);
    int h = pad + th + (rows ? pad / 2 + rows * (ch + pad / 2) : 0) + pad / 2;
    if (bottom > v->h) bottom = v->h;
    if (h > bottom) h = bottom;
    SDL_Rect bar = {0, bottom - h, v->w, h};
    SDL_Color bg = gh_mix(pal->panel, pal->bg, 0.3f);
    gh_fill(v, bar, bg);
    gh_fill(v, (SDL_Rect){0, bar.y, v->w, v->line * 2 > 2 ? v->line * 2 : 2}, pal->accent);
    int y = bar.y + pad;
    if (th) gh_text(v, GH_FONT_TITLE, v->promptTitle, pad, y, pal->text, GH_ALIGN_LEFT, innerW);
    chips(v, pad, y + th + pad / 2, innerW, true);
    v->textPanel = saved;
}

void gh_view_render_prompt(gh_View *v)
{
    v->frame++; /* keeps the text cache's use marks current when the view is not rendered */
    gh_prompt_draw(v, v->h);
}
