/* desk_key_travel.c — the key on its way. When a P's mcache runs out of free rooms in a
 * span class, mcache.refill asks that class's mcentral for a floor with free rooms, and
 * mcentral hands the floor over: the P now allocates from it without a lock. On the desk
 * that is a key leaving reception (mcentral's chip for the class, or the word mcentral
 * when it has no other floor left to show) and travelling to the P's key ring. When
 * mcentral had no floor with a free room, it first asked mheap for free pages
 * (mcentral.grow: a new span cut from the page heap) — then the key starts at mheap's line
 * instead, the building management handing out a brand-new floor.
 *
 * The key travels for GH_KEY_MS (eased: slow at both ends), a faint trail behind it from
 * where it started. A still (time 0) and reduced motion draw no key in flight: they show
 * the end state, the key already on the ring (its chip flashes, desk.c). */
#include "view/view_impl.h"

static bool chip_rect(const gh_View *v, int32_t p, int32_t spc, SDL_Rect *out)
{
    for (int i = 0; i < v->nchips; i++)
        if (v->chips[i].p == p && v->chips[i].spc == spc) {
            *out = v->chips[i].r;
            return true;
        }
    return false;
}

/* A key lying flat, its bow at the left, centred on (cx, cy), s pixels tall. */
static void key_glyph(gh_View *v, int cx, int cy, int s, SDL_Color c, SDL_Color edge)
{
    int bow = s < 8 ? 8 : s, w = bow * 2, x = cx - w / 2, y = cy - bow / 2, t = bow / 4 < 2 ? 2 : bow / 4;
    SDL_Rect b = {x, y, bow, bow}, shaft = {x + bow - 1, cy - t / 2, w - bow + 1, t};
    gh_fill(v, (SDL_Rect){b.x - 1, b.y - 1, b.w + 2, b.h + 2}, edge);
    gh_fill(v, (SDL_Rect){shaft.x, shaft.y - 1, shaft.w + 1, shaft.h + 2}, edge);
    gh_fill(v, b, c);
    gh_fill(v, gh_inset(b, t), edge); /* the bow's hole */
    gh_fill(v, shaft, c);
    for (int k = 0; k < 2; k++) { /* two teeth under the shaft's end */
        SDL_Rect tooth = {shaft.x + shaft.w - (k + 1) * 2 * t, shaft.y + shaft.h, t, t + 1};
        gh_fill(v, (SDL_Rect){tooth.x - 1, tooth.y, tooth.w + 2, tooth.h + 1}, edge);
        gh_fill(v, tooth, c);
    }
}

void gh_desk_keys_travel(gh_View *v)
{
    v->nkeys = 0;
    if (v->now == 0 || v->reducedMotion) return;
    const gh_Palette *pal = v->pal;
    int sh = gh_text_h(v, GH_FONT_SMALL);
    for (int k = 0; k < v->nrefill && v->nkeys < (int)(sizeof v->keys / sizeof v->keys[0]); k++) {
        const gh_Flash *f = &v->refill[k];
        if (v->now <= f->t || v->now - f->t >= GH_KEY_MS) continue;
        int32_t p = (int32_t)f->slot, spc = f->span;
        bool fromHeap = f->kind == GH_EV_CENTRAL_GROW;
        SDL_Rect from = fromHeap ? v->deskHeap : v->deskCentral, to;
        if (!fromHeap) chip_rect(v, -1, spc, &from);
        if (!chip_rect(v, p, spc, &to)) {
            if (p < 0 || p >= 8 || !v->deskP[p].w) continue; /* the P is not on the desk */
            to = v->deskP[p];
        }
        if (!from.w) continue;
        float t = (float)(v->now - f->t) / GH_KEY_MS, e = t * t * (3 - 2 * t);
        float fx = from.x + from.w / 2.0f, fy = from.y + from.h / 2.0f, tx = to.x + to.w / 2.0f, ty = to.y + to.h / 2.0f;
        int cx = (int)(fx + (tx - fx) * e), cy = (int)(fy + (ty - fy) * e);
        SDL_Color trail = pal->key;
        trail.a = 110;
        gh_line(v, fx, fy, (float)cx, (float)cy, 2, trail);
        key_glyph(v, cx, cy, sh * 5 / 6, pal->key, pal->highlightEdge);
        int kw = (sh * 5 / 6 < 8 ? 8 : sh * 5 / 6) * 2;
        v->keys[v->nkeys++] = (gh_ViewKey){p, spc, fromHeap, from, to, (SDL_Rect){cx - kw / 2, cy - kw / 4, kw, kw / 2}, e};
    }
}

int gh_view_keys_in_flight(const gh_View *v, gh_ViewKey *out, int max)
{
    int n = v->nkeys < max ? v->nkeys : max;
    for (int i = 0; i < n; i++) out[i] = v->keys[i];
    return v->nkeys;
}
