/* offscreen_view.c — the offscreen view of shot and gif (offscreen_view.h). */
#include <stdio.h>
#include "app/offscreen_view.h"
#include "app/paths.h"

bool gh_offscreen_view_open(gh_OffscreenView *o, const char *cmd, int w, int h, bool projector)
{
    *o = (gh_OffscreenView){0};
    if (!gh_view_offscreen(w, h, &o->surf, &o->r)) {
        fprintf(stderr, "gohotel %s: cannot create an offscreen renderer: %s\n", cmd, SDL_GetError());
        return false;
    }
    char fontDir[GH_APP_PATH_MAX];
    gh_ViewOptions vo = {.projector = projector, .palette = projector ? 1 : 0,
                         .font_dir = gh_app_dir("assets/fonts", fontDir, sizeof fontDir)};
    o->v = gh_view_new(o->r, w, h, &vo);
    if (!o->v) {
        fprintf(stderr, "gohotel %s: cannot create the view\n", cmd);
        gh_offscreen_view_close(o);
        return false;
    }
    if (gh_view_warning(o->v)[0]) fprintf(stderr, "gohotel: warning: %s\n", gh_view_warning(o->v));
    return true;
}

void gh_offscreen_view_close(gh_OffscreenView *o)
{
    if (o->v) gh_view_free(o->v);
    if (o->r) SDL_DestroyRenderer(o->r);
    if (o->surf) SDL_FreeSurface(o->surf);
    *o = (gh_OffscreenView){0};
}
