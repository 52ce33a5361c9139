/* stepper.c — stepping forward and back over a scene's numbered stop points.
 * Back (and goto an earlier step) replays: a fresh simulator and Lua state run the same
 * scene with the same params, silently, to the wanted stop point. Everything is
 * deterministic (virtual clock, fixed addresses, seeded math.random, no table-order
 * dependence in the bindings), so the state reached equals the state the forward run had;
 * tests prove it on gh_state_hash. The kinds of the stop points seen so far are kept
 * across replays, which is how "the previous OP step" is found without running anything. */
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"
#include "script/script.h"
#include "script/stepper.h"

struct gh_Stepper {
    gh_StepperConfig cfg;
    char luaDir[GH_PATH_MAX];
    char path[GH_PATH_MAX];
    gh_Param params[GH_MAX_PARAMS];
    int nparams;
    gh_Script *S;
    gh_Text text;               /* the scene file, read once by gh_stepper_load: every replay runs it */
    bool textOk;
    char textErr[GH_ERR_MAX];
    gh_EventFn fn;
    void *ud;
    char err[GH_ERR_MAX];
};

gh_Stepper *gh_stepper_new(const gh_StepperConfig *cfg)
{
    gh_Stepper *st = calloc(1, sizeof *st);
    if (!st) return NULL;
    st->cfg = *cfg;
    snprintf(st->luaDir, sizeof st->luaDir, "%s", cfg->luaDir ? cfg->luaDir : "lua");
    return st;
}

void gh_stepper_free(gh_Stepper *st)
{
    if (!st) return;
    gh_script_free(st->S);
    gh_text_free(&st->text);
    free(st);
}

bool gh_stepper_param(gh_Stepper *st, const char *key, const char *value)
{
    if (st->nparams == GH_MAX_PARAMS) return false;
    snprintf(st->params[st->nparams].key, sizeof st->params[0].key, "%s", key);
    snprintf(st->params[st->nparams].val, sizeof st->params[0].val, "%s", value);
    st->nparams++;
    return true;
}

/* A fresh scene context at position 0; keeps the known stop-point kinds of `old`. */
static bool fresh(gh_Stepper *st, gh_Script *old)
{
    gh_ScriptOptions o = {st->cfg.sim, st->cfg.luaMemLimit, st->cfg.idleLimit, st->cfg.out, st->cfg.maxOps,
                          st->cfg.figures, st->cfg.maxStepSeconds};
    gh_Script *S = gh_script_new(&o, st->luaDir);
    if (!S) return snprintf(st->err, sizeof st->err, "gohotel: out of memory"), false;
    for (int i = 0; i < st->nparams; i++) gh_script_param(S, st->params[i].key, st->params[i].val);
    if (old) { /* move the known marks over */
        S->marks = old->marks, S->nmarks = old->nmarks, S->capmarks = old->capmarks;
        old->marks = NULL;
        old->nmarks = old->capmarks = 0;
        /* a replay echoes nothing twice: what the old run echoed stays echoed */
        S->echoMark = old->echoMark;
        S->figEchoMark = old->figEchoMark;
    }
    S->fwd = st->fn;
    S->fwdUd = st->ud;
    bool ok = gh_script_load(S, st->path, st->textOk ? &st->text : NULL, st->textErr);
    snprintf(st->err, sizeof st->err, "%s", S->err);
    gh_script_free(old);
    st->S = S;
    return ok;
}

bool gh_stepper_load(gh_Stepper *st, const char *scenePath)
{
    snprintf(st->path, sizeof st->path, "%s", scenePath);
    gh_script_free(st->S);
    st->S = NULL;
    gh_text_free(&st->text);
    st->textOk = gh_text_load(&st->text, scenePath, &gh_scene_rules, st->textErr, sizeof st->textErr) == GH_TEXT_OK;
    return fresh(st, NULL);
}

static bool ended(const gh_Script *S) { return S->state == GH_SCENE_DONE || S->state == GH_SCENE_FAILED; }

bool gh_stepper_step(gh_Stepper *st, uint32_t kinds)
{
    gh_Script *S = st->S;
    if (!S || ended(S)) return false;
    S->quiet = false;
    gh_script_run(S, kinds, 0);
    if (S->err[0]) snprintf(st->err, sizeof st->err, "%s", S->err);
    return true;
}

/* Replay silently from the start to stop point `target`. */
static bool replay(gh_Stepper *st, uint64_t target)
{
    if (!fresh(st, st->S)) return false;
    if (target == 0) return true;
    st->S->quiet = true;
    gh_script_run(st->S, 0, target);
    st->S->quiet = false;
    if (st->S->err[0]) snprintf(st->err, sizeof st->err, "%s", st->S->err);
    return true;
}

bool gh_stepper_back(gh_Stepper *st, uint32_t kinds)
{
    if (!st->S) return false;
    uint64_t t = st->S->tick;
    while (t > 1 && !(st->S->marks[t - 2] & kinds)) t--;
    return replay(st, t > 1 ? t - 1 : 0);
}

bool gh_stepper_goto(gh_Stepper *st, uint64_t step)
{
    if (!st->S) return false;
    if (step < st->S->tick || (step == st->S->tick && step == 0)) return replay(st, step);
    if (step == st->S->tick) return true;
    st->S->quiet = true;
    gh_script_run(st->S, 0, step);
    st->S->quiet = false;
    if (st->S->err[0]) snprintf(st->err, sizeof st->err, "%s", st->S->err);
    return true;
}

uint64_t gh_stepper_position(const gh_Stepper *st) { return st->S ? st->S->tick : 0; }
uint64_t gh_stepper_known(const gh_Stepper *st) { return st->S ? st->S->nmarks : 0; }
uint32_t gh_stepper_stop_kind(const gh_Stepper *st) { return st->S && st->S->tick ? st->S->marks[st->S->tick - 1] : 0; }
bool gh_stepper_finished(const gh_Stepper *st) { return !st->S || ended(st->S); }
bool gh_stepper_failed(const gh_Stepper *st) { return !st->S || st->S->status != 0 || st->err[0]; }
const char *gh_stepper_error(const gh_Stepper *st) { return st->err; }
const char *gh_stepper_title(const gh_Stepper *st) { return st->S ? st->S->title : ""; }
const char *gh_stepper_narration(const gh_Stepper *st) { return st->S ? st->S->narration : ""; }
const char *gh_stepper_pause_name(const gh_Stepper *st) { return st->S ? st->S->pauseName : ""; }
const char *gh_stepper_notes(const gh_Stepper *st)
{
    return st->S && (gh_stepper_stop_kind(st) & GH_STEP_PAUSE) ? st->S->notes : "";
}
const char *gh_stepper_compare(const gh_Stepper *st)
{
    return st->S && (gh_stepper_stop_kind(st) & GH_STEP_PAUSE) ? st->S->compare : "";
}
const char *gh_stepper_measure_open(const gh_Stepper *st, gh_MemStats *base)
{
    if (!st->S || !st->S->nopen) return NULL;
    *base = st->S->open[st->S->nopen - 1].base;
    return st->S->open[st->S->nopen - 1].name;
}
int gh_stepper_line(const gh_Stepper *st) { return st->S && st->S->tick ? st->S->shownLine : 0; }
const char *gh_stepper_console(const gh_Stepper *st) { return st->S ? st->S->con : ""; }
uint64_t gh_stepper_event_digest(const gh_Stepper *st) { return st->S ? st->S->digest : GH_DIGEST_START; }
const gh_Text *gh_stepper_code(const gh_Stepper *st, const char **name, int *line)
{
    if (!st->S || !st->S->code) return NULL;
    *name = st->S->codeName;
    *line = st->S->codeLine;
    return st->S->code;
}

const gh_Text *gh_stepper_text(const gh_Stepper *st) { return st->textOk ? &st->text : NULL; }

gh_Sim *gh_stepper_sim(const gh_Stepper *st) { return st->S ? st->S->sim : NULL; }
uint64_t gh_stepper_hash(const gh_Stepper *st) { return st->S && st->S->sim ? gh_state_hash(st->S->sim) : 0; }
const gh_Script *gh_stepper_script(const gh_Stepper *st) { return st->S; }
int gh_stepper_room_note(const gh_Stepper *st, uint64_t addr, char *buf, size_t n) { return gh_script_room_note(st->S, addr, buf, n); }

int gh_stepper_param_decls(const gh_Stepper *st, const gh_ParamDecl **out)
{
    *out = st->S ? st->S->decls : NULL;
    return st->S ? st->S->ndecls : 0;
}

int gh_stepper_clips(const gh_Stepper *st, const gh_Clip **out)
{
    *out = st->S ? st->S->clips : NULL;
    return st->S ? st->S->nclips : 0;
}

int gh_stepper_pauses_passed(const gh_Stepper *st)
{
    const gh_Script *S = st->S;
    int k = 0;
    for (uint64_t i = 0; S && i < S->tick && i < S->nmarks; i++) k += (S->marks[i] & GH_STOP_PAUSE) != 0;
    return k;
}

int gh_stepper_highlights(const gh_Stepper *st, const gh_Highlight **out)
{
    *out = st->S ? st->S->shown : NULL;
    return st->S && st->S->tick ? st->S->nshown : 0;
}

bool gh_stepper_pprof(gh_Stepper *st, struct gh_HeapProfile *hp) { return st->S && gh_script_pprof(st->S, hp); }

void gh_stepper_listen(gh_Stepper *st, gh_EventFn fn, void *ud)
{
    st->fn = fn;
    st->ud = ud;
    if (st->S) st->S->fwd = fn, st->S->fwdUd = ud;
}
