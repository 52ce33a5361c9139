/* palette.c — the two palettes: a calm dark one for screens and a high-contrast light one
 * for projectors. Hues come from the Okabe–Ito colour-blind-safe set; GC colours are the
 * collector's own words (white, grey, black) and every state also differs in lightness,
 * pattern or label, so no state is told apart by red versus green alone. The buildings
 * tier's four steps of light are one blue each, told apart by lightness alone (at least 15
 * L* apart: what every kind of colour vision sees), and the windows are also lit to their
 * share's height. */
#include "view/view_impl.h"

#define C(hex) {(Uint8)((hex) >> 16), (Uint8)((hex) >> 8), (Uint8)(hex), 255}

static const gh_Palette dark = {
    .name = "default",
    .bg = C(0x14171c), .panel = C(0x1c2128), .panelEdge = C(0x39424e), .text = C(0xeceff2),
    .dim = C(0xa3acb6), .accent = C(0x56b4e9), .sky = C(0x171b21), .wall = C(0x2b323c),
    .slab = C(0x0c0f13), .sign = C(0x3d4654), .signText = C(0xf5f5f5),
    .room = {
        [GH_ROOM_FREE] = C(0x404956), [GH_ROOM_ALLOC] = C(0x56b4e9), [GH_ROOM_TINY] = C(0x2bb58c),
        [GH_ROOM_WHITE] = C(0xfafafa), [GH_ROOM_GREY] = C(0x9c9c9c), [GH_ROOM_BLACK] = C(0x000000),
        [GH_ROOM_GARBAGE] = C(0xfafafa), [GH_ROOM_STACK] = C(0xcc79a7),
    },
    .roomEdge = C(0x0d1014), .emptyFloor = C(0x242a32), .released = C(0x1e2329), .hatch = C(0x343c47),
    .freed = C(0xe69f00), .highlight = C(0xf0e442), .highlightEdge = C(0x000000),
    .stwBg = C(0xd55e00), .stwText = C(0xffffff), .error = C(0x4a1a12), .errorText = C(0xffe3da),
    .heapLine = C(0x56b4e9), .goalLine = C(0xe69f00), .gcBand = C(0x3a3148), .button = C(0x2b323c),
    .buttonText = C(0xeceff2), .buttonOn = C(0x0072b2), .plate = C(0xf2f2ef), .plateEdge = C(0x8d969f),
    .ptr = C(0xf0e442), .key = C(0xe69f00), .codeBg = C(0x161a1f), .codeLine = C(0x51491a),
    /* light on a dark facade: brighter as more is taken (CIE L* 41, 56, 76, 91; the unlit
     * pane, free rooms' colour, is 30) */
    .heat = {C(0x2f6690), C(0x3c8dc8), C(0x7fc4ef), C(0xcfeaff)},
};

static const gh_Palette light = {
    .name = "classroom",
    .bg = C(0xffffff), .panel = C(0xf5f4f0), .panelEdge = C(0x000000), .text = C(0x000000),
    .dim = C(0x2e2e2e), .accent = C(0x0072b2), .sky = C(0xffffff), .wall = C(0xbdb198),
    .slab = C(0x2a2a2a), .sign = C(0x2f2f2f), .signText = C(0xffffff),
    .room = {
        [GH_ROOM_FREE] = C(0xc4b594), [GH_ROOM_ALLOC] = C(0x0072b2), [GH_ROOM_TINY] = C(0x009e73),
        [GH_ROOM_WHITE] = C(0xffffff), [GH_ROOM_GREY] = C(0x8a8a8a), [GH_ROOM_BLACK] = C(0x000000),
        [GH_ROOM_GARBAGE] = C(0xffffff), [GH_ROOM_STACK] = C(0xcc79a7),
    },
    .roomEdge = C(0x1a1a1a), .emptyFloor = C(0xd3c8b0), .released = C(0xe6e0d4), .hatch = C(0xa89b82),
    .freed = C(0xe69f00), .highlight = C(0xf0e442), .highlightEdge = C(0x000000),
    .stwBg = C(0xd55e00), .stwText = C(0xffffff), .error = C(0xfde4dc), .errorText = C(0x000000),
    .heapLine = C(0x0072b2), .goalLine = C(0xd55e00), .gcBand = C(0xe6ddf0), .button = C(0xffffff),
    .buttonText = C(0x000000), .buttonOn = C(0x0072b2), .plate = C(0xffffff), .plateEdge = C(0x000000),
    .ptr = C(0xd55e00), .key = C(0xa86f00), .codeBg = C(0xffffff), .codeLine = C(0xf0e442),
    /* ink on a light facade: darker as more is taken (L* 92, 66, 46, 21; the unlit pane 74,
     * a warm tan, where every step is a blue) */
    .heat = {C(0xd6eaf8), C(0x6aa6d1), C(0x0072b2), C(0x08306b)},
};

const gh_Palette *gh_palette_get(int which) { return which == 1 ? &light : &dark; }

SDL_Color gh_mix(SDL_Color a, SDL_Color b, float t)
{
    SDL_Color c = {(Uint8)(a.r + (b.r - a.r) * t), (Uint8)(a.g + (b.g - a.g) * t), (Uint8)(a.b + (b.b - a.b) * t), 255};
    return c;
}
