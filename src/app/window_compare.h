/* window_compare.h — the window's side-by-side mode: a comparison (compare_screen.h) in
 * the window, entered with D at a pause whose lesson asks for one (lesson.compare), or
 * from the start with `play --compare` or `play A.lua B.lua`. Both halves step together with the usual keys;
 * D or Esc goes back to the single scene, where it was. */
#ifndef GH_APP_WINDOW_COMPARE_H
#define GH_APP_WINDOW_COMPARE_H
#include "app/compare_screen.h"

typedef struct gh_WindowCompare {
    bool on;
    gh_CompareScreen cs;
    char spec[600];             /* what is compared: the spec, or "a.lua,b.lua" */
    int shots;
} gh_WindowCompare;

/* Open comparison spec of the scene session s runs (its GOGC, GOMAXPROCS and params under
 * the spec's), or, spec NULL, s's scene beside scene2 (the same options); both sides at s's
 * pause (by number; home when s is at none). False with why filled. */
bool gh_window_compare_enter(gh_WindowCompare *wc, SDL_Renderer *r, int w, int h, bool projector, const char *spec,
                             const char *scene2, const gh_Session *s, char *why, size_t n);
void gh_window_compare_leave(gh_WindowCompare *wc);
/* One input event: 0 handled, 1 leave the comparison (D, Esc), -1 quit (window closed). */
int gh_window_compare_event(gh_WindowCompare *wc, const SDL_Event *e);
/* Advance the play timer of both sides by dt seconds and draw a frame. */
void gh_window_compare_frame(gh_WindowCompare *wc, double dt, uint32_t now);
void gh_window_compare_resize(gh_WindowCompare *wc, int w, int h);
/* Where, in the window, the newest heap object of side 0 (left) or 1 (right) was drawn in
 * the last frame (the middle of its room); false when it was not. */
bool gh_window_compare_newest_room_point(gh_WindowCompare *wc, int side, int *x, int *y);
/* The tooltip side's half shows now (hover or pinned room), into text; false when none. */
bool gh_window_compare_tooltip(gh_WindowCompare *wc, int side, char *text, int n);

/* Is the split view's laser pointer on (L held)? */
bool gh_window_compare_laser(const gh_WindowCompare *wc);

#endif
