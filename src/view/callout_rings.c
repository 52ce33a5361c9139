/* callout_rings.c — highlights that meet: a ring around a plate line inside a ringed plate
 * (lesson 1's "c lives here" in "add's plate") must stay a ring of its own, and a callout
 * keeps out of every ring but its own where it can (highlight.c's place_cost), so each note
 * reads as its own highlight's.
 *
 * A ring is drawn as a frame of gh_ring_stroke() px inward from its outer edge (highlight.c).
 * Two rings are apart when they do not touch, or when one lies inside the other's opening
 * with a gap of at least 2 px; anything else draws them as one thick, ambiguous line. */
#include <stdbool.h>
#include "view/view_impl.h"

int gh_ring_stroke(const gh_View *v) { return (v->projector ? 4 : 3) + 2; }

/* a with `by` px taken off each side */
static SDL_Rect shrink(SDL_Rect a, int by) { return (SDL_Rect){a.x + by, a.y + by, a.w - 2 * by, a.h - 2 * by}; }

static bool inside(SDL_Rect in, SDL_Rect out)
{
    return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w && in.y + in.h <= out.y + out.h;
}

int gh_callout_foreign_rings(const gh_View *v, SDL_Rect c, int idx)
{
    int n = 0;
    for (int j = 0; j < v->nhl && j < GH_MAX_HL; j++)
        if (j != idx && v->hlRing[j].w > 0 && SDL_HasIntersection(&c, &v->hlRing[j])) n++;
    return n;
}

bool gh_rings_apart(const gh_View *v, SDL_Rect a, SDL_Rect b)
{
    if (!SDL_HasIntersection(&a, &b)) return true;
    int gap = gh_ring_stroke(v) + 2;
    return inside(a, shrink(b, gap)) || inside(b, shrink(a, gap));
}

bool gh_plate_rings_a_line(const gh_View *v, int32_t gid, int32_t frame)
{
    bool plate = false, line = false;
    for (int i = 0; i < v->nhl; i++) {
        const gh_ViewHighlight *h = &v->hl[i];
        if (h->gid != gid || h->frame != frame) continue;
        if (h->kind == GH_HL_FRAME) plate = true;
        if (h->kind == GH_HL_LOCAL) line = true;
    }
    return plate && line;
}
