/* cmd_run.c — `gohotel run SCENE.lua`: run a scene headless and report what happened —
 * final MemStats, GC cycles, the scene's named measurements and an allocation profile by
 * scene line (pprof's top: flat/cum bytes and objects) — as text or as one JSON object.
 * --gctrace prints Go's gctrace line per cycle on stderr; --transcript prints the lesson
 * first as a handout (its title, then each pause's narration); --pprof FILE writes the heap
 * profile for `go tool pprof` (every allocation, with the scene's Lua stack: run/pprof.h). What the scene prints is
 * echoed to stdout (stderr with --json, so stdout stays one JSON object).
 * Exit: 0 ok, 1 scene failed, 2 usage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "app/cli.h"
#include "app/paths.h"
#include "app/pprof_out.h"
#include "runtime/runtime.h"
#include "script/report.h"
#include "script/stepper.h"

static const gh_OptionSpec SPEC = {
    .cmd = "run",
    .accepts = GH_OPT_PARAM | GH_OPT_GOGC | GH_OPT_PROCS | GH_OPT_STEPS | GH_OPT_MAX_OPS | GH_OPT_MAX_MEMORY | GH_OPT_JSON |
               GH_OPT_GCTRACE | GH_OPT_TRANSCRIPT | GH_OPT_MAX_STEP_SECONDS | GH_OPT_PPROF | GH_OPT_COMPARE,
    .usage = "usage: gohotel run SCENE.lua [--param K=V]... [--gctrace] [--json] [--transcript] [--gogc N|off] [--procs N]\n"
             "                [--steps N] [--max-ops N] [--max-step-seconds N] [--max-memory SIZE] [--pprof FILE]\n"
             "                [--compare K=V,K=V]\n"
             "       gohotel run A.lua B.lua [options]: both scenes, each reported, then their difference\n",
    .fileNoun = "scene",
    .twoFiles = true,
};

static void on_event(void *ud, const gh_Event *ev)
{
    gh_Stepper *st = ud;
    if (ev->kind != GH_EV_GC_END) return;
    const gh_Sim *sim = gh_stepper_sim(st);
    if (!gh_sim_gc_ncycles(sim)) return;
    char line[512];
    gh_gc_format_trace(gh_sim_gc_cycle(sim, gh_sim_gc_ncycles(sim) - 1), line, sizeof line);
    fprintf(stderr, "%s\n", line);
}

int gh_run_scene(const gh_RunOptions *o)
{
    struct stat sb; /* stat, not open: a FIFO must not block here (the stepper's loader refuses it) */
    if (stat(o->file, &sb) != 0) {
        fprintf(stderr, "gohotel run: cannot open scene %s\n%s", o->file, SPEC.usage);
        return 2;
    }
    gh_PprofOut pp;
    if (!gh_pprof_out_open(&pp, "run", o->pprof)) return 1;
    char luaDir[GH_APP_PATH_MAX];
    gh_StepperConfig cfg = {.sim = o->cfg, .luaDir = gh_app_dir("lua", luaDir, sizeof luaDir), .out = o->json ? stderr : stdout,
                            .maxOps = o->maxOps, .maxStepSeconds = o->maxStepSeconds, .figures = o->transcript && !o->json ? NULL : stderr};
    gh_Stepper *st = gh_stepper_new(&cfg);
    if (!st) return gh_pprof_out_close(&pp, o->file, false), fprintf(stderr, "gohotel: out of memory\n"), 1;
    for (int i = 0; i < o->nparams; i++) {
        char key[GH_RUN_MAX_KEY + 1];
        const char *val = gh_run_param_split(o->params[i], key, sizeof key);
        gh_stepper_param(st, key, val);
    }
    if (o->gctrace) gh_stepper_listen(st, on_event, st);
    bool loaded = gh_stepper_load(st, o->file);
    if (loaded && pp.hp && !gh_stepper_pprof(st, pp.hp)) {
        fprintf(stderr, "gohotel run: out of memory for the --pprof profile\n");
        gh_pprof_out_close(&pp, o->file, false);
        gh_stepper_free(st);
        return 1;
    }
    if (loaded) {
        if (o->steps) gh_stepper_goto(st, (uint64_t)o->steps);
        else gh_stepper_step(st, GH_STEP_END);
    }
    if (gh_stepper_failed(st)) {
        fprintf(stderr, "%s\n", gh_stepper_error(st));
        gh_pprof_out_close(&pp, o->file, false);
        gh_stepper_free(st);
        return 1;
    }
    gh_MemStats m;
    gh_ReadMemStats(gh_stepper_sim(st), &m);
    if (o->json) gh_report_json(stdout, st, &m);
    else {
        if (o->transcript) {
            fflush(stdout);
            gh_report_transcript(stdout, st, 78);
        }
        gh_report_text(stdout, st, &m);
    }
    bool written = gh_pprof_out_close(&pp, o->file, true);
    gh_stepper_free(st);
    return written ? 0 : 1;
}

int gh_cmd_run(int argc, char **argv)
{
    gh_RunOptions o;
    int rc = gh_run_options_parse(&o, &SPEC, argc, argv);
    if (rc) return rc < 0 ? 0 : rc;
    if (o.compare || o.file2) return gh_run_compare(&o);
    return gh_run_scene(&o);
}
