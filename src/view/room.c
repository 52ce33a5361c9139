/* room.c — what colour a room is. The runtime decides the state (gh_room_state: free,
 * object, tiny block, white/grey/black while marking, garbage before its sweep or when no
 * root reaches it); the view names it, colours it and picks its pattern. */
#include "view/view_impl.h"

gh_RoomState gh_view_room_state(const gh_Sim *sim, int32_t span, uint32_t slot) { return gh_room_state(sim, span, slot); }

const char *gh_view_state_name(gh_RoomState s)
{
    static const char *const names[GH_ROOM_STATE_COUNT] = {
        "free", "allocated", "tiny block", "white", "grey", "black", "garbage (to be swept)", "goroutine stack"};
    return (unsigned)s < GH_ROOM_STATE_COUNT ? names[s] : "?";
}

int gh_room_pattern(gh_RoomState st) { return st == GH_ROOM_GREY ? 3 : st == GH_ROOM_GARBAGE ? 4 : 0; }

SDL_Color gh_view_state_color(const gh_View *v, gh_RoomState s) { return v->pal->room[s < GH_ROOM_STATE_COUNT ? s : 0]; }
