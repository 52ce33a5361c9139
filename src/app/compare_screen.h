/* compare_screen.h — a comparison (compare.h) shown on a split view (view/split_view.h):
 * each side's session drives its half, and the difference panel gets both sides' figures
 * at the current step. Shared by `shot --compare` and the window's `play --compare`. */
#ifndef GH_APP_COMPARE_SCREEN_H
#define GH_APP_COMPARE_SCREEN_H
#include "app/compare.h"
#include "view/split_view.h"

typedef struct gh_CompareScreen {
    gh_Compare c;
    gh_SplitView *sv;
} gh_CompareScreen;

/* Open the comparison `what` on a new split view drawing into r (w×h). False with why
 * filled, nothing left open. */
bool gh_compare_screen_open(gh_CompareScreen *cs, SDL_Renderer *r, int w, int h, const gh_ViewOptions *vo,
                            const gh_CompareWhat *what, const gh_RunOptions *base, char *why, size_t n);
void gh_compare_screen_close(gh_CompareScreen *cs);
/* Push both sides' state into the split view: each half's lesson panels (its header titled
 * with the side's name), the figures and where the two stand. */
void gh_compare_screen_sync(gh_CompareScreen *cs);
/* Sync and draw one frame. */
void gh_compare_screen_render(gh_CompareScreen *cs, uint32_t now_ms);

#endif
