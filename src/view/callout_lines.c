/* callout_lines.c — which plate lines a callout's box would sit on. A plate is a list of
 * lines, one per local; a callout laid over the empty right end of a line that is not the
 * one it names reads as that line's note ("c lives on this plate" set over b's and ~r0's
 * lines, inside add's ring, names b as well as c). So a callout may sit only on the lines of
 * what its highlight points at: a local's own line, or any line of a highlighted plate.
 * Like callout_cover.c for rooms, used to place a callout (highlight.c) and to check the
 * frame (layout_check.c); the answer reads only the cafeteria's boxes of the last frame.
 * A box touching a line by one pixel (its ring, antialiasing) does not sit on it. */
#include "view/view_impl.h"

int gh_callout_foreign_lines(const gh_View *v, SDL_Rect c, int32_t gid, int32_t frame, int32_t local)
{
    int n = 0;
    for (int i = 0; i < v->nplates; i++) {
        const gh_PlateBox *b = &v->plates[i];
        SDL_Rect x;
        if (b->local < 0 || b->frame < 0) continue; /* a plate's title box, or a global (text, counted as text) */
        if (b->gid == gid && b->frame == frame && (local < 0 || b->local == local)) continue; /* its own */
        n += SDL_IntersectRect(&c, &b->r, &x) && x.w >= 2 && x.h >= 2;
    }
    return n;
}
