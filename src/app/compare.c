/* compare.c — the comparison's configurations and its lock step (compare.h).
 *
 * Lock step: both sessions get the same control. Each session steps its own stepper by
 * the same kind of stop point (a pause, a line, an operation ...), so a half never sees
 * the other's events: each is the very run its configuration gives alone, and `back`
 * replays each from its own start. By pause, both stand at the same pause of the lesson
 * (the same number of pauses passed); by line, at the same line of the scene or its Go
 * program while the two runs take the same path. Two scenes (`play A.lua B.lua`) are
 * stepped the same way: by pause, each stands at its k-th pause, or at its end when it has
 * fewer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app/compare.h"
#include "app/paths.h"

static bool fail(char *why, size_t n, const char *fmt, const char *a, const char *b)
{
    snprintf(why, n, fmt, a, b);
    return false;
}

/* One side: K=V joined with '+'. */
static bool parse_side(const char *text, size_t len, gh_CompareSide *s, char *why, size_t n)
{
    memset(s, 0, sizeof *s);
    snprintf(s->label, sizeof s->label, "%.*s", (int)len, text);
    if (!len) return fail(why, n, "--compare: an empty configuration (want K=V,K=V, e.g. gogc=50,gogc=200)%s%s", "", "");
    for (const char *p = s->label; *p;) {
        const char *end = strchr(p, '+');
        size_t k = end ? (size_t)(end - p) : strlen(p);
        char item[160];
        snprintf(item, sizeof item, "%.*s", (int)k, p);
        const char *eq = strchr(item, '=');
        if (!eq || eq == item || !eq[1])
            return fail(why, n, "--compare: '%s' in '%s' is not KEY=VALUE (e.g. gogc=50,gogc=200)", item, s->label);
        if ((size_t)(eq - item) >= GH_COMPARE_TEXT || strlen(eq + 1) >= GH_COMPARE_TEXT)
            return fail(why, n, "--compare: '%s' in '%s' is too long (keys and values up to 63 characters)", item, s->label);
        if (s->nkv == GH_COMPARE_MAX_KV) return fail(why, n, "--compare: more than 8 settings in '%s'%s", s->label, "");
        snprintf(s->kv[s->nkv][0], GH_COMPARE_TEXT, "%.*s", (int)(eq - item), item);
        snprintf(s->kv[s->nkv][1], GH_COMPARE_TEXT, "%s", eq + 1);
        for (int j = 0; j < s->nkv; j++)
            if (!strcmp(s->kv[j][0], s->kv[s->nkv][0]))
                return fail(why, n, "--compare: '%s' is set twice in '%s'", s->kv[j][0], s->label);
        s->nkv++;
        p += k + (end ? 1 : 0);
        if (end && !*p) return fail(why, n, "--compare: '%s' ends with '+'%s", s->label, "");
    }
    return true;
}

bool gh_compare_parse(const char *text, gh_CompareSpec *spec, char *why, size_t n)
{
    memset(spec, 0, sizeof *spec);
    const char *comma = strchr(text, ',');
    if (!comma)
        return fail(why, n, "--compare needs two configurations separated by a comma (e.g. gogc=50,gogc=200), not '%s'%s", text, "");
    if (strchr(comma + 1, ','))
        return fail(why, n, "--compare compares two configurations, not more: '%s'%s", text, "");
    if (!parse_side(text, (size_t)(comma - text), &spec->side[0], why, n)) return false;
    if (!parse_side(comma + 1, strlen(comma + 1), &spec->side[1], why, n)) return false;
    if (!strcmp(spec->side[0].label, spec->side[1].label))
        return fail(why, n, "--compare: both sides are '%s': nothing to compare%s", spec->side[0].label, "");
    return true;
}

/* A whole number in [lo, hi]. */
static bool whole(const char *s, long long lo, long long hi, long long *out)
{
    char *end;
    long long v = strtoll(s, &end, 10);
    if (!*s || *end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

/* Set key=value among the "K=V" params of out (replacing a base --param of that key). */
static bool put_param(gh_CompareConfig *out, const char *key, const char *value)
{
    int i = 0;
    size_t kl = strlen(key);
    while (i < out->nparams && !(strncmp(out->store[i], key, kl) == 0 && out->store[i][kl] == '=')) i++;
    if (i == GH_RUN_MAX_PARAMS) return false;
    snprintf(out->store[i], sizeof out->store[i], "%s=%s", key, value);
    if (i == out->nparams) out->nparams++;
    return true;
}

bool gh_compare_resolve(const gh_CompareSpec *spec, int side, const gh_RunOptions *base, const gh_ParamDecl *decls,
                        int ndecls, gh_CompareConfig *out, char *why, size_t n)
{
    memset(out, 0, sizeof *out);
    out->cfg = base->cfg;
    for (int i = 0; i < base->nparams; i++) snprintf(out->store[i], sizeof out->store[i], "%s", base->params[i]);
    out->nparams = base->nparams;
    const gh_CompareSide *s = &spec->side[side];
    for (int i = 0; i < s->nkv; i++) {
        const char *k = s->kv[i][0], *v = s->kv[i][1];
        bool declared = false;
        for (int d = 0; d < ndecls; d++) declared |= !strcmp(decls[d].name, k);
        long long x;
        if (declared) {
            if (!put_param(out, k, v)) return fail(why, n, "--compare: too many params with '%s'%s", s->label, "");
        } else if (!strcmp(k, "gogc")) {
            if (!strcmp(v, "off")) x = -1;
            else if (!whole(v, -1, 1000000, &x))
                return fail(why, n, "--compare: bad gogc value '%s' in '%s' (want off or a whole number from 0 to 1000000)", v, s->label);
            out->cfg.gcPercent = (int32_t)x;
        } else if (!strcmp(k, "procs")) {
            if (!whole(v, 1, GH_MAX_PROCS, &x))
                return fail(why, n, "--compare: procs needs a number from 1 to 64, not '%s' in '%s'", v, s->label);
            out->cfg.gomaxprocs = (int32_t)x;
        } else {
            char keys[600] = "gogc, procs";
            for (int d = 0; d < ndecls; d++) {
                size_t l = strlen(keys);
                snprintf(keys + l, sizeof keys - l, ", %s", decls[d].name);
            }
            snprintf(why, n, "--compare: unknown key '%s' in '%s' (the keys are %s%s)", k, s->label, keys,
                     ndecls ? ": gogc and procs set the runtime, the others are the scene's params" : "; the scene declares no params");
            return false;
        }
    }
    for (int i = 0; i < out->nparams; i++) out->params[i] = out->store[i];
    return true;
}

int gh_compare_scene_params(const char *scene, const gh_RunOptions *base, gh_ParamDecl *out, int max, char *why,
                            size_t n)
{
    char luaDir[GH_APP_PATH_MAX];
    gh_StepperConfig sc = {.sim = base->cfg, .luaDir = gh_app_dir("lua", luaDir, sizeof luaDir),
                           .maxStepSeconds = base->maxStepSeconds};
    gh_Stepper *st = gh_stepper_new(&sc);
    if (!st) return snprintf(why, n, "gohotel: out of memory"), -1;
    for (int i = 0; i < base->nparams; i++) {
        char key[GH_RUN_MAX_KEY + 1];
        const char *val = gh_run_param_split(base->params[i], key, sizeof key);
        gh_stepper_param(st, key, val);
    }
    if (gh_stepper_load(st, scene)) gh_stepper_step(st, GH_STEP_PAUSE | GH_STEP_END);
    int count = -1;
    if (gh_stepper_failed(st)) snprintf(why, n, "%s", gh_stepper_error(st));
    else {
        const gh_ParamDecl *d;
        count = gh_stepper_param_decls(st, &d);
        if (count > max) count = max;
        for (int i = 0; i < count; i++) out[i] = d[i];
    }
    gh_stepper_free(st);
    return count;
}

gh_CompareWhat gh_compare_what(const gh_RunOptions *o)
{
    if (o->compare) return (gh_CompareWhat){o->compare, {o->file, NULL}};
    return (gh_CompareWhat){NULL, {o->file, o->file2}};
}

/* A scene's label: its file's name (the path as given when both names are the same). */
static void scene_labels(const gh_CompareWhat *w, gh_CompareSpec *spec)
{
    const char *base[2];
    for (int i = 0; i < 2; i++) {
        const char *slash = strrchr(w->scene[i], '/');
        base[i] = slash ? slash + 1 : w->scene[i];
    }
    bool same = !strcmp(base[0], base[1]);
    for (int i = 0; i < 2; i++) snprintf(spec->side[i].label, sizeof spec->side[i].label, "%s", same ? w->scene[i] : base[i]);
}

void gh_compare_what_text(const gh_CompareWhat *w, char *buf, size_t n)
{
    if (w->spec) {
        snprintf(buf, n, "%s", w->spec);
        return;
    }
    gh_CompareSpec spec;
    scene_labels(w, &spec);
    snprintf(buf, n, "%s,%s", spec.side[0].label, spec.side[1].label);
}

bool gh_compare_check(const gh_CompareWhat *what, const gh_RunOptions *base, char *why, size_t n)
{
    gh_Compare c;
    if (!gh_compare_open(&c, what, base, NULL, NULL, why, n)) return false;
    gh_compare_close(&c);
    return true;
}

/* Two scenes: each side has the base options as they are (no settings of its own). */
static bool open_scenes(gh_Compare *c, const gh_CompareWhat *what, const gh_RunOptions *base, char *why, size_t n)
{
    if (!what->scene[1]) return fail(why, n, "two scenes are compared: the second is missing%s%s", "", "");
    if (!strcmp(what->scene[0], what->scene[1]))
        return fail(why, n, "both sides are %s: nothing to compare (run one scene twice with --compare K=V,K=V)%s",
                    what->scene[0], "");
    c->scenes = true;
    scene_labels(what, &c->spec);
    gh_CompareSpec none;
    memset(&none, 0, sizeof none);
    for (int i = 0; i < 2; i++) gh_compare_resolve(&none, i, base, NULL, 0, &c->conf[i], why, n);
    return true;
}

bool gh_compare_open(gh_Compare *c, const gh_CompareWhat *what, const gh_RunOptions *base, gh_View *left,
                     gh_View *right, char *why, size_t n)
{
    memset(c, 0, sizeof *c);
    if (!what->spec) {
        if (!open_scenes(c, what, base, why, n)) return false;
    } else {
        if (!gh_compare_parse(what->spec, &c->spec, why, n)) return false;
        gh_ParamDecl decls[GH_MAX_PARAM_DECLS];
        int nd = gh_compare_scene_params(what->scene[0], base, decls, GH_MAX_PARAM_DECLS, why, n);
        if (nd < 0) return false;
        for (int i = 0; i < 2; i++)
            if (!gh_compare_resolve(&c->spec, i, base, decls, nd, &c->conf[i], why, n)) return false;
    }
    gh_View *views[2] = {left, right};
    for (int i = 0; i < 2; i++)
        gh_session_open(&c->s[i], views[i], what->scene[c->scenes ? i : 0], &c->conf[i].cfg, c->conf[i].params,
                        c->conf[i].nparams, base->maxStepSeconds);
    for (int i = 0; i < 2; i++) /* a bad value for a param, a scene that does not load: the scene says so */
        if (gh_stepper_failed(c->s[i].st) && gh_stepper_position(c->s[i].st) == 0) {
            snprintf(why, n, "%s", gh_compare_error_of(c, i));
            gh_compare_close(c);
            return false;
        }
    return true;
}

void gh_compare_close(gh_Compare *c)
{
    for (int i = 0; i < 2; i++)
        if (c->s[i].st) gh_session_close(&c->s[i]);
}

void gh_compare_start(gh_Compare *c, FILE *echo)
{
    for (int i = 0; i < 2; i++) gh_session_start(&c->s[i], i == 0 ? echo : NULL);
}

bool gh_compare_act(gh_Compare *c, gh_ViewAction a)
{
    bool go = true;
    for (int i = 0; i < 2; i++) go &= gh_session_act(&c->s[i], a);
    return go;
}

void gh_compare_goto_pause_index(gh_Compare *c, int k)
{
    for (int i = 0; i < 2; i++) {
        gh_Stepper *st = c->s[i].st;
        gh_stepper_goto(st, 0);
        for (int p = 0; p < k && gh_stepper_step(st, GH_STEP_PAUSE | GH_STEP_END);)
            if (gh_stepper_stop_kind(st) & GH_STEP_PAUSE) p++;
        gh_session_sync_view(&c->s[i]);
    }
}

void gh_compare_goto_end(gh_Compare *c)
{
    for (int i = 0; i < 2; i++) gh_session_goto_end(&c->s[i]);
}

const char *gh_compare_error_of(const gh_Compare *c, int i)
{
    static char buf[2400];
    const char *err = c->s[i].st ? gh_stepper_error(c->s[i].st) : "";
    if (c->scenes)
        snprintf(buf, sizeof buf, "%.2000s (in the comparison's %s side, %s)", err[0] ? err : "failed", i ? "right" : "left",
                 c->spec.side[i].label);
    else
        snprintf(buf, sizeof buf, "%.2000s (in the comparison's side %s)", err[0] ? err : "failed", c->spec.side[i].label);
    return buf;
}

const char *gh_compare_error(const gh_Compare *c)
{
    for (int i = 0; i < 2; i++)
        if (c->s[i].st && gh_stepper_failed(c->s[i].st) && gh_stepper_error(c->s[i].st)[0]) return gh_compare_error_of(c, i);
    return NULL;
}
