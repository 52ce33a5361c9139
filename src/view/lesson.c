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

/* ---- the code panel ----
 * A class must be able to read every line, so a line too long for the panel is wrapped,
 * never cut: the first row starts at the line number, the following rows are indented by
 * the line's own indentation plus two columns (at most a third of the panel) so they read
 * as the same statement. A row breaks at its last space or after its last comma,
 * parenthesis or other punctuation, and only mid-word when it has neither. The current line has the coloured band on all its rows and the arrow on its first. */
enum { CODE_LINE_MAX = 512, CODE_ROWS_MAX = 64, CODE_WINDOW = 256 };
typedef struct CodeRow { int b, e, indent; } CodeRow; /* bytes [b, e) of the line, indent in columns */

/* The line with tabs as four spaces. */
static void expand_tabs(const char *s, char *out)
{
    int k = 0;
    for (; *s && k < CODE_LINE_MAX - 5; s++) {
        if (*s == '\t') for (int t = 0; t < 4; t++) out[k++] = ' ';
        else out[k++] = *s;
    }
    out[k] = 0;
}

static int next_char(const char *s, int i)
{
    if (!s[i]) return i;
    i++;
    while (((uint8_t)s[i] & 0xC0) == 0x80) i++;
    return i;
}

static int row_w(gh_View *v, const char *s, int b, int e)
{
    char t[CODE_LINE_MAX];
    snprintf(t, sizeof t, "%.*s", e - b, s + b);
    return gh_text_w(v, GH_FONT_MONO, t);
}

/* Wrap line s into rows of at most width pixels (a column is adv pixels wide). Returns the row
 * count; with rows, fills up to max of them. An empty line is one row. */
static int wrap_code(gh_View *v, const char *s, int width, float adv, CodeRow *rows, int max)
{
    int len = (int)strlen(s), lead = 0, cols = adv > 0 ? (int)(width / adv) : 1;
    while (s[lead] == ' ') lead++;
    int cont = lead + 2 > cols / 3 ? cols / 3 : lead + 2, n = 0, pos = 0;
    if (cols < 4) cont = 0;
    do {
        int indent = n ? cont : 0, avail = width - (int)(indent * adv), e = pos;
        /* the widest run of whole characters that fits (at least one, so rows progress) */
        for (int c = 0; s[e] && (c < cols - indent || c == 0); c++) e = next_char(s, e);
        while (e > next_char(s, pos) && row_w(v, s, pos, e) > avail) {
            int b = pos, last = pos;
            while (b < e) { last = b; b = next_char(s, b); }
            e = last;
        }
        int next = e;
        if (s[e]) { /* the row's last break point after its first word's start */
            int word = n ? pos : lead;
            for (int i = e; i > word + 1; i--) {
                if (s[i] == ' ') { next = i + 1; e = i; break; }
                if (i < e && strchr(",;({[.:", s[i - 1]) && s[i - 1] != s[i]) { next = e = i; break; }
            }
        }
        if (rows && n < max) rows[n] = (CodeRow){pos, e, indent};
        n++;
        pos = next;
        while (n && s[pos] == ' ') pos++; /* a continuation row starts at a word */
    } while (pos < len);
    return n;
}

typedef struct CodeGeom { SDL_Rect c; int lh, R, digits, numw, tw; float adv; } CodeGeom;

static int rows_of(gh_View *v, const CodeGeom *g, int ln)
{
    char line[CODE_LINE_MAX];
    expand_tabs(v->src[ln - 1], line);
    return wrap_code(v, line, g->tw, g->adv, NULL, 0);
}

static bool quoted(const gh_View *v, int ln)
{
    for (int i = 0; i < v->nquoted; i++)
        if (v->quoted[i] == ln) return true;
    return false;
}

/* Draw source line ln at y with at most maxRows rows; returns the rows drawn. The current
 * line has the band and the arrow, a quoted line a lighter band. */
static int draw_line(gh_View *v, const CodeGeom *g, int ln, int y, int maxRows)
{
    const gh_Palette *pal = v->pal;
    char line[CODE_LINE_MAX];
    expand_tabs(v->src[ln - 1], line);
    CodeRow rows[CODE_ROWS_MAX];
    int n = wrap_code(v, line, g->tw, g->adv, rows, CODE_ROWS_MAX);
    if (n > CODE_ROWS_MAX) n = CODE_ROWS_MAX;
    int vis = maxRows < n ? maxRows : n, lh = g->lh;
    bool mark = ln == v->curLine, quote = !mark && quoted(v, ln);
    if (mark || quote)
        gh_fill(v, (SDL_Rect){g->c.x - v->pad / 2, y, g->c.w + v->pad, vis * lh}, mark ? pal->codeLine : gh_mix(pal->codeLine, pal->panel, 0.55f));
    if (mark)
        gh_tri(v, (float)g->c.x - v->pad / 2, (float)y + 2, (float)g->c.x - v->pad / 2, (float)y + lh - 2,
               (float)g->c.x + v->pad / 2, (float)y + lh / 2.0f, pal->text);
    char num[16];
    snprintf(num, sizeof num, "%d", ln);
    gh_text(v, GH_FONT_MONO, num, g->c.x + v->pad / 2 + (int)(g->digits * g->adv), y, mark || quote ? pal->text : pal->dim, GH_ALIGN_RIGHT, 0);
    if (v->nsrcShown < 64 && vis == n) {
        v->srcShownLine[v->nsrcShown] = ln;
        v->srcShownRect[v->nsrcShown++] = (SDL_Rect){g->c.x, y, g->c.w, vis * lh};
    }
    for (int i = 0; i < vis; i++, y += lh) {
        char t[CODE_LINE_MAX];
        snprintf(t, sizeof t, "%.*s", rows[i].e - rows[i].b, line + rows[i].b);
        int x = g->c.x + g->numw + (int)(rows[i].indent * g->adv);
        gh_text(v, GH_FONT_MONO, t, x, y, pal->text, GH_ALIGN_LEFT, g->c.x + g->c.w - x);
    }
    return vis;
}

/* The lines to show whatever the scroll: the quoted ones and the current one, in order
 * (at most GH_MAX_HL + 1). */
static int shown_lines(const gh_View *v, int cur, int *out)
{
    int n = 0;
    for (int i = 0; i < v->nquoted; i++)
        if (v->quoted[i] >= 1 && v->quoted[i] <= v->nsrc) out[n++] = v->quoted[i];
    if (cur && !quoted(v, cur)) out[n++] = cur;
    for (int i = 1; i < n; i++)
        for (int k = i; k > 0 && out[k] < out[k - 1]; k--) { int t = out[k]; out[k] = out[k - 1]; out[k - 1] = t; }
    return n;
}

/* The first line of a window from the top while the current line sits in the upper two
 * thirds; else the current line a third down, whole, with rows after it when the file has
 * them; at the end of the file the panel filled with earlier lines. */
static int scroll_first(gh_View *v, const CodeGeom *g, int cur)
{
    int R = g->R, lo = cur > R ? cur - R : 1, first = 1;
    if (!cur) return 1;
    int upto = 0, ln;
    for (ln = cur; ln >= 1 && ln >= lo; ln--) upto += rows_of(v, g, ln);
    if (ln >= 1 || upto > R * 2 / 3) {
        int after = 0;
        for (int k = cur + 1; k <= v->nsrc && after < 2; k++) after += rows_of(v, g, k);
        int budget = R / 3, room = R - rows_of(v, g, cur) - (after < 2 ? after : 2);
        if (budget > room) budget = room;
        int used = 0;
        first = cur;
        while (first > 1 && first > lo && used + rows_of(v, g, first - 1) <= budget) { first--; used += rows_of(v, g, first); }
    }
    int below = 0;
    for (int k = first; k <= v->nsrc && below <= R; k++) below += rows_of(v, g, k);
    while (first > 1 && first > lo && below + rows_of(v, g, first - 1) <= R) { first--; below += rows_of(v, g, first); }
    return first;
}

/* Lines first.. down the panel: whole lines only, but for the current one and the line
 * after it (context). */
static void draw_window(gh_View *v, const CodeGeom *g, int first)
{
    int y = g->c.y, cur = v->curLine;
    for (int ln = first; ln <= v->nsrc && y + g->lh <= g->c.y + g->c.h; ln++) {
        int left = (g->c.y + g->c.h - y) / g->lh;
        if (left < rows_of(v, g, ln) && ln != cur && ln > first && ln != cur + 1) break;
        y += draw_line(v, g, ln, y, left) * g->lh;
    }
}

enum { CODE_SHOWN_MAX = 4096 };

/* The shown line before ln (0 none) and after it (0 none). */
static void neighbours(const uint8_t *show, int nsrc, int ln, int *prev, int *next)
{
    *prev = *next = 0;
    for (int k = ln - 1; k >= 1 && !*prev; k--) if (show[k]) *prev = k;
    for (int k = ln + 1; k <= nsrc && !*next; k++) if (show[k]) *next = k;
}

/* Lines far apart: each must-line alone, a "⋮" row where lines are left out; the rows to
 * spare go to context, nearest first: after and before the current line, then around each
 * quoted line. */
static void excerpt(gh_View *v, const CodeGeom *g, const int *must, int nmust, int used)
{
    static uint8_t show[CODE_SHOWN_MAX + 1];
    memset(show, 0, (size_t)v->nsrc + 1);
    for (int i = 0; i < nmust; i++) show[must[i]] = 1;
    for (int d = 1, grew = 1; grew && d <= g->R; d++) {
        grew = 0;
        for (int i = -1; i < nmust; i++) {
            int base = i < 0 ? v->curLine : must[i];
            for (int side = 0; side < 2 && base >= 1; side++) {
                int ln = side ? base - d : base + d, p, n;
                if (ln < 1 || ln > v->nsrc || show[ln]) continue;
                neighbours(show, v->nsrc, ln, &p, &n);
                int gaps = (p && ln > p + 1) + (n && n > ln + 1) - (p && n && n > p + 1);
                int cost = rows_of(v, g, ln) + gaps;
                if (used + cost > g->R) continue;
                show[ln] = 1;
                used += cost;
                grew = 1;
            }
        }
    }
    int y = g->c.y, prev = 0;
    for (int ln = 1; ln <= v->nsrc; ln++) {
        if (!show[ln]) continue;
        if (prev && ln > prev + 1) {
            gh_text(v, GH_FONT_SMALL, "⋮", g->c.x + v->pad / 2 + (int)(g->digits * g->adv), y, v->pal->dim, GH_ALIGN_RIGHT, 0);
            y += g->lh;
        }
        y += draw_line(v, g, ln, y, g->R) * g->lh;
        prev = ln;
    }
}

static void source(gh_View *v)
{
    SDL_Rect c = gh_panel(v, GH_PANEL_SOURCE, v->srcName ? v->srcName : "scene", NULL);
    v->nsrcShown = 0;
    CodeGeom g = {.c = c, .lh = gh_text_h(v, GH_FONT_MONO)};
    g.R = c.h / g.lh;
    if (g.R <= 0 || v->nsrc <= 0) return;
    g.digits = 2;
    for (int n = v->nsrc; n >= 100; n /= 10) g.digits++;
    g.adv = gh_text_w(v, GH_FONT_MONO, "mmmmmmmmmmmmmmmmmmmm") / 20.0f; /* a glyph's advance is not a whole pixel */
    g.numw = v->pad / 2 + (int)((g.digits + 1) * g.adv);                /* arrow, number, space */
    g.tw = c.w - g.numw;
    int cur = v->curLine >= 1 && v->curLine <= v->nsrc ? v->curLine : 0;
    int must[GH_MAX_HL + 1], nmust = v->nquoted ? shown_lines(v, cur, must) : 0;
    SDL_RenderSetClipRect(v->r, &v->panel[GH_PANEL_SOURCE]);
    if (nmust) {
        /* quoted lines: one stretch from the first to the last when it fits (the spare rows
         * split above and below), else excerpts around each, "⋮" for the lines between */
        int span = 0, alone = 0; /* rows: one stretch; each line alone, a row per gap */
        for (int ln = must[0]; ln <= must[nmust - 1] && span <= g.R; ln++) span += rows_of(v, &g, ln);
        for (int i = 0; i < nmust; i++) alone += rows_of(v, &g, must[i]) + (i && must[i] > must[i - 1] + 1);
        if (span <= g.R) {
            int first = must[0], spare = g.R - span, used = 0;
            while (first > 1 && used + rows_of(v, &g, first - 1) <= spare / 2) { first--; used += rows_of(v, &g, first); }
            int below = 0; /* at the end of the file: earlier lines fill the panel */
            for (int k = first; k <= v->nsrc && below <= g.R; k++) below += rows_of(v, &g, k);
            while (first > 1 && below + rows_of(v, &g, first - 1) <= g.R) { first--; below += rows_of(v, &g, first); }
            draw_window(v, &g, first);
        } else if (alone <= g.R && v->nsrc <= CODE_SHOWN_MAX) {
            excerpt(v, &g, must, nmust, alone);
        } else {
            draw_window(v, &g, scroll_first(v, &g, cur)); /* too many: the current line's window */
        }
    } else {
        draw_window(v, &g, scroll_first(v, &g, cur));
    }
    SDL_RenderSetClipRect(v->r, NULL);
    for (int i = 0; i < v->nquoted; i++) {
        SDL_Rect r;
        v->quotedShown[i] = gh_view_source_line_rect(v, v->quoted[i], &r);
    }
}

bool gh_view_source_line_rect(const gh_View *v, int line, SDL_Rect *out)
{
    for (int i = 0; i < v->nsrcShown; i++)
        if (v->srcShownLine[i] == line) { *out = v->srcShownRect[i]; return true; }
    return false;
}

void gh_lesson_draw(gh_View *v)
{
    if (v->panel[GH_PANEL_NARRATION].h > 0) narration(v);
    if (v->panel[GH_PANEL_SOURCE].h > 0) source(v);
}
