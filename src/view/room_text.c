/* room_text.c — what is written on the rooms: each door's number (1, 2, 3 ... from the
 * floor's first room, in address order, as a lesson counts "room 1, room 2") and, where
 * the door is big enough, what is inside, read from the simulated memory with gh_peek:
 * a string's bytes ("hello, go…"), a tiny block, a type's name, and the value of a small
 * object word by word ("42 · →" for an int and a pointer, "nil" for a nil pointer).
 *
 * Layout of a door's words, top down: the number, then the name, then the value — as many
 * lines as the leaf holds whole, keeping the bottom rows of the leaf clear (the layout
 * queries probe the room's colour there). A door one line high says "3 · \"aa\"" when that
 * fits, else the name alone (a lesson may point at it), else the number. Suites (large
 * objects) carry their name only. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "view/view_impl.h"

/* The room's contents as a name and a value; either may stay empty. maxw: the width the
 * name must fit (a string's text is cut inside its quotes to fit). */
static void contents(gh_View *v, const gh_Sim *sim, const gh_MSpan *s, uint32_t i, int maxw, char *name, char *value, size_t n)
{
    name[0] = value[0] = 0;
    gh_Addr a = s->startAddr + (gh_Addr)i * s->elemsize;
    int32_t ty = s->objtype ? s->objtype[i] : -1;
    const gh_Type *type = gh_sim_type(sim, ty);
    if (ty == GH_OBJ_TINY_BLOCK) {
        snprintf(name, n, gh_text_w(v, GH_FONT_SMALL, "tiny 16 B") <= maxw ? "tiny 16 B" : "tiny");
    } else if (ty == GH_TYPE_BYTES) {
        char text[16] = "";
        int nt = 0;
        const uint8_t *p = gh_peek(sim, a, s->elemsize < 12 ? s->elemsize : 12);
        for (uint32_t j = 0; p && j < 12 && j < s->elemsize && p[j]; j++) text[nt++] = p[j] >= 32 && p[j] < 127 ? (char)p[j] : '.';
        text[nt] = 0;
        bool more = nt == 12 && s->elemsize > 12;
        snprintf(name, n, nt ? "\"%s%s\"" : "[]byte", text, more ? "…" : "");
        while (nt > 1 && gh_text_w(v, GH_FONT_SMALL, name) > maxw) { text[--nt] = 0; snprintf(name, n, "\"%s…\"", text); }
    } else if (ty == GH_TYPE_POINTER || ty == GH_TYPE_SLICE_HDR) {
        /* the runtime's generic pointer and slice words: say what the room holds */
        uint64_t words = s->elemsize / 8;
        bool ptrs = ty == GH_TYPE_POINTER;
        snprintf(name, n, "%" PRIu64 " %s", ptrs ? words : words / 3, ptrs ? "pointers" : "slices");
        if (gh_text_w(v, GH_FONT_SMALL, name) > maxw) snprintf(name, n, "%s", ptrs ? "pointers" : "slices");
    } else if (type) {
        snprintf(name, n, "%.40s", type->name);
        const char *dot = strrchr(type->name, '.');
        if (dot && dot[1] && gh_text_w(v, GH_FONT_SMALL, name) > maxw) snprintf(name, n, "%.40s", dot + 1);
    }
    /* a small object's words (up to 3): integers as numbers, pointer words as → or nil */
    if (!type || ty == GH_TYPE_BYTES || ty == GH_OBJ_TINY_BLOCK || type->kind == GH_KIND_STRING || type->size > 24 ||
        type->size % 8)
        return;
    size_t used = 0;
    for (uint64_t off = 0; off < type->size && used + 24 < n; off += 8) {
        const uint8_t *p = gh_peek(sim, a + off, 8);
        if (!p) { value[0] = 0; return; }
        uint64_t w;
        memcpy(&w, p, 8);
        const char *sep = off ? " · " : "";
        if (gh_peek_is_ptr(sim, a + off)) used += (size_t)snprintf(value + used, n - used, "%s%s", sep, w ? "→" : "nil");
        else used += (size_t)snprintf(value + used, n - used, "%s%" PRId64, sep, (int64_t)w);
    }
}

static SDL_Color ink(const gh_View *v, gh_RoomState st)
{
    bool darkRoom = st == GH_ROOM_BLACK || st == GH_ROOM_ALLOC || st == GH_ROOM_TINY;
    SDL_Color c = darkRoom ? (SDL_Color){255, 255, 255, 255} : (SDL_Color){0, 0, 0, 255};
    if (st == GH_ROOM_ALLOC && v->paletteId == 0) c = (SDL_Color){0, 0, 0, 255};
    if (st == GH_ROOM_FREE) c = v->pal->dim;
    return c;
}

/* A suite: its name in the middle, as before doors. */
static void suite_text(gh_View *v, const gh_Sim *sim, const gh_Floor *f)
{
    int sh = gh_text_h(v, GH_FONT_SMALL);
    const gh_MSpan *s = gh_sim_span(sim, f->span);
    gh_RoomState st = gh_room_state(sim, f->span, 0);
    SDL_Rect r;
    bool agg;
    if (st == GH_ROOM_FREE || !gh_hotel_room_rect(v, sim, f->span, 0, &r, &agg) || agg || r.h < sh + 2) return;
    char name[48], value[48];
    contents(v, sim, s, 0, r.w - 4, name, value, sizeof name);
    if (name[0] && gh_text_w(v, GH_FONT_SMALL, name) <= r.w - 4)
        gh_text(v, GH_FONT_SMALL, name, r.x + r.w / 2, r.y + (r.h - sh) / 2, ink(v, st), GH_ALIGN_CENTER, 0);
}

void gh_room_texts(gh_View *v, const gh_Sim *sim, const gh_Floor *f)
{
    if (f->kind == GH_FLOOR_SUITE) { suite_text(v, sim, f); return; }
    if (f->kind != GH_FLOOR_SPAN || gh_floor_is_bar(f)) return;
    int sh = gh_text_h(v, GH_FONT_SMALL);
    if (f->rh - f->gap < sh) return;
    const gh_MSpan *s = gh_sim_span(sim, f->span);
    uint8_t states[GH_MAX_OBJS_PER_SPAN];
    uint32_t n = gh_room_states(sim, f->span, states, GH_MAX_OBJS_PER_SPAN);
    const SDL_Rect A = v->hotel.area;
    for (uint32_t i = 0; i < n; i++) {
        SDL_Rect r;
        bool agg;
        if (!gh_hotel_room_rect(v, sim, f->span, i, &r, &agg) || agg || !gh_door_fits(r.w, r.h)) continue;
        if (r.y < A.y || r.y + r.h > A.y + A.h) continue; /* a door cut by the panel's edge keeps its words to itself */
        SDL_Rect leaf = gh_door_leaf(r);
        int maxw = leaf.w - 4, lines = (leaf.h - 4) / sh;
        if (lines < 1) continue;
        gh_RoomState st = (gh_RoomState)states[i];
        char num[16], name[48] = "", value[48] = "", both[64];
        snprintf(num, sizeof num, "%u", i + 1);
        if (st != GH_ROOM_FREE) contents(v, sim, s, i, maxw, name, value, sizeof name);
        const char *row[3];
        int nr = 0;
        if (lines == 1) {
            snprintf(both, sizeof both, "%s · %s", num, name);
            row[nr++] = name[0] && gh_text_w(v, GH_FONT_SMALL, both) <= maxw ? both : name[0] && gh_text_w(v, GH_FONT_SMALL, name) <= maxw ? name : num;
        } else {
            row[nr++] = num;
            if (name[0] && gh_text_w(v, GH_FONT_SMALL, name) <= maxw) row[nr++] = name;
            if (nr < lines && value[0] && gh_text_w(v, GH_FONT_SMALL, value) <= maxw) row[nr++] = value;
        }
        SDL_Color c = ink(v, st);
        v->textFlags |= GH_LABEL_UNDER;
        for (int k = 0; k < nr && k < lines; k++) {
            if (gh_text_w(v, GH_FONT_SMALL, row[k]) > maxw) continue;
            gh_text(v, GH_FONT_SMALL, row[k], leaf.x + leaf.w / 2, leaf.y + 1 + k * sh, c, GH_ALIGN_CENTER, 0);
        }
        v->textFlags &= (uint8_t)~GH_LABEL_UNDER;
    }
}
