/* split_view.c — the comparison's screen (split_view.h). The window is cut in three: the
 * difference panel across the bottom, as tall as its four lines of text, and two halves
 * above it, each a gh_View of its own size rendered through an SDL viewport (so its panels,
 * clip rectangles and text land in its half; in classroom mode its fonts keep their
 * 1280x720 size and its panels give way as in a small window). A third view, the size of
 * the whole window, only lends its fonts and palette to the panel and the dividers.
 *
 * The panel is a table: one column per figure (its name on top), a row per side, and a
 * row of differences (right minus left); a figure that differs is drawn in the accent
 * colour, one that does not says "same". Headings may group the columns (gauges "now",
 * counters "since measure 'x' began"), each over a rule as wide as its columns. The mouse
 * goes to the half under it, in the half's own coordinates (gh_split_view_handle_event). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "view/split_view.h"
#include "view/view_impl.h"

enum { MAX_ROWS = 12 };

struct gh_SplitView {
    SDL_Renderer *r;
    int w, h;
    gh_View *chrome;            /* whole window: background, dividers, the panel */
    gh_View *half[2];
    SDL_Rect rect[3];           /* left, right, panel */
    char label[2][160];
    char status[200];
    gh_SplitRow rows[MAX_ROWS];
    char names[MAX_ROWS][40];
    int nrows;
    char problems[2048];        /* the panel's, from the last frame */
    int nproblems;
    int groupAt;                /* columns before it under head[0], the rest under head[1] */
    char head[2][160];
    bool groups;
    int mouseHalf;              /* the half under the pointer (-1: neither) */
    int dragHalf;               /* the half a button press began in (-1: none) */
};

/* The space above the panel's first line of text. */
static int panel_top(const gh_SplitView *s) { return s->groups ? 2 * s->chrome->line : s->chrome->pad; }

/* The panel's height: a line of names, two of values, one of differences (and one of
 * headings when the columns are grouped). */
static int panel_h(const gh_SplitView *s)
{
    gh_View *c = s->chrome;
    int rows = gh_text_h(c, GH_FONT_SMALL) + 3 * gh_text_h(c, GH_FONT_BODY);
    /* the headings' line is paid for by tighter margins, so the halves keep most of their height */
    if (s->groups) return panel_top(s) + gh_text_h(c, GH_FONT_SMALL) + rows + c->pad / 3;
    return c->pad + rows + c->pad / 2 + c->pad;
}



static void layout(gh_SplitView *s)
{
    gh_View *c = s->chrome;
    int ph = panel_h(s), g = c->pad / 2 > 2 ? c->pad / 2 : 2;
    int hw = (s->w - g) / 2, hh = s->h - ph;
    s->rect[0] = (SDL_Rect){0, 0, hw, hh};
    s->rect[1] = (SDL_Rect){s->w - hw, 0, hw, hh};
    s->rect[2] = (SDL_Rect){0, hh, s->w, ph};
    for (int i = 0; i < 2; i++) gh_view_resize(s->half[i], hw, hh);
}

gh_SplitView *gh_split_view_new(SDL_Renderer *r, int w, int h, const gh_ViewOptions *opt)
{
    gh_SplitView *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->r = r, s->w = w, s->h = h;
    s->mouseHalf = s->dragHalf = -1;
    s->chrome = gh_view_new(r, w, h, opt);
    for (int i = 0; i < 2; i++) s->half[i] = gh_view_new(r, w / 2, h, opt);
    if (!s->chrome || !s->half[0] || !s->half[1]) {
        gh_split_view_free(s);
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        gh_view_show_panel(s->half[i], GH_PANEL_CONTROLS, false); /* the panel says where we are */
        gh_view_set_half(s->half[i], true);
    }
    layout(s);
    return s;
}

void gh_split_view_free(gh_SplitView *s)
{
    if (!s) return;
    gh_view_free(s->chrome);
    for (int i = 0; i < 2; i++) gh_view_free(s->half[i]);
    free(s);
}

void gh_split_view_resize(gh_SplitView *s, int w, int h)
{
    s->w = w, s->h = h;
    gh_view_resize(s->chrome, w, h);
    layout(s);
}

gh_View *gh_split_view_panel_view(gh_SplitView *s) { return s->chrome; }
gh_View *gh_split_view_half(gh_SplitView *s, int side) { return s->half[side ? 1 : 0]; }
SDL_Rect gh_split_view_rect(const gh_SplitView *s, int which) { return s->rect[which < 0 || which > 2 ? 2 : which]; }

void gh_split_view_set_labels(gh_SplitView *s, const char *left, const char *right)
{
    snprintf(s->label[0], sizeof s->label[0], "%s", left);
    snprintf(s->label[1], sizeof s->label[1], "%s", right);
}

void gh_split_view_set_rows(gh_SplitView *s, const gh_SplitRow *rows, int n)
{
    s->nrows = n < MAX_ROWS ? n : MAX_ROWS;
    for (int i = 0; i < s->nrows; i++) {
        s->rows[i] = rows[i];
        snprintf(s->names[i], sizeof s->names[i], "%s", rows[i].name);
        s->rows[i].name = s->names[i];
    }
}

void gh_split_view_set_status(gh_SplitView *s, const char *status) { snprintf(s->status, sizeof s->status, "%s", status); }

void gh_split_view_set_groups(gh_SplitView *s, int at, const char *head0, const char *head1)
{
    bool was = s->groups;
    s->groups = head0 && head1;
    s->groupAt = at;
    snprintf(s->head[0], sizeof s->head[0], "%s", head0 ? head0 : "");
    snprintf(s->head[1], sizeof s->head[1], "%s", head1 ? head1 : "");
    if (was != s->groups) layout(s);
}

static void fmt_ns(char *buf, size_t n, uint64_t ns)
{
    if (ns < 1000) snprintf(buf, n, "%" PRIu64 " ns", ns);
    else if (ns < 1000000) snprintf(buf, n, "%.1f µs", ns / 1e3);
    else snprintf(buf, n, "%.2f ms", ns / 1e6);
}

static void fmt_value(gh_SplitKind kind, uint64_t v, char *buf, size_t n)
{
    if (kind == GH_SPLIT_BYTES) gh_fmt_bytes(buf, n, v);
    else if (kind == GH_SPLIT_NS) fmt_ns(buf, n, v);
    else snprintf(buf, n, "%" PRIu64, v);
}

void gh_split_view_diff_text(gh_SplitKind kind, uint64_t left, uint64_t right, char *buf, size_t n)
{
    if (left == right) {
        snprintf(buf, n, "same");
        return;
    }
    char v[40];
    fmt_value(kind, right > left ? right - left : left - right, v, sizeof v);
    snprintf(buf, n, "%s%s", right > left ? "+" : "−", v);
}

static void problem(gh_SplitView *s, const char *what, const char *text)
{
    size_t l = strlen(s->problems);
    snprintf(s->problems + l, sizeof s->problems - l, "%sdifference panel: %s '%s' does not fit its cell", l ? "\n" : "",
             what, text);
    s->nproblems++;
}

/* A cell's text, clipped to its width (and noted as a problem when it had to be). */
static void cell(gh_SplitView *s, gh_FontId f, const char *t, int x, int y, int w, SDL_Color col, int align)
{
    gh_View *c = s->chrome;
    if (gh_text_w(c, f, t) > w) problem(s, "text", t);
    gh_text(c, f, t, align == GH_ALIGN_RIGHT ? x + w : x, y, col, align, w);
}

static void draw_panel(gh_SplitView *s)
{
    gh_View *c = s->chrome;
    const gh_Palette *pal = c->pal;
    SDL_Rect p = s->rect[2];
    gh_fill(c, p, pal->panel);
    gh_fill(c, (SDL_Rect){p.x, p.y, p.w, c->line}, pal->panelEdge);
    int sh = gh_text_h(c, GH_FONT_SMALL), bh = gh_text_h(c, GH_FONT_BODY);
    /* the label column: as wide as the widest side name, "difference" or the status, at most a quarter */
    int lw = gh_text_w(c, GH_FONT_BOLD, "difference");
    if (gh_text_w(c, GH_FONT_SMALL, s->status) > lw) lw = gh_text_w(c, GH_FONT_SMALL, s->status);
    for (int i = 0; i < 2; i++) {
        int w = gh_text_w(c, GH_FONT_BOLD, s->label[i]);
        if (w > lw) lw = w;
    }
    if (lw > p.w / 4) lw = p.w / 4;
    int x0 = p.x + c->pad, y0 = p.y + panel_top(s), cols = s->nrows ? s->nrows : 1;
    int cw = (p.w - 2 * c->pad - lw - c->pad) / cols;
    if (s->groups) { /* each heading over its columns, a rule under it */
        int at = s->groupAt < 0 ? 0 : s->groupAt > s->nrows ? s->nrows : s->groupAt;
        int from[2] = {0, at}, to[2] = {at, s->nrows};
        for (int g = 0; g < 2; g++) {
            if (to[g] <= from[g]) continue;
            int gx = x0 + lw + c->pad + from[g] * cw, gw = (to[g] - from[g]) * cw - c->pad;
            cell(s, GH_FONT_SMALL, s->head[g], gx, y0, gw, pal->text, GH_ALIGN_RIGHT);
            gh_fill(c, (SDL_Rect){gx, y0 + sh - c->line, gw, c->line}, pal->panelEdge);
        }
        y0 += sh;
    }
    cell(s, GH_FONT_SMALL, s->status, x0, y0, lw, pal->dim, GH_ALIGN_LEFT);
    const char *rowName[3] = {s->label[0], s->label[1], "difference"};
    for (int r = 0; r < 3; r++)
        cell(s, GH_FONT_BOLD, rowName[r], x0, y0 + sh + r * bh, lw, r == 2 ? pal->text : pal->accent, GH_ALIGN_LEFT);
    for (int i = 0; i < s->nrows; i++) {
        const gh_SplitRow *row = &s->rows[i];
        int x = x0 + lw + c->pad + i * cw, w = cw - c->pad;
        cell(s, GH_FONT_SMALL, row->name, x, y0, w, pal->dim, GH_ALIGN_RIGHT);
        char t[48];
        for (int k = 0; k < 2; k++) {
            fmt_value(row->kind, row->v[k], t, sizeof t);
            cell(s, GH_FONT_BODY, t, x, y0 + sh + k * bh, w, pal->text, GH_ALIGN_RIGHT);
        }
        gh_split_view_diff_text(row->kind, row->v[0], row->v[1], t, sizeof t);
        cell(s, GH_FONT_BOLD, t, x, y0 + sh + 2 * bh, w, row->v[0] == row->v[1] ? pal->dim : pal->accent, GH_ALIGN_RIGHT);
    }
}

/* The half whose rectangle holds (x, y), or -1 (the panel, the gap). */
static int half_at(const gh_SplitView *s, int x, int y)
{
    for (int i = 0; i < 2; i++)
        if (x >= s->rect[i].x && x < s->rect[i].x + s->rect[i].w && y >= s->rect[i].y && y < s->rect[i].y + s->rect[i].h) return i;
    return -1;
}

/* Half i's hover ends, as when the pointer leaves a window. */
static void leave(gh_SplitView *s, const gh_Sim *sim, int i)
{
    SDL_Event e = {.type = SDL_WINDOWEVENT};
    e.window.event = SDL_WINDOWEVENT_LEAVE;
    gh_view_handle_event(s->half[i], sim, &e);
}

gh_ViewAction gh_split_view_handle_event(gh_SplitView *s, const gh_Sim *left, const gh_Sim *right, const SDL_Event *e)
{
    const gh_Sim *sims[2] = {left, right};
    SDL_Event local = *e;
    int to = -1;
    switch (e->type) {
    case SDL_MOUSEMOTION:
        s->mouseHalf = half_at(s, e->motion.x, e->motion.y);
        to = s->dragHalf >= 0 ? s->dragHalf : s->mouseHalf;
        if (to >= 0) local.motion.x -= s->rect[to].x, local.motion.y -= s->rect[to].y;
        break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        s->mouseHalf = half_at(s, e->button.x, e->button.y);
        to = e->type == SDL_MOUSEBUTTONUP && s->dragHalf >= 0 ? s->dragHalf : s->mouseHalf;
        s->dragHalf = e->type == SDL_MOUSEBUTTONDOWN ? to : -1;
        if (to >= 0) local.button.x -= s->rect[to].x, local.button.y -= s->rect[to].y;
        break;
    case SDL_MOUSEWHEEL: to = s->mouseHalf; break; /* at the pointer the half last saw */
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_LEAVE) s->mouseHalf = -1;
        if (e->window.event != SDL_WINDOWEVENT_LEAVE) return GH_ACT_NONE; /* a resize is gh_split_view_resize */
        break;
    case SDL_KEYDOWN: {
        gh_ViewAction a = gh_view_handle_event(s->half[0], left, e);
        gh_view_handle_event(s->half[1], right, e);
        return a;
    }
    default: return GH_ACT_NONE;
    }
    for (int i = 0; i < 2; i++)
        if (i != to) leave(s, sims[i], i);
    return to >= 0 ? gh_view_handle_event(s->half[to], sims[to], &local) : GH_ACT_NONE;
}

void gh_split_view_render(gh_SplitView *s, const gh_Sim *left, const gh_Sim *right, uint32_t now_ms)
{
    gh_View *c = s->chrome;
    c->now = now_ms;
    c->frame++;
    c->nlabels = 0;
    s->problems[0] = 0;
    s->nproblems = 0;
    SDL_RenderSetViewport(s->r, NULL);
    SDL_RenderSetClipRect(s->r, NULL);
    gh_fill(c, (SDL_Rect){0, 0, s->w, s->h}, c->pal->panelEdge); /* what shows between the halves */
    const gh_Sim *sims[2] = {left, right};
    for (int i = 0; i < 2; i++) {
        SDL_RenderSetViewport(s->r, &s->rect[i]);
        gh_view_render(s->half[i], sims[i], now_ms);
        SDL_RenderSetClipRect(s->r, NULL);
    }
    SDL_RenderSetViewport(s->r, NULL);
    draw_panel(s);
    gh_presenter_draw(c); /* the laser pointer, over both halves and the panel */
}

/* The laser pointer of the split window (hold L): the chrome view spans the window. */
void gh_split_view_set_laser(gh_SplitView *s, bool on, int x, int y) { gh_view_set_laser(s->chrome, on, x, y); }
bool gh_split_view_laser(const gh_SplitView *s) { return gh_view_laser(s->chrome); }

int gh_split_view_layout_problems(gh_SplitView *s, char *buf, int n)
{
    int count = 0, len = 0;
    if (buf && n > 0) buf[0] = 0;
    static char one[16384];
    for (int i = 0; i < 2; i++) {
        int k = gh_view_layout_problems(s->half[i], one, sizeof one);
        count += k;
        for (char *p = one; k && *p && buf && len < n - 1;) {
            char *nl = strchr(p, '\n');
            if (nl) *nl = 0;
            len += snprintf(buf + len, (size_t)(n - len), "%s%s half (%s): %s", len ? "\n" : "", i ? "right" : "left", s->label[i], p);
            if (!nl) break;
            p = nl + 1;
        }
    }
    if (s->nproblems && buf && len < n - 1) snprintf(buf + len, (size_t)(n - len), "%s%s", len ? "\n" : "", s->problems);
    return count + s->nproblems;
}

bool gh_split_view_screenshot(gh_SplitView *s, const char *path)
{
    SDL_RenderSetViewport(s->r, NULL);
    return gh_view_screenshot(s->chrome, path);
}
