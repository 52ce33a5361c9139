/* compare.h — two runs side by side: one scene under two configurations (`--compare
 * gogc=50,gogc=200`, or a lesson's lesson.compare{...}), or two scenes under the same
 * options (`play A.lua B.lua`), each its own simulator in its own session, stepped in lock
 * step: every step, back, restart or jump is done to both, so each half is
 * exactly the run that configuration gives alone (same events, same digest). The figures
 * that tell the two apart are read from both simulators at the same step (compare_figures.c). */
#ifndef GH_APP_COMPARE_H
#define GH_APP_COMPARE_H
#include <stdbool.h>
#include <stddef.h>
#include "app/options.h"
#include "app/session.h"

enum { GH_COMPARE_MAX_KV = 8, GH_COMPARE_TEXT = 64 };

/* One side as given: KEY=VALUE settings (joined with '+' in the text), and its label. */
typedef struct gh_CompareSide {
    char label[160];                          /* the side's text as given: "gogc=50" */
    char kv[GH_COMPARE_MAX_KV][2][GH_COMPARE_TEXT];
    int nkv;
} gh_CompareSide;

typedef struct gh_CompareSpec { gh_CompareSide side[2]; } gh_CompareSpec;

/* Parse "K=V[+K=V]...,K=V[+K=V]...": exactly two sides. False with why filled ("--compare
 * needs two configurations ..."), naming the bad part as given. */
bool gh_compare_parse(const char *text, gh_CompareSpec *spec, char *why, size_t n);

/* One side resolved: the simulator's configuration and the scene's params ("K=V"). */
typedef struct gh_CompareConfig {
    gh_Config cfg;
    char store[GH_RUN_MAX_PARAMS][2 * GH_COMPARE_TEXT + 2];
    const char *params[GH_RUN_MAX_PARAMS];
    int nparams;
} gh_CompareConfig;

/* Resolve side `i` of spec over the base options: a key the scene declares as a param
 * (params.int ...) sets that param; otherwise gogc (N or off) sets GOGC and procs (1..64)
 * GOMAXPROCS, as --gogc and --procs do; any other key is an error naming the keys there
 * are. decls: the params the scene declared (gh_compare_scene_params). */
bool gh_compare_resolve(const gh_CompareSpec *spec, int i, const gh_RunOptions *base, const gh_ParamDecl *decls,
                        int ndecls, gh_CompareConfig *out, char *why, size_t n);

/* The params scene declares with the base options, read from a silent run up to its first
 * pause (or its end). Returns the count (decls copied to out), or -1 with the scene's own
 * error (`scene.lua:LINE: ...`) in why when it fails before that. */
int gh_compare_scene_params(const char *scene, const gh_RunOptions *base, gh_ParamDecl *out, int max, char *why,
                            size_t n);

/* What is compared: scene[0] under the two configurations of spec ("K=V,K=V"), or, spec
 * NULL, scene[0] (left) and scene[1] (right) under the same options. */
typedef struct gh_CompareWhat {
    const char *spec;
    const char *scene[2];
} gh_CompareWhat;
/* The comparison the options ask for: --compare on o->file, else o->file and o->file2. */
gh_CompareWhat gh_compare_what(const gh_RunOptions *o);
/* The comparison as one line, for messages and expect-compare: the spec, or "A.lua,B.lua"
 * (the sides' labels). */
void gh_compare_what_text(const gh_CompareWhat *w, char *buf, size_t n);

/* Can `what` run: the spec's syntax, keys and values, or both scenes loading? False with
 * why (the scene's own error, `scene.lua:LINE: ...`, naming the side). */
bool gh_compare_check(const gh_CompareWhat *what, const gh_RunOptions *base, char *why, size_t n);

/* Both sides of a comparison, each with its own session (and view, NULL headless). */
typedef struct gh_Compare {
    gh_CompareSpec spec;         /* two scenes: each side's label is its file's name, no settings */
    bool scenes;                 /* two scenes, not one scene twice */
    gh_CompareConfig conf[2];
    gh_Session s[2];
} gh_Compare;

/* Parse, resolve and open both sides of what (views may be NULL). False with why filled,
 * nothing left open: a bad spec ("--compare: ..."), or a side whose scene fails before its
 * first step (its error, naming the side). */
bool gh_compare_open(gh_Compare *c, const gh_CompareWhat *what, const gh_RunOptions *base, gh_View *left,
                     gh_View *right, char *why, size_t n);
void gh_compare_close(gh_Compare *c);
/* Each session's opening (gh_session_start): its home, the first pause. */
void gh_compare_start(gh_Compare *c, FILE *echo);
/* The same control on both sides. False for GH_ACT_QUIT. */
bool gh_compare_act(gh_Compare *c, gh_ViewAction a);
/* Both sides to the k-th pause (k from 1; 0: step 0), or as far as each gets. */
void gh_compare_goto_pause_index(gh_Compare *c, int k);
/* Both sides to their end. */
void gh_compare_goto_end(gh_Compare *c);
/* A side failed: its error text, naming the side ("(in the comparison's side gogc=50)",
 * "(in the comparison's right side, b.lua)"), else NULL. */
const char *gh_compare_error(const gh_Compare *c);
/* Side i's error named as gh_compare_error names it (static storage). */
const char *gh_compare_error_of(const gh_Compare *c, int i);

/* ---- the figures of the difference panel (compare_figures.c) ---- */
enum { GH_COMPARE_NFIGURES = 7 };
typedef enum { GH_FIG_COUNT, GH_FIG_BYTES, GH_FIG_NS } gh_FigureKind;
typedef struct gh_CompareFigure {
    const char *name;          /* Go's name where Go has one: "Mallocs", "NumGC" */
    const char *json;          /* the key in `run --json --compare`'s "difference" */
    gh_FigureKind kind;
    bool counter;              /* only grows (Mallocs ...): counted from a measure's start */
} gh_CompareFigure;
extern const gh_CompareFigure gh_compare_figure[GH_COMPARE_NFIGURES];
/* The figures of sim now, in the order of gh_compare_figure: the gauges first, then the
 * counters, which count from since (a lesson.measure's starting MemStats) when given,
 * else from the program's start. Reads only (no mcache flush). */
void gh_compare_figures(const gh_Sim *sim, const gh_MemStats *since, uint64_t out[GH_COMPARE_NFIGURES]);
/* Side i's figures at its step: the counters since its innermost running lesson.measure
 * began, if one runs (its name returned), else since the start (NULL returned). */
const char *gh_compare_side_figures(const gh_Compare *c, int i, uint64_t out[GH_COMPARE_NFIGURES]);
/* What the counters count from, said for both sides: "since measure 'NAME' began",
 * "since the program started", or left | right when they differ ("since measures 'a' | 'b' began"). */
void gh_compare_since_text(const gh_Compare *c, char *buf, size_t n);

#endif
