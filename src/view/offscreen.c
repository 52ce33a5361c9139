/* offscreen.c — drawing with no display: a software renderer on a memory surface, and
 * saving whatever a renderer shows as a PNG (png.c). */
#include "view/png.h"
#include "view/view_impl.h"

bool gh_view_offscreen(int w, int h, SDL_Surface **surf, SDL_Renderer **r)
{
    *surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!*surf) return false;
    *r = SDL_CreateSoftwareRenderer(*surf);
    if (!*r) {
        SDL_FreeSurface(*surf);
        *surf = NULL;
        return false;
    }
    return true;
}

bool gh_view_screenshot(gh_View *v, const char *path)
{
    int w = v->w, h = v->h;
    SDL_GetRendererOutputSize(v->r, &w, &h);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) return false;
    bool ok = SDL_RenderReadPixels(v->r, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0 &&
              gh_png_write_surface(s, path);
    SDL_FreeSurface(s);
    return ok;
}
