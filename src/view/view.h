/* view.h — the public face of gh_view: draws a gh_Sim as the hotel (heap), the key rings
 * (mcache), reception (mcentral), the cafeteria (stacks), the janitor (GC), charts, MemStats,
 * lesson panels and a control bar into any SDL_Renderer; answers layout and hit queries.
 * The view only reads the simulator. See docs/view.md for how the app drives it. */
#ifndef GH_VIEW_H
#define GH_VIEW_H
#include <stdbool.h>
#include <stdint.h>
#include <SDL.h>
#include "runtime/runtime.h"

typedef struct gh_View gh_View;

/* Panels of the window; each can be shown or hidden and queried for its rectangle. */
typedef enum {
    GH_PANEL_HEADER, GH_PANEL_NARRATION, GH_PANEL_SOURCE, GH_PANEL_HOTEL, GH_PANEL_DESK,
    GH_PANEL_CAFETERIA, GH_PANEL_JANITOR, GH_PANEL_CHART, GH_PANEL_MEMSTATS, GH_PANEL_CONTROLS,
    GH_PANEL_COUNT
} gh_ViewPanel;

/* Control bar buttons; gh_view_handle_event returns the one clicked (the app acts on it). */
typedef enum {
    GH_ACT_NONE, GH_ACT_RESTART, GH_ACT_BACK, GH_ACT_PLAY_PAUSE, GH_ACT_STEP, GH_ACT_SLOWER,
    GH_ACT_FASTER, GH_ACT_NEXT_GC, GH_ACT_END, GH_ACT_GRANULARITY, GH_ACT_RELOAD,
    GH_ACT_SCREENSHOT, GH_ACT_BLANK, GH_ACT_PALETTE, GH_ACT_PROJECTOR, GH_ACT_FULLSCREEN,
    GH_ACT_QUIT, GH_ACT_COUNT
} gh_ViewAction;

/* What the control bar should show; the app owns the stepping state. */
typedef struct gh_ViewControls {
    bool playing;
    float speed;             /* steps per second shown as "×speed" */
    int64_t step, nsteps;    /* current step and total (-1 unknown) */
    const char *granularity; /* "event", "operation", "line" or "GC phase" (copied) */
    const char *status;      /* short free text at the right end, e.g. "paused at predict" */
} gh_ViewControls;

/* Kinds of things under a pixel. */
typedef enum {
    GH_HIT_NONE, GH_HIT_ROOM, GH_HIT_FLOOR, GH_HIT_FREE_PAGES, GH_HIT_FRAME, GH_HIT_LOCAL,
    GH_HIT_KEY, GH_HIT_CENTRAL, GH_HIT_BUTTON, GH_HIT_PANEL,
    GH_HIT_WINDOW /* a window of the buildings tier: addr, size its bytes */
} gh_HitKind;

/* The answer of a hit test and the data for a tooltip. */
typedef struct gh_ViewHit {
    gh_HitKind kind;
    gh_ViewPanel panel;
    int32_t span;            /* floor (span index) or -1 */
    uint32_t slot;           /* room index in the span */
    gh_Addr addr;            /* object, free page run, frame or variable address */
    uint64_t size;           /* object or run size in bytes */
    int32_t goroutine, frame, local;  /* cafeteria hits (ids/indices) or -1 */
    int32_t p, spanclass;    /* key ring hits */
    gh_ViewAction action;    /* button hits */
    gh_RoomState state;
    bool aggregated;         /* the pixel shows a density strip of many rooms */
} gh_ViewHit;

/* Highlight kinds the lessons use to point at things. */
typedef enum { GH_HL_ROOM, GH_HL_FLOOR, GH_HL_FRAME, GH_HL_LOCAL } gh_HighlightKind;

/* Options for gh_view_new; zero-initialised means defaults. */
typedef struct gh_ViewOptions {
    bool projector;          /* classroom mode: larger text, thick outlines, high contrast */
    int palette;             /* 0 default, 1 classroom high contrast */
    const char *font_dir;    /* folder with DejaVuSans*.ttf; NULL = "assets/fonts" then system */
} gh_ViewOptions;

/* ---- lifetime ---- */
/* Create a view drawing into r (owned by the caller, must outlive the view). NULL on failure. */
gh_View *gh_view_new(SDL_Renderer *r, int w, int h, const gh_ViewOptions *opt);
/* Free the view and its textures (not the renderer). */
void gh_view_free(gh_View *v);
/* The window or target size changed. */
void gh_view_resize(gh_View *v, int w, int h);
/* Non-empty when something degraded (e.g. a missing font); the text says what. */
const char *gh_view_warning(const gh_View *v);

/* ---- modes ---- */
/* Classroom mode on/off: larger text, thick outlines, the classroom palette. */
void gh_view_set_projector(gh_View *v, bool on);
bool gh_view_projector(const gh_View *v);
/* 0 default palette, 1 classroom high contrast; gh_view_toggle_palette flips. */
void gh_view_set_palette(gh_View *v, int palette);
void gh_view_toggle_palette(gh_View *v);
/* Blank the screen (black) for a presentation pause. */
void gh_view_set_blank(gh_View *v, bool on);
/* Show or hide a panel; hidden panels give their room to the hotel. */
void gh_view_show_panel(gh_View *v, gh_ViewPanel p, bool on);
/* Marks v as one half of a split view: its header takes the narrow form whatever its figures
 * read, so that the two halves are laid out alike. */
void gh_view_set_half(gh_View *v, bool on);
/* Pointer arrows: -1 automatic (locals always, object graph for small heaps), 0 no arrows
 * at all, 1 object graph forced on. */
void gh_view_set_graph(gh_View *v, int mode);
/* Plates show compiler temporaries (.autotmp_N, .spill, .closureptr: any name starting with
 * '.') and the runtime's pseudo frames only when on (default off). */
void gh_view_set_show_temporaries(gh_View *v, bool on);
/* Reduced motion: changes between two steps show at once instead of moving over about
 * 300 ms (the janitor's walk). A still (`now_ms` 0 in gh_view_render) never moves anyway. */
void gh_view_set_reduced_motion(gh_View *v, bool on);
bool gh_view_reduced_motion(const gh_View *v);

/* ---- lesson content (all strings are copied) ---- */
/* The lesson title shown in the header. */
void gh_view_set_title(gh_View *v, const char *title);
/* Narration for the current step; may hold several paragraphs separated by "\n\n". */
void gh_view_set_narration(gh_View *v, const char *text);
/* The scene source shown with line numbers; lines[0] is line 1. */
void gh_view_set_source(gh_View *v, const char *name, const char *const *lines, int nlines);
/* The line to highlight (1-based, 0 none); the panel scrolls to keep it visible. */
void gh_view_set_line(gh_View *v, int line);
/* An error to show with file:line (NULL clears). The rest of the window keeps drawing. */
void gh_view_set_error(gh_View *v, const char *text);
/* What the control bar shows (play state, speed, step counter, granularity, status). */
void gh_view_set_controls(gh_View *v, const gh_ViewControls *c);
/* What the scene printed so far; the last lines show in a console strip under the
 * narration (copied; NULL or "" hides the strip). */
void gh_view_set_console(gh_View *v, const char *text);
/* Map allocation site ids to "file:line" for tooltips (fn may be NULL). */
void gh_view_set_site_namer(gh_View *v, const char *(*fn)(void *ud, int32_t site), void *ud);
/* What a room's tooltip says about the object at addr instead of its site, when its maker
 * knows more (a Go program: its Go line and the compiler's verdict): fn writes it to buf
 * and returns its length, 0 to fall back to the site name (fn may be NULL). */
void gh_view_set_room_noter(gh_View *v, int (*fn)(void *ud, uint64_t addr, char *buf, size_t n), void *ud);

/* ---- prompt bar (prompt.c) ---- */
/* A modal choice across the bottom of the window, above the control bar: a title line and
 * up to 16 items, one selected (e.g. "Quit gohotel?" / "Enter or Esc: quit", or a param's
 * suggested values). The app owns the keys; the view only draws it, on top of everything. */
typedef struct gh_ViewPrompt {
    const char *title;
    const char *items[16];
    int nitems;
    int selected;            /* index into items, -1 none */
} gh_ViewPrompt;
/* Show the prompt (strings are copied); NULL hides it. */
void gh_view_set_prompt(gh_View *v, const gh_ViewPrompt *p);
/* Draw only the prompt bar, at the bottom of the target (for screens the view does not
 * draw itself, such as the lesson menu). gh_view_render draws it by itself. */
void gh_view_render_prompt(gh_View *v);

/* ---- highlights (cleared by gh_view_clear_highlights) ---- */
/* Remove every lesson highlight. */
void gh_view_clear_highlights(gh_View *v);
/* Point at the room holding addr (GH_HL_ROOM), the floor holding addr (GH_HL_FLOOR). */
void gh_view_highlight_addr(gh_View *v, gh_HighlightKind kind, gh_Addr addr, const char *label);
/* Point at frame `frame` (0 = bottom, main) of goroutine gid, or its local named `name`;
 * gid -1 (frame -1) points at the global named `local` on the cafeteria's globals line. */
void gh_view_highlight_frame(gh_View *v, int32_t gid, int32_t frame, const char *local, const char *label);
/* Show line `line` (from 1) of the source in the code panel, whole and with a light band,
 * besides the current line: a line the narration quotes. When the quoted lines and the
 * current one do not fit as one stretch, the panel shows excerpts around each, a "⋮" row
 * standing for the lines left out. */
void gh_view_quote_line(gh_View *v, int line);
/* Where the last frame drew source line `line` (its first row; the panel's rows), if it did. */
bool gh_view_source_line_rect(const gh_View *v, int line, SDL_Rect *out);

/* ---- events and drawing ---- */
/* Feed one runtime event (call from the app's gh_sim_listen callback, sim in that state). */
void gh_view_event(gh_View *v, const gh_Sim *sim, const gh_Event *ev);
/* Forget animations, history and the pinned room (after restart or reload). */
void gh_view_reset(gh_View *v);
/* Draw one frame; now_ms drives animations (pass a fixed value for reproducible shots). */
void gh_view_render(gh_View *v, const gh_Sim *sim, uint32_t now_ms);
/* Force the next render to repaint the hotel from scratch. */
void gh_view_invalidate(gh_View *v);

/* ---- input ---- */
/* Mouse wheel zoom, drag pan, hover tooltips, click to pin, button clicks. Returns the
 * button action to perform (GH_ACT_NONE when the view consumed or ignored the event). */
gh_ViewAction gh_view_handle_event(gh_View *v, const gh_Sim *sim, const SDL_Event *e);
/* The standard key binding (Space, arrows, PageUp/Down, Home, N, E, F/F11, S, R/F5, B, Esc,
 * +/-, G, P, C); the app may use it or its own. */
gh_ViewAction gh_view_key_action(SDL_Keycode key);
/* Zoom the hotel by factor around pixel (x, y); pan by (dx, dy) pixels; 1.0 = fit. */
void gh_view_zoom(gh_View *v, float factor, int x, int y);
void gh_view_pan(gh_View *v, int dx, int dy);
void gh_view_zoom_reset(gh_View *v);
/* Pin the tooltip at (x, y), or unpin when nothing is there. */
void gh_view_pin(gh_View *v, const gh_Sim *sim, int x, int y);

/* ---- presenter (live only: a still never shows these) ---- */
/* The laser-pointer spotlight at window pixel (x, y): the rest of the window dims. */
void gh_view_set_laser(gh_View *v, bool on, int x, int y);
bool gh_view_laser(const gh_View *v);
/* Show the card of keys from now_ms; it fades out after a few seconds. */
void gh_view_show_key_hints(gh_View *v, uint32_t now_ms);
/* The card is on screen in the last rendered frame. */
bool gh_view_key_hints_shown(const gh_View *v);

/* ---- GIF recording (gif.c, giflib) ---- */
/* An animated GIF being written: frames of w×h 0xAARRGGBB pixels, each shown for its delay.
 * The colour table holds the view's palette exactly (state colours stay exact). */
typedef struct gh_GifRecorder gh_GifRecorder;
/* Start path; NULL with err filled (naming the file) when it cannot be written. */
gh_GifRecorder *gh_gif_open(const gh_View *v, const char *path, int w, int h, char *err, size_t n);
/* Add a frame shown for centis hundredths of a second; false on a write error (gh_gif_error). */
bool gh_gif_add(gh_GifRecorder *g, const uint32_t *argb, int pitch, int centis);
int gh_gif_frames(const gh_GifRecorder *g);
const char *gh_gif_error(const gh_GifRecorder *g);
/* Finish and free; false with err filled when the file could not be completed. */
bool gh_gif_close(gh_GifRecorder *g, char *err, size_t n);

/* ---- layout queries (valid for the last rendered frame) ---- */
/* Rectangle of a visible panel. */
bool gh_view_panel_rect(const gh_View *v, gh_ViewPanel p, SDL_Rect *out);
/* Rectangle of room `slot` of span `span`; *aggregated says it shares a density strip. */
bool gh_view_room_rect(const gh_View *v, const gh_Sim *sim, int32_t span, uint32_t slot, SDL_Rect *out,
                       bool *aggregated);
/* A pixel inside the room guaranteed to show the state's fill colour (not a pattern line). */
bool gh_view_room_probe(const gh_View *v, const gh_Sim *sim, int32_t span, uint32_t slot, int *x, int *y);
/* Floor of a span (detail mode only); plate of frame `frame` (0 = main) of goroutine gid;
 * the line of its local number `local`; a control bar button. False when not drawn. */
bool gh_view_floor_rect(const gh_View *v, int32_t span, SDL_Rect *out);
/* How the hotel draws its floors in the last frame: rooms (each slot a door), bars (each
 * floor one occupancy bar, buildings in wings), density strips (pages summarised), or
 * buildings (each arena a facade of windows lit to their share of taken bytes). */
typedef enum { GH_HOTEL_ROOMS, GH_HOTEL_BARS, GH_HOTEL_STRIP, GH_HOTEL_BUILDINGS } gh_HotelTier;
gh_HotelTier gh_view_hotel_tier(const gh_View *v);
/* Buildings tier: the windows arena `arena` has (0 in other tiers), and window k's pane
 * (window coordinates), the address range it stands for and the bytes of it in taken rooms
 * (rooms not free); false when out of range or off screen. */
int gh_heat_windows(const gh_View *v, int arena);
bool gh_view_heat_window(const gh_View *v, int arena, int k, SDL_Rect *r, uint64_t *addr, uint64_t *bytes, uint64_t *taken);
/* The colour a window's light has for that share (one of the legend's four steps). */
SDL_Color gh_view_heat_color(const gh_View *v, uint64_t taken, uint64_t bytes);
/* The smooth zoom of the last frame: how far the old picture is on its way out (0..1), or
 * -1 when none was drawn (a still, reduced motion, or no change of tier or zoom). */
float gh_view_hotel_zoom_progress(const gh_View *v);
/* How many of the old picture's words (floor signs, room numbers, roofs) the last frame drew
 * fading out with it, in the hotel; 0 when no zoom was drawn. */
int gh_view_hotel_zoom_words(const gh_View *v);
/* The front desk's keys in flight in the last frame (none in a still or with reduced motion):
 * a refill's key travels for about 300 ms from where it came from — reception (mcentral's
 * chip for its span class, else the word mcentral), or mheap when mcentral grew the floor
 * from free pages for it — to the chip of the P that now holds it (else the P's name).
 * at is where the key is drawn now, progress 0..1 how far it is (eased). */
typedef struct gh_ViewKey { int32_t p, spc; bool fromHeap; SDL_Rect from, to, at; float progress; } gh_ViewKey;
int gh_view_keys_in_flight(const gh_View *v, gh_ViewKey *out, int max);
/* The cafeteria's stack move of the last frame: right after copystack moved a goroutine's
 * stack (grown or shrunk), its plates slide for about 300 ms from the old stack, fading as
 * it is freed, into the new one. How far (0..1, eased) and whose (*gid), or -1 when no
 * plates were moving (a still, reduced motion, after the move). */
float gh_view_stack_move_progress(const gh_View *v, int32_t *gid);
/* The janitor figure in the hotel (where the collector works, gh_GCInfo.workSpan); false
 * when he is not drawn (no cycle, or off screen). */
bool gh_view_janitor_rect(const gh_View *v, SDL_Rect *out);
bool gh_view_frame_rect(const gh_View *v, int32_t gid, int32_t frame, SDL_Rect *out);
bool gh_view_local_rect(const gh_View *v, int32_t gid, int32_t frame, int32_t local, SDL_Rect *out);
bool gh_view_button_rect(const gh_View *v, gh_ViewAction a, SDL_Rect *out);
/* What is under pixel (x, y). */
gh_ViewHit gh_view_hit(const gh_View *v, const gh_Sim *sim, int x, int y);
/* Tooltip text for a hit: lines separated by '\n' (address, span, size class, state,
 * type, size, allocation site, bytes preview). Returns the length written. */
int gh_view_describe(const gh_View *v, const gh_Sim *sim, const gh_ViewHit *h, char *buf, int n);
/* The text of the tooltip the next frame draws (the pinned room's, or what the mouse
 * hovers); false (buf "") when there is none. */
bool gh_view_tooltip_text(const gh_View *v, const gh_Sim *sim, char *buf, int n);
/* Labels drawn in the last frame (for tests): count and the i-th string. */
int gh_view_label_count(const gh_View *v);
const char *gh_view_label(const gh_View *v, int i, SDL_Rect *where);
/* The font pixel size (the size the font was opened at) of the i-th label, 0 if none. */
int gh_view_label_px(const gh_View *v, int i);
/* Font pixel sizes now: the narration's and the smallest other text's. */
int gh_view_narration_px(const gh_View *v);
int gh_view_min_text_px(const gh_View *v);
/* Layout problems of the last rendered frame, one per line into buf (may be NULL): text
 * smaller than the classroom minimum (narration 26 px, other text 18 px, in projector mode),
 * text outside its panel, text over other text, narration that did not fit, highlighted
 * rooms drawn smaller than 12 px. Returns the number of problems. */
int gh_view_layout_problems(gh_View *v, char *buf, int n);

/* ---- classification and colours ---- */
/* The state of a room now (the runtime's gh_room_state), and the state's name ("grey"). */
gh_RoomState gh_view_room_state(const gh_Sim *sim, int32_t span, uint32_t slot);
const char *gh_view_state_name(gh_RoomState s);
/* The fill colour of a state in the current palette. */
SDL_Color gh_view_state_color(const gh_View *v, gh_RoomState s);

/* ---- offscreen and PNG ---- */
/* A software renderer on a new ARGB8888 surface of w×h (no display needed). */
bool gh_view_offscreen(int w, int h, SDL_Surface **surf, SDL_Renderer **r);
/* Read the renderer's pixels and write them as a PNG. */
bool gh_view_screenshot(gh_View *v, const char *path);

#endif
