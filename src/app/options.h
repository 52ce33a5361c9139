/* options.h — the one command-line parser of gohotel's scene and program commands (run,
 * play, shot, exec, and the ones to come). Every option is spelled, checked and stored in
 * one place; a command says which options it takes (a mask of GH_OPT_*), so an option
 * means the same in every command that takes it, and `play` with no display hands the
 * very same gh_RunOptions to `run`'s code. */
#ifndef GH_APP_OPTIONS_H
#define GH_APP_OPTIONS_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/runtime.h"

/* The options, as a mask: what a command accepts. */
enum {
    GH_OPT_PARAM = 1u << 0,      /* --param KEY=VALUE (repeatable) */
    GH_OPT_GOGC = 1u << 1,       /* --gogc N|off */
    GH_OPT_PROCS = 1u << 2,      /* --procs N */
    GH_OPT_STEPS = 1u << 3,      /* --steps N: stop after N stop points */
    GH_OPT_MAX_OPS = 1u << 4,    /* --max-ops N: runtime operations allowed in all */
    GH_OPT_JSON = 1u << 5,       /* --json */
    GH_OPT_GCTRACE = 1u << 6,    /* --gctrace */
    GH_OPT_TRANSCRIPT = 1u << 7, /* --transcript */
    GH_OPT_SIZE = 1u << 8,       /* --size WxH */
    GH_OPT_PROJECTOR = 1u << 9,  /* --projector (classroom mode) */
    GH_OPT_OUT = 1u << 10,       /* -o FILE (or DIR) */
    GH_OPT_KEYS = 1u << 11,      /* --keys K1,K2,...: scripted window input */
    GH_OPT_WINDOW = 1u << 12,    /* --window: try a window even without DISPLAY */
    GH_OPT_WHERE = 1u << 13,     /* --step N | --end | --pause NAME | --pauses: which frames */
    GH_OPT_CHECK_LAYOUT = 1u << 14, /* --check-layout */
    GH_OPT_DIGEST = 1u << 15,    /* --digest: print the step count and event digest */
    GH_OPT_MAX_STEP_SECONDS = 1u << 16, /* --max-step-seconds N: wall time of one scene step (0: off) */
    GH_OPT_MAX_MEMORY = 1u << 17, /* --max-memory SIZE: the host-memory budget (cfg.hostBudget) */
    GH_OPT_RANGE = 1u << 18,     /* --from STEP|PAUSE --to STEP|PAUSE: a stretch of the scene */
    GH_OPT_FPS = 1u << 19,       /* --fps N: frames per second of a recording */
    GH_OPT_BY = 1u << 20,        /* --by line|operation|event|phase|pause: the size of a step */
    GH_OPT_PPROF = 1u << 21,     /* --pprof FILE: write the heap profile as pprof's profile.proto */
    GH_OPT_COMPARE = 1u << 22,   /* --compare K=V,K=V: two configurations side by side (compare.h) */
    GH_OPT_REDUCED_MOTION = 1u << 23, /* --reduced-motion: changes show at once, nothing walks */
    GH_OPT_GCPACERTRACE = 1u << 24, /* --gcpacertrace: the pacer's line per cycle (exec) */
};

enum { GH_RUN_MAX_PARAMS = 64, GH_RUN_MAX_KEY = 60 };

/* Which frames `shot` renders (GH_OPT_WHERE). */
typedef enum { GH_WHERE_NONE, GH_WHERE_STEP, GH_WHERE_END, GH_WHERE_PAUSE, GH_WHERE_PAUSES } gh_Where;

typedef struct gh_RunOptions {
    const char *file;            /* the scene or Go program (the first positional argument) */
    const char *file2;           /* a second scene, side by side with the first (twoFiles commands) */
    gh_Config cfg;               /* --gogc (-1 = off), --procs, --max-memory; the rest gh_config_default() */
    const char *params[GH_RUN_MAX_PARAMS]; /* "KEY=VALUE" as given (argv's storage) */
    int nparams;
    int64_t steps;               /* 0: to the end */
    uint64_t maxOps;             /* 0: the stepper's default */
    double maxStepSeconds;       /* 0: the stepper's default (10 s); < 0: --max-step-seconds 0, no limit */
    bool json, gctrace, gcpacertrace, transcript, projector, window, checkLayout, digest, reducedMotion;
    int w, h;                    /* --size; 0 when not given */
    const char *out;             /* -o */
    const char *keys;            /* --keys */
    gh_Where where;
    int64_t step;                /* --step N */
    const char *pause;           /* --pause NAME */
    const char *from, *to;       /* --from, --to: a step number or a pause name (NULL: start, end) */
    const char *clip;            /* --clip NAME: a stretch the lesson named (lesson.clip) */
    int fps;                     /* --fps; 0 when not given */
    const char *pprof;           /* --pprof FILE (NULL: none) */
    int by;                      /* --by: 1 + a GH_GRAN_* of session.h (line 1 ... pause 5); 0 when not given */
    const char *compare;         /* --compare: as given (checked by gh_compare_parse), NULL when not given */
} gh_RunOptions;

/* What a command takes. */
typedef struct gh_OptionSpec {
    const char *cmd;             /* "run", "play", ...: errors start "gohotel CMD: " */
    uint32_t accepts;            /* GH_OPT_* */
    const char *usage;           /* printed after an error (stderr) and for --help (stdout) */
    const char *fileNoun;        /* "scene", "Go file": "no scene given", "more than one scene" */
    bool fileOptional;           /* play: no scene opens the menu */
    bool twoFiles;               /* a second scene may follow: the two side by side (compare.h) */
} gh_OptionSpec;

/* Parse argv[1..argc-1] (argv[0] is the command's name) into *o (gh_config_default() for
 * what is not given). Returns 0 when the command should go on, 2 after printing a usage
 * error on stderr (`gohotel CMD: ` what is wrong, naming the option and its value, then the
 * usage), and -1 after printing the usage on stdout for --help / -h. */
int gh_run_options_parse(gh_RunOptions *o, const gh_OptionSpec *spec, int argc, char **argv);

/* Split params[i] ("KEY=VALUE", checked by the parser) into its key (copied into key[n]) and
 * value (a pointer into the string). */
const char *gh_run_param_split(const char *kv, char *key, size_t n);

#endif
