/* split_view.h — two views side by side in one window and a difference panel under them:
 * the screen of a comparison (app/compare.h). Each half is a whole gh_View (its own hotel,
 * narration and panels) drawn into its half of the renderer, fed by its own simulator; the
 * panel across the bottom sets the two runs' figures side by side at the current step,
 * with their difference. */
#ifndef GH_VIEW_SPLIT_VIEW_H
#define GH_VIEW_SPLIT_VIEW_H
#include <stdbool.h>
#include "view/view.h"

/* How a figure reads: a count, bytes (KiB, MiB), or nanoseconds (µs, ms). */
typedef enum { GH_SPLIT_COUNT, GH_SPLIT_BYTES, GH_SPLIT_NS } gh_SplitKind;
/* One column of the difference panel: its name and the two sides' values. */
typedef struct gh_SplitRow {
    const char *name;
    gh_SplitKind kind;
    uint64_t v[2];
} gh_SplitRow;

typedef struct gh_SplitView gh_SplitView;

/* A split view drawing into r (w×h), NULL on failure. */
gh_SplitView *gh_split_view_new(SDL_Renderer *r, int w, int h, const gh_ViewOptions *opt);
void gh_split_view_free(gh_SplitView *s);
void gh_split_view_resize(gh_SplitView *s, int w, int h);
/* The view of half 0 (left) or 1 (right): the session of that side drives it. */
gh_View *gh_split_view_half(gh_SplitView *s, int side);
/* The sides' names ("gogc=50"), drawn above each half and in the panel (copied). */
void gh_split_view_set_labels(gh_SplitView *s, const char *left, const char *right);
/* The panel's figures (copied; at most 12) and its status text ("pause 7 · cycles"). */
void gh_split_view_set_rows(gh_SplitView *s, const gh_SplitRow *rows, int n);
void gh_split_view_set_status(gh_SplitView *s, const char *status);
/* Headings over the panel's columns: head0 over columns [0, at), head1 over [at, n)
 * ("now", "since measure 'x' began"), a line of their own above the figures' names.
 * NULL heads: no headings (and no line for them). */
void gh_split_view_set_groups(gh_SplitView *s, int at, const char *head0, const char *head1);
/* The text of a difference, right minus left, as the panel shows it ("+1.5 MiB", "same"). */
void gh_split_view_diff_text(gh_SplitKind kind, uint64_t left, uint64_t right, char *buf, size_t n);
/* The mouse on the split view, as each half's gh_view_handle_event understands it: an event
 * at a point goes to the half under it, in that half's own coordinates (hover tooltip,
 * click to pin, wheel zoom, drag pan), and the other half's hover ends; a drag stays with
 * the half it began in. A key goes to both (their hover tooltips wait for the mouse to
 * move; 0 resets both zooms). Returns the action the event asks for (a key's binding; the
 * halves have no control bar). */
gh_ViewAction gh_split_view_handle_event(gh_SplitView *s, const gh_Sim *left, const gh_Sim *right, const SDL_Event *e);
/* Draw one frame: both halves, then the panel. */
void gh_split_view_render(gh_SplitView *s, const gh_Sim *left, const gh_Sim *right, uint32_t now_ms);
/* Layout problems of the last frame: each half's (gh_view_layout_problems, prefixed with
 * the side's name) and the panel's (a figure that does not fit its cell). */
int gh_split_view_layout_problems(gh_SplitView *s, char *buf, int n);
/* The last frame as a PNG. */
bool gh_split_view_screenshot(gh_SplitView *s, const char *path);
/* The view that draws the difference panel (the whole window's size): its labels
 * (gh_view_label) are the panel's texts of the last frame. */
gh_View *gh_split_view_panel_view(gh_SplitView *s);
/* Where the last frame put a half (0, 1) or the panel (2). */
SDL_Rect gh_split_view_rect(const gh_SplitView *s, int which);

/* The laser-pointer spotlight over the whole split window, at window pixel (x, y). */
void gh_split_view_set_laser(gh_SplitView *s, bool on, int x, int y);
bool gh_split_view_laser(const gh_SplitView *s);

#endif
