/* hotel_bars_tier.c — the middle tier of the hotel picture: floors drawn as bars.
 *
 * The hotel has three ways of drawing a building, chosen by how much heap there is:
 *   rooms  — every floor tall enough for a legible sign, each slot a door (hotel_layout.c);
 *   bars   — too many floors for that, but each floor still gets a row of its own: its sign
 *            (the size class, "48 B") and one occupancy bar filled by its rooms sorted by
 *            state, with "N of M" written on it where it fits (hotel_bar.c paints it);
 *   strip  — too many floors even for bars: pages as density strips (hotel_layout.c).
 *
 * A building in the bars tier keeps its floors in address order from the ground up, as
 * in the rooms tier; when one stack of bars would be too tall, the building is split into
 * side-by-side wings, each filled from the ground before the next one starts (the first
 * wing holds the lowest addresses). Every row, whatever it holds (a span, a suite, a
 * stack, a run of free pages), is one bar high, so a reader counts floors by counting
 * rows.
 *
 * The fit: the fewest wings whose rows are at least one line of small text high (the
 * sign must be whole), as long as each wing keeps room for its sign and a bar at least
 * GH_BARS_MIN_BAR_LINES text lines wide (a bar as wide as it is tall says little); otherwise the tier does not fit and the building
 * becomes density strips. The sign column is as wide as the longest shortest wording any
 * floor's sign has ("512 B", "suite", "G1", "free"), plus the P's key chip when there is
 * room for it. Zooming in makes the bars taller, until the rooms tier fits. */
#include <stdio.h>
#include "view/view_impl.h"

enum { GH_BARS_MIN_BAR_LINES = 2 }; /* a bar at least two text-line heights wide */

/* The shortest wording of a floor's sign (hotel_labels.c has all of them). */
static int shortest_sign_w(gh_View *v, const gh_Sim *sim, const gh_Floor *f)
{
    char t[32];
    if (f->kind == GH_FLOOR_FREE) snprintf(t, sizeof t, "free");
    else if (f->kind == GH_FLOOR_SUITE) snprintf(t, sizeof t, "suite");
    else if (f->kind == GH_FLOOR_STACK) snprintf(t, sizeof t, "G%d", gh_stack_owner(sim, f->span));
    else gh_fmt_bytes(t, sizeof t, gh_sim_span(sim, f->span)->elemsize);
    return gh_text_w(v, GH_FONT_SMALL, t);
}

int gh_bars_min_row_h(const gh_View *v) { return gh_text_h(v, GH_FONT_SMALL) + 1; }

bool gh_bars_fit(gh_View *v, const gh_Sim *sim, int availH, int bw)
{
    gh_HotelLayout *L = &v->hotel;
    int sh = gh_text_h(v, GH_FONT_SMALL), gap = v->pad, minRow = gh_bars_min_row_h(v);
    int most = 0, text = 0;
    bool keys = false;
    for (int i = 0; i < L->nbuild; i++) most = L->b[i].nfloors > most ? L->b[i].nfloors : most;
    if (!most || availH < minRow) return false;
    { /* hundreds of floors: no need to measure their signs to know (this runs every frame) */
        int wings = (most + availH / minRow - 1) / (availH / minRow), colW = (bw - gap * (wings - 1)) / wings;
        if (colW - gh_text_w(v, GH_FONT_SMALL, "G1") - v->pad < GH_BARS_MIN_BAR_LINES * sh) return false;
    }
    for (int i = 0; i < L->nfloors; i++) {
        int w = shortest_sign_w(v, sim, &L->floors[i]);
        text = w > text ? w : text;
        keys |= L->floors[i].span >= 0 && gh_sim_span(sim, L->floors[i].span)->cachedBy >= 0;
    }
    int rowsFit = availH / minRow, wings = (most + rowsFit - 1) / rowsFit;
    int colW = (bw - gap * (wings - 1)) / wings, signW = text + v->pad, minBar = GH_BARS_MIN_BAR_LINES * sh;
    if (colW - signW < minBar) return false;
    int chip = gh_text_w(v, GH_FONT_SMALL, "P0") + v->pad;
    if (keys && colW - signW - chip >= minBar) signW += chip;
    int rows = (most + wings - 1) / wings, rowH = availH / rows;
    int maxRow = 2 * sh; /* a few floors more than the rooms tier holds: not giant bars */
    L->barWings = wings;
    L->barRows = rows;
    L->barColW = colW;
    L->barGap = gap;
    L->barH = rowH < maxRow ? rowH : maxRow;
    L->signW = signW;
    return true;
}

void gh_bars_place(gh_View *v, gh_Building *b, int bottom, float zoom)
{
    gh_HotelLayout *L = &v->hotel;
    int rowH = (int)(L->barH * (zoom > 1 ? zoom : 1));
    for (int k = 0; k < b->nfloors; k++) {
        gh_Floor *f = &L->floors[b->firstFloor + k];
        int wing = k / L->barRows, row = k % L->barRows;
        int x = b->r.x + wing * (L->barColW + L->barGap), y = bottom - (row + 1) * rowH;
        f->r = (SDL_Rect){x, y, L->barColW, rowH};
        /* one pixel of wall round the bar, and a one-pixel slab under it */
        f->rooms = (SDL_Rect){x + L->signW + 1, y + 1, L->barColW - L->signW - 2, rowH - 3};
        f->cols = 0; /* not a room grid: a span floor is a bar (gh_floor_is_bar) */
        f->rows = 1;
        f->rw = f->rh = f->gap = 0;
    }
}

int gh_bars_content_h(const gh_View *v, float zoom) { return v->hotel.barRows * (int)(v->hotel.barH * (zoom > 1 ? zoom : 1)); }
