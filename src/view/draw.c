/* draw.c — drawing primitives on the SDL renderer: filled and outlined rectangles, thick
 * lines and arrows (triangles through SDL_RenderGeometry, which every renderer including
 * the software one supports), hatching, and the standard panel frame with its title. */
#include <math.h>
#include "view/view_impl.h"

bool gh_rect_has(SDL_Rect r, int x, int y) { return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h; }
SDL_Rect gh_inset(SDL_Rect r, int d) { return (SDL_Rect){r.x + d, r.y + d, r.w - 2 * d, r.h - 2 * d}; }

/* Opaque colours draw without blending: the software renderer's blended fill is a
 * per-pixel loop many times slower than its plain fill. */
static void color(gh_View *v, SDL_Color c)
{
    SDL_SetRenderDrawBlendMode(v->r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(v->r, c.r, c.g, c.b, c.a);
}

void gh_fill(gh_View *v, SDL_Rect r, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0) return;
    color(v, c);
    SDL_RenderFillRect(v->r, &r);
}

void gh_frame(gh_View *v, SDL_Rect r, int t, SDL_Color c)
{
    if (t <= 0 || r.w <= 0 || r.h <= 0) return;
    if (2 * t >= r.w || 2 * t >= r.h) { gh_fill(v, r, c); return; }
    gh_fill(v, (SDL_Rect){r.x, r.y, r.w, t}, c);
    gh_fill(v, (SDL_Rect){r.x, r.y + r.h - t, r.w, t}, c);
    gh_fill(v, (SDL_Rect){r.x, r.y + t, t, r.h - 2 * t}, c);
    gh_fill(v, (SDL_Rect){r.x + r.w - t, r.y + t, t, r.h - 2 * t}, c);
}

void gh_tri(gh_View *v, float x0, float y0, float x1, float y1, float x2, float y2, SDL_Color c)
{
    SDL_Vertex vx[3] = {{{x0, y0}, c, {0, 0}}, {{x1, y1}, c, {0, 0}}, {{x2, y2}, c, {0, 0}}};
    SDL_RenderGeometry(v->r, NULL, vx, 3, NULL, 0);
}

void gh_line(gh_View *v, float x0, float y0, float x1, float y1, float t, SDL_Color c)
{
    float dx = x1 - x0, dy = y1 - y0, len = sqrtf(dx * dx + dy * dy);
    if (len < 0.01f) return;
    if (t <= 1.01f) {
        color(v, c);
        SDL_RenderDrawLineF(v->r, x0, y0, x1, y1);
        return;
    }
    float nx = -dy / len * t / 2, ny = dx / len * t / 2;
    SDL_Vertex vx[4] = {{{x0 + nx, y0 + ny}, c, {0, 0}}, {{x1 + nx, y1 + ny}, c, {0, 0}},
                        {{x1 - nx, y1 - ny}, c, {0, 0}}, {{x0 - nx, y0 - ny}, c, {0, 0}}};
    int idx[6] = {0, 1, 2, 0, 2, 3};
    SDL_RenderGeometry(v->r, NULL, vx, 4, idx, 6);
}

/* An arrow from (x0,y0) to (x1,y1); curved ones bow sideways like a quadratic Bézier. */
void gh_arrow(gh_View *v, float x0, float y0, float x1, float y1, float t, SDL_Color c, bool curved)
{
    float dx = x1 - x0, dy = y1 - y0, len = sqrtf(dx * dx + dy * dy);
    if (len < 2) return;
    float head = 4 * t + 4;
    float cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    if (curved) { cx += -dy * 0.18f; cy += dx * 0.18f; }
    enum { SEG = 16 };
    float px = x0, py = y0, tx = 0, ty = 0;
    for (int i = 1; i <= SEG; i++) {
        float u = (float)i / SEG, a = (1 - u) * (1 - u), b = 2 * (1 - u) * u, d = u * u;
        float qx = a * x0 + b * cx + d * x1, qy = a * y0 + b * cy + d * y1;
        if (i == SEG) { tx = qx - px; ty = qy - py; }
        float ex = qx, ey = qy;
        if (i == SEG) { float l = sqrtf(tx * tx + ty * ty); ex -= tx / l * head * 0.8f; ey -= ty / l * head * 0.8f; }
        gh_line(v, px, py, ex, ey, t, c);
        px = qx;
        py = qy;
    }
    float l = sqrtf(tx * tx + ty * ty);
    if (l < 0.01f) return;
    float ux = tx / l, uy = ty / l;
    gh_tri(v, x1, y1, x1 - ux * head - uy * head * 0.55f, y1 - uy * head + ux * head * 0.55f,
           x1 - ux * head + uy * head * 0.55f, y1 - uy * head - ux * head * 0.55f, c);
}

void gh_hatch(gh_View *v, SDL_Rect r, int step, SDL_Color c)
{
    color(v, c);
    for (int k = r.x + r.y + step; k < r.x + r.w + r.y + r.h; k += step) {
        int xa = k - r.y < r.x + r.w - 1 ? k - r.y : r.x + r.w - 1;
        int xb = k - (r.y + r.h - 1) > r.x ? k - (r.y + r.h - 1) : r.x;
        SDL_RenderDrawLine(v->r, xa, k - xa, xb, k - xb);
    }
}

SDL_Rect gh_panel(gh_View *v, gh_ViewPanel p, const char *title, const char *subtitle)
{
    SDL_Rect r = v->panel[p];
    const gh_Palette *pal = v->pal;
    v->textPanel = (int)p; /* the text drawn from here on belongs to this panel */
    v->textFlags = 0;
    gh_fill(v, r, pal->panel);
    gh_frame(v, r, v->projector ? 2 : 1, pal->panelEdge);
    int th = title ? gh_text_h(v, GH_FONT_BOLD) : 0;
    if (title) {
        int tw = gh_text(v, GH_FONT_BOLD, title, r.x + v->pad, r.y + v->pad / 2, pal->text, GH_ALIGN_LEFT, r.w - 2 * v->pad);
        if (subtitle)
            gh_text(v, GH_FONT_SMALL, subtitle, r.x + r.w - v->pad, r.y + v->pad / 2 + th - gh_text_h(v, GH_FONT_SMALL),
                    pal->dim, GH_ALIGN_RIGHT, r.w - 3 * v->pad - tw);
    }
    return (SDL_Rect){r.x + v->pad, r.y + v->pad / 2 + th + (title ? v->pad / 2 : 0), r.w - 2 * v->pad,
                      r.h - th - v->pad - (title ? v->pad / 2 : 0)};
}
