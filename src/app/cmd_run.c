/* cmd_run.c — `gohotel run SCENE.lua`: run a scene headless and report what happened —
 * final MemStats, GC cycles, the scene's named measurements and an allocation profile by
 * scene line (pprof's top: flat/cum bytes and objects) — as text or as one JSON object.
 * --gctrace prints Go's gctrace line per cycle on stderr; --transcript prints the lesson
 * first as a handout (its title, then each pause's narration). What the scene prints is
 * echoed to stdout (stderr with --json, so stdout stays one JSON object).
 * Exit: 0 ok, 1 scene failed, 2 usage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app/cli.h"
#include "app/paths.h"
#include "runtime/mstats.h"
#include "script/report.h"
#include "script/stepper.h"

typedef struct RunArgs {
    const char *scene;
    bool gctrace, json, transcript;
    int64_t steps;
    uint64_t maxOps;
    gh_Config cfg;
    const char *keys[GH_MAX_PARAMS], *vals[GH_MAX_PARAMS];
    char kv[GH_MAX_PARAMS][320];
    int nparams;
} RunArgs;

static const char *const usage =
    "usage: gohotel run SCENE.lua [--param K=V]... [--gctrace] [--json] [--transcript] [--gogc N|off] [--procs N]\n"
    "                [--steps N] [--max-ops N]\n";

static int bad(const char *what, const char *arg)
{
    fprintf(stderr, "gohotel run: %s%s%s\n", what, arg ? " " : "", arg ? arg : "");
    fputs(usage, stderr);
    return 2;
}

static bool parse_int(const char *s, int64_t lo, int64_t hi, int64_t *out)
{
    char *end;
    long long v = strtoll(s, &end, 10);
    if (!*s || *end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

static int parse(int argc, char **argv, RunArgs *a)
{
    memset(a, 0, sizeof *a);
    a->cfg = gh_config_default();
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        int64_t v;
        bool hasv = i + 1 < argc;
        if (!strcmp(o, "--gctrace")) a->gctrace = true;
        else if (!strcmp(o, "--json")) a->json = true;
        else if (!strcmp(o, "--transcript")) a->transcript = true;
        else if (!strcmp(o, "--help") || !strcmp(o, "-h")) return fputs(usage, stdout), -1;
        else if (!strcmp(o, "--gogc")) {
            if (!hasv) return bad("--gogc needs a value", NULL);
            const char *g = argv[++i];
            if (!strcmp(g, "off")) a->cfg.gcPercent = -1;
            else if (parse_int(g, -1, 1000000, &v)) a->cfg.gcPercent = (int32_t)v;
            else return bad("bad --gogc value", g);
        } else if (!strcmp(o, "--procs")) {
            if (!hasv || !parse_int(argv[++i], 1, GH_MAX_PROCS, &v)) return bad("--procs needs a number from 1 to 64", NULL);
            a->cfg.gomaxprocs = (int32_t)v;
        } else if (!strcmp(o, "--max-ops")) {
            if (!hasv || !parse_int(argv[++i], 1, INT64_MAX, &v)) return bad("--max-ops needs a positive number", NULL);
            a->maxOps = (uint64_t)v;
        } else if (!strcmp(o, "--steps")) {
            if (!hasv || !parse_int(argv[++i], 1, INT64_MAX, &v)) return bad("--steps needs a positive number", NULL);
            a->steps = v;
        } else if (!strcmp(o, "--param")) {
            if (!hasv) return bad("--param needs KEY=VALUE", NULL);
            const char *kv = argv[++i];
            const char *eq = strchr(kv, '=');
            if (!eq || eq == kv || a->nparams == GH_MAX_PARAMS || eq - kv > 60) return bad("bad --param (want KEY=VALUE)", kv);
            snprintf(a->kv[a->nparams], sizeof a->kv[0], "%s", kv);
            a->kv[a->nparams][eq - kv] = 0;
            a->keys[a->nparams] = a->kv[a->nparams];
            a->vals[a->nparams] = a->kv[a->nparams] + (eq - kv) + 1;
            a->nparams++;
        } else if (o[0] == '-') return bad("unknown option", o);
        else if (a->scene) return bad("more than one scene:", o);
        else a->scene = o;
    }
    if (!a->scene) return bad("no scene given", NULL);
    FILE *f = fopen(a->scene, "rb");
    if (!f) return bad("cannot open scene", a->scene);
    fclose(f);
    return 0;
}

static void on_event(void *ud, const gh_Event *ev)
{
    gh_Stepper *st = ud;
    if (ev->kind != GH_EV_GC_END) return;
    const gh_Sim *sim = gh_stepper_sim(st);
    if (!sim->gc.nhistory) return;
    char line[512];
    gh_gc_format_trace(&sim->gc.history[sim->gc.nhistory - 1], line, sizeof line);
    fprintf(stderr, "%s\n", line);
}

int gh_cmd_run(int argc, char **argv)
{
    RunArgs a;
    int rc = parse(argc, argv, &a);
    if (rc) return rc < 0 ? 0 : rc;
    gh_StepperConfig cfg = {.sim = a.cfg, .luaDir = gh_app_dir("lua"), .out = a.json ? stderr : stdout,
                            .maxOps = a.maxOps, .figures = a.transcript && !a.json ? NULL : stderr};
    const char *env = getenv("GOHOTEL_LUA_DIR");
    if (env && *env) cfg.luaDir = env;
    gh_Stepper *st = gh_stepper_new(&cfg);
    if (!st) return fprintf(stderr, "gohotel: out of memory\n"), 1;
    for (int i = 0; i < a.nparams; i++) gh_stepper_param(st, a.keys[i], a.vals[i]);
    if (a.gctrace) gh_stepper_listen(st, on_event, st);
    if (gh_stepper_load(st, a.scene)) {
        if (a.steps) gh_stepper_goto(st, (uint64_t)a.steps);
        else gh_stepper_step(st, GH_STEP_END);
    }
    if (gh_stepper_failed(st)) {
        fprintf(stderr, "%s\n", gh_stepper_error(st));
        gh_stepper_free(st);
        return 1;
    }
    gh_MemStats m;
    gh_ReadMemStats(gh_stepper_sim(st), &m);
    if (a.json) gh_report_json(stdout, st, &m);
    else {
        if (a.transcript) {
            fflush(stdout);
            gh_report_transcript(stdout, st, 78);
        }
        gh_report_text(stdout, st, &m);
    }
    gh_stepper_free(st);
    return 0;
}
