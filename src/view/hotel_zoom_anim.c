/* hotel_zoom_anim.c — the smooth zoom between tiers. When the hotel's picture changes scale
 * from one frame to the next (the wheel, a lesson's highlight choosing the zoom, the heap
 * growing from rooms to bars to strips to buildings), the old picture does not vanish: for
 * GH_ZOOM_MS it is drawn over the new one, growing (or shrinking) by the ratio of the two
 * zooms and sliding so that the thing being zoomed to — the first highlighted room, else
 * the point under the mouse, else the middle of the panel — travels from where it was
 * drawn to where it is drawn now, while it fades out (eased, slow at both ends).
 *
 * How: before the layout, the anchor's rectangle in the old layout is noted; after it, a
 * change of tier or zoom copies the old pixels (still in the hotel's buffer: the repaint
 * comes next) into a texture of their own. The still (`gohotel shot`, time 0) and reduced
 * motion never start one, so both show only the new picture; so does a frame whose panel
 * changed size. The scale shown is capped at 4× either way: beyond that the old picture
 * is a blur.
 *
 * The words: the hotel's pixels hold the signs' boards, doors and bars, but the words on
 * them (floor signs, room numbers, roofs' names) are drawn over the pixels each frame by
 * the overlay. So each frame logs the overlay's strings with where they were drawn
 * (gh_hotel_zoom_log); when a zoom starts, the last frame's log is the old picture's words,
 * and they grow, slide and fade with its pixels (scaled like them), so the old floors keep
 * their signs on the way out. They are not labels of the new frame: the layout checker and
 * the hit tests see only the new picture. */
#include <stdlib.h>
#include "view/view_impl.h"

enum { GH_ZOOM_MS = 300 };

/* The anchor's rectangle (hotel-buffer coordinates) in the layout in place now. */
static bool anchor_rect(const gh_View *v, const gh_Sim *sim, SDL_Rect *out)
{
    const gh_HotelLayout *L = &v->hotel;
    for (int i = 0; i < v->nhl; i++) {
        const gh_ViewHighlight *h = &v->hl[i];
        int32_t span;
        uint32_t slot;
        if (h->kind != GH_HL_ROOM && h->kind != GH_HL_FLOOR) continue;
        if (!gh_find_object(sim, h->addr, &span, &slot)) continue;
        SDL_Rect r;
        bool agg;
        if (L->heat) { /* the window holding it */
            uint64_t off = h->addr - GH_ARENA_BASE, a = off / GH_ARENA_BYTES, k = off % GH_ARENA_BYTES / ((uint64_t)L->heatPages * GH_PAGE_SIZE);
            uint64_t at, bytes, taken;
            if (!gh_view_heat_window(v, (int)a, (int)k, &r, &at, &bytes, &taken)) continue;
        } else if (!gh_hotel_room_rect(v, sim, span, slot, &r, &agg)) {
            continue;
        }
        *out = (SDL_Rect){r.x - L->area.x, r.y - L->area.y, r.w, r.h};
        return true;
    }
    if (v->mouseIn && gh_rect_has(L->area, v->mouseX, v->mouseY)) {
        *out = (SDL_Rect){v->mouseX - L->area.x, v->mouseY - L->area.y, 1, 1};
        return true;
    }
    *out = (SDL_Rect){L->area.w / 2, L->area.h / 2, 1, 1};
    return true;
}

void gh_hotel_zoom_note(gh_View *v, const gh_Sim *sim)
{
    SDL_Rect r;
    v->zaHaveFrom = v->zaHave && v->px.p && anchor_rect(v, sim, &r);
    if (v->zaHaveFrom) v->zaFrom = r;
}

void gh_hotel_zoom_begin(gh_View *v, const gh_Sim *sim)
{
    gh_HotelTier tier = gh_view_hotel_tier(v);
    const SDL_Rect A = v->hotel.area;
    bool changed = v->zaHave && ((int)tier != v->zaTier || v->zoom != v->zaZoom);
    bool can = v->now != 0 && !v->reducedMotion && v->zaHaveFrom && v->px.p && v->px.w == A.w && v->px.h == A.h;
    if (changed) v->zaOn = false;
    if (changed && can) {
        if (v->zaTex && (v->zaW != A.w || v->zaH != A.h)) { SDL_DestroyTexture(v->zaTex); v->zaTex = NULL; }
        if (!v->zaTex) {
            v->zaTex = SDL_CreateTexture(v->r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING, A.w, A.h);
            v->zaW = A.w;
            v->zaH = A.h;
            if (v->zaTex) SDL_SetTextureBlendMode(v->zaTex, SDL_BLENDMODE_BLEND);
        }
        SDL_Rect to;
        if (v->zaTex && anchor_rect(v, sim, &to) && SDL_UpdateTexture(v->zaTex, NULL, v->px.p, v->px.w * 4) == 0) {
            gh_LoggedText *t = v->zaText; /* the last frame's words become the old picture's */
            v->zaText = v->zaNext;
            v->nzaText = v->zaText ? v->nzaNext : 0;
            v->zaNext = t;
            v->nzaNext = 0;
            v->zaOn = true;
            v->zaT0 = v->now;
            v->zaTo = to;
            float ratio = v->zaZoom > 0 ? v->zoom / v->zaZoom : 1;
            if (ratio == 1 && v->zaFrom.w > 0 && to.w > 0) ratio = (float)to.w / (float)v->zaFrom.w; /* a tier change at one zoom */
            v->zaRatio = ratio < 0.25f ? 0.25f : ratio > 4 ? 4 : ratio;
        }
    }
    v->zaTier = (int)tier;
    v->zaZoom = v->zoom;
    v->zaHave = true;
}

void gh_hotel_zoom_draw(gh_View *v)
{
    v->zaProgress = -1;
    v->zaWords = 0;
    if (!v->zaOn) return;
    if (v->now < v->zaT0 || v->now - v->zaT0 >= GH_ZOOM_MS || v->reducedMotion) { v->zaOn = false; return; }
    float t = (float)(v->now - v->zaT0) / GH_ZOOM_MS, e = t * t * (3 - 2 * t);
    v->zaProgress = t;
    const SDL_Rect A = v->hotel.area;
    /* the anchor's centre, old and new, and where it is now on its way */
    float fx = v->zaFrom.x + v->zaFrom.w / 2.0f, fy = v->zaFrom.y + v->zaFrom.h / 2.0f;
    float tx = v->zaTo.x + v->zaTo.w / 2.0f, ty = v->zaTo.y + v->zaTo.h / 2.0f;
    float cx = fx + (tx - fx) * e, cy = fy + (ty - fy) * e, s = 1 + (v->zaRatio - 1) * e;
    SDL_Rect dst = {A.x + (int)(cx - fx * s), A.y + (int)(cy - fy * s), (int)(A.w * s + 0.5f), (int)(A.h * s + 0.5f)};
    Uint8 alpha = (Uint8)(255 * (1 - e));
    SDL_SetTextureAlphaMod(v->zaTex, alpha);
    SDL_RenderSetClipRect(v->r, &v->hotel.area);
    SDL_RenderCopy(v->r, v->zaTex, NULL, &dst);
    v->zaWords = 0;
    for (int i = 0; i < v->nzaText; i++) { /* the old words, where the old pixels went (window coordinates then) */
        const gh_LoggedText *w = &v->zaText[i];
        if (!SDL_HasIntersection(&w->r, &A)) continue; /* the legend above the floors stays in the new frame's */
        float bx = (float)(w->r.x - A.x), by = (float)(w->r.y - A.y);
        SDL_Rect d = {dst.x + (int)(bx * s), dst.y + (int)(by * s), (int)(w->r.w * s + 0.5f), (int)(w->r.h * s + 0.5f)};
        gh_text_blit(v, (gh_FontId)w->font, w->s, w->c, d, alpha);
        v->zaWords += SDL_HasIntersection(&d, &A);
    }
    SDL_RenderSetClipRect(v->r, NULL);
}

void gh_hotel_zoom_log(gh_View *v, bool on)
{
    if (on && !v->zaNext) {
        v->zaNext = malloc(sizeof *v->zaNext * GH_ZOOM_TEXTS);
        v->zaText = malloc(sizeof *v->zaText * GH_ZOOM_TEXTS);
        if (!v->zaNext || !v->zaText) { free(v->zaNext), free(v->zaText); v->zaNext = v->zaText = NULL; }
    }
    if (on) v->nzaNext = 0;
    v->zaLog = on && v->zaNext;
}

float gh_view_hotel_zoom_progress(const gh_View *v) { return v->zaProgress; }
int gh_view_hotel_zoom_words(const gh_View *v) { return v->zaWords; }
