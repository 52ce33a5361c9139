/* menu.c — the lesson menu (see menu.h). Scenes are listed in file-name order, so lessons
 * numbered 01_..11_ come first in teaching order. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app/menu.h"

static int cmp(const void *a, const void *b) { return strcmp(a, b); }

void gh_menu_scene_title(const char *path, char *out, int n)
{
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    snprintf(out, (size_t)n, "%s", base);
    FILE *f = fopen(path, "r");
    if (!f) return;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        char *t = strstr(line, "lesson.title(");
        if (!t || (strstr(line, "--") && strstr(line, "--") < t)) continue;
        t += strlen("lesson.title(");
        while (*t == ' ') t++;
        char q = *t;
        if (q != '"' && q != '\'') continue;
        char *end = strchr(t + 1, q);
        if (end) snprintf(out, (size_t)n, "%.*s", (int)(end - t - 1), t + 1);
        break;
    }
    fclose(f);
}

bool gh_menu_open(gh_Menu *m, const char *dir, const char *fontDir, bool projector)
{
    memset(m, 0, sizeof *m);
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        char names[GH_MENU_MAX][256];
        int k = 0;
        while ((e = readdir(d)) && k < GH_MENU_MAX) {
            size_t l = strlen(e->d_name);
            if (l > 4 && !strcmp(e->d_name + l - 4, ".lua")) snprintf(names[k++], 256, "%s", e->d_name);
        }
        closedir(d);
        qsort(names, (size_t)k, sizeof names[0], cmp);
        for (int i = 0; i < k; i++) {
            snprintf(m->path[i], sizeof m->path[i], "%.760s/%.255s", dir, names[i]);
            gh_menu_scene_title(m->path[i], m->title[i], sizeof m->title[i]);
        }
        m->n = k;
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
    m->font = TTF_OpenFont(p, m->fontPx);
    m->small = TTF_OpenFont(p, m->fontPx * 3 / 4);
    snprintf(p, sizeof p, "%s/DejaVuSans-Bold.ttf", fontDir);
    m->big = TTF_OpenFont(p, m->fontPx * 2);
    if (!m->big) {
        snprintf(p, sizeof p, "%s/DejaVuSans.ttf", fontDir);
        m->big = TTF_OpenFont(p, m->fontPx * 2);
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

static int text(SDL_Renderer *r, TTF_Font *f, const char *s, int x, int y, SDL_Color c)
{
    if (!s[0]) return 0;
    SDL_Surface *surf = TTF_RenderUTF8_Blended(f, s, c);
    if (!surf) return 0;
    SDL_Texture *t = SDL_CreateTextureFromSurface(r, surf);
    SDL_Rect dst = {x, y, surf->w, surf->h};
    if (t) SDL_RenderCopy(r, t, NULL, &dst);
    SDL_DestroyTexture(t);
    SDL_FreeSurface(surf);
    return dst.w;
}

void gh_menu_draw(gh_Menu *m, SDL_Renderer *r, int w, int h)
{
    const SDL_Color ink = {235, 238, 245, 255}, dim = {150, 160, 180, 255}, accent = {255, 196, 64, 255};
    SDL_SetRenderDrawColor(r, 22, 27, 38, 255);
    SDL_RenderClear(r);
    int x = w / 10, y = h / 12, line = m->fontPx * 2;
    text(r, m->big, "gohotel", x, y, accent);
    y += m->fontPx * 3;
    text(r, m->font, "Go's memory management, step by step, as a hotel", x, y, dim);
    y += line + m->fontPx / 2;
    if (m->n == 0) text(r, m->font, "No scenes found (scenes/*.lua).", x, y, ink);
    for (int i = 0; i < m->n && y + line < h - line * 2; i++) {
        SDL_Rect box = {x - m->fontPx / 2, y - m->fontPx / 4, w - 2 * x + m->fontPx, line - m->fontPx / 4};
        m->items[i] = box;
        if (i == m->sel) {
            SDL_SetRenderDrawColor(r, 52, 64, 92, 255);
            SDL_RenderFillRect(r, &box);
            SDL_SetRenderDrawColor(r, accent.r, accent.g, accent.b, 255);
            SDL_Rect bar = {box.x, box.y, m->fontPx / 4, box.h};
            SDL_RenderFillRect(r, &bar);
        }
        char num[16];
        snprintf(num, sizeof num, "%2d", i + 1);
        text(r, m->font, num, x, y, i == m->sel ? accent : dim);
        text(r, m->font, m->title[i], x + m->fontPx * 2, y, ink);
        y += line;
    }
    text(r, m->small, "Up/Down or PageUp/PageDown: choose    Enter, F5 or click: start    Esc: quit", x, h - line,
         dim);
}

int gh_menu_event(gh_Menu *m, const SDL_Event *e)
{
    if (e->type == SDL_QUIT) return -2;
    if (e->type == SDL_KEYDOWN) {
        SDL_Keycode k = e->key.keysym.sym;
        if (k == SDLK_ESCAPE || k == SDLK_q) return -2;
        if ((k == SDLK_DOWN || k == SDLK_PAGEDOWN || k == SDLK_RIGHT) && m->sel + 1 < m->n) m->sel++;
        if ((k == SDLK_UP || k == SDLK_PAGEUP || k == SDLK_LEFT) && m->sel > 0) m->sel--;
        if ((k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_F5 || k == SDLK_SPACE) && m->n) return m->sel;
    }
    if (e->type == SDL_MOUSEBUTTONDOWN || e->type == SDL_MOUSEMOTION) {
        SDL_Point p = {e->type == SDL_MOUSEMOTION ? e->motion.x : e->button.x,
                       e->type == SDL_MOUSEMOTION ? e->motion.y : e->button.y};
        for (int i = 0; i < m->n; i++) {
            if (!SDL_PointInRect(&p, &m->items[i])) continue;
            m->sel = i;
            if (e->type == SDL_MOUSEBUTTONDOWN) return i;
        }
    }
    return -1;
}
