/* window.h — the interactive window: the lesson menu, then a scene with its hotel, lesson
 * panels and controls; keys and a presentation clicker drive it. */
#ifndef GH_APP_WINDOW_H
#define GH_APP_WINDOW_H
#include <stdbool.h>
#include "runtime/runtime.h"

typedef struct gh_WindowOptions {
    const char *scene;       /* NULL: start at the lesson menu */
    gh_Config cfg;
    const char *const *params; /* "K=V" */
    const char *compare;     /* --compare K=V,K=V: open the scene side by side (NULL: no) */
    const char *scene2;      /* play A.lua B.lua: the second scene, side by side with scene */
    int nparams;
    bool projector;
    bool reducedMotion;      /* --reduced-motion (key M toggles it) */
    double maxStepSeconds;   /* --max-step-seconds (gh_StepperConfig.maxStepSeconds) */
    int w, h;
    const char *keys;        /* scripted input, comma separated: key names ("PageDown", "F11",
                                "s"), "resize:WxH", "minimize", "restore", "wait", and checks
                                of what is shown: expect-pause:NAME, expect-pause-index:N,
                                expect-scene:FILE.lua, expect-menu, expect-title:TEXT,
                                expect-prompt:TEXT, expect-no-prompt, expect-gran:NAME,
                                expect-selected:TEXT (menu), expect-param:K=V,
                                expect-error:TEXT (the scene's error shown), expect-no-error,
                                expect-compare:K=V|K=V or none (side by side, both at one
                                pause; '|' for the comma);
                                pin-newest (click the newest heap object's room) and
                                expect-tooltip:TEXT (the pinned tooltip says TEXT);
                                side by side, hover-newest:left|right (the mouse moves onto
                                that half's newest heap object, in window coordinates) and
                                expect-split-tooltip:left:TEXT|right:TEXT|none (which half
                                shows a tooltip, saying TEXT; the other none). A failed check
                                prints "failed: got ..." and makes the exit status 1. The
                                window closes after the last one. NULL: interactive. */
} gh_WindowOptions;

/* Run the window until the user quits. Returns -1 if no window can be opened (no display),
 * else the exit status. */
int gh_window_run(const gh_WindowOptions *o);

#endif
