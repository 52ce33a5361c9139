/* script.h — gh_Script, the one context of a running scene: its Lua state, its simulator,
 * the stepping position, the lesson's narration and the allocation profile. Internal to
 * src/script; the window and the CLI use stepper.h. Every Lua module finds its gh_Script
 * through gh_script_of(L) (stored in the Lua state's extra space, no globals). */
#ifndef GH_SCRIPT_H
#define GH_SCRIPT_H
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <lua.h>
#include <lauxlib.h>
#include "run/text.h"
#include "runtime/runtime.h"
#include "script/gotype.h"
#include "run/fiber.h"
#include "run/heap_profile.h"
#include "run/profile.h"
#include "script/stepper.h"
#include "script/watchdog.h"

enum {
    GH_PATH_MAX = 512,
    GH_MAX_PARAMS = 64,
    GH_MAX_HIGHLIGHTS = 32,
    GH_MAX_MEASURES = 64,
    GH_ERR_MAX = 1024,
    GH_MAX_TEARDOWNS = 8,
    GH_MAIN_FRAME = 512,        /* bytes of main.main's frame: the scene's top-level locals */
};

/* FNV-1a's offset basis: the event digest of a scene before any event. */
#define GH_DIGEST_START 0xcbf29ce484222325ull

/* Stop kinds: a step ends after a point of one of these kinds (a bit mask). */
enum {
    GH_STOP_EVENT = GH_STEP_EVENT, /* any runtime event */
    GH_STOP_OP = GH_STEP_OP,       /* any scripted operation */
    GH_STOP_LINE = GH_STEP_LINE,   /* a new line of the scene file is about to run */
    GH_STOP_PHASE = GH_STEP_PHASE, /* the collector changed phase */
    GH_STOP_CYCLE = GH_STEP_CYCLE, /* a GC cycle started */
    GH_STOP_PAUSE = GH_STEP_PAUSE, /* lesson.pause */
    GH_STOP_END = GH_STEP_END,     /* the scene finished (or failed) */
};

/* A module's teardown hook (gh_script_on_teardown). */
typedef void (*gh_ScriptTeardown)(gh_Script *S);

typedef enum { GH_SCENE_NEW, GH_SCENE_SUSPENDED, GH_SCENE_RUNNING, GH_SCENE_DONE, GH_SCENE_FAILED } gh_SceneState;

typedef struct gh_Param { char key[64]; char val[256]; } gh_Param;

/* A highlight with what decides how long it lasts (lib_lesson.c): until the scene goes on
 * past the next pause unless kept; a room also goes when its object is freed, one shown
 * through a variable when the variable changes. */
typedef struct gh_LessonHighlight {
    gh_Highlight h;             /* what the stepper hands out while it stands */
    bool keep;                  /* {keep = true}: stays until lesson.clear */
    bool fromProgram;           /* go.program's label of its newest allocation */
    uint32_t gen;               /* the simulator it belongs to (lesson.reset ends it) */
    uint32_t serial;            /* the room's object serial then (0: not a heap object) */
    uint64_t varAddr;           /* through a variable: where its value is (0: not) */
    uint64_t varWord;           /* the variable's first word then */
    int32_t varG, varFrame;     /* a local's goroutine and frame index (-1: a global) */
    uint64_t varFrameSP;        /* that frame's sp then */
} gh_LessonHighlight;

/* A figure a lesson publishes (lesson.figure): tests compare it with real Go. */
enum { GH_MAX_FIGURES = 128, GH_CONSOLE_MAX = 4096 };
typedef struct gh_Figure { char name[64]; char value[64]; } gh_Figure;

/* One pause of the lesson as a handout line: its name, stop point and narration. */
typedef struct gh_TranscriptEntry { char pause[64]; uint64_t step; char *text; } gh_TranscriptEntry;

typedef struct gh_Measure {
    char name[64];
    int line;
    int64_t Mallocs, Frees, TotalAlloc, NumGC, HeapAlloc, PauseTotalNs;
} gh_Measure;

/* Options fixed for the whole life of a scene (a replay reuses them). */
typedef struct gh_ScriptOptions {
    gh_Config sim;              /* GOGC, GOMAXPROCS, simulated memory */
    size_t luaMemLimit;         /* bytes of Lua memory (default 64 MiB) */
    uint64_t idleLimit;         /* Lua instructions allowed without a runtime operation */
    FILE *out;                  /* where what the scene prints is echoed (NULL: nowhere) */
    uint64_t maxOps;            /* runtime operations allowed in all (0: 20 M): ends endless scenes */
    FILE *figures;              /* where lesson.figure lines are echoed (NULL: nowhere) */
    double maxStepSeconds;      /* wall time one step may take (watchdog.h; 0: 10 s, < 0: no limit) */
} gh_ScriptOptions;

/* The allocation profile of one Go program a scene steps through (go.program): its Go
 * lines are not scene lines, so they are counted apart and reported as FILE.go:LINE. */
enum { GH_GO_PROFILES = 4 };
typedef struct gh_GoProfile {
    char name[64];              /* the program's file name */
    gh_Text text;               /* its source (a copy: the program may be gone by report time) */
    gh_Profile prof;
} gh_GoProfile;

typedef struct gh_Script {
    lua_State *L;               /* main state: globals, registry */
    lua_State *co;              /* the scene's coroutine */
    lua_State *curL;            /* the Lua thread running the current operation */
    gh_Sim *sim;
    gh_TypeDescs types;         /* Go types the scene named */
    gh_ScriptOptions opt;
    uint32_t gen;               /* bumped by lesson.reset: stale values are refused */
    char scenePath[GH_PATH_MAX], sceneDir[GH_PATH_MAX], luaDir[GH_PATH_MAX];
    const gh_Text *text;        /* the scene file, loaded once by the stepper (NULL: not loaded) */
    const char *sceneSource;    /* chunk source string of the scene (pointer identity) */
    int line;                   /* scene line running now */
    gh_Param params[GH_MAX_PARAMS];
    int nparams;
    gh_ParamDecl decls[GH_MAX_PARAM_DECLS]; /* params the scene declared so far */
    int ndecls;
    /* limits */
    size_t memUsed;
    uint64_t idleInstr;
    bool killed;                /* runaway or memory cap: no pcall may catch it again */
    char killMsg[256];
    gh_Watchdog *watch;         /* the wall-clock limit of a step (NULL: none) */
    /* stepping */
    uint64_t tick;              /* stop points passed so far */
    uint8_t *marks;             /* kind mask of each stop point, index tick-1 (grows forward) */
    uint64_t nmarks, capmarks;
    uint64_t target;            /* stop at this tick (0: none) */
    uint32_t stopMask;          /* stop at the next point of these kinds */
    uint32_t lastKind;          /* kind mask of the point we stopped at */
    bool abort;                 /* unwind the scene at the next stop point */
    gh_SceneState state;
    gh_Fiber fiber;             /* the host stack the scene runs on */
    /* Go source a scene steps through (go.program): shown in the code panel instead of
     * the scene while set. The text belongs to the running program. */
    const gh_Text *code;
    char codeName[64];
    int codeLine;
    void *progs[16];            /* live go.program handles (freed before their simulator) */
    int nprogs;
    /* results */
    int status;                 /* 0 ok, 1 scene failed */
    char err[GH_ERR_MAX];
    uint64_t ops;
    /* lesson */
    char title[128];
    char narration[1024];
    char notes[2048];
    char compare[256];          /* lesson.compare for the coming pause: "K=V,K=V" ("" none) */
    gh_Clip clips[GH_MAX_CLIPS]; /* lesson.clip: stretches worth a GIF */
    int nclips;           /* speaker notes for the coming pause (lesson.notes): terminal only */
    char pauseName[64];
    gh_LessonHighlight hl[GH_MAX_HIGHLIGHTS];
    int nhl;
    gh_Measure measures[GH_MAX_MEASURES];
    int nmeasures;
    /* the lesson.measure calls running now, outermost first: each one's name and the
     * MemStats its ReadMemStats read when it began (what the comparison's panel counts from) */
    struct { char name[64]; gh_MemStats base; } open[GH_MAX_MEASURES];
    int nopen;
    int checkpoints;
    /* allocation profile and event forwarding */
    gh_Profile prof;            /* by scene line */
    gh_GoProfile goProf[GH_GO_PROFILES]; /* by Go line, one per go.program file */
    int ngoProf;
    int goProfCur;              /* 1 + the goProf a Go statement is charging now; 0: the scene */
    struct gh_Exec *goExecCur;  /* the program running that statement: its call stack is cum's */
    bool goLoading;             /* go.program is loading one: its runtime's start-up allocations
                                 * are profiled by no line (Go's profile has none of them) */
    gh_HeapProfile *hprof;      /* --pprof: every allocation with its stack (pprof_scene.c); NULL: off */
    gh_HeapFrame *hprofFrames;  /* scratch: one stack */
    char (*hprofNames)[GH_HEAP_NAME_MAX]; /* scratch: its frames' names */
    char *hprofFile;            /* the scene file as the profile names it (absolute when known) */
    gh_EventFn fwd;
    void *fwdUd;
    gh_ScriptTeardown teardown[GH_MAX_TEARDOWNS]; /* gh_script_on_teardown */
    int nteardown;
    bool quiet;                 /* replaying: do not forward events */
    int nfinalizers;
    int inFinalizer;            /* finalizers running now (op.c): lesson.reset is refused */
    /* what the scene prints (console.c): print, fmt.Println and go.program's output */
    FILE *console;              /* a stream onto gh_console_write (for the Go interpreter) */
    char con[GH_CONSOLE_MAX + 1]; /* the last <= 4 KiB printed, NUL-terminated */
    size_t conLen;
    uint64_t conTotal;          /* bytes printed since the start */
    uint64_t echoMark;          /* bytes already echoed to opt.out (carried across replays) */
    gh_Figure figures[GH_MAX_FIGURES];
    int nfigures;
    uint64_t figTotal, figEchoMark; /* figures published / echoed so far */
    gh_TranscriptEntry *transcript; /* one entry per lesson pause passed */
    int ntranscript, captranscript;
    /* what the stepper shows at the stop point it is at (taken when it stops) */
    int shownLine;              /* the innermost scene line on the running Lua stack */
    gh_Highlight shown[GH_MAX_HIGHLIGHTS];
    int nshown;
    uint64_t digest;            /* FNV-1a over every event so far (gh_script_event_digest) */
    struct gh_ValueCache *vcache; /* value_cache.c: metatables by kind, recent handles, spellings */
} gh_Script;

static inline gh_Script *gh_script_of(lua_State *L) { return *(gh_Script **)lua_getextraspace(L); }

/* --- pprof_scene.c --- */
/* Record every heap allocation from now on in hp with its stack, every free counted off
 * (NULL: stop). False when out of host memory. */
bool gh_script_pprof(gh_Script *S, gh_HeapProfile *hp);
/* A MALLOC or FREE_OBJECT event into S->hprof; a fresh simulator (lesson.reset) forgets
 * the old heap's objects (gh_script_pprof_reset). */
void gh_script_pprof_event(gh_Script *S, const gh_Event *ev);
void gh_script_pprof_reset(gh_Script *S);

/* --- script.c --- */
/* A new scene context (not loaded). NULL if the host is out of memory. */
gh_Script *gh_script_new(const gh_ScriptOptions *opt, const char *luaDir);
void gh_script_free(gh_Script *S);
/* Set a --param before loading. False if the table is full. */
bool gh_script_param(gh_Script *S, const char *key, const char *val);
/* Load the scene at path, whose text the caller has loaded (and keeps while S lives), and
 * prepare its coroutine; false + S->err on a syntax error. text NULL: the file could not be
 * loaded, textErr says why (the scene fails with that error, on a booted simulator). */
bool gh_script_load(gh_Script *S, const char *path, const gh_Text *text, const char *textErr);
/* The rules a scene file must meet (gh_text_load): regular, UTF-8, 1 byte to 4 MiB. */
extern const gh_TextRules gh_scene_rules;
/* Run until a stop point matching mask, the target tick, or the end. */
void gh_script_run(gh_Script *S, uint32_t mask, uint64_t target);
/* Pass one stop point of the given kinds; may suspend the scene here. */
void gh_script_tick(gh_Script *S, uint32_t kind);
/* A fresh simulator for the scene (first start and lesson.reset). Runs the teardown hooks
 * before the old simulator goes. */
bool gh_script_boot_sim(gh_Script *S, const gh_Config *cfg);
/* A module's teardown (e.g. go.program freeing its interpreters): run before the scene's
 * simulator is replaced (lesson.reset) and when the script is freed. The script layer's
 * core knows its modules only through this list. */
/* Register fn once (again is a no-op). False if the list is full. */
bool gh_script_on_teardown(gh_Script *S, gh_ScriptTeardown fn);
/* The host could not allocate memory for `what`: the one way the script layer reports it.
 * A running scene fails at its next instruction with "gohotel: out of memory (WHAT)" at its
 * line, which no pcall catches; a finished one is marked failed with that error. */
void gh_script_out_of_memory(gh_Script *S, const char *what);

/* --- sandbox.c --- */
/* Open the allowed libraries, the Go modules and the safe require into S->L. */
bool gh_sandbox_open(gh_Script *S);
/* The allocator with S's memory cap. */
void *gh_sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize);
/* Install the line + instruction-count hook on a thread. */
void gh_sandbox_hook(lua_State *L);

/* --- errors.c --- */
/* Message handler for lua_pcall: turns any error value into `scene.lua:LINE: message`. */
int gh_error_handler(lua_State *L);
/* Text of a failed call's status (memory errors get the scene line too). */
void gh_error_text(gh_Script *S, lua_State *L, int status, char *buf, size_t n);
/* Raise a binding's error at the scene line running (luaL_error would name the caller's
 * position, a line of lua/lesson_kit.lua when the kit called the binding). */
int gh_error_scene(lua_State *L, const char *fmt, ...);
/* Raise the scene's error for a runaway loop or the memory cap: uncatchable from now on. */
int gh_error_kill(lua_State *L, const char *fmt, ...);

/* --- op.c: every scripted operation is bracketed by these --- */
/* Start an operation: clears in-flight temporaries, charges the scene line; returns the sim. */
gh_Sim *gh_op_begin(lua_State *L);
/* gh_op_begin when the arguments before `first` are known not to be Go values. */
gh_Sim *gh_op_begin_from(lua_State *L, int first);
/* End an operation returning nret Lua values: raises the simulated Go panic if one
 * happened, runs queued finalizers, and passes an OP stop point. */
int gh_op_end(lua_State *L, int nret);
/* Raise the simulator's pending error as a Lua error (never returns). */
int gh_op_raise(lua_State *L);

/* --- the Lua modules --- */
/* Add the variable and call functions to the `go` table on the stack top. */
void gh_govars_register(lua_State *L);
void gh_gofunc_register(lua_State *L);
int gh_open_runtime(lua_State *L);
int gh_open_debug(lua_State *L);
int gh_open_strings(lua_State *L);
int gh_open_bytes(lua_State *L);
int gh_open_sync(lua_State *L);
int gh_open_go(lua_State *L);
int gh_open_lesson(lua_State *L);
int gh_open_params(lua_State *L);
int gh_open_fmt(lua_State *L);
/* go.program (lib_goprog.c): registers itself in the `go` table on the stack, and its
 * teardown (every interpreter freed before its simulator goes) with gh_script_on_teardown. */
void gh_goprog_register(lua_State *L);

/* --- console.c: everything a scene prints, captured and echoed once --- */
/* Open S->console (false if the host is out of memory). */
bool gh_console_open(gh_Script *S);
void gh_console_close(gh_Script *S);
/* Append printed text: kept in S->con (the last 4 KiB) and, if it was never echoed
 * before (not even by an earlier run of a replay), written to S->opt.out. */
void gh_console_write(gh_Script *S, const char *s, size_t n);
/* Publish a figure: kept in S->figures and echoed once as "figure NAME VALUE". */
void gh_console_figure(gh_Script *S, const char *name, const char *value);
/* Record a lesson pause in the transcript (its narration as it stands now). */
void gh_console_transcript(gh_Script *S, const char *pause, uint64_t step, const char *text);

/* --- lib_lesson.c: highlights' lifetime --- */
/* Which highlights still stand: drop the ones whose room was freed, whose variable
 * changed, or whose simulator was reset. With passedPause, also the ones not kept. */
void gh_highlights_prune(gh_Script *S, bool passedPause);
/* Is highlight h still showing what it was made for? */
bool gh_highlight_valid(const gh_Script *S, const gh_LessonHighlight *h);

/* The scene's allocation profile with its Go programs' (go.program) in one pprof-top
 * order; each row's file is the scene's path or the Go file's name. Caller frees *rows. */
int gh_script_profile_top(const gh_Script *S, gh_ProfileRow **rows);

/* --- goprog_note.c --- */
/* When one of the scene's go.programs made the heap object at addr: its Go line and the
 * compiler's verdict (or what the library made it for), two lines for a room's tooltip, in
 * buf; returns the length, 0 when no program made that object. */
int gh_script_room_note(const gh_Script *S, uint64_t addr, char *buf, size_t n);

#endif
