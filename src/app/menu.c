/* menu.c — the lesson menu (see menu.h). Lessons (NN_*.lua) come first in file-name order,
 * which is teaching order; other scenes follow under a "Scenarios" heading.
 *
 * Titles are what the scene computes: a title may be built from params (lesson 4's names
 * its GOGC), so the menu runs each scene on the stepper, line by line, until it has set a
 * title — the same code path the window uses, with the default params — and falls back to
 * the file name when the scene sets none or fails first. Scenes set their title in the
 * first lines, so this costs a few milliseconds per scene.
 *
 * Scrolling: the list is a column of rows (items, and the heading row); `top` is the first
 * row drawn and `visible` how many fit. Every move of the selection re-derives `top` so the
 * selected row is inside the window, which is also what Enter opens. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app/menu.h"
#include "app/paths.h"
#include "script/stepper.h"

enum { TITLE_LINES = 20000 }; /* line steps allowed before a scene must have set its title */

static int cmp(const void *a, const void *b) { return strcmp(a, b); }

static const char *base_name(const char *path) { return strrchr(path, '/') ? strrchr(path, '/') + 1 : path; }

bool gh_menu_is_lesson(const char *path)
{
    const char *b = base_name(path);
    return b[0] >= '0' && b[0] <= '9' && b[1] >= '0' && b[1] <= '9' && b[2] == '_';
}

void gh_menu_scene_title(const char *path, char *out, int n)
{
    snprintf(out, (size_t)n, "%s", base_name(path));
    char luaDir[GH_APP_PATH_MAX];
    gh_StepperConfig sc = {.sim = gh_config_default(), .luaDir = gh_app_dir("lua", luaDir, sizeof luaDir)};
    gh_Stepper *st = gh_stepper_new(&sc);
    if (!st) return;
    if (gh_stepper_load(st, path))
        for (int i = 0; i < TITLE_LINES && !gh_stepper_title(st)[0] && gh_stepper_step(st, GH_STEP_LINE | GH_STEP_END); i++) {}
    if (gh_stepper_title(st)[0]) snprintf(out, (size_t)n, "%s", gh_stepper_title(st));
    gh_stepper_free(st);
}

int gh_menu_find(const gh_Menu *m, const char *path)
{
    for (int i = 0; i < m->n; i++)
        if (!strcmp(base_name(m->path[i]), base_name(path))) return i;
    return -1;
}

bool gh_menu_open(gh_Menu *m, const char *dirArg, const char *fontDirArg, bool projector)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s", dirArg);
    const char *fontDir = fontDirArg;
    memset(m, 0, sizeof *m);
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        static char names[GH_MENU_MAX][256];
        int k = 0;
        while ((e = readdir(d)) && k < GH_MENU_MAX) {
            size_t l = strlen(e->d_name);
            if (l > 4 && !strcmp(e->d_name + l - 4, ".lua")) snprintf(names[k++], 256, "%s", e->d_name);
        }
        closedir(d);
        qsort(names, (size_t)k, sizeof names[0], cmp);
        for (int pass = 0; pass < 2; pass++) /* lessons, then scenarios */
            for (int i = 0; i < k; i++) {
                if (gh_menu_is_lesson(names[i]) != (pass == 0)) continue;
                snprintf(m->path[m->n], sizeof m->path[0], "%.760s/%.255s", dir, names[i]);
                gh_menu_scene_title(m->path[m->n], m->title[m->n], sizeof m->title[0]);
                m->n++;
                if (pass == 0) m->nlessons++;
            }
    }
    if (!TTF_WasInit() && TTF_Init() != 0) return false;
    char p[1100];
    m->fontPx = projector ? 30 : 22;
    snprintf(p, sizeof p, "%s/DejaVuSans.ttf", fontDir);
    FILE *probe = fopen(p, "r");
    if (probe) fclose(probe);
    else {
        fprintf(stderr, "gohotel: warning: fonts not found in %s; using the system's DejaVu fonts\n", fontDir);
        fontDir = "/usr/share/fonts/truetype/dejavu";
    }
    snprintf(p, sizeof p, "%s/DejaVuSans.ttf", fontDir);
    int smallPx = m->fontPx * 3 / 4 > 18 ? m->fontPx * 3 / 4 : 18; /* legible from the back row */
    m->font = TTF_OpenFont(p, m->fontPx);
    m->small = TTF_OpenFont(p, smallPx);
    snprintf(p, sizeof p, "%s/DejaVuSans-Bold.ttf", fontDir);
    m->big = TTF_OpenFont(p, m->fontPx * 8 / 5);
    if (!m->big) {
        snprintf(p, sizeof p, "%s/DejaVuSans.ttf", fontDir);
        m->big = TTF_OpenFont(p, m->fontPx * 8 / 5);
    }
    return m->font && m->small && m->big;
}

void gh_menu_close(gh_Menu *m)
{
    if (m->font) TTF_CloseFont(m->font);
    if (m->small) TTF_CloseFont(m->small);
    if (m->big) TTF_CloseFont(m->big);
    m->font = m->small = m->big = NULL;
}

static int text(SDL_Renderer *r, TTF_Font *f, const char *s, int x, int y, SDL_Color c, int maxw)
{
    if (!s[0]) return 0;
    SDL_Surface *surf = TTF_RenderUTF8_Blended(f, s, c);
    if (!surf) return 0;
    SDL_Texture *t = SDL_CreateTextureFromSurface(r, surf);
    SDL_Rect src = {0, 0, maxw > 0 && surf->w > maxw ? maxw : surf->w, surf->h};
    SDL_Rect dst = {x, y, src.w, surf->h};
    if (t) SDL_RenderCopy(r, t, &src, &dst);
    SDL_DestroyTexture(t);
    SDL_FreeSurface(surf);
    return dst.w;
}

/* Rows of the list: item indices, with -1 for the "Scenarios" heading. */
static int rows(const gh_Menu *m, int *row)
{
    int n = 0;
    for (int i = 0; i < m->n; i++) {
        if (i == m->nlessons && m->nlessons > 0) row[n++] = -1;
        row[n++] = i;
    }
    return n;
}

static int row_of(const gh_Menu *m, int item) { return item + (item >= m->nlessons && m->nlessons > 0 ? 1 : 0); }

/* Scroll so the selected row is drawn (with the heading above the first scenario). */
static void keep_visible(gh_Menu *m)
{
    if (m->visible < 1) return;
    int r = row_of(m, m->sel), first = m->sel == m->nlessons && r > 0 ? r - 1 : r;
    if (first < m->top) m->top = first;
    if (r >= m->top + m->visible) m->top = r - m->visible + 1;
    int all[GH_MENU_MAX + 1], nrows = rows(m, all);
    if (m->top > nrows - m->visible) m->top = nrows - m->visible > 0 ? nrows - m->visible : 0;
    if (m->top < 0) m->top = 0;
}

void gh_menu_draw(gh_Menu *m, SDL_Renderer *r, int w, int h)
{
    const SDL_Color ink = {235, 238, 245, 255}, dim = {160, 170, 190, 255}, accent = {255, 196, 64, 255};
    SDL_SetRenderDrawColor(r, 22, 27, 38, 255);
    SDL_RenderClear(r);
    int fp = m->fontPx, x = w / 16, y = h / 24, line = fp * 8 / 5, smallH = TTF_FontLineSkip(m->small);
    y += text(r, m->big, "gohotel", x, y, accent, 0) ? TTF_FontLineSkip(m->big) : 0;
    text(r, m->small, "Go's memory management, step by step, as a hotel", x, y, dim, w - 2 * x);
    y += smallH + fp / 2;
    int footY = h - smallH - fp / 3;
    m->visible = (footY - fp / 2 - y) / line;
    if (m->visible < 1) m->visible = 1;
    keep_visible(m);
    memset(m->items, 0, sizeof m->items);
    if (m->n == 0) text(r, m->font, "No scenes found (scenes/*.lua).", x, y, ink, 0);
    int all[GH_MENU_MAX + 1], nrows = rows(m, all);
    for (int k = m->top; k < nrows && k < m->top + m->visible; k++, y += line) {
        int i = all[k];
        if (i < 0) {
            text(r, m->small, "Scenarios · scenes that are not lessons", x, y + (line - smallH) / 2, accent, w - 2 * x);
            continue;
        }
        SDL_Rect box = {x - fp / 2, y, w - 2 * x + fp, line - fp / 6};
        m->items[i] = box;
        if (i == m->sel) {
            SDL_SetRenderDrawColor(r, 52, 64, 92, 255);
            SDL_RenderFillRect(r, &box);
            SDL_SetRenderDrawColor(r, accent.r, accent.g, accent.b, 255);
            SDL_Rect bar = {box.x, box.y, fp / 4, box.h};
            SDL_RenderFillRect(r, &bar);
        }
        int ty = y + (box.h - TTF_FontLineSkip(m->font)) / 2, tx = x + fp / 2;
        if (i >= m->nlessons) tx += text(r, m->font, "· ", tx, ty, dim, 0);
        tx += text(r, m->font, m->title[i], tx, ty, i == m->sel ? accent : ink, box.x + box.w - tx - fp / 2);
        if (i >= m->nlessons) /* scenarios may share a lesson's title: name the file too */
            text(r, m->small, base_name(m->path[i]), tx + fp / 2, ty + TTF_FontLineSkip(m->font) - smallH, dim,
                 box.x + box.w - tx - fp);
    }
    char more[64];
    if (m->top > 0) text(r, m->small, "▲ more above", w - x - fp * 6, footY - line * m->visible - fp, dim, 0);
    if (m->top + m->visible < nrows) {
        snprintf(more, sizeof more, "▼ %d more below", nrows - m->top - m->visible);
        text(r, m->small, more, w - x - fp * 7, footY - fp / 2 - smallH, dim, 0);
    }
    text(r, m->small, "Up/Down or PageUp/PageDown: choose · Enter, F5 or click: open · Esc: quit", x, footY, dim, w - 2 * x);
}

int gh_menu_event(gh_Menu *m, const SDL_Event *e)
{
    if (e->type == SDL_QUIT) return GH_MENU_QUIT;
    if (e->type == SDL_KEYDOWN) {
        SDL_Keycode k = e->key.keysym.sym;
        if (k == SDLK_ESCAPE || k == SDLK_q) return GH_MENU_QUIT;
        if ((k == SDLK_DOWN || k == SDLK_PAGEDOWN || k == SDLK_RIGHT) && m->sel + 1 < m->n) m->sel++;
        if ((k == SDLK_UP || k == SDLK_PAGEUP || k == SDLK_LEFT) && m->sel > 0) m->sel--;
        if (k == SDLK_HOME) m->sel = 0;
        if (k == SDLK_END && m->n) m->sel = m->n - 1;
        keep_visible(m);
        if ((k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_F5 || k == SDLK_SPACE) && m->n) return m->sel;
    }
    if (e->type == SDL_MOUSEWHEEL && m->n) { /* the wheel moves the selection, which scrolls */
        m->sel -= e->wheel.y > 0 ? 1 : e->wheel.y < 0 ? -1 : 0;
        m->sel = m->sel < 0 ? 0 : m->sel >= m->n ? m->n - 1 : m->sel;
        keep_visible(m);
    }
    if (e->type == SDL_MOUSEBUTTONDOWN || e->type == SDL_MOUSEMOTION) {
        SDL_Point p = {e->type == SDL_MOUSEMOTION ? e->motion.x : e->button.x,
                       e->type == SDL_MOUSEMOTION ? e->motion.y : e->button.y};
        for (int i = 0; i < m->n; i++) {
            if (m->items[i].w <= 0 || !SDL_PointInRect(&p, &m->items[i])) continue;
            m->sel = i;
            if (e->type == SDL_MOUSEBUTTONDOWN) return i;
        }
    }
    return GH_MENU_NOTHING;
}
