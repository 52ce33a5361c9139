/* hotel_query.c — questions about the hotel's geometry: where a room is drawn, which
 * pixel of it shows its state's plain fill colour, and what lies under a pixel. All answers
 * refer to the layout of the last rendered frame, in window coordinates. */
#include "view/view_impl.h"

static SDL_Rect to_window(const gh_View *v, SDL_Rect r)
{
    r.x += v->hotel.area.x;
    r.y += v->hotel.area.y;
    return r;
}

static bool visible(const gh_View *v, SDL_Rect r) { return SDL_HasIntersection(&r, &v->hotel.area); }

/* Density mode: the row and column showing the byte at page index page, offset off. */
static bool density_cell(const gh_View *v, gh_Addr a, SDL_Rect *out)
{
    const gh_HotelLayout *L = &v->hotel;
    uint64_t page = (a - GH_ARENA_BASE) / GH_PAGE_SIZE;
    if (L->heat) { /* the buildings tier: the window holding the byte (hotel_heat_tier.c) */
        uint64_t at, bytes, taken;
        return gh_view_heat_window(v, (int)(page / GH_PAGES_PER_ARENA), (int)(page % GH_PAGES_PER_ARENA / L->heatPages), out, &at,
                                   &bytes, &taken);
    }
    for (int i = 0; i < L->nfloors; i++) {
        const gh_Floor *f = &L->floors[i];
        if (page < f->page0 || page >= f->page0 + f->npages) continue;
        double off = (double)(a - GH_ARENA_BASE - (gh_Addr)f->page0 * GH_PAGE_SIZE);
        int x = (int)(off * f->rooms.w / ((double)f->npages * GH_PAGE_SIZE));
        *out = to_window(v, (SDL_Rect){f->rooms.x + x, f->rooms.y, 1, f->rooms.h});
        return true;
    }
    return false;
}

bool gh_hotel_room_rect(const gh_View *v, const gh_Sim *sim, int32_t span, uint32_t slot, SDL_Rect *out, bool *agg)
{
    const gh_MSpan *s = gh_sim_span(sim, span);
    if (!s) return false;
    if (s->state == GH_SPAN_DEAD || slot >= (s->nelems ? s->nelems : 1)) return false;
    *agg = true;
    if (v->hotel.density) return density_cell(v, s->startAddr + (gh_Addr)slot * s->elemsize, out) && visible(v, *out);
    const gh_Floor *f = gh_hotel_floor_of(v, span);
    if (!f) return false;
    SDL_Rect r = f->rooms;
    if (gh_floor_is_bar(f)) { /* the column its state's segment gives it (hotel_bar.c) */
        int col = gh_bar_slot_col(sim, f, slot);
        if (col < 0) return false;
        r = (SDL_Rect){f->rooms.x + col, f->rooms.y, 1, f->rooms.h};
    } else if (f->kind == GH_FLOOR_SPAN) {
        *agg = false;
        r = (SDL_Rect){f->rooms.x + (int)(slot % (uint32_t)f->cols) * f->rw, f->rooms.y + (int)(slot / (uint32_t)f->cols) * f->rh,
                       f->rw - f->gap, f->rh - f->gap};
    } else {
        *agg = false;
    }
    *out = to_window(v, r);
    return visible(v, *out);
}

bool gh_view_room_rect(const gh_View *v, const gh_Sim *sim, int32_t span, uint32_t slot, SDL_Rect *out, bool *aggregated)
{
    bool agg = false;
    bool ok = gh_hotel_room_rect(v, sim, span, slot, out, &agg);
    if (aggregated) *aggregated = agg;
    return ok;
}

bool gh_view_room_probe(const gh_View *v, const gh_Sim *sim, int32_t span, uint32_t slot, int *x, int *y)
{
    SDL_Rect r;
    bool agg;
    if (v->hotel.heat || !gh_hotel_room_rect(v, sim, span, slot, &r, &agg)) return false; /* a window shows no room's state */
    if (agg) { /* bottom of a density column or of the room's column on a bar */
        *x = r.x;
        *y = r.y + r.h - 1;
        const gh_Floor *f = v->hotel.density ? NULL : gh_hotel_floor_of(v, span);
        int step = f && gh_floor_is_bar(f) ? gh_room_pattern(gh_room_state(sim, span, slot)) : 0;
        if (step) /* a bar's segments carry their state's hatching: step off its diagonal */
            while (((*x - v->hotel.area.x) + (*y - v->hotel.area.y)) % step == 0) (*y)--;
        SDL_Rect j = v->janitorRect; /* the janitor may stand in front of the column */
        return !(j.w > 0 && gh_rect_has(j, *x, *y));
    }
    int px = r.x + r.w / 3, py = r.y + r.h / 2;
    if (gh_door_fits(r.w, r.h)) { /* a door: low on its leaf, left of the knob, under its words */
        SDL_Rect leaf = gh_door_leaf(r);
        px = leaf.x + leaf.w / 4;
        py = leaf.y + leaf.h - 4;
    }
    /* the janitor may stand in front of the room: try the room's other corners */
    SDL_Rect j = v->janitorRect, in = gh_door_fits(r.w, r.h) ? gh_inset(gh_door_leaf(r), 3) : r;
    const int tx[3] = {px, in.x, in.x + in.w - 1}, ty[3] = {py, in.y + in.h - 1, in.y + in.h - 1};
    int k = 0;
    while (k < 3 && j.w > 0 && gh_rect_has(j, tx[k], ty[k])) k++;
    if (k == 3) return false;
    px = tx[k];
    py = ty[k];
    int step = gh_room_pattern(gh_room_state(sim, span, slot));
    if (step) /* hatching follows buffer coordinates: step off its diagonal */
        while (((px - v->hotel.area.x) + (py - v->hotel.area.y)) % step == 0) px++;
    *x = px;
    *y = py;
    return true;
}

bool gh_view_floor_rect(const gh_View *v, int32_t span, SDL_Rect *out)
{
    const gh_Floor *f = gh_hotel_floor_of(v, span);
    if (!f) return false;
    *out = to_window(v, f->r);
    return visible(v, *out);
}

static void hit_addr(const gh_Sim *sim, gh_Addr a, gh_ViewHit *h)
{
    int32_t id = gh_sim_span_of(sim, a);
    h->addr = a;
    if (id < 0) {
        h->kind = GH_HIT_FREE_PAGES;
        h->addr = a & ~(gh_Addr)(GH_PAGE_SIZE - 1);
        h->size = GH_PAGE_SIZE;
        return;
    }
    const gh_MSpan *s = gh_sim_span(sim, id);
    h->span = id;
    if (s->state == GH_SPAN_MANUAL || s->nelems == 0) { h->kind = GH_HIT_FLOOR; h->addr = s->startAddr; return; }
    h->slot = gh_mspan_obj_index(s, a);
    if (h->slot >= s->nelems) h->slot = s->nelems - 1;
    h->kind = GH_HIT_ROOM;
    h->addr = s->startAddr + (gh_Addr)h->slot * s->elemsize;
    h->size = s->elemsize;
    h->state = gh_room_state(sim, id, h->slot);
}

bool gh_hotel_hit(const gh_View *v, const gh_Sim *sim, int x, int y, gh_ViewHit *h)
{
    const gh_HotelLayout *L = &v->hotel;
    if (!gh_rect_has(L->area, x, y)) return false;
    int bx = x - L->area.x, by = y - L->area.y;
    if (L->heat && gh_heat_hit(v, bx, by, h)) return true;
    for (int i = 0; i < L->nfloors; i++) {
        const gh_Floor *f = &L->floors[i];
        if (!gh_rect_has(f->r, bx, by)) continue;
        h->panel = GH_PANEL_HOTEL;
        if (L->density) {
            if (!gh_rect_has(f->rooms, bx, by)) break;
            double off = (double)(bx - f->rooms.x) / f->rooms.w * f->npages * GH_PAGE_SIZE;
            hit_addr(sim, GH_ARENA_BASE + (gh_Addr)f->page0 * GH_PAGE_SIZE + (gh_Addr)off, h);
            h->aggregated = true;
            return true;
        }
        h->span = f->span;
        if (f->kind == GH_FLOOR_FREE) {
            h->kind = GH_HIT_FREE_PAGES;
            h->addr = GH_ARENA_BASE + (gh_Addr)f->page0 * GH_PAGE_SIZE;
            h->size = (uint64_t)f->npages * GH_PAGE_SIZE;
            return true;
        }
        const gh_MSpan *s = gh_sim_span(sim, f->span);
        h->kind = GH_HIT_FLOOR;
        h->addr = s->startAddr;
        h->size = (uint64_t)s->npages * GH_PAGE_SIZE;
        if (!gh_rect_has(f->rooms, bx, by) || f->kind == GH_FLOOR_STACK) return true;
        uint32_t slot = 0;
        if (f->kind == GH_FLOOR_SPAN) {
            if (gh_floor_is_bar(f)) {
                if (!gh_bar_slot_at(sim, f, bx - f->rooms.x, &slot)) return true;
                h->aggregated = true;
            } else {
                int c = (bx - f->rooms.x) / f->rw, r = (by - f->rooms.y) / f->rh;
                if (c >= f->cols) return true;
                slot = (uint32_t)(r * f->cols + c);
            }
            if (slot >= s->nelems) return true;
        }
        h->kind = GH_HIT_ROOM;
        h->slot = slot;
        h->addr = s->startAddr + (gh_Addr)slot * s->elemsize;
        h->size = s->elemsize;
        h->state = gh_room_state(sim, f->span, slot);
        return true;
    }
    h->kind = GH_HIT_PANEL;
    h->panel = GH_PANEL_HOTEL;
    return true;
}

bool gh_hotel_density_rect(const gh_View *v, uint64_t byteOff, SDL_Rect *out)
{
    return density_cell(v, GH_ARENA_BASE + byteOff, out);
}

gh_HotelTier gh_view_hotel_tier(const gh_View *v)
{
    return v->hotel.heat ? GH_HOTEL_BUILDINGS : v->hotel.density ? GH_HOTEL_STRIP : v->hotel.bars ? GH_HOTEL_BARS : GH_HOTEL_ROOMS;
}
