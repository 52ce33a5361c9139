/* callout_cover.c — which rooms a callout's box would hide. A callout names what its
 * highlight points at (a room, or a whole floor); it must never hide another room, whose
 * number or state the class may be reading at the same moment. Used twice: to place a
 * callout (highlight.c tries places and keeps one that hides no foreign room) and to check
 * the frame (layout_check.c reports a callout that does).
 *
 * What counts as a room: each door of a floor drawn as rooms (the cells of its grid up to
 * its number of rooms; a cell past the last room is empty wall), a suite (one room), and a
 * floor drawn as an occupancy bar (its rooms are there, aggregated). Stacks' plates and free
 * pages are not rooms. Density strips have no rooms of their own, so nothing is counted
 * there. The answer reads only the hotel's geometry of the last layout, no simulator. A
 * box touching a room by one pixel (its ring, antialiasing) does not hide it. */
#include "view/view_impl.h"

static bool hides(SDL_Rect c, SDL_Rect r)
{
    SDL_Rect x;
    return SDL_IntersectRect(&c, &r, &x) && x.w >= 2 && x.h >= 2;
}

static bool ours(const gh_Floor *f, int32_t span, int32_t slot, int32_t k)
{
    return f->span == span && (slot < 0 || slot == k);
}

int gh_callout_foreign_rooms(const gh_View *v, SDL_Rect c, int32_t span, int32_t slot)
{
    const gh_HotelLayout *L = &v->hotel;
    SDL_Rect in;
    if (L->density || !SDL_IntersectRect(&c, &L->area, &in)) return 0;
    in.x -= L->area.x; /* hotel-buffer coordinates, as the floors are placed */
    in.y -= L->area.y;
    int n = 0;
    for (int i = 0; i < L->nfloors; i++) {
        const gh_Floor *f = &L->floors[i];
        if (f->kind == GH_FLOOR_STACK || f->kind == GH_FLOOR_FREE || !f->nrooms || !hides(in, f->rooms)) continue;
        if (f->kind == GH_FLOOR_SUITE) { n += f->span != span; continue; }
        if (gh_floor_is_bar(f)) { n += !(f->span == span && slot < 0); continue; } /* a bar: all its rooms at once */
        if (f->rw <= 0 || f->rh <= 0) continue;
        int c0 = (in.x - f->rooms.x) / f->rw, c1 = (in.x + in.w - 1 - f->rooms.x) / f->rw;
        int r0 = (in.y - f->rooms.y) / f->rh, r1 = (in.y + in.h - 1 - f->rooms.y) / f->rh;
        c0 = c0 < 0 ? 0 : c0;
        r0 = r0 < 0 ? 0 : r0;
        c1 = c1 >= f->cols ? f->cols - 1 : c1;
        r1 = r1 >= f->rows ? f->rows - 1 : r1;
        for (int r = r0; r <= r1; r++)
            for (int col = c0; col <= c1; col++) {
                int32_t k = r * f->cols + col;
                if ((uint32_t)k >= f->nrooms || ours(f, span, slot, k)) continue;
                SDL_Rect cell = {f->rooms.x + col * f->rw, f->rooms.y + r * f->rh, f->rw - f->gap, f->rh - f->gap};
                n += hides(in, cell);
            }
    }
    return n;
}

/* Floors other than span's whose sign column (the floor's left end, left of its rooms) holds
 * the window rectangle c whole: a callout set in the sign column of another floor reads as
 * that floor's sign ("buf 3: 256 B" once sat there, on the 208 B floor, in lesson 6). One
 * that reaches on into the rooms (a narrow hotel's callout, tied to its ring by a leader)
 * reads as the room's. Free pages and stacks have signs too. */
int gh_callout_foreign_signs(const gh_View *v, SDL_Rect c, int32_t span)
{
    const gh_HotelLayout *L = &v->hotel;
    SDL_Rect in;
    if (L->density || !SDL_IntersectRect(&c, &L->area, &in)) return 0;
    in.x -= L->area.x;
    in.y -= L->area.y;
    int n = 0;
    for (int i = 0; i < L->nfloors; i++) {
        const gh_Floor *f = &L->floors[i];
        SDL_Rect sign = {f->r.x, f->r.y, f->rooms.x - f->r.x, f->r.h};
        if (f->span == span && span >= 0) continue;
        n += sign.w > 0 && in.x + in.w <= f->rooms.x + 1 && hides(in, sign);
    }
    return n;
}
