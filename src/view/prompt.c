/* prompt.c — the prompt bar: a modal question or choice drawn across the window, above
 * the control bar (in a lesson, above the narration band), on top of every panel. A title
 * line (the question, with the keys that answer it) and a row of items, the selected one
 * filled with the accent colour. When the title and the items fit one row they share it
 * (a compact bar); else the items go under the title and wrap onto more rows, so the bar
 * grows upwards. The narration stays in view under it: it is the question's context
 * (render.c). Text uses the view's fonts, so classroom mode makes it classroom size. The
 * app decides what the keys do; the view only draws what it was given (strings copied). */
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

/* Compact when it can be: the title and the items on one row (in the title font, or the
 * bold body font when that is what makes them fit); else the title above the items. */
void gh_prompt_draw(gh_View *v, int bottom)
{
    if (!v->promptOn) return;
    const gh_Palette *pal = v->pal;
    int saved = v->textPanel;
    v->textPanel = -1; /* floats over the panels */
    int pad = v->pad, innerW = v->w - 2 * pad;
    int ch = gh_text_h(v, GH_FONT_BOLD) + pad / 2;
    gh_FontId tf = GH_FONT_TITLE;
    int tw = v->promptTitle[0] ? gh_text_w(v, tf, v->promptTitle) : 0;
    bool oneRow = false;
    for (int k = 0; k < 2 && !oneRow; k++) {
        if (k) tf = GH_FONT_BOLD;
        tw = v->promptTitle[0] ? gh_text_w(v, tf, v->promptTitle) : 0;
        int left = innerW - (tw ? tw + pad : 0);
        oneRow = !v->promptN || (left > 0 && chips(v, 0, 0, left, false) == 1);
    }
    if (!oneRow) tf = GH_FONT_TITLE;
    int th = v->promptTitle[0] ? gh_text_h(v, tf) : 0;
    int rows = oneRow ? 0 : chips(v, 0, 0, innerW, false);
    int h = oneRow ? pad + (th > ch ? th : ch) + pad / 2 : pad + th + (rows ? pad / 2 + rows * (ch + pad / 2) : 0) + pad / 2;
    if (bottom > v->h) bottom = v->h;
    if (h > bottom) h = bottom;
    SDL_Rect bar = {0, bottom - h, v->w, h};
    SDL_Color bg = gh_mix(pal->panel, pal->bg, 0.3f);
    gh_fill(v, bar, bg);
    gh_fill(v, (SDL_Rect){0, bar.y, v->w, v->line * 2 > 2 ? v->line * 2 : 2}, pal->accent);
    int y = bar.y + pad;
    if (oneRow) {
        int rh = th > ch ? th : ch;
        if (th) gh_text(v, tf, v->promptTitle, pad, y + (rh - th) / 2, pal->text, GH_ALIGN_LEFT, innerW);
        chips(v, pad + (tw ? tw + pad : 0), y + (rh - ch) / 2, innerW - (tw ? tw + pad : 0), true);
    } else {
        if (th) gh_text(v, tf, v->promptTitle, pad, y, pal->text, GH_ALIGN_LEFT, innerW);
        chips(v, pad, y + th + pad / 2, innerW, true);
    }
    v->textPanel = saved;
}

void gh_view_render_prompt(gh_View *v)
{
    v->frame++; /* keeps the text cache's use marks current when the view is not rendered */
    gh_prompt_draw(v, v->h);
}
