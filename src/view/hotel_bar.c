/* hotel_bar.c — a floor whose rooms would be drawn under GH_MIN_ROOM_PX pixels (a floor
 * of 1024 8-byte rooms in a short building) is not drawn as slivers but as one occupancy
 * bar: its rooms sorted by state, left to right in the order the density strips stack them
 * (black, grey, white, garbage, in use, tiny, then the free rooms), each state as a
 * segment as wide as its share of the floor's rooms, and "N of M taken" written on it.
 *
 * A room on a bar has no place of its own, so it is given the place its state's segment
 * gives it: the k-th of a state's c rooms (in address order) is at column
 * segment start + k × segment width / c, inside the columns its segment is painted on.
 * Queries use that column both ways, so a probe on a room's column shows its state's
 * colour and a click on a segment names one of the rooms in that state. */
#include <stdio.h>
#include "view/view_impl.h"

/* The order of the segments, left to right. */
static const uint8_t ORDER[GH_ROOM_STATE_COUNT] = {GH_ROOM_BLACK, GH_ROOM_GREY, GH_ROOM_WHITE, GH_ROOM_GARBAGE,
                                                   GH_ROOM_ALLOC, GH_ROOM_TINY, GH_ROOM_STACK, GH_ROOM_FREE};

bool gh_floor_is_bar(const gh_Floor *f)
{
    return f->kind == GH_FLOOR_SPAN &&
           (f->cols <= 0 || f->cols > f->rooms.w || f->rw - f->gap < GH_MIN_ROOM_PX || f->rh - f->gap < GH_MIN_ROOM_PX);
}

/* Rooms per state and, for each state, how many rooms come before its segment. */
static uint32_t tally(const gh_Sim *sim, int32_t span, uint8_t *states, uint32_t count[GH_ROOM_STATE_COUNT],
                      uint32_t before[GH_ROOM_STATE_COUNT])
{
    uint32_t n = gh_room_states(sim, span, states, GH_MAX_OBJS_PER_SPAN);
    for (int k = 0; k < GH_ROOM_STATE_COUNT; k++) count[k] = 0;
    for (uint32_t i = 0; i < n; i++) count[states[i]]++;
    uint32_t cum = 0;
    for (int k = 0; k < GH_ROOM_STATE_COUNT; k++) {
        before[ORDER[k]] = cum;
        cum += count[ORDER[k]];
    }
    return n;
}

int gh_bar_segments(const gh_Sim *sim, const gh_Floor *f, gh_BarSegment *seg, uint32_t *taken, uint32_t *rooms)
{
    uint8_t states[GH_MAX_OBJS_PER_SPAN];
    uint32_t count[GH_ROOM_STATE_COUNT], before[GH_ROOM_STATE_COUNT];
    uint32_t n = tally(sim, f->span, states, count, before);
    *rooms = n;
    *taken = n - count[GH_ROOM_FREE];
    int ns = 0, W = f->rooms.w, end = 0;
    for (int k = 0; k < GH_ROOM_STATE_COUNT && n; k++) {
        uint8_t st = ORDER[k];
        if (!count[st]) continue;
        int x0 = (int)((uint64_t)before[st] * (uint64_t)W / n), x1 = (int)((uint64_t)(before[st] + count[st]) * (uint64_t)W / n);
        if (x0 < end) x0 = end; /* after the column a smaller state before it was given */
        if (x0 > W - 1) x0 = W - 1;
        if (x1 <= x0) x1 = x0 + 1; /* a state with any room keeps a visible column */
        seg[ns++] = (gh_BarSegment){st, x0, x1 - x0, count[st]};
        end = x1;
    }
    return ns;
}

/* The segment a column shows: the last one painted over it (a state with few rooms gets
 * at least one column, which may overlap its neighbour's first). -1 none. */
static int segment_at(const gh_BarSegment *seg, int n, int col)
{
    for (int i = n - 1; i >= 0; i--)
        if (col >= seg[i].x && col < seg[i].x + seg[i].w) return i;
    return -1;
}

int gh_bar_slot_col(const gh_Sim *sim, const gh_Floor *f, uint32_t slot)
{
    uint8_t states[GH_MAX_OBJS_PER_SPAN];
    uint32_t count[GH_ROOM_STATE_COUNT], before[GH_ROOM_STATE_COUNT];
    uint32_t n = tally(sim, f->span, states, count, before);
    if (slot >= n) return -1;
    gh_BarSegment seg[GH_ROOM_STATE_COUNT];
    uint32_t taken, rooms;
    int ns = gh_bar_segments(sim, f, seg, &taken, &rooms), k = 0;
    while (k < ns && seg[k].state != states[slot]) k++;
    if (k == ns) return -1;
    uint32_t rank = 0;
    for (uint32_t i = 0; i < slot; i++) rank += states[i] == states[slot];
    /* the rank-th room of the state, spread over its segment's columns, never outside them
     * and never on a column a later segment paints over */
    int col = seg[k].x + (int)((uint64_t)rank * (uint64_t)seg[k].w / count[states[slot]]);
    while (col > seg[k].x && segment_at(seg, ns, col) != k) col--;
    return segment_at(seg, ns, col) == k ? col : -1;
}

bool gh_bar_slot_at(const gh_Sim *sim, const gh_Floor *f, int col, uint32_t *slot)
{
    uint8_t states[GH_MAX_OBJS_PER_SPAN];
    uint32_t count[GH_ROOM_STATE_COUNT], before[GH_ROOM_STATE_COUNT];
    uint32_t n = tally(sim, f->span, states, count, before);
    if (!n || col < 0 || col >= f->rooms.w) return false;
    gh_BarSegment seg[GH_ROOM_STATE_COUNT];
    uint32_t taken, rooms;
    int ns = gh_bar_segments(sim, f, seg, &taken, &rooms), k = segment_at(seg, ns, col);
    if (k < 0) return false;
    uint8_t st = seg[k].state;
    uint32_t rank = (uint32_t)((uint64_t)(col - seg[k].x) * count[st] / (uint64_t)seg[k].w);
    for (uint32_t i = 0; i < n; i++)
        if (states[i] == st && rank-- == 0) { *slot = i; return true; }
    return false;
}

/* "31 of 170 taken" on a plate in the middle of the bar, or "31/170", or nothing. */
void gh_bar_label(gh_View *v, const gh_Sim *sim, const gh_Floor *f)
{
    gh_BarSegment seg[GH_ROOM_STATE_COUNT];
    uint32_t taken, rooms;
    gh_bar_segments(sim, f, seg, &taken, &rooms);
    int sh = gh_text_h(v, GH_FONT_SMALL);
    SDL_Rect r = f->rooms;
    r.x += v->hotel.area.x;
    r.y += v->hotel.area.y;
    if (r.h < sh + 2) return; /* the bar's bottom row stays visible: queries probe it */
    char t[48];
    snprintf(t, sizeof t, "%u of %u taken", taken, rooms);
    if (gh_text_w(v, GH_FONT_SMALL, t) + v->pad > r.w - 4) snprintf(t, sizeof t, "%u/%u", taken, rooms);
    int w = gh_text_w(v, GH_FONT_SMALL, t) + v->pad;
    if (w > r.w - 4 || 3 * w > 2 * r.w) return; /* a plate that would hide most of the bar says less than the bar */
    SDL_Rect plate = {r.x + (r.w - w) / 2, r.y + (r.h - sh) / 2, w, sh};
    gh_fill(v, plate, v->pal->sign);
    gh_text(v, GH_FONT_SMALL, t, plate.x + w / 2, plate.y, v->pal->signText, GH_ALIGN_CENTER, 0);
}
