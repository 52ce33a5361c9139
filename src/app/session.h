/* session.h — the one step controller: a scene (stepper) and its picture (view) kept in
 * step. Play/pause, speed, granularity, step/back/restart, next GC, end, reload (also when
 * the scene file changes, keeping the current step), and the lesson panels' contents. */
#ifndef GH_APP_SESSION_H
#define GH_APP_SESSION_H
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "script/stepper.h"
#include "view/view.h"

enum { GH_SESSION_MAX_PARAMS = 32 };

typedef struct gh_Session {
    gh_Stepper *st;
    gh_View *view;               /* may be NULL (headless use) */
    char scene[1024];
    char params[GH_SESSION_MAX_PARAMS][2][256];
    int nparams;
    gh_Config cfg;
    double maxStepSeconds;       /* gh_StepperConfig.maxStepSeconds */
    bool playing;
    float speed;                 /* steps per second while playing */
    int gran;                    /* index into the granularity table */
    double playDebt;             /* fractional steps owed to the play timer */
    long long mtime;             /* scene file modification time, for auto reload */
    char status[160];
    char siteName[300];          /* the last allocation site named for a tooltip */
    FILE *echo;                  /* the scene's new output also goes here (the window: stdout) */
    uint64_t notesAt;            /* 1 + the step whose speaker notes were last printed */
    bool lesson;                 /* the scene has pause points (gh_session_start found one) */
    uint64_t home;               /* where the scene opens: its first pause, or its first step
                                    with a title or narration; Back and Home stop here */
} gh_Session;

/* Step granularities, in the order G cycles through them. */
enum { GH_GRAN_LINE, GH_GRAN_OP, GH_GRAN_EVENT, GH_GRAN_PHASE, GH_GRAN_PAUSE, GH_GRAN_COUNT };

/* Start a session on scene with params ("K=V" strings). The view may be NULL. */
bool gh_session_open(gh_Session *s, gh_View *view, const char *scene, const gh_Config *cfg,
                     const char *const *params, int nparams, double maxStepSeconds);
void gh_session_close(gh_Session *s);
/* The window's opening: reload with the scene's output echoed to echo (may be NULL) and go
 * to the scene's home (see gh_Session.home), never a blank step 0. Sets lesson and home. */
void gh_session_start(gh_Session *s, FILE *echo);
/* Set param name=value, restart the scene with it, and return to the same pause (by its
 * number among the pauses passed), or home. */
void gh_session_apply_param(gh_Session *s, const char *name, const char *value);
/* Number of pause points passed up to the current position. */
int gh_session_pause_index(const gh_Session *s);
/* Reload the scene file (after an edit), staying at the current step when possible. */
void gh_session_reload(gh_Session *s);
/* Act on a control (a key or a button). Returns false for GH_ACT_QUIT. */
bool gh_session_act(gh_Session *s, gh_ViewAction a);
/* Advance the play timer by dt seconds (steps while playing), check the file for changes. */
void gh_session_tick(gh_Session *s, double dt);
/* Push the lesson text, source line, highlights and controls into the view. */
void gh_session_sync_view(gh_Session *s);
/* Move to a stop point: by number, to the end, or to the pause called name. */
bool gh_session_goto_step(gh_Session *s, uint64_t step);
bool gh_session_goto_end(gh_Session *s);
bool gh_session_goto_pause(gh_Session *s, const char *name);
const char *gh_session_granularity(const gh_Session *s);

#endif
