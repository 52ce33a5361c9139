/* view_impl.h — the gh_View struct and the helpers the view's files share: palette, fonts
 * and text cache, drawing primitives, the hotel layout, animations. Private to src/view. */
#ifndef GH_VIEW_IMPL_H
#define GH_VIEW_IMPL_H
#include <SDL_ttf.h>
#include "view/view.h"

/* ---- palette (palette.c) ---- */
typedef struct gh_Palette {
    const char *name;
    SDL_Color bg, panel, panelEdge, text, dim, accent, sky, wall, slab, sign, signText;
    SDL_Color room[GH_ROOM_STATE_COUNT];
    SDL_Color roomEdge, emptyFloor, released, hatch, freed, highlight, highlightEdge;
    SDL_Color stwBg, stwText, error, errorText, heapLine, goalLine, gcBand, button, buttonText, buttonOn;
    SDL_Color plate, plateEdge, ptr, key, codeBg, codeLine;
    SDL_Color heat[4];       /* the buildings tier's four steps of light: < 25 %, < 50 %, < 75 %, ≥ 75 % taken */
} gh_Palette;
const gh_Palette *gh_palette_get(int which);
static inline uint32_t gh_argb(SDL_Color c) { return 0xff000000u | (uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b; }
SDL_Color gh_mix(SDL_Color a, SDL_Color b, float t);

/* ---- fonts and text (text.c) ---- */
/* GH_FONT_CAPTION: the narration (26 px at 1280x720 in classroom mode). */
typedef enum { GH_FONT_SMALL, GH_FONT_BODY, GH_FONT_BOLD, GH_FONT_TITLE, GH_FONT_MONO, GH_FONT_CAPTION, GH_FONT_COUNT } gh_FontId;
enum { GH_ALIGN_LEFT = 0, GH_ALIGN_CENTER = 1, GH_ALIGN_RIGHT = 2 };
typedef struct gh_TextEntry {
    uint32_t hash, lastFrame;
    uint8_t font;
    SDL_Color c;
    char *s;
    SDL_Texture *tex;
    int w, h;
} gh_TextEntry;
enum { GH_TEXT_CACHE = 4096, GH_MAX_LABELS = 4096 };
/* A string drawn in the last frame, for the layout checker (layout_check.c): where (after
 * clipping), at which font pixel size, for which panel (-1: floats over the window), and
 * whether it is narration. */
/* GH_LABEL_UNDER: words on a door, which an opaque callout may cover (highlight.c);
 * GH_LABEL_SIGN: a floor's sign, which a callout covers only when every other place would
 * hide a room; GH_LABEL_HIDDEN: such words a callout did cover (not seen, so not checked). */
enum { GH_LABEL_NARRATION = 1, GH_LABEL_UNDER = 2, GH_LABEL_HIDDEN = 4, GH_LABEL_SIGN = 8 };
typedef struct gh_Label { char s[96]; SDL_Rect r; int16_t px, panel; uint8_t flags; } gh_Label;

bool gh_text_open(gh_View *v);
void gh_text_close(gh_View *v);
void gh_text_flush(gh_View *v);               /* drop cached textures */
int gh_text_h(const gh_View *v, gh_FontId f);  /* line height in pixels */
int gh_text_w(gh_View *v, gh_FontId f, const char *s);
void gh_record_drawing(gh_View *v, const char *s, SDL_Rect r); /* text.c: a gauge callouts keep off */
/* Draw s at (x, y) (top) aligned; clipped with an ellipsis to maxw if > 0. Returns the width. */
int gh_text(gh_View *v, gh_FontId f, const char *s, int x, int y, SDL_Color c, int align, int maxw);
/* Word-wrapped paragraph(s) inside r; returns the height used. draw=false only measures. */
int gh_text_wrap(gh_View *v, gh_FontId f, const char *s, SDL_Rect r, SDL_Color c, bool draw);

/* ---- primitives on the renderer (draw.c) ---- */
void gh_fill(gh_View *v, SDL_Rect r, SDL_Color c);
void gh_frame(gh_View *v, SDL_Rect r, int t, SDL_Color c);
void gh_line(gh_View *v, float x0, float y0, float x1, float y1, float t, SDL_Color c);
void gh_arrow(gh_View *v, float x0, float y0, float x1, float y1, float t, SDL_Color c, bool curved);
void gh_tri(gh_View *v, float x0, float y0, float x1, float y1, float x2, float y2, SDL_Color c);
void gh_hatch(gh_View *v, SDL_Rect r, int step, SDL_Color c);
/* A panel: background, border and a title; returns the content rectangle under the title. */
SDL_Rect gh_panel(gh_View *v, gh_ViewPanel p, const char *title, const char *subtitle);
bool gh_rect_has(SDL_Rect r, int x, int y);
SDL_Rect gh_inset(SDL_Rect r, int d);

/* ---- primitives on the hotel pixel buffer (pixels.c) ---- */
typedef struct gh_Pixels { uint32_t *p; int w, h; } gh_Pixels;
void gh_px_fill(gh_Pixels *b, int x, int y, int w, int h, uint32_t c);
void gh_px_frame(gh_Pixels *b, int x, int y, int w, int h, int t, uint32_t c);
void gh_px_hatch(gh_Pixels *b, int x, int y, int w, int h, int step, uint32_t c);

/* ---- hotel geometry (hotel_layout.c) ---- */
typedef enum { GH_FLOOR_SPAN, GH_FLOOR_SUITE, GH_FLOOR_STACK, GH_FLOOR_FREE } gh_FloorKind;
typedef struct gh_Floor {
    uint8_t kind;
    int32_t span;           /* -1 for free pages */
    uint32_t page0, npages; /* global page index of the first page */
    uint32_t nreleased;     /* free pages of the run released to the OS */
    SDL_Rect r;             /* whole floor, hotel-buffer coordinates */
    SDL_Rect rooms;         /* room area */
    uint32_t nrooms;        /* rooms (object slots) on the floor: nelems, 1 a suite, 0 stacks and free pages */
    int cols, rows;         /* room grid; cols > rooms.w means a density strip */
    int rw, rh, gap;
} gh_Floor;
typedef struct gh_Building { SDL_Rect r; uint32_t page0, npages; int firstFloor, nfloors; } gh_Building;
typedef struct gh_HotelLayout {
    SDL_Rect area;          /* window rectangle the hotel buffer covers */
    int32_t *spanFloor;     /* span id → floor index (-1 none) */
    int capSpanFloor;
    bool density;           /* zoomed out: pages drawn as density strips */
    bool bars;              /* floors as bars, in wings (hotel_bars_tier.c) */
    bool heat;              /* buildings as heat strips of windows (hotel_heat_tier.c); density is set too */
    uint32_t heatPages;     /* heat tier: pages a window, a power of two */
    int heatCell, heatCols, heatPerArena; /* window pitch in pixels, windows a row, windows an arena holds */
    uint32_t *heatTaken, *heatFree, *heatReleased; /* per window (arena × heatPerArena + k): taken bytes, free and released pages */
    int capHeat;
    int barWings, barRows, barColW, barGap, barH; /* bars tier: wings, rows a wing, wing width, bar height at zoom 1 */
    int nbuild;
    gh_Building b[64];
    gh_Floor *floors;
    int nfloors, capfloors;
    int contentH;           /* virtual height, for panning */
    int pagesPerRow, rowH;  /* density mode */
    int signW, roofH, minFh;
    float fh;               /* floor height (detail mode) */
    float fhBase;           /* floor height at zoom 1 */
    int bw1, availH;        /* building width at width zoom 1; height for floors */
    /* focus by squeezing (hotel_focus.c): the floor starting at focusPage[k] gets
     * focusFh[k], the others fhOther, at zoom 1 (nfocus 0: every floor the same height) */
    uint32_t focusPage[8];
    int nfocus, focusFh[8];
    /* callout bands (hotel_focus.c sets them): bandH pixels of open air above the floors
     * starting at these pages, where a highlight's callout hides no room (rooms tier only) */
    uint32_t bandPage[8];
    int nband, bandH;
    float fhOther;
    uint32_t signature;     /* what the layout was computed from */
} gh_HotelLayout;
void gh_hotel_layout(gh_View *v, const gh_Sim *sim);  /* hotel_focus.c: focus, then place */
void gh_hotel_place(gh_View *v, const gh_Sim *sim);   /* one layout at the current zoom and pan */
int gh_hotel_sign_w(const gh_View *v, int bw);
/* The lowest floor height in minFh..maxFh at which a floor of n rooms in a building bw wide
 * gets rooms of at least side × side pixels; -1 when none does. */
int gh_hotel_need_fh(const gh_View *v, uint32_t n, int bw, int side, int minFh, int maxFh);
/* Room rectangle in window coordinates. */
bool gh_hotel_room_rect(const gh_View *v, const gh_Sim *sim, int32_t span, uint32_t slot, SDL_Rect *out, bool *agg);
const gh_Floor *gh_hotel_floor_of(const gh_View *v, int32_t span);
/* Window pixel → hotel hit. */
bool gh_hotel_hit(const gh_View *v, const gh_Sim *sim, int x, int y, gh_ViewHit *h);
/* Density mode: the window rectangle of the byte run starting at page index + offset. */
bool gh_hotel_density_rect(const gh_View *v, uint64_t byteOff, SDL_Rect *out);

/* ---- the bars tier (hotel_bars_tier.c): every floor a bar, buildings in wings ---- */
bool gh_bars_fit(gh_View *v, const gh_Sim *sim, int availH, int bw); /* sets barWings.., signW; false: strips */
void gh_bars_place(gh_View *v, gh_Building *b, int bottom, float zoom);
int gh_bars_content_h(const gh_View *v, float zoom);
int gh_bars_min_row_h(const gh_View *v);

/* ---- the buildings tier (hotel_heat_tier.c): each arena a facade of lit windows ---- */
enum { GH_HEAT_BYTES_PER_PX = 4096 }; /* a density column standing for more bytes than this: buildings */
bool gh_heat_fit(gh_View *v, int availH, int bw); /* sets heatPages, heatCell, heatCols */
void gh_heat_place(gh_View *v, gh_Building *b, int bottom);
int gh_heat_content_h(const gh_View *v);
/* Counts the windows' taken bytes and paints them: all (full), else those of the floors
 * that changed; true when any pixel changed. */
bool gh_heat_paint(gh_View *v, const gh_Sim *sim, bool full);
void gh_heat_legend(gh_View *v);                    /* the scale, in place of the room states */
void gh_heat_labels(gh_View *v);                    /* each building's figure */
bool gh_heat_hit(const gh_View *v, int bx, int by, gh_ViewHit *h); /* the window at a hotel-buffer pixel */
/* The window's tooltip: where, how big, its share taken and the floors on it. */
void gh_heat_describe(const gh_View *v, const gh_Sim *sim, const gh_ViewHit *h, char *buf, size_t n);

/* ---- the smooth zoom between tiers (hotel_zoom_anim.c) ---- */
void gh_hotel_zoom_note(gh_View *v, const gh_Sim *sim);  /* before the layout: where the anchor was */
void gh_hotel_zoom_begin(gh_View *v, const gh_Sim *sim); /* after it, before the repaint: start on a change */
void gh_hotel_zoom_draw(gh_View *v);                     /* after the overlay: the old picture on its way out */
/* While on, every string gh_text draws is logged (the hotel's overlay: signs, room numbers,
 * roofs), so that a zoom starting next frame can fade the old words out with the old pixels. */
void gh_hotel_zoom_log(gh_View *v, bool on);
typedef struct gh_LoggedText { SDL_Rect r; SDL_Color c; uint8_t font; char s[96]; } gh_LoggedText;
enum { GH_ZOOM_TEXTS = 2048 };
/* text.c: a cached string drawn into dst (scaled to it), alpha a, not recorded as a label. */
void gh_text_blit(gh_View *v, gh_FontId f, const char *s, SDL_Color c, SDL_Rect dst, Uint8 a);

/* Rooms (doors, suites, bars) other than span's room slot (slot -1: any room of span's floor)
 * that the window rectangle c hides (callout_cover.c). */
int gh_callout_foreign_rooms(const gh_View *v, SDL_Rect c, int32_t span, int32_t slot);
/* Signs of floors other than span's whose column holds c whole (callout_cover.c). */
int gh_callout_foreign_signs(const gh_View *v, SDL_Rect c, int32_t span);
/* Lines of the cafeteria's plates (one per local) the window rectangle c sits on, other
 * than local's line of plate (gid, frame) (local -1: any line of that plate; gid
 * INT32_MIN: the highlight is no plate's) (callout_lines.c). */
int gh_callout_foreign_lines(const gh_View *v, SDL_Rect c, int32_t gid, int32_t frame, int32_t local);

/* Highlights that meet (callout_rings.c): a ring's stroke; how many rings other than
 * highlight idx's the callout c touches (where a callout goes, it keeps out of them when it
 * can; a callout inside another's opening, clear of its stroke, still reads); whether two rings' outer edges keep apart; whether
 * plate (gid, frame) is ringed and so is one of its lines (it then makes room for both). */
int gh_ring_stroke(const gh_View *v);
int gh_callout_foreign_rings(const gh_View *v, SDL_Rect c, int idx);
bool gh_rings_apart(const gh_View *v, SDL_Rect a, SDL_Rect b);
bool gh_plate_rings_a_line(const gh_View *v, int32_t gid, int32_t frame);

/* ---- floors drawn as one occupancy bar (hotel_bar.c) ---- */
/* Rooms narrower or shorter than this are not drawn one by one: the floor is a bar. */
enum { GH_MIN_ROOM_PX = 5 };
typedef struct gh_BarSegment { uint8_t state; int x, w; uint32_t n; } gh_BarSegment; /* x, w: columns of the room area */
bool gh_floor_is_bar(const gh_Floor *f);
/* The bar's segments left to right (at most GH_ROOM_STATE_COUNT); taken = rooms not free. */
int gh_bar_segments(const gh_Sim *sim, const gh_Floor *f, gh_BarSegment *seg, uint32_t *taken, uint32_t *rooms);
int gh_bar_slot_col(const gh_Sim *sim, const gh_Floor *f, uint32_t slot);            /* column of a room, -1 none */
bool gh_bar_slot_at(const gh_Sim *sim, const gh_Floor *f, int col, uint32_t *slot);  /* the room a column shows */
void gh_bar_label(gh_View *v, const gh_Sim *sim, const gh_Floor *f);                 /* "31 of 170 taken" */

/* ---- rooms drawn as doors (hotel.c paints them, room_text.c writes on them) ---- */
/* A room this big is a door: a leaf under a lintel, a knob when taken, its number on it. */
static inline bool gh_door_fits(int w, int h) { return w >= 9 && h >= 11; }
static inline SDL_Rect gh_door_leaf(SDL_Rect r)
{
    int m = r.w / 8 < 1 ? 1 : r.w / 8 > 4 ? 4 : r.w / 8, t = r.h / 7 < 2 ? 2 : r.h / 7 > 5 ? 5 : r.h / 7;
    return (SDL_Rect){r.x + m, r.y + t, r.w - 2 * m, r.h - t};
}
void gh_room_texts(gh_View *v, const gh_Sim *sim, const gh_Floor *f);  /* room_text.c: numbers, contents */

/* ---- room states (room.c; the runtime decides them: gh_room_state) ---- */
/* The state's pattern: 0 none, else the hatch step in pixels. */
int gh_room_pattern(gh_RoomState st);

/* ---- drawing pieces ---- */
void gh_hotel_paint(gh_View *v, const gh_Sim *sim);       /* hotel.c: pixels of rooms */
void gh_hotel_overlay(gh_View *v, const gh_Sim *sim);     /* hotel_labels.c: signs, roofs, legend */
void gh_desk_draw(gh_View *v, const gh_Sim *sim);         /* desk.c: mcache key rings, mcentral, mheap */
void gh_cafeteria_draw(gh_View *v, const gh_Sim *sim);    /* cafeteria.c */
void gh_janitor_draw(gh_View *v, const gh_Sim *sim);      /* janitor.c */
void gh_hotel_janitor_draw(gh_View *v, const gh_Sim *sim); /* hotel_janitor.c: the figure where the collector works */
void gh_graph_draw(gh_View *v, const gh_Sim *sim);        /* graph.c: pointer arrows */
void gh_chart_draw(gh_View *v, const gh_Sim *sim);        /* chart.c */
void gh_memstats_draw(gh_View *v, const gh_Sim *sim);     /* memstats_panel.c */
void gh_lesson_draw(gh_View *v);                          /* lesson.c: narration, source, error */
void gh_controls_draw(gh_View *v);                        /* controls.c */
void gh_header_draw(gh_View *v, const gh_Sim *sim);       /* header.c */
void gh_tooltip_draw(gh_View *v, const gh_Sim *sim);      /* tooltip.c */
void gh_highlights_draw(gh_View *v, const gh_Sim *sim);   /* highlight.c */
void gh_layout_panels(gh_View *v);                        /* layout.c */
/* layout_check.c: note how each room/floor highlight is drawn, for the checker. */
enum { GH_SEEN_NONE, GH_SEEN_ROOM, GH_SEEN_DENSITY, GH_SEEN_OFFSCREEN, GH_SEEN_NO_OBJECT, GH_SEEN_OTHER };
void gh_layout_note_highlights(gh_View *v, const gh_Sim *sim);
/* Sizes the layout asks of the panels (the text they will hold decides them). */
int gh_controls_height(gh_View *v, int w);                /* controls.c: rows of buttons */
const char *gh_controls_describe(gh_ViewAction a);        /* controls.c: a button's tooltip */
int gh_desk_height(gh_View *v, int w);                    /* desk.c */
int gh_memstats_rows(gh_View *v, int w);                  /* memstats_panel.c */
/* lesson.c: the console lines shown (at most 3, the last ones); copies up to n of them. */
int gh_console_lines(const gh_View *v, const char **starts, int n);
void gh_prompt_draw(gh_View *v, int bottom);              /* prompt.c: the prompt bar, its bottom edge at y = bottom */

/* ---- short formats of sizes and values (peek.c) ---- */
void gh_fmt_bytes(char *buf, size_t n, uint64_t bytes);    /* "48 B", "8 KiB", "3.9 MiB" */
/* Value of a local as short text ("42", "nil", "0xc000010000", "\"abc\""); true if pointer. */
bool gh_fmt_local(const gh_Sim *sim, const gh_Slot *s, gh_Addr at, char *buf, size_t n, gh_Addr *ptr);

/* ---- animations and history (anim.c) ---- */
typedef struct gh_Flash { int32_t span; uint32_t slot; uint8_t kind; uint32_t t; int32_t floor; } gh_Flash; /* floor: span of a refill */
/* Only the newest GH_FLASHES events flash (enough for one step of a lesson), for
 * GH_FLASH_MS of wall time after the frame that saw them. */
enum { GH_FLASHES = 24, GH_SAMPLES = 2048, GH_FLASH_MS = 900, GH_STW_RECENT_EVENTS = 256 };
typedef struct gh_Sample { uint64_t t, heap, goal; } gh_Sample;
void gh_anim_span_dirty(gh_View *v, int32_t span);
void gh_anim_frame(gh_View *v, const gh_Sim *sim);   /* one chart sample per frame */
/* 1 → 0 as a flash started at t fades; 0 when over. */
float gh_anim_fade(const gh_View *v, uint32_t t, uint32_t ms);
/* Like gh_anim_fade, but 0 until time has passed since t: stills show no flashes. */
float gh_anim_flash(const gh_View *v, uint32_t t, uint32_t ms);

/* A key ring or reception chip on the desk (p = -1 for reception). */
typedef struct gh_Chip { int32_t p, spc; SDL_Rect r; } gh_Chip;
/* desk_key_travel.c: each key handed over in the last GH_KEY_MS travels from reception
 * (or mheap) to the P's chip; after the chips are drawn. */
enum { GH_KEY_MS = 300 };
void gh_desk_keys_travel(gh_View *v);

/* ---- cafeteria geometry, filled while drawing ---- */
typedef struct gh_PlateBox { int32_t gid, frame, local; SDL_Rect r; gh_Addr ptr; } gh_PlateBox;
enum { GH_MAX_PLATES = 512, GH_MAX_HL = 32 };

/* A highlight as the view draws it, already resolved by the caller (gh_view_highlight_addr,
 * gh_view_highlight_frame) to an address or a goroutine's frame. What a lesson asks for is
 * the script's gh_Highlight (stepper.h); the view knows nothing of scripts. */
typedef struct gh_ViewHighlight {
    uint8_t kind;               /* gh_HighlightKind */
    gh_Addr addr;
    int32_t gid, frame;
    char local[GH_SLOT_NAME_MAX];
    char label[64];
} gh_ViewHighlight;

/* graph.c's scratch for one frame, kept per view (two views side by side each route their
 * own arrows): the text boxes arrows pass under, and the panels a route keeps out of. */
enum { GH_GRAPH_MAX_BOXES = 1024 };
typedef struct gh_GraphScratch {
    SDL_Rect box[GH_GRAPH_MAX_BOXES];
    int nbox;
    SDL_Rect avoid[GH_PANEL_COUNT];
    int navoid;
} gh_GraphScratch;

struct gh_View {
    SDL_Renderer *r;
    int w, h;
    bool projector, blank;
    int paletteId;
    const gh_Palette *pal;
    float scale;             /* UI scale: 1 at 1280×720 */
    int pad, line;           /* spacing and outline thickness in pixels */
    bool panelOn[GH_PANEL_COUNT];
    bool half;               /* one half of a split view: the header's narrow form, always */
    SDL_Rect panel[GH_PANEL_COUNT];
    gh_GraphScratch graph;       /* graph.c's per-frame scratch */
    int graphMode;
    /* fonts */
    char fontDir[512];
    TTF_Font *font[GH_FONT_COUNT];
    int fontPx[GH_FONT_COUNT];
    gh_TextEntry *cache;
    int ncache;
    uint32_t frame;
    gh_Label *labels;
    int nlabels;
    int textPanel;           /* panel the text drawn now belongs to (-1 none), see gh_Label */
    uint8_t textFlags;       /* GH_LABEL_* for the text drawn now */
    char *console;           /* what the scene printed (gh_view_set_console) */
    int narrationCut;        /* narration lines that did not fit in the last frame */
    char gaveWay[96];        /* panels hidden for lack of room in the last frame */
    SDL_Rect hlCallout[GH_MAX_HL];       /* last frame: each highlight's callout box (w = 0 none) ... */
    int32_t hlSpan[GH_MAX_HL], hlSlot[GH_MAX_HL]; /* ... and what it points at (span -1 nothing in the hotel; slot -1 the floor) */
    int32_t hlGid[GH_MAX_HL], hlFrame[GH_MAX_HL], hlLocal[GH_MAX_HL]; /* ... on a plate (gid INT32_MIN: none) */
    SDL_Rect noteRoom[4];        /* last frame: lines kept free under plates for their ringed line's note (cafeteria.c) */
    int nnoteRoom;
    SDL_Rect hlRing[GH_MAX_HL];  /* last frame: each highlight's ring, its outer edge (w = 0 none) */
    SDL_Rect hlRoom[GH_MAX_HL];  /* last frame: a room of each room/floor highlight ... */
    uint8_t hlSeen[GH_MAX_HL];   /* ... and how it was drawn (GH_SEEN_*, layout_check.c) */
    SDL_Rect stwBanner;      /* the stop-the-world banner of the last frame (w = 0 none) */
    SDL_Rect janitorRect;    /* the janitor figure in the hotel in the last frame (w = 0 none) */
    SDL_Rect janFrom, janTo; /* his walk (hotel_janitor.c): from where, to where, since when */
    uint32_t janT0;
    bool janHave;
    bool reducedMotion;      /* no walks: every change shows at once */
    int stwLabel0;           /* labels drawn before the banner (it hides those under it) */
    int nprocs;              /* the simulator's Ps at this frame (the desk's height depends on it) */
    char warning[256];
    /* lesson */
    char *title, *narration, *error, *srcName;
    char **src;
    int nsrc, curLine;
    gh_ViewControls ctl;
    char granularity[32], status[96];
    const char *(*siteName)(void *, int32_t);
    void *siteUd;
    int (*roomNote)(void *, uint64_t, char *, size_t);
    void *roomNoteUd;
    gh_ViewHighlight hl[GH_MAX_HL];
    int nhl;
    int quoted[GH_MAX_HL];   /* source lines the narration quotes (gh_view_quote_line) ... */
    int nquoted;
    uint8_t quotedShown[GH_MAX_HL]; /* ... and whether the last frame's code panel showed each */
    int srcShownLine[64];    /* the source lines the last frame drew, and where (first row) */
    SDL_Rect srcShownRect[64];
    int nsrcShown;
    /* hotel */
    gh_HotelLayout hotel;
    gh_Pixels px;
    SDL_Texture *hotelTex;
    int texW, texH;
    bool fullDirty, eventsFed;
    uint8_t *spanDirty;
    int capDirty;
    uint32_t lastGCState, lastSweepgen;
    uint64_t simSig;         /* cheap fingerprint of the simulator at the last repaint */
    uint64_t lastGarbage;    /* which objects were unreachable at the last repaint (gh_garbage_count) */
    const gh_Sim *legendSim; /* the legend's room states present, for one simulator state (hotel_labels.c) */
    uint64_t legendSig;
    unsigned legendSet;
    bool legendFree;
    float *scratch;          /* per-column state counts of density strips */
    int capScratch;
    float zoom;
    int panX, panY;
    /* hotel focus (hotel_focus.c): zoom and pan follow the lesson's room/floor highlights
     * until the user zooms or pans; any change of those highlights re-targets */
    uint32_t hlSig;          /* the highlights the focus was computed for (0 none) */
    bool focusing;
    float focusZoom;         /* what the focus set, to notice the user changing it */
    int focusPanX, focusPanY;
    float zoomRef, wzRef;    /* width zoom = wzRef * zoom / zoomRef, kept in 1..4 (0 = 1) */
    /* the smooth zoom between tiers (hotel_zoom_anim.c): the old picture, how it moves */
    SDL_Texture *zaTex;
    int zaW, zaH, zaTier;
    bool zaHave, zaHaveFrom, zaOn;
    float zaZoom, zaRatio, zaProgress;
    uint32_t zaT0;
    SDL_Rect zaFrom, zaTo;   /* the anchor in the old and the new layout, hotel-buffer coordinates */
    gh_LoggedText *zaNext, *zaText; /* the overlay's words of the last frame; of the old picture */
    int nzaNext, nzaText, zaWords;
    bool zaLog;
    /* input */
    int mouseX, mouseY;
    bool mouseIn, dragging, dragMoved;
    int dragX, dragY;
    bool pinned;
    gh_ViewHit pin;
    SDL_Rect button[GH_ACT_COUNT];
    /* desk chips, filled while drawing: p = -1 for reception chips */
    gh_Chip chips[256];
    int nchips;
    /* cafeteria */
    bool showTemps;          /* compiler temporaries and runtime pseudo frames on the plates */
    gh_PlateBox plates[GH_MAX_PLATES];
    int nplates;
    /* animation and history */
    uint32_t now;
    gh_Flash flash[GH_FLASHES];
    int nflash, flashHead;
    gh_Flash refill[8];      /* recent key hand-overs (kind: GH_EV_REFILL from mcentral, GH_EV_CENTRAL_GROW
                              * from mheap), kept apart so allocations do not push them out */
    int nrefill;
    int32_t grownSpan;       /* the floor mcentral just grew from mheap (-1 none) */
    /* the desk's key in flight (desk_key_travel.c): where reception, mheap and each P's
     * name were drawn in this frame, and the keys on their way */
    SDL_Rect deskCentral, deskHeap, deskP[8];
    gh_ViewKey keys[8];
    int nkeys;
    uint32_t stwAt, stwUntil, growAt;
    uint32_t eventsSinceStw; /* events fed since the last stop-the-world phase began */
    int32_t growG;
    uint64_t growFrom, growTo;
    int32_t moveG;           /* the goroutine whose plates were moving in the last frame (cafeteria.c) ... */
    float moveProgress;      /* ... and how far (0..1), -1 none */
    gh_Sample samples[GH_SAMPLES];
    int nsamples;
    uint64_t lastSampleT;
    /* prompt bar (prompt.c): copies of gh_ViewPrompt's strings */
    bool promptOn;
    char promptTitle[256], promptItem[16][96];
    int promptN, promptSel;
    /* presenter (presenter.c): live only */
    bool laserOn;
    int laserX, laserY;
    uint32_t hintsAt;        /* when the key hints were shown (0: never) */
};
/* The laser spotlight and the key hints, over everything (presenter.c). */
void gh_presenter_draw(gh_View *v);

#endif
