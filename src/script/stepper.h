/* stepper.h — the script layer's public API, the one the window and the CLI drive a scene
 * through: load a scene with its params, step forward by any granularity, step back or
 * jump to any step (by exact, deterministic replay from the start), and read what to draw:
 * the simulator, the narration, highlights, the pause name, the scene line and text, the
 * error text. It does not include Lua: the scene context (gh_Script) is opaque here. */
#ifndef GH_STEPPER_H
#define GH_STEPPER_H
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "run/text.h"
#include "runtime/runtime.h"

/* Granularities: a step ends after the next stop point of any kind in the mask (the
 * script's stop kinds, GH_STOP_* in script.h, are these bits). */
enum {
    GH_STEP_EVENT = 1 << 0,          /* any runtime event */
    GH_STEP_OP = 1 << 1,             /* any scripted operation */
    GH_STEP_LINE = 1 << 2,           /* the scene is about to run a new line */
    GH_STEP_PHASE = 1 << 3,          /* the collector changed phase */
    GH_STEP_CYCLE = 1 << 4,          /* the next GC cycle started */
    GH_STEP_PAUSE = 1 << 5,          /* a lesson pause point */
    GH_STEP_END = 1 << 6,            /* run to the end */
};

/* What lesson.highlight points at (its first argument), in the order lib_lesson.c names them. */
typedef enum {
    GH_TARGET_ROOM,             /* an object's room: addr */
    GH_TARGET_FLOOR,            /* the floor (span) holding addr, or of span class addr */
    GH_TARGET_FRAME,            /* a goroutine's frame: target is the function */
    GH_TARGET_VARIABLE,         /* a variable's plate: target is its name */
    GH_TARGET_SPAN,             /* the same as a floor */
    GH_TARGET_LINE,             /* a line of the code panel's file the narration quotes: addr */
    GH_TARGET_COUNT
} gh_HighlightTarget;

/* A highlight a lesson (or go.program's allocation label) set. */
typedef struct gh_Highlight {
    gh_HighlightTarget kind;
    char label[64];             /* the note drawn beside it (the target's name when none) */
    char target[64];            /* a frame's function or a variable's name (frame, variable) */
    uint64_t addr;              /* simulated address (room), span class (floor), 0 */
} gh_Highlight;

/* A param the scene declared (params.int/number/string/bool), recorded as the scene runs
 * so the window can offer its suggested values. Everything is kept as text. */
enum { GH_MAX_PARAM_DECLS = 16, GH_MAX_SUGGESTED = 8 };
typedef struct gh_ParamDecl {
    char name[64];
    char kind[8];               /* "int", "number", "string", "bool" */
    char def[64];               /* the default the scene declares */
    char value[64];             /* the value in use: the --param given, else the default */
    char suggested[GH_MAX_SUGGESTED][64];
    int nsuggested;
} gh_ParamDecl;

/* A stretch of a lesson worth recording (lesson.clip): from one pause to another, by name. */
enum { GH_MAX_CLIPS = 16 };
typedef struct gh_Clip { char name[64], from[64], to[64]; } gh_Clip;

typedef struct gh_Script gh_Script; /* the scene context (script.h, internal to src/script) */

typedef struct gh_StepperConfig {
    gh_Config sim;          /* GOGC, GOMAXPROCS, simulated memory (gh_config_default()) */
    const char *luaDir;     /* folder of lua/prelude.lua and the shared modules ("lua") */
    size_t luaMemLimit;     /* Lua memory cap in bytes (0: 64 MiB) */
    uint64_t idleLimit;     /* Lua instructions allowed without a runtime operation (0: 10 M) */
    FILE *out;              /* where what the scene prints is echoed, once (NULL: nowhere);
                             * it is always kept for gh_stepper_console */
    uint64_t maxOps;        /* runtime operations allowed in all (0: 20 M) */
    FILE *figures;          /* where lesson.figure echoes "figure NAME VALUE", once (NULL: nowhere) */
    double maxStepSeconds;  /* wall time one step of the scene may take, from one stop point to the
                             * next (0: 10 s; < 0: no limit); past it the scene fails with
                             * "stopped: one step ran longer than N s", and if it is stuck in C
                             * the process ends with status 124 */
} gh_StepperConfig;

typedef struct gh_Stepper gh_Stepper;

/* A stepper with no scene yet; NULL if the host is out of memory. */
gh_Stepper *gh_stepper_new(const gh_StepperConfig *cfg);
void gh_stepper_free(gh_Stepper *st);
/* A --param KEY=VALUE, before gh_stepper_load. False if too many. */
bool gh_stepper_param(gh_Stepper *st, const char *key, const char *value);
/* Load a scene (position 0: nothing has run). False + gh_stepper_error on failure. */
bool gh_stepper_load(gh_Stepper *st, const char *scenePath);
/* Run forward to the next stop point of a kind in `kinds`. False if the scene had already ended. */
bool gh_stepper_step(gh_Stepper *st, uint32_t kinds);
/* Go back to the last stop point before now of a kind in `kinds` (position 0 if none). */
bool gh_stepper_back(gh_Stepper *st, uint32_t kinds);
/* Go to stop point number `step` (0 = before anything ran); past the end stops at the end. */
bool gh_stepper_goto(gh_Stepper *st, uint64_t step);
/* Current position: stop points passed since the scene started. */
uint64_t gh_stepper_position(const gh_Stepper *st);
/* Stop points known so far (the furthest position reached). */
uint64_t gh_stepper_known(const gh_Stepper *st);
/* Kind mask of the stop point we are at (0 at position 0). */
uint32_t gh_stepper_stop_kind(const gh_Stepper *st);
bool gh_stepper_finished(const gh_Stepper *st);
/* Has the scene failed? Its error text is `scene.lua:LINE: message`. */
bool gh_stepper_failed(const gh_Stepper *st);
const char *gh_stepper_error(const gh_Stepper *st);
/* Lesson state at the current position. */
const char *gh_stepper_title(const gh_Stepper *st);
const char *gh_stepper_narration(const gh_Stepper *st);
const char *gh_stepper_pause_name(const gh_Stepper *st);
/* The speaker notes of the pause the scene stopped at (lesson.notes), "" when none. */
const char *gh_stepper_notes(const gh_Stepper *st);
/* The comparison the pause the scene stopped at asks for (lesson.compare): "K=V,K=V" as
 * `--compare` takes it, "" when none. */
const char *gh_stepper_compare(const gh_Stepper *st);
/* The innermost lesson.measure running at this step (a pause inside its fn): its name,
 * and in base the MemStats its ReadMemStats read when it began. NULL when none runs. */
const char *gh_stepper_measure_open(const gh_Stepper *st, gh_MemStats *base);
/* The scene line that made this step: at a pause the line that called it, otherwise the
 * line running (the innermost frame of the scene file; never a line of lua/ modules). */
int gh_stepper_line(const gh_Stepper *st);
/* The highlights standing at this step (a room's object still allocated, a variable still
 * holding what it held, set since the last pause or kept). */
int gh_stepper_highlights(const gh_Stepper *st, const gh_Highlight **out);
/* The text the scene printed (print, fmt.Println, the Go program's stdout and stderr) up
 * to the current position: at most the last ~4 KiB, "" if none; identical after back. */
const char *gh_stepper_console(const gh_Stepper *st);
/* FNV-1a (64-bit, word-wise) over every runtime event from the start to the current
 * position, in order: kind | p << 32, span | slot << 32, addr, size, aux.
 * Equal digests at equal positions mean the same run headless, in shot and in the window. */
uint64_t gh_stepper_event_digest(const gh_Stepper *st);
/* Go source the scene is stepping through (go.program), or NULL: its file name, text and
 * the line of the statement that runs next. */
const gh_Text *gh_stepper_code(const gh_Stepper *st, const char **name, int *line);
/* The scene file as gh_stepper_load read it, once (every replay runs these bytes; the code
 * panel and the report show their lines); NULL if it could not be loaded. */
const gh_Text *gh_stepper_text(const gh_Stepper *st);
/* Lesson pauses passed up to the current position. */
int gh_stepper_pauses_passed(const gh_Stepper *st);
/* The simulator to draw (read only; it changes identity on step back and lesson.reset). */
gh_Sim *gh_stepper_sim(const gh_Stepper *st);
/* The full-state hash of the simulator now. */
uint64_t gh_stepper_hash(const gh_Stepper *st);
/* --pprof: record the scene's heap allocations from now on in hp (run/heap_profile.h),
 * each with the scene's Lua call stack (and the Go frames of a go.program statement).
 * Only for a run that goes forward: a step back replays into a fresh scene, which records
 * nothing. False when out of host memory. */
struct gh_HeapProfile;
bool gh_stepper_pprof(gh_Stepper *st, struct gh_HeapProfile *hp);
/* Events of forward steps go to fn (never during a replay). */
void gh_stepper_listen(gh_Stepper *st, gh_EventFn fn, void *ud);
/* The scene context, for reports (measures, profile, params). */
const gh_Script *gh_stepper_script(const gh_Stepper *st);
/* A room's tooltip note when one of the scene's go.programs made the object at addr: its Go
 * line and the compiler's verdict, two lines in buf; returns the length, 0 for none. */
int gh_stepper_room_note(const gh_Stepper *st, uint64_t addr, char *buf, size_t n);
/* Params the scene has declared so far (params.int, ...: name, kind, default, value in use,
 * suggested values), in declaration order; the count, *out = the array. */
int gh_stepper_param_decls(const gh_Stepper *st, const gh_ParamDecl **out);
/* The clips the scene has named so far (lesson.clip), in order; the count, *out = the array. */
int gh_stepper_clips(const gh_Stepper *st, const gh_Clip **out);

#endif
