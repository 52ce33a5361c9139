/* lesson.c — the lesson column: the narration for the current step, the scene's source
 * with line numbers and the current line marked (colour and an arrow, for the colour
 * blind and for photocopies), and the error panel that replaces the narration when a
 * scene fails, quoting file:line so the teacher can fix it and press R. */
#include <stdio.h>
#include "view/view_impl.h"

static void narration(gh_View *v)
{
    const gh_Palette *pal = v->pal;
    if (v->error) {
        SDL_Rect r = v->panel[GH_PANEL_NARRATION];
        gh_fill(v, r, pal->error);
        gh_frame(v, r, v->line + 1, pal->stwBg);
        gh_hatch(v, (SDL_Rect){r.x + 2, r.y + 2, r.w - 4, v->pad}, 6, pal->stwBg);
        SDL_Rect c = {r.x + v->pad, r.y + 2 * v->pad, r.w - 2 * v->pad, r.h - 3 * v->pad};
        int th = gh_text_h(v, GH_FONT_BOLD);
        gh_text(v, GH_FONT_BOLD, "Scene error", c.x, c.y, pal->errorText, GH_ALIGN_LEFT, c.w);
        c.y += th + v->pad / 2;
        c.h -= th + v->pad / 2;
        int used = gh_text_wrap(v, GH_FONT_MONO, v->error, c, pal->errorText, true);
        gh_text(v, GH_FONT_SMALL, "Fix the scene and press R to reload.", c.x, c.y + used + v->pad / 2, pal->errorText, GH_ALIGN_LEFT, c.w);
        return;
    }
    SDL_Rect c = gh_panel(v, GH_PANEL_NARRATION, "What is happening", NULL);
    if (v->narration) gh_text_wrap(v, GH_FONT_BODY, v->narration, c, pal->text, true);
}

static void source(gh_View *v)
{
    const gh_Palette *pal = v->pal;
    SDL_Rect c = gh_panel(v, GH_PANEL_SOURCE, v->srcName ? v->srcName : "scene", NULL);
    int lh = gh_text_h(v, GH_FONT_MONO), rows = c.h / lh;
    if (rows <= 0) return;
    int first = 1;
    if (v->curLine > rows * 2 / 3) first = v->curLine - rows / 3; /* keep the current line in view */
    if (first + rows - 1 > v->nsrc) first = v->nsrc - rows + 1 > 1 ? v->nsrc - rows + 1 : 1;
    int numw = gh_text_w(v, GH_FONT_MONO, "000 ");
    SDL_RenderSetClipRect(v->r, &v->panel[GH_PANEL_SOURCE]);
    for (int i = 0; i < rows && first + i <= v->nsrc; i++) {
        int ln = first + i, y = c.y + i * lh;
        bool cur = ln == v->curLine;
        if (cur) {
            gh_fill(v, (SDL_Rect){c.x - v->pad / 2, y, c.w + v->pad, lh}, pal->codeLine);
            gh_tri(v, (float)c.x - v->pad / 2, (float)y + 2, (float)c.x - v->pad / 2, (float)y + lh - 2,
                   (float)c.x + v->pad / 2, (float)y + lh / 2.0f, pal->text);
        }
        char num[16];
        snprintf(num, sizeof num, "%d", ln);
        gh_text(v, GH_FONT_MONO, num, c.x + numw - gh_text_w(v, GH_FONT_MONO, " "), y, cur ? pal->text : pal->dim, GH_ALIGN_RIGHT, 0);
        char line[256];
        int k = 0;
        for (const char *p = v->src[ln - 1]; *p && k < 250; p++) { /* tabs become four spaces */
            if (*p == '\t') for (int t = 0; t < 4; t++) line[k++] = ' ';
            else line[k++] = *p;
        }
        line[k] = 0;
        gh_text(v, GH_FONT_MONO, line, c.x + numw, y, pal->text, GH_ALIGN_LEFT, c.w - numw);
    }
    SDL_RenderSetClipRect(v->r, NULL);
}

void gh_lesson_draw(gh_View *v)
{
    if (v->panel[GH_PANEL_NARRATION].h > 0) narration(v);
    if (v->panel[GH_PANEL_SOURCE].h > 0) source(v);
}
