/* room.c — what colour a room is. Outside a GC cycle a room is free, an object, or a
 * tiny block — or garbage, when a read-only trace from the roots does not reach it
 * (reach.c). From sweep termination until marking is done the collector's colours apply:
 * white (mark bit clear), grey (marked, queued), black (marked, scanned). From mark
 * termination (marking complete) until its floor is swept, an unmarked object is garbage
 * and a marked one stays black; sweeping turns the floor back to objects and free rooms. */
#include "view/view_impl.h"

gh_SpanMode gh_span_mode(const gh_Sim *sim, const gh_MSpan *s)
{
    uint8_t st = sim->gc.state;
    if (st == GH_GCS_SWEEPTERM || st == GH_GCS_MARK) return GH_SPANMODE_GC;
    if (st == GH_GCS_MARKTERM) return GH_SPANMODE_SWEEP; /* marking is complete: unmarked = garbage */
    uint32_t h = sim->heap.sweepgen;
    if (s->sweepgen == h - 2 || s->sweepgen == h - 1) return GH_SPANMODE_SWEEP;
    return GH_SPANMODE_PLAIN;
}

gh_RoomState gh_view_room_state(const gh_Sim *sim, int32_t span, uint32_t slot)
{
    if (span < 0 || span >= sim->heap.nspans) return GH_ROOM_FREE;
    const gh_MSpan *s = &sim->heap.spans[span];
    gh_SpanMode m = gh_span_mode(sim, s);
    return gh_room_state_in(s, m, slot, m == GH_SPANMODE_PLAIN ? gh_reach_bits(sim, span) : NULL);
}

const char *gh_view_state_name(gh_RoomState s)
{
    static const char *const names[GH_ROOM_STATE_COUNT] = {
        "free", "allocated", "tiny block", "white", "grey", "black", "garbage (to be swept)", "goroutine stack"};
    return (unsigned)s < GH_ROOM_STATE_COUNT ? names[s] : "?";
}

int gh_room_pattern(gh_RoomState st) { return st == GH_ROOM_GREY ? 3 : st == GH_ROOM_GARBAGE ? 4 : 0; }

SDL_Color gh_view_state_color(const gh_View *v, gh_RoomState s) { return v->pal->room[s < GH_ROOM_STATE_COUNT ? s : 0]; }
