/* options.c — the one command-line parser (see options.h). Each option is a row of OPTIONS:
 * its spelling, its bit in a command's mask, whether it takes a value, and the function
 * that checks and stores that value. A value that does not check is a usage error naming
 * the option and the value as given; numbers are whole decimal numbers in a stated range
 * (strtoll with the whole string consumed, never atoi). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app/compare.h"
#include "app/options.h"

typedef struct Parse {
    const gh_OptionSpec *spec;
    gh_RunOptions *o;
    char why[400];               /* the error, without the "gohotel CMD: " prefix */
} Parse;

/* A whole decimal number within [lo, hi]. */
static bool whole(const char *s, int64_t lo, int64_t hi, int64_t *out)
{
    char *end;
    if (!*s) return false;
    long long v = strtoll(s, &end, 10);
    if (*end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

static bool fail(Parse *p, const char *fmt, const char *opt, const char *val)
{
    snprintf(p->why, sizeof p->why, fmt, opt, val);
    return false;
}

static bool set_param(Parse *p, const char *opt, const char *kv)
{
    const char *eq = strchr(kv, '=');
    if (!eq || eq == kv || eq - kv > GH_RUN_MAX_KEY)
        return fail(p, "bad %s '%s' (want KEY=VALUE, a key of 1 to 60 characters)", opt, kv);
    if (p->o->nparams == GH_RUN_MAX_PARAMS) return fail(p, "too many %ss (at most 64): '%s'", opt, kv);
    p->o->params[p->o->nparams++] = kv;
    return true;
}

/* GOGC as `run` has always taken it: off (or -1) disables the collector. */
static bool set_gogc(Parse *p, const char *opt, const char *v)
{
    int64_t n;
    if (!strcmp(v, "off")) n = -1;
    else if (!whole(v, -1, 1000000, &n)) return fail(p, "bad %s value '%s' (want off or a whole number from 0 to 1000000)", opt, v);
    p->o->cfg.gcPercent = (int32_t)n;
    return true;
}

static bool set_procs(Parse *p, const char *opt, const char *v)
{
    int64_t n;
    if (!whole(v, 1, GH_MAX_PROCS, &n)) return fail(p, "%s needs a number from 1 to 64, not '%s'", opt, v);
    p->o->cfg.gomaxprocs = (int32_t)n;
    return true;
}

static bool set_steps(Parse *p, const char *opt, const char *v)
{
    if (!whole(v, 1, INT64_MAX, &p->o->steps)) return fail(p, "%s needs a positive number, not '%s'", opt, v);
    return true;
}

static bool set_max_ops(Parse *p, const char *opt, const char *v)
{
    int64_t n;
    if (!whole(v, 1, INT64_MAX, &n)) return fail(p, "%s needs a positive number, not '%s'", opt, v);
    p->o->maxOps = (uint64_t)n;
    return true;
}

/* Seconds as digits with an optional fraction ("0.5", "30"), at most a day; 0 turns the
 * watchdog off, which the stepper spells as a negative limit. */
static bool set_max_step_seconds(Parse *p, const char *opt, const char *v)
{
    char *end = NULL;
    bool digits = v[0] >= '0' && v[0] <= '9' && v[strspn(v, "0123456789.")] == 0;
    double s = digits ? strtod(v, &end) : -1;
    if (s < 0 || *end || s > 86400 || (s > 0 && s < 0.01))
        return fail(p, "%s needs seconds from 0.01 to 86400 (0: no limit), not '%s'", opt, v);
    p->o->maxStepSeconds = s > 0 ? s : -1;
    return true;
}

/* The host-memory budget: bytes, or a whole number with K, M, G or T (powers of 1024,
 * optionally followed by B or iB: 512M, 2G, 1GiB, 1073741824). */
static bool set_max_memory(Parse *p, const char *opt, const char *v)
{
    char *end;
    const char *why = "%s needs a size from 16M to 1T (bytes, or a number with K, M, G or T: 512M, 2G), not '%s'";
    if (*v < '0' || *v > '9') return fail(p, why, opt, v);
    unsigned long long n = strtoull(v, &end, 10);
    int shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10, end++; break;
    case 'm': case 'M': shift = 20, end++; break;
    case 'g': case 'G': shift = 30, end++; break;
    case 't': case 'T': shift = 40, end++; break;
    default: break;
    }
    if (shift && (!strcmp(end, "B") || !strcmp(end, "iB"))) end += strlen(end);
    if (*end || n > ((unsigned long long)1 << 40) >> shift) return fail(p, why, opt, v);
    uint64_t bytes = (uint64_t)n << shift;
    if (bytes < GH_HOST_BUDGET_MIN) return fail(p, why, opt, v);
    p->o->cfg.hostBudget = bytes;
    return true;
}

/* A picture's size, as the offscreen renderer and a window can make it. */
static bool set_size(Parse *p, const char *opt, const char *v)
{
    int w, h;
    char tail;
    if (sscanf(v, "%dx%d%c", &w, &h, &tail) != 2 || w < 64 || h < 64 || w > 7680 || h > 4320)
        return fail(p, "%s must be WxH between 64x64 and 7680x4320, not '%s'", opt, v);
    p->o->w = w, p->o->h = h;
    return true;
}

/* --step N, --end, --pause NAME, --pauses: one of them. */
static bool set_where(Parse *p, gh_Where w)
{
    if (p->o->where && p->o->where != w) return fail(p, "choose one of --step, --end, --pause and --pauses%s%s", "", "");
    p->o->where = w;
    return true;
}

static bool set_step(Parse *p, const char *opt, const char *v)
{
    if (!whole(v, 0, INT64_MAX, &p->o->step)) return fail(p, "%s needs a whole number >= 0, not '%s'", opt, v);
    return set_where(p, GH_WHERE_STEP);
}

static bool set_pause(Parse *p, const char *opt, const char *v)
{
    p->o->pause = v;
    return set_where(p, GH_WHERE_PAUSE);
}

static bool set_out(Parse *p, const char *opt, const char *v) { return p->o->out = v, true; }
static bool set_pprof(Parse *p, const char *opt, const char *v)
{
    if (!v[0]) return fail(p, "%s needs a file name to write the profile to, not '%s'", opt, v);
    return p->o->pprof = v, true;
}

/* --from / --to: a stop point by number, or a pause by name; --clip: a lesson's named stretch
 * (all checked against the scene later). */
static bool set_range(Parse *p, const char *opt, const char *v)
{
    if (!v[0]) return fail(p, "%s needs a step number or a pause name, not '%s'", opt, v);
    if (opt[2] == 'f') p->o->from = v;
    else if (opt[2] == 't') p->o->to = v;
    else p->o->clip = v;
    if (p->o->clip && (p->o->from || p->o->to)) return fail(p, "--clip names both ends: no --from or --to with it%s%s", "", "");
    return true;
}

/* --by: the steps' size, named as the window's control bar names it (the order of GH_GRAN_*). */
static bool set_by(Parse *p, const char *opt, const char *v)
{
    static const char *const names[] = {"line", "operation", "event", "phase", "pause"};
    for (int i = 0; i < 5; i++)
        if (!strcmp(v, names[i])) return p->o->by = i + 1, true;
    return fail(p, "%s needs line, operation, event, phase or pause, not '%s'", opt, v);
}

static bool set_fps(Parse *p, const char *opt, const char *v)
{
    int64_t n;
    if (!whole(v, 1, 50, &n)) return fail(p, "%s needs frames per second from 1 to 50, not '%s'", opt, v);
    p->o->fps = (int)n;
    return true;
}
/* --compare: its syntax is checked here, its keys once the scene's params are known. */
static bool set_compare(Parse *p, const char *opt, const char *v)
{
    gh_CompareSpec spec;
    if (!gh_compare_parse(v, &spec, p->why, sizeof p->why)) return false;
    p->o->compare = v;
    return true;
}
static bool set_keys(Parse *p, const char *opt, const char *v) { return p->o->keys = v, true; }

/* Flags: their bit says which. */
static bool set_flag(Parse *p, uint32_t bit)
{
    gh_RunOptions *o = p->o;
    switch (bit) {
    case GH_OPT_JSON: o->json = true; break;
    case GH_OPT_GCTRACE: o->gctrace = true; break;
    case GH_OPT_GCPACERTRACE: o->gcpacertrace = true; break;
    case GH_OPT_TRANSCRIPT: o->transcript = true; break;
    case GH_OPT_PROJECTOR: o->projector = true; break;
    case GH_OPT_WINDOW: o->window = true; break;
    case GH_OPT_CHECK_LAYOUT: o->checkLayout = true; break;
    case GH_OPT_DIGEST: o->digest = true; break;
    case GH_OPT_REDUCED_MOTION: o->reducedMotion = true; break;
    default: break;
    }
    return true;
}

typedef struct Option {
    const char *name;
    uint32_t bit;
    bool (*value)(Parse *, const char *opt, const char *value); /* NULL: a flag */
    gh_Where where;              /* --end, --pauses: the frames they choose */
} Option;

static const Option OPTIONS[] = {
    {"--param", GH_OPT_PARAM, set_param, 0},
    {"--gogc", GH_OPT_GOGC, set_gogc, 0},
    {"--procs", GH_OPT_PROCS, set_procs, 0},
    {"--steps", GH_OPT_STEPS, set_steps, 0},
    {"--max-ops", GH_OPT_MAX_OPS, set_max_ops, 0},
    {"--max-step-seconds", GH_OPT_MAX_STEP_SECONDS, set_max_step_seconds, 0},
    {"--max-memory", GH_OPT_MAX_MEMORY, set_max_memory, 0},
    {"--json", GH_OPT_JSON, NULL, 0},
    {"--gctrace", GH_OPT_GCTRACE, NULL, 0},
    {"--gcpacertrace", GH_OPT_GCPACERTRACE, NULL, 0},
    {"--transcript", GH_OPT_TRANSCRIPT, NULL, 0},
    {"--size", GH_OPT_SIZE, set_size, 0},
    {"--projector", GH_OPT_PROJECTOR, NULL, 0},
    {"-o", GH_OPT_OUT, set_out, 0},
    {"--keys", GH_OPT_KEYS, set_keys, 0},
    {"--window", GH_OPT_WINDOW, NULL, 0},
    {"--step", GH_OPT_WHERE, set_step, 0},
    {"--end", GH_OPT_WHERE, NULL, GH_WHERE_END},
    {"--pause", GH_OPT_WHERE, set_pause, 0},
    {"--pauses", GH_OPT_WHERE, NULL, GH_WHERE_PAUSES},
    {"--check-layout", GH_OPT_CHECK_LAYOUT, NULL, 0},
    {"--digest", GH_OPT_DIGEST, NULL, 0},
    {"--from", GH_OPT_RANGE, set_range, 0},
    {"--to", GH_OPT_RANGE, set_range, 0},
    {"--clip", GH_OPT_RANGE, set_range, 0},
    {"--fps", GH_OPT_FPS, set_fps, 0},
    {"--by", GH_OPT_BY, set_by, 0},
    {"--pprof", GH_OPT_PPROF, set_pprof, 0},
    {"--compare", GH_OPT_COMPARE, set_compare, 0},
    {"--reduced-motion", GH_OPT_REDUCED_MOTION, NULL, 0},
};

static const Option *find(const char *name, uint32_t accepts)
{
    for (size_t i = 0; i < sizeof OPTIONS / sizeof OPTIONS[0]; i++)
        if ((OPTIONS[i].bit & accepts) && !strcmp(OPTIONS[i].name, name)) return &OPTIONS[i];
    return NULL;
}

/* One argument (and its value); false with p->why set on an error. */
static bool parse_one(Parse *p, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    if (a[0] == '-' && a[1]) {
        const Option *opt = find(a, p->spec->accepts);
        if (!opt) return fail(p, "unknown option %s%s", a, "");
        if (!opt->value) return opt->where ? set_where(p, opt->where) : set_flag(p, opt->bit);
        if (*i + 1 >= argc) return fail(p, "%s needs a value%s", a, "");
        return opt->value(p, a, argv[++*i]);
    }
    if (p->o->file && p->spec->twoFiles && !p->o->file2) return p->o->file2 = a, true;
    if (p->o->file2) return fail(p, "more than two %ss: %s (two are shown side by side)", p->spec->fileNoun, a);
    if (p->o->file) return fail(p, "more than one %s: %s", p->spec->fileNoun, a);
    p->o->file = a;
    return true;
}

int gh_run_options_parse(gh_RunOptions *o, const gh_OptionSpec *spec, int argc, char **argv)
{
    memset(o, 0, sizeof *o);
    o->cfg = gh_config_default();
    Parse p = {.spec = spec, .o = o};
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) return fputs(spec->usage, stdout), -1;
        if (!parse_one(&p, argc, argv, &i)) {
            fprintf(stderr, "gohotel %s: %s\n%s", spec->cmd, p.why, spec->usage);
            return 2;
        }
    }
    if (o->file2 && o->compare) {
        fprintf(stderr, "gohotel %s: two %ss or --compare, not both: --compare K=V,K=V runs one %s twice\n%s", spec->cmd,
                spec->fileNoun, spec->fileNoun, spec->usage);
        return 2;
    }
    if (!o->file && !spec->fileOptional) {
        fprintf(stderr, "gohotel %s: no %s given\n%s", spec->cmd, spec->fileNoun, spec->usage);
        return 2;
    }
    return 0;
}

const char *gh_run_param_split(const char *kv, char *key, size_t n)
{
    const char *eq = strchr(kv, '=');
    size_t k = eq ? (size_t)(eq - kv) : strlen(kv);
    snprintf(key, n, "%.*s", (int)k, kv);
    return eq ? eq + 1 : "";
}
