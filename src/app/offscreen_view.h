/* offscreen_view.h — a view drawing into memory, for the commands that render without a
 * window (shot, gif): SDL's software renderer on a w×h surface, the fonts found as the
 * window finds them, classroom mode and palette as asked. */
#ifndef GH_APP_OFFSCREEN_VIEW_H
#define GH_APP_OFFSCREEN_VIEW_H
#include <stdbool.h>
#include "view/view.h"

typedef struct gh_OffscreenView {
    SDL_Surface *surf;          /* the pixels, 0xAARRGGBB */
    SDL_Renderer *r;
    gh_View *v;
} gh_OffscreenView;

/* Open one; false after printing "gohotel CMD: ..." on stderr (nothing is left open). A
 * degraded view (a missing font) is opened with its warning printed. */
bool gh_offscreen_view_open(gh_OffscreenView *o, const char *cmd, int w, int h, bool projector);
void gh_offscreen_view_close(gh_OffscreenView *o);

#endif
