/* pixels.c — fills on the hotel's own ARGB pixel buffer. Rooms are painted here rather
 * than through the renderer: a plain loop over uint32 rows is the fastest way to paint
 * hundreds of thousands of small rectangles, and the result is uploaded as one texture. */
#include "view/view_impl.h"

static bool clip(const gh_Pixels *b, int *x, int *y, int *w, int *h)
{
    if (*x < 0) { *w += *x; *x = 0; }
    if (*y < 0) { *h += *y; *y = 0; }
    if (*x + *w > b->w) *w = b->w - *x;
    if (*y + *h > b->h) *h = b->h - *y;
    return *w > 0 && *h > 0;
}

void gh_px_fill(gh_Pixels *b, int x, int y, int w, int h, uint32_t c)
{
    if (!clip(b, &x, &y, &w, &h)) return;
    for (int j = 0; j < h; j++) {
        uint32_t *row = b->p + (size_t)(y + j) * b->w + x;
        for (int i = 0; i < w; i++) row[i] = c;
    }
}

void gh_px_frame(gh_Pixels *b, int x, int y, int w, int h, int t, uint32_t c)
{
    if (2 * t >= w || 2 * t >= h) { gh_px_fill(b, x, y, w, h, c); return; }
    gh_px_fill(b, x, y, w, t, c);
    gh_px_fill(b, x, y + h - t, w, t, c);
    gh_px_fill(b, x, y + t, t, h - 2 * t, c);
    gh_px_fill(b, x + w - t, y + t, t, h - 2 * t, c);
}

/* Diagonal hatching: pixels where (x + y) is a multiple of step, in buffer coordinates so
 * neighbouring rooms' stripes line up. */
void gh_px_hatch(gh_Pixels *b, int x, int y, int w, int h, int step, uint32_t c)
{
    if (step < 2 || !clip(b, &x, &y, &w, &h)) return;
    for (int j = 0; j < h; j++) {
        uint32_t *row = b->p + (size_t)(y + j) * b->w;
        int start = x + ((step - (x + y + j) % step) % step);
        for (int i = start; i < x + w; i += step) row[i] = c;
    }
}
