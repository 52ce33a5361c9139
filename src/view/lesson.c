/* lesson.c — the lesson's text: the narration for the current step as a caption band
 * across the window (with the console strip — the last lines the scene printed — under
 * it), the scene's source with line numbers and the current line marked (colour and an
 * arrow, for the colour blind and for photocopies), and the error panel that replaces the
 * narration when a scene fails, quoting file:line so the teacher can fix it and press R. */
#include <stdio.h>
#include <string.h>
#include "view/view_impl.h"

/* The console strip: the last (at most 3) non-empty lines of what the scene printed. */
int gh_console_lines(const gh_View *v, const char **starts, int n)
{
    if (!v->console || !v->console[0]) return 0;
    const char *line[3];
    int k = 0;
    const char *end = v->console + strlen(v->console);
    while (end > v->console && k < 3) {
        while (end > v->console && end[-1] == '\n') end--; /* skip blank lines */
        if (end == v->console) break;
        const char *b = end;
        while (b > v->console && b[-1] != '\n') b--;
        line[k++] = b;
        end = b;
    }
    for (int i = 0; i < k && i < n; i++) starts[i] = line[k - 1 - i];
    return k;
}

static void console_strip(gh_View *v, SDL_Rect r)
{
    const char *lines[3];
    int k = gh_console_lines(v, lines, 3), lh = gh_text_h(v, GH_FONT_MONO);
    if (!k) return;
    SDL_Rect strip = {r.x + v->line, r.y + r.h - v->line - k * lh - v->pad / 2, r.w - 2 * v->line, k * lh + v->pad / 2};
    gh_fill(v, strip, v->pal->codeBg);
    for (int i = 0; i < k; i++) {
        char t[256];
        size_t n = strcspn(lines[i], "\n");
        snprintf(t, sizeof t, "%.*s", (int)(n < 250 ? n : 250), lines[i]);
        gh_text(v, GH_FONT_MONO, t, strip.x + v->pad, strip.y + v->pad / 4 + i * lh, v->pal->text, GH_ALIGN_LEFT, strip.w - 2 * v->pad);
    }
}

/* The caption band: the narration in the caption font across the window's width. What
 * does not fit is counted in v->narrationCut (a layout problem), never shrunk. */
static void narration(gh_View *v)
{
    const gh_Palette *pal = v->pal;
    SDL_Rect r = v->panel[GH_PANEL_NARRATION];
    v->textPanel = GH_PANEL_NARRATION;
    v->narrationCut = 0;
    int k = gh_console_lines(v, NULL, 0), con = k ? k * gh_text_h(v, GH_FONT_MONO) + v->pad / 2 : 0;
    if (v->error) {
        gh_fill(v, r, pal->error);
        gh_frame(v, r, v->line + 1, pal->stwBg);
        gh_hatch(v, (SDL_Rect){r.x + 2, r.y + 2, r.w - 4, v->pad / 2}, 6, pal->stwBg);
        SDL_Rect c = {r.x + v->pad, r.y + v->pad / 2 + v->line, r.w - 2 * v->pad, r.h - v->pad - 2 * v->line - con};
        int th = gh_text_h(v, GH_FONT_BOLD);
        gh_text(v, GH_FONT_BOLD, "Scene error", c.x, c.y, pal->errorText, GH_ALIGN_LEFT, c.w);
        c.y += th + v->pad / 2;
        c.h -= th + v->pad / 2 + gh_text_h(v, GH_FONT_SMALL);
        int used = gh_text_wrap(v, GH_FONT_MONO, v->error, c, pal->errorText, true);
        if (used > c.h) used = c.h - c.h % gh_text_h(v, GH_FONT_MONO);
        gh_text(v, GH_FONT_SMALL, "Fix the scene and press R to reload.", c.x, c.y + used, pal->errorText, GH_ALIGN_LEFT, c.w);
        console_strip(v, r);
        return;
    }
    gh_fill(v, r, pal->panel);
    gh_frame(v, r, v->line, pal->panelEdge);
    gh_fill(v, (SDL_Rect){r.x, r.y, v->pad / 2, r.h}, pal->accent); /* the caption's edge */
    SDL_Rect c = {r.x + v->pad, r.y + v->pad / 2 + v->line / 2, r.w - 2 * v->pad, r.h - v->pad - v->line - con};
    const char *text = v->narration && v->narration[0] ? v->narration : v->title;
    if (text) {
        v->textFlags = GH_LABEL_NARRATION;
        int need = gh_text_wrap(v, GH_FONT_CAPTION, text, c, pal->text, true), lh = gh_text_h(v, GH_FONT_CAPTION);
        v->textFlags = 0;
        if (need > c.h) v->narrationCut = (need - c.h + lh - 1) / lh;
    }
    console_strip(v, r);
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
