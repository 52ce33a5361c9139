/* hotel_heat_tier.c — the outermost tier of the hotel picture: each arena one building
 * whose facade is a heat strip of lit windows.
 *
 * The hotel has four ways of drawing a building, chosen by how much heap there is: rooms
 * (hotel_layout.c), bars (hotel_bars_tier.c), density strips (hotel_layout.c), and, when
 * even a strip's pixel column would stand for more than GH_HEAT_BYTES_PER_PX bytes (a
 * heap of a million objects, hundreds of MiB in several arenas), this one.
 *
 * A building keeps its sign on the roof (arena N · 0xc000000000) and its floors in
 * address order from the ground up, but a floor is no longer drawn: the arena's pages are
 * cut into windows of heatPages pages each (a power of two, so a window never straddles
 * two arenas and its address is round), in rows from the ground, left to right. A window
 * tells how much of its bytes lie in taken rooms (any room not free: in use, tiny blocks,
 * garbage not yet swept, a goroutine's stack), twice: it is lit from its sill up to that
 * share, and the light's colour is one of four steps (under 25 %, to 50 %, to 75 %, 75 %
 * and over) that the legend names, so colour is never alone. A window with no span at all
 * is free pages, hatched as free floors are. Over the windows each building writes its
 * figure: "66% taken · 42.1 of 64 MiB".
 *
 * The fit: the finest window (fewest pages) for which every arena's windows fit the
 * building at GH_HEAT_MIN_WINDOW pixels or more; then the largest window side (up to three
 * lines of small text) at which they still do. Zooming in goes back to density strips. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "view/view_impl.h"

enum { GH_HEAT_MIN_WINDOW = 8 };

/* Over the windows: two lines, the arena's address and its figure. */
static int plate_h(const gh_View *v) { return 2 * gh_text_h(v, GH_FONT_SMALL) + v->pad / 2; }

bool gh_heat_fit(gh_View *v, int availH, int bw)
{
    gh_HotelLayout *L = &v->hotel;
    uint32_t most = 0;
    for (int i = 0; i < L->nbuild; i++) most = L->b[i].npages > most ? L->b[i].npages : most;
    int fw = bw - 2, fh = availH - plate_h(v), sh = gh_text_h(v, GH_FONT_SMALL);
    if (!most || fw < GH_HEAT_MIN_WINDOW || fh < GH_HEAT_MIN_WINDOW) return false;
    for (uint32_t ppc = 1; ppc <= GH_PAGES_PER_ARENA; ppc *= 2) {
        uint32_t n = (most + ppc - 1) / ppc;
        int best = 0;
        for (int c = GH_HEAT_MIN_WINDOW; c <= 3 * sh; c++)
            if ((uint64_t)(fw / c) * (uint64_t)(fh / c) >= n) best = c;
        if (!best) continue;
        L->heatPages = ppc;
        L->heatCell = best;
        L->heatCols = fw / best;
        L->heatPerArena = (int)(GH_PAGES_PER_ARENA / ppc);
        return true;
    }
    return false;
}

int gh_heat_content_h(const gh_View *v)
{
    const gh_HotelLayout *L = &v->hotel;
    int rows = 0;
    for (int i = 0; i < L->nbuild; i++) {
        int n = (int)((L->b[i].npages + L->heatPages - 1) / L->heatPages), r = (n + L->heatCols - 1) / L->heatCols;
        rows = r > rows ? r : rows;
    }
    return rows * L->heatCell + plate_h(v);
}

void gh_heat_place(gh_View *v, gh_Building *b, int bottom)
{
    const gh_HotelLayout *L = &v->hotel;
    b->firstFloor = 0;
    b->nfloors = 0;
    int n = (int)((b->npages + L->heatPages - 1) / L->heatPages), rows = (n + L->heatCols - 1) / L->heatCols;
    b->r.y = bottom - rows * L->heatCell - plate_h(v);
    b->r.h = bottom - b->r.y;
}

int gh_heat_windows(const gh_View *v, int arena)
{
    const gh_HotelLayout *L = &v->hotel;
    if (!L->heat || arena < 0 || arena >= L->nbuild) return 0;
    return (int)((L->b[arena].npages + L->heatPages - 1) / L->heatPages);
}

/* Window k of building i, hotel-buffer coordinates: the lit pane inside its frame. */
static SDL_Rect pane(const gh_View *v, int i, int k)
{
    const gh_HotelLayout *L = &v->hotel;
    const gh_Building *b = &L->b[i];
    int c = L->heatCell, gap = c >= 12 ? 2 : 1, row = k / L->heatCols, col = k % L->heatCols;
    int bottom = b->r.y + b->r.h;
    return (SDL_Rect){b->r.x + 1 + col * c + gap, bottom - (row + 1) * c + gap, c - 2 * gap, c - 2 * gap};
}

/* The bytes of [a, a + n) inside [lo, hi). */
static uint64_t overlap(gh_Addr a, uint64_t n, gh_Addr lo, gh_Addr hi)
{
    gh_Addr x = a > lo ? a : lo, y = a + n < hi ? a + n : hi;
    return y > x ? y - x : 0;
}

/* Window g's taken bytes and free pages, from scratch: the spans on its pages, each room
 * not free counted by the bytes of it inside the window (a span inside the window by its
 * rooms; a suite or a span across windows byte by byte). Window g of the heap starts at
 * page g × heatPages (windows never straddle arenas). */
static void count_window(gh_HotelLayout *L, const gh_Sim *sim, int g, uint32_t mapped)
{
    uint32_t p0 = (uint32_t)g * L->heatPages, p1 = p0 + L->heatPages < mapped ? p0 + L->heatPages : mapped;
    gh_Addr lo = GH_ARENA_BASE + (gh_Addr)p0 * GH_PAGE_SIZE, hi = GH_ARENA_BASE + (gh_Addr)p1 * GH_PAGE_SIZE;
    uint64_t taken = 0;
    uint32_t nfree = 0, nrel = 0;
    int32_t last = -1;
    uint8_t states[GH_MAX_OBJS_PER_SPAN];
    for (uint32_t p = p0; p < p1; p++) {
        int32_t id = gh_sim_page_span(sim, p);
        if (id < 0) {
            nfree++;
            nrel += gh_sim_page_released(sim, p);
            continue;
        }
        if (id == last) continue;
        last = id;
        const gh_MSpan *s = gh_sim_span(sim, id);
        if (s->state != GH_SPAN_INUSE && s->state != GH_SPAN_MANUAL) continue;
        uint64_t bytes = (uint64_t)s->npages * GH_PAGE_SIZE;
        if (s->state == GH_SPAN_MANUAL || s->nelems <= 1) { /* a stack or a suite: one room as long as its span */
            if (gh_room_state(sim, id, 0) != GH_ROOM_FREE)
                taken += overlap(s->startAddr, s->state == GH_SPAN_MANUAL || !s->nelems ? bytes : s->elemsize, lo, hi);
            continue;
        }
        uint32_t n = gh_room_states(sim, id, states, GH_MAX_OBJS_PER_SPAN), rooms = 0;
        bool inside = s->startAddr >= lo && s->startAddr + bytes <= hi;
        for (uint32_t k = 0; k < n; k++) {
            if (states[k] == GH_ROOM_FREE) continue;
            if (inside) rooms++;
            else taken += overlap(s->startAddr + (gh_Addr)k * s->elemsize, s->elemsize, lo, hi);
        }
        taken += (uint64_t)rooms * s->elemsize;
    }
    L->heatTaken[g] = (uint32_t)taken;
    L->heatFree[g] = nfree;
    L->heatReleased[g] = nrel;
}

static bool ensure(gh_HotelLayout *L)
{
    int ncells = L->nbuild * L->heatPerArena;
    if (ncells <= L->capHeat) return true;
    uint32_t *t = realloc(L->heatTaken, sizeof *t * (size_t)ncells);
    if (!t) return false;
    L->heatTaken = t;
    uint32_t *f = realloc(L->heatFree, sizeof *f * (size_t)ncells);
    if (!f) return false;
    L->heatFree = f;
    uint32_t *r = realloc(L->heatReleased, sizeof *r * (size_t)ncells);
    if (!r) return false;
    L->heatReleased = r;
    L->capHeat = ncells;
    return true;
}

/* The four steps of light, the palette's (palette.c): each step a blue of its own
 * lightness, far enough from the next and from the unlit pane to be told apart without
 * hue, so the step is never colour alone; the light's height says the share as well. */
static int step_of(uint64_t taken, uint64_t bytes) { return taken * 4 >= bytes * 3 ? 3 : taken * 2 >= bytes ? 2 : taken * 4 >= bytes ? 1 : 0; }
static SDL_Color step_color(const gh_View *v, int k) { return v->pal->heat[k]; }

bool gh_view_heat_window(const gh_View *v, int arena, int k, SDL_Rect *r, uint64_t *addr, uint64_t *bytes, uint64_t *taken)
{
    const gh_HotelLayout *L = &v->hotel;
    if (k < 0 || k >= gh_heat_windows(v, arena) || L->capHeat < L->nbuild * L->heatPerArena) return false;
    const gh_Building *b = &L->b[arena];
    uint32_t p0 = b->page0 + (uint32_t)k * L->heatPages, np = b->npages - (uint32_t)k * L->heatPages;
    np = np < L->heatPages ? np : L->heatPages;
    SDL_Rect p = pane(v, arena, k);
    *r = (SDL_Rect){p.x + L->area.x, p.y + L->area.y, p.w, p.h};
    *addr = GH_ARENA_BASE + (uint64_t)p0 * GH_PAGE_SIZE;
    *bytes = (uint64_t)np * GH_PAGE_SIZE;
    *taken = L->heatTaken[arena * L->heatPerArena + k];
    return SDL_HasIntersection(r, &L->area);
}

SDL_Color gh_view_heat_color(const gh_View *v, uint64_t taken, uint64_t bytes) { return step_color(v, step_of(taken, bytes)); }

/* Window k of building i into the hotel's pixels: its frame, its pane lit from the sill. */
static void paint_window(gh_View *v, int i, int k)
{
    const gh_HotelLayout *L = &v->hotel;
    const gh_Palette *pal = v->pal;
    gh_Pixels *px = &v->px;
    const gh_Building *b = &L->b[i];
    SDL_Rect p = pane(v, i, k);
    uint32_t np = b->npages - (uint32_t)k * L->heatPages;
    np = np < L->heatPages ? np : L->heatPages;
    int g = i * L->heatPerArena + k;
    gh_px_frame(px, p.x - 1, p.y - 1, p.w + 2, p.h + 2, 1, gh_argb(pal->roomEdge));
    if (L->heatFree[g] == np) { /* no span here: free pages, as free floors are drawn */
        gh_px_fill(px, p.x, p.y, p.w, p.h, gh_argb(L->heatReleased[g] == np ? pal->released : pal->emptyFloor));
        gh_px_hatch(px, p.x, p.y, p.w, p.h, 3, gh_argb(pal->hatch));
        return;
    }
    uint64_t bytes = (uint64_t)np * GH_PAGE_SIZE, t = L->heatTaken[g];
    int lit = (int)((t * (uint64_t)p.h + bytes / 2) / bytes);
    if (t && !lit) lit = 1; /* any taken byte lights its sill */
    gh_px_fill(px, p.x, p.y, p.w, p.h - lit, gh_argb(pal->room[GH_ROOM_FREE]));
    gh_px_fill(px, p.x, p.y + p.h - lit, p.w, lit, gh_argb(step_color(v, step_of(t, bytes))));
}

bool gh_heat_paint(gh_View *v, const gh_Sim *sim, bool full)
{
    gh_HotelLayout *L = &v->hotel;
    if (!ensure(L)) return false;
    uint32_t mapped = gh_sim_heap(sim).mappedPages;
    if (full) {
        gh_px_fill(&v->px, 0, 0, v->px.w, v->px.h, gh_argb(v->pal->sky));
        for (int i = 0; i < L->nbuild; i++) {
            gh_px_fill(&v->px, L->b[i].r.x, L->b[i].r.y, L->b[i].r.w, L->b[i].r.h, gh_argb(v->pal->wall));
            for (int k = 0; k < gh_heat_windows(v, i); k++) {
                count_window(L, sim, i * L->heatPerArena + k, mapped);
                paint_window(v, i, k);
            }
        }
        return true;
    }
    /* only the windows of the floors that changed (the event stream says which) */
    bool any = false;
    int last = -1;
    for (int32_t id = 0; id < v->capDirty && id < gh_sim_nspans(sim); id++) {
        if (!v->spanDirty[id]) continue;
        const gh_MSpan *s = gh_sim_span(sim, id);
        uint32_t p0 = (uint32_t)((s->startAddr - GH_ARENA_BASE) / GH_PAGE_SIZE), p1 = p0 + (s->npages ? s->npages : 1);
        for (uint32_t g = p0 / L->heatPages; g <= (p1 - 1) / L->heatPages; g++) {
            int i = (int)(g / (uint32_t)L->heatPerArena), k = (int)(g % (uint32_t)L->heatPerArena);
            if ((int)g == last || i >= L->nbuild || k >= gh_heat_windows(v, i)) continue;
            last = (int)g;
            count_window(L, sim, (int)g, mapped);
            paint_window(v, i, k);
            any = true;
        }
    }
    return any;
}

/* The legend of this tier: what one window is, then the four steps of light and free pages. */
static int entry(gh_View *v, int x, int y, int right, SDL_Color c, int pattern, const char *label)
{
    int sh = gh_text_h(v, GH_FONT_SMALL), box = sh * 2 / 3, w = box + v->pad / 2 + gh_text_w(v, GH_FONT_SMALL, label);
    if (x < 0 || x + w > right) return -1;
    SDL_Rect b = {x, y + (sh - box) / 2, box, box};
    gh_fill(v, b, c);
    if (pattern) gh_hatch(v, b, pattern, v->pal->hatch);
    gh_frame(v, b, 1, v->pal->roomEdge);
    gh_text(v, GH_FONT_SMALL, label, x + box + v->pad / 2, y, v->pal->dim, GH_ALIGN_LEFT, 0);
    return x + w + v->pad;
}

void gh_heat_legend(gh_View *v)
{
    const gh_HotelLayout *L = &v->hotel;
    int sh = gh_text_h(v, GH_FONT_SMALL), x = L->area.x, y = L->area.y - sh - v->pad / 4, right = L->area.x + L->area.w;
    char win[32], t[96];
    gh_fmt_bytes(win, sizeof win, (uint64_t)L->heatPages * GH_PAGE_SIZE);
    snprintf(t, sizeof t, "a window is %s, lit to its share taken:", win);
    if (gh_text_w(v, GH_FONT_SMALL, t) + 5 * (gh_text_w(v, GH_FONT_SMALL, "\u2265 75%") + sh + v->pad) > right - x)
        snprintf(t, sizeof t, "window %s, lit to share taken:", win);
    if (gh_text_w(v, GH_FONT_SMALL, t) + 5 * (gh_text_w(v, GH_FONT_SMALL, "\u2265 75%") + sh + v->pad) > right - x)
        snprintf(t, sizeof t, "window %s:", win);
    gh_text(v, GH_FONT_SMALL, t, x, y, v->pal->dim, GH_ALIGN_LEFT, 0);
    x += gh_text_w(v, GH_FONT_SMALL, t) + v->pad;
    static const char *const name[4] = {"< 25%", "< 50%", "< 75%", "\u2265 75%"};
    for (int k = 0; k < 4; k++) x = entry(v, x, y, right, step_color(v, k), 0, name[k]);
    if (entry(v, x, y, right, v->pal->emptyFloor, 3, "free pages") < 0) entry(v, x, y, right, v->pal->emptyFloor, 3, "free");
}

/* Each building's address and figure on a plate under its roof: the share of its mapped
 * bytes that lies in taken rooms. */
void gh_heat_labels(gh_View *v)
{
    const gh_HotelLayout *L = &v->hotel;
    int sh = gh_text_h(v, GH_FONT_SMALL);
    for (int i = 0; i < L->nbuild; i++) {
        const gh_Building *b = &L->b[i];
        uint64_t taken = 0, bytes = (uint64_t)b->npages * GH_PAGE_SIZE;
        for (int k = 0; k < gh_heat_windows(v, i); k++) taken += L->heatTaken[i * L->heatPerArena + k];
        char tk[32], mp[32], c[4][80], at[48];
        gh_fmt_bytes(tk, sizeof tk, taken);
        gh_fmt_bytes(mp, sizeof mp, bytes);
        int pct = (int)(taken * 100 / (bytes ? bytes : 1));
        snprintf(c[0], 80, "%d%% taken · %s of %s", pct, tk, mp);
        snprintf(c[1], 80, "%d%% of %s taken", pct, mp);
        snprintf(c[2], 80, "%d%% taken", pct);
        snprintf(c[3], 80, "%d%%", pct);
        int k = 0;
        while (k < 3 && gh_text_w(v, GH_FONT_SMALL, c[k]) > b->r.w - v->pad) k++;
        snprintf(at, sizeof at, "0x%llx", (unsigned long long)(GH_ARENA_BASE + (uint64_t)b->page0 * GH_PAGE_SIZE));
        { /* the roof's sign already names the address when it is wide enough (hotel_labels.c): then say what the windows are */
            char roof[96], win[32];
            snprintf(roof, sizeof roof, "arena %d · %s", i, at);
            gh_fmt_bytes(win, sizeof win, (uint64_t)L->heatPages * GH_PAGE_SIZE);
            if (gh_text_w(v, GH_FONT_SMALL, roof) <= b->r.w - 2 * v->pad)
                snprintf(at, sizeof at, "%d windows of %s", gh_heat_windows(v, i), win);
        }
        SDL_Rect r = {b->r.x + L->area.x, b->r.y + L->area.y, b->r.w, plate_h(v)};
        int y = r.y + (r.h - 2 * sh) / 2;
        gh_text(v, GH_FONT_SMALL, at, r.x + r.w / 2, y, v->pal->text, GH_ALIGN_CENTER, r.w - 2);
        gh_text(v, GH_FONT_SMALL, c[k], r.x + r.w / 2, y + sh, v->pal->text, GH_ALIGN_CENTER, r.w - 2);
    }
}

bool gh_heat_hit(const gh_View *v, int bx, int by, gh_ViewHit *h)
{
    const gh_HotelLayout *L = &v->hotel;
    for (int i = 0; i < L->nbuild; i++) {
        const gh_Building *b = &L->b[i];
        if (!gh_rect_has(b->r, bx, by)) continue;
        int bottom = b->r.y + b->r.h, col = (bx - b->r.x - 1) / L->heatCell, row = (bottom - 1 - by) / L->heatCell;
        int k = row * L->heatCols + col;
        if (col < 0 || col >= L->heatCols || by >= bottom || k < 0 || k >= gh_heat_windows(v, i)) return false;
        h->panel = GH_PANEL_HOTEL;
        h->kind = GH_HIT_WINDOW;
        h->span = -1;
        h->aggregated = true;
        h->addr = GH_ARENA_BASE + ((uint64_t)b->page0 + (uint64_t)k * L->heatPages) * GH_PAGE_SIZE;
        uint32_t np = b->npages - (uint32_t)k * L->heatPages;
        h->size = (uint64_t)(np < L->heatPages ? np : L->heatPages) * GH_PAGE_SIZE;
        return true;
    }
    return false;
}

void gh_heat_describe(const gh_View *v, const gh_Sim *sim, const gh_ViewHit *h, char *buf, size_t n)
{
    const gh_HotelLayout *L = &v->hotel;
    uint64_t page = (h->addr - GH_ARENA_BASE) / GH_PAGE_SIZE, g = page / L->heatPages;
    if (n) buf[0] = 0;
    if (!L->heat || g >= (uint64_t)L->capHeat || !h->size) return;
    int floors = 0;
    int32_t last = -1;
    for (uint64_t p = page; p < page + h->size / GH_PAGE_SIZE; p++) {
        int32_t id = gh_sim_page_span(sim, (uint32_t)p);
        floors += id >= 0 && id != last;
        last = id >= 0 ? id : last;
    }
    char sz[32], tk[32];
    gh_fmt_bytes(sz, sizeof sz, h->size);
    gh_fmt_bytes(tk, sizeof tk, L->heatTaken[g]);
    snprintf(buf, n, "window at 0x%llx · %s of arena %u\n%u%% taken: %s in taken rooms · %d floor%s, %u free page%s",
             (unsigned long long)h->addr, sz, (unsigned)(page / GH_PAGES_PER_ARENA), (unsigned)(L->heatTaken[g] * 100 / h->size), tk,
             floors, floors == 1 ? "" : "s", L->heatFree[g], L->heatFree[g] == 1 ? "" : "s");
}
