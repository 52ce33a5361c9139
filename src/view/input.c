/* input.c — the mouse and keys as the view understands them: wheel to zoom the hotel
 * around the pointer, drag to pan, hover for tooltips, click a room to pin it, click a
 * button for its action; and the standard key binding, which presentation clickers
 * (PageUp/PageDown/B/F5) fit into. */
#include "view/view_impl.h"

gh_ViewAction gh_view_key_action(SDL_Keycode k)
{
    switch (k) {
    case SDLK_SPACE: return GH_ACT_PLAY_PAUSE;
    case SDLK_RIGHT: case SDLK_PAGEDOWN: return GH_ACT_STEP;
    case SDLK_LEFT: case SDLK_PAGEUP: return GH_ACT_BACK;
    case SDLK_UP: case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: return GH_ACT_FASTER;
    case SDLK_DOWN: case SDLK_MINUS: case SDLK_KP_MINUS: return GH_ACT_SLOWER;
    case SDLK_HOME: return GH_ACT_RESTART;
    case SDLK_n: return GH_ACT_NEXT_GC;
    case SDLK_e: case SDLK_END: return GH_ACT_END;
    case SDLK_f: case SDLK_F11: return GH_ACT_FULLSCREEN;
    case SDLK_s: return GH_ACT_SCREENSHOT;
    case SDLK_r: case SDLK_F5: return GH_ACT_RELOAD;
    case SDLK_b: case SDLK_PERIOD: return GH_ACT_BLANK; /* clickers' "blank screen" sends B or '.' */
    case SDLK_ESCAPE: return GH_ACT_QUIT;
    case SDLK_g: return GH_ACT_GRANULARITY;
    case SDLK_p: return GH_ACT_PALETTE;
    case SDLK_c: return GH_ACT_PROJECTOR;
    default: return GH_ACT_NONE;
    }
}

void gh_view_zoom(gh_View *v, float factor, int x, int y)
{
    float z = v->zoom * factor;
    if (z < 1) z = 1;
    if (z > 1024) z = 1024; /* enough to reach single rooms in a 64 MiB arena */
    float f = z / v->zoom;
    SDL_Rect A = v->hotel.area;
    int bx = x - A.x, by = y - A.y;
    float d = (float)(A.h + v->panY - by); /* distance above the ground, which grows with zoom */
    v->panY += (int)(d * (f - 1));
    v->panX = (int)((bx + v->panX) * f) - bx;
    v->zoom = z;
    if (z == 1) v->panX = v->panY = 0;
    v->fullDirty = true;
}

void gh_view_pan(gh_View *v, int dx, int dy)
{
    v->panX -= dx;
    v->panY += dy;
    v->fullDirty = true;
}

void gh_view_zoom_reset(gh_View *v)
{
    v->zoom = 1;
    v->panX = v->panY = 0;
    v->fullDirty = true;
}

void gh_view_pin(gh_View *v, const gh_Sim *sim, int x, int y)
{
    gh_ViewHit h = gh_view_hit(v, sim, x, y);
    v->pinned = h.kind == GH_HIT_ROOM && !(v->pinned && v->pin.span == h.span && v->pin.slot == h.slot);
    v->pin = h;
}

gh_ViewAction gh_view_handle_event(gh_View *v, const gh_Sim *sim, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_MOUSEMOTION:
        v->mouseX = e->motion.x;
        v->mouseY = e->motion.y;
        v->mouseIn = true;
        if (v->dragging && (e->motion.xrel || e->motion.yrel)) {
            gh_view_pan(v, e->motion.xrel, e->motion.yrel);
            v->dragMoved = true;
        }
        return GH_ACT_NONE;
    case SDL_MOUSEBUTTONDOWN:
        if (e->button.button != SDL_BUTTON_LEFT) return GH_ACT_NONE;
        for (int a = 1; a < GH_ACT_COUNT; a++)
            if (v->button[a].w > 0 && gh_rect_has(v->button[a], e->button.x, e->button.y)) return (gh_ViewAction)a;
        v->dragging = gh_rect_has(v->hotel.area, e->button.x, e->button.y);
        v->dragMoved = false;
        if (!v->dragging) gh_view_pin(v, sim, e->button.x, e->button.y);
        return GH_ACT_NONE;
    case SDL_MOUSEBUTTONUP:
        if (e->button.button == SDL_BUTTON_LEFT && v->dragging && !v->dragMoved) gh_view_pin(v, sim, e->button.x, e->button.y);
        v->dragging = false;
        return GH_ACT_NONE;
    case SDL_MOUSEWHEEL:
        if (gh_rect_has(v->hotel.area, v->mouseX, v->mouseY))
            gh_view_zoom(v, e->wheel.y > 0 ? 1.25f : 0.8f, v->mouseX, v->mouseY);
        return GH_ACT_NONE;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_LEAVE) v->mouseIn = false;
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED) gh_view_resize(v, e->window.data1, e->window.data2);
        return GH_ACT_NONE;
    case SDL_KEYDOWN:
        /* A clicker or the keyboard drives the lesson: the hover tooltip of a mouse left
         * resting somewhere would cover the picture, so it waits for the mouse to move. */
        v->mouseIn = false;
        if (e->key.keysym.sym == SDLK_0) { gh_view_zoom_reset(v); return GH_ACT_NONE; }
        return gh_view_key_action(e->key.keysym.sym);
    default: return GH_ACT_NONE;
    }
}
