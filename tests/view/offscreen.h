/* offscreen.h — an offscreen view for the view's tests: a software-rendered surface to draw
 * on, pixel reads from it, label searches, and saving a frame when GH_VIEW_SHOTS names a
 * folder. Checks come from tests/check.h. */
#ifndef GH_TESTS_VIEW_OFFSCREEN_H
#define GH_TESTS_VIEW_OFFSCREEN_H
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "view/png.h"
#include "view/view.h"

typedef struct VC { SDL_Surface *surf; SDL_Renderer *r; gh_View *v; } VC;

static inline VC vc_open(int w, int h, bool projector)
{
    VC c = {0};
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (!gh_view_offscreen(w, h, &c.surf, &c.r)) { fprintf(stderr, "offscreen: %s\n", SDL_GetError()); exit(1); }
    gh_ViewOptions o = {.projector = projector};
    c.v = gh_view_new(c.r, w, h, &o);
    if (!c.v) { fprintf(stderr, "gh_view_new failed\n"); exit(1); }
    return c;
}

static inline void vc_close(VC *c)
{
    gh_view_free(c->v);
    SDL_DestroyRenderer(c->r);
    SDL_FreeSurface(c->surf);
}

static inline SDL_Color vc_pixel(const VC *c, int x, int y)
{
    const uint32_t *row = (const uint32_t *)((const uint8_t *)c->surf->pixels + (size_t)y * c->surf->pitch);
    uint32_t p = row[x];
    return (SDL_Color){(Uint8)(p >> 16), (Uint8)(p >> 8), (Uint8)p, 255};
}

static inline bool vc_same(SDL_Color a, SDL_Color b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

static inline bool vc_has_label(const gh_View *v, const char *needle)
{
    for (int i = 0; i < gh_view_label_count(v); i++)
        if (strstr(gh_view_label(v, i, NULL), needle)) return true;
    return false;
}

/* Save the frame when GH_VIEW_SHOTS names a folder (for looking at it). */
static inline void vc_save(const VC *c, const char *name)
{
    const char *dir = getenv("GH_VIEW_SHOTS");
    if (!dir) return;
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (!gh_png_write_surface(c->surf, path)) fprintf(stderr, "could not write %s\n", path);
}

#endif
