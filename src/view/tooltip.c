/* tooltip.c — the box that follows the mouse (or stays, when a room is pinned) with
 * gh_view_describe's lines, kept inside the window; gh_view_tooltip_text says what it shows
 * (scripted input checks the mouse with it). */
#include <string.h>
#include "view/view_impl.h"

/* What the tooltip describes now, and the corner it hangs from; false when none is shown. */
static bool tooltip_hit(const gh_View *v, const gh_Sim *sim, gh_ViewHit *h, int *mx, int *my)
{
    *mx = v->mouseX, *my = v->mouseY;
    if (v->pinned) {
        *h = v->pin;
        SDL_Rect r;
        bool agg;
        if (h->kind == GH_HIT_ROOM && gh_hotel_room_rect(v, sim, h->span, h->slot, &r, &agg)) {
            *mx = r.x + r.w;
            *my = r.y + r.h;
            h->state = gh_view_room_state(sim, h->span, h->slot);
        }
    } else {
        if (!v->mouseIn || v->dragging || v->laserOn) return false; /* pointing with the laser is not asking */
        *h = gh_view_hit(v, sim, *mx, *my);
    }
    return h->kind != GH_HIT_NONE && h->kind != GH_HIT_PANEL; /* buttons say what they do and their keys */
}

bool gh_view_tooltip_text(const gh_View *v, const gh_Sim *sim, char *buf, int n)
{
    gh_ViewHit h;
    int mx, my;
    if (n > 0) buf[0] = 0;
    return tooltip_hit(v, sim, &h, &mx, &my) && gh_view_describe(v, sim, &h, buf, n) > 0;
}

void gh_tooltip_draw(gh_View *v, const gh_Sim *sim)
{
    gh_ViewHit h;
    int mx, my;
    if (!tooltip_hit(v, sim, &h, &mx, &my)) return;
    char text[1024];
    if (gh_view_describe(v, sim, &h, text, sizeof text) <= 0) return;
    const gh_Palette *pal = v->pal;
    int lh = gh_text_h(v, GH_FONT_SMALL), w = 0, n = 0;
    char *lines[24];
    for (char *p = text; p && n < 24;) {
        lines[n++] = p;
        char *nl = strchr(p, '\n');
        if (nl) *nl++ = 0;
        int lw = gh_text_w(v, GH_FONT_SMALL, lines[n - 1]);
        if (lw > w) w = lw;
        p = nl;
    }
    w += 2 * v->pad;
    if (w > v->w - 2 * v->pad) w = v->w - 2 * v->pad;
    int hgt = n * lh + v->pad;
    int x = mx + 16, y = my + 16;
    if (x + w > v->w) x = mx - w - 8;
    if (x < 0) x = 0;
    if (y + hgt > v->h) y = my - hgt - 8;
    if (y < 0) y = 0;
    SDL_Rect box = {x, y, w, hgt};
    gh_fill(v, box, pal->panel);
    gh_frame(v, box, v->projector ? 3 : 2, h.kind == GH_HIT_ROOM ? pal->room[h.state == GH_ROOM_FREE ? GH_ROOM_ALLOC : h.state] : pal->accent);
    gh_frame(v, box, 1, pal->panelEdge);
    for (int i = 0; i < n; i++)
        gh_text(v, GH_FONT_SMALL, lines[i], x + v->pad, y + v->pad / 2 + i * lh, i ? pal->text : pal->accent, GH_ALIGN_LEFT, w - 2 * v->pad);
}
