/* cmd_run_compare.c — `gohotel run SCENE.lua --compare K=V,K=V [--json] [--steps N]`: the
 * scene run headless once per configuration (to the end, or both to stop point N), each
 * side reported as `run` reports that configuration alone, then the difference figures
 * (compare_figures.c) at the end. As one JSON object: {"compare", "left", "right",
 * "difference": {FIGURE: {"left", "right", "difference"}}, "since"}, "left" and "right" being
 * `run --json`'s objects with a "config" (the side as given) added. What the scenes
 * print is not echoed (two runs would interleave); it is in each side's "console".
 * "since" says what the counters (Mallocs, TotalAlloc, NumGC, PauseTotalNs) count from, as
 * the panel does: a lesson.measure running at the stop (--steps inside one), else the start.
 * `gohotel run A.lua B.lua` does the same for two scenes: "scenes" (the two paths) instead
 * of "compare", each side's "config" its file's name. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "app/cli.h"
#include "app/compare.h"
#include "script/report.h"

static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') fprintf(f, "\\%c", ch);
        else if (ch < 0x20) fprintf(f, "\\u%04x", ch);
        else fputc(ch, f);
    }
    fputc('"', f);
}

/* `run --json`'s object for one side, with "config" first. */
static void side_json(FILE *f, const gh_Compare *c, int i, gh_MemStats *m)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem) return;
    gh_report_json(mem, c->s[i].st, m);
    fclose(mem);
    const char *brace = buf ? strchr(buf, '{') : NULL;
    fputs("{\"config\": ", f);
    json_string(f, c->spec.side[i].label);
    if (brace) {
        size_t n = strlen(brace + 1);
        while (n && (brace[n] == '\n' || brace[n] == ' ')) n--; /* drop the trailing newline */
        fputs(", ", f);
        fwrite(brace + 1, 1, n, f);
    } else fputc('}', f);
    free(buf);
}

static void difference_json(FILE *f, const uint64_t fig[2][GH_COMPARE_NFIGURES])
{
    fputs("{", f);
    for (int k = 0; k < GH_COMPARE_NFIGURES; k++)
        fprintf(f, "%s\"%s\": {\"left\": %" PRIu64 ", \"right\": %" PRIu64 ", \"difference\": %lld}", k ? ", " : "",
                gh_compare_figure[k].json, fig[0][k], fig[1][k], (long long)(fig[1][k] - fig[0][k]));
    fputs("}", f);
}

static void difference_text(FILE *f, const gh_Compare *c, const uint64_t fig[2][GH_COMPARE_NFIGURES])
{
    char since[400];
    gh_compare_since_text(c, since, sizeof since);
    fprintf(f, "\ndifference (%s against %s; the counters %s)\n", c->spec.side[1].label, c->spec.side[0].label, since);
    fprintf(f, "  %-14s %16s %16s %16s\n", "", c->spec.side[0].label, c->spec.side[1].label, "difference");
    for (int k = 0; k < GH_COMPARE_NFIGURES; k++)
        fprintf(f, "  %-14s %16" PRIu64 " %16" PRIu64 " %+16lld\n", gh_compare_figure[k].name, fig[0][k], fig[1][k],
                (long long)(fig[1][k] - fig[0][k]));
}

int gh_run_compare(const gh_RunOptions *o)
{
    gh_Compare c;
    char why[1200];
    gh_CompareWhat what = gh_compare_what(o);
    if (!gh_compare_open(&c, &what, o, NULL, NULL, why, sizeof why)) {
        fprintf(stderr, "gohotel run: %s\n", why);
        return strstr(why, "--compare") == why ? 2 : 1;
    }
    for (int i = 0; i < 2; i++) {
        if (o->steps) gh_stepper_goto(c.s[i].st, (uint64_t)o->steps);
        else gh_stepper_step(c.s[i].st, GH_STEP_END);
    }
    const char *err = gh_compare_error(&c);
    if (err) {
        fprintf(stderr, "%s\n", err);
        gh_compare_close(&c);
        return 1;
    }
    uint64_t fig[2][GH_COMPARE_NFIGURES];
    gh_MemStats m[2];
    for (int i = 0; i < 2; i++) {
        gh_compare_side_figures(&c, i, fig[i]); /* before ReadMemStats flushes the mcaches */
        gh_ReadMemStats(gh_stepper_sim(c.s[i].st), &m[i]);
    }
    if (o->json) {
        if (c.scenes) { /* two scenes: their paths as given */
            fputs("{\"scenes\": [", stdout);
            json_string(stdout, o->file);
            fputs(", ", stdout);
            json_string(stdout, o->file2);
            fputs("]", stdout);
        } else {
            fputs("{\"compare\": ", stdout);
            json_string(stdout, o->compare);
        }
        for (int i = 0; i < 2; i++) {
            fputs(i ? ", \"right\": " : ", \"left\": ", stdout);
            side_json(stdout, &c, i, &m[i]);
        }
        fputs(", \"difference\": ", stdout);
        difference_json(stdout, fig);
        char since[400];
        gh_compare_since_text(&c, since, sizeof since);
        fputs(", \"since\": ", stdout);
        json_string(stdout, since);
        fputs("}\n", stdout);
    } else {
        for (int i = 0; i < 2; i++) {
            printf("%s== %s ==\n", i ? "\n" : "", c.spec.side[i].label);
            if (o->transcript) gh_report_transcript(stdout, c.s[i].st, 78); /* play with no display: the handout */
            gh_report_text(stdout, c.s[i].st, &m[i]);
        }
        difference_text(stdout, &c, fig);
    }
    gh_compare_close(&c);
    return 0;
}
