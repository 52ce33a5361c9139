/* report.c — the run report of a scene: its head (scene, params, steps, measures), then
 * the sections every run report has (run/report.h), whose profile lists scene lines and
 * the lines of Go programs the scene stepped through with go.program, as FILE.go:LINE;
 * in JSON also the figures, the transcript and the console. */
#include <stdlib.h>
#include <string.h>
#include "run/report.h"
#include "script/report.h"
#include "script/script.h"

/* A gh_LineFn over a gh_Text (run/text.h): the exact line, however long. */
static const char *text_line(void *text, int n) { return gh_text_line(text, n); }

/* The scene's file and each Go program's it stepped through (go.program), as the shared
 * report sections take them: every line comes from the text loaded once (run/text.*). */
static int files(const gh_Script *S, gh_ReportFile *out)
{
    out[0] = (gh_ReportFile){S->scenePath, &S->prof, S->text ? text_line : NULL, (void *)S->text};
    for (int i = 0; i < S->ngoProf; i++)
        out[i + 1] = (gh_ReportFile){S->goProf[i].name, &S->goProf[i].prof, text_line, (void *)&S->goProf[i].text};
    return 1 + S->ngoProf;
}

static void text_profile(FILE *f, const gh_Script *S)
{
    gh_ReportFile fs[1 + GH_GO_PROFILES];
    int n = files(S, fs);
    gh_report_profile_text(f, S->ngoProf ? "scene and Go" : "scene", fs, n);
}

void gh_report_text(FILE *f, const gh_Stepper *st, const gh_MemStats *m)
{
    const gh_Script *S = gh_stepper_script(st);
    fprintf(f, "scene %s%s%s\n", S->scenePath, S->title[0] ? ": " : "", S->title);
    for (int i = 0; i < S->nparams; i++) fprintf(f, "  param %s=%s\n", S->params[i].key, S->params[i].val);
    fprintf(f, "steps %llu, operations %llu, checkpoints passed %d%s\n", (unsigned long long)S->tick,
            (unsigned long long)S->ops, S->checkpoints, gh_stepper_finished(st) ? "" : " (stopped before the end)");
    if (S->nmeasures) fprintf(f, "\nmeasures (runtime.ReadMemStats before and after)\n");
    for (int i = 0; i < S->nmeasures; i++) {
        const gh_Measure *x = &S->measures[i];
        fprintf(f, "  %-16s Mallocs %-8lld Frees %-8lld TotalAlloc %-10lld NumGC %lld\n", x->name,
                (long long)x->Mallocs, (long long)x->Frees, (long long)x->TotalAlloc, (long long)x->NumGC);
    }
    gh_report_cycles_text(f, S->sim);
    gh_report_memstats_text(f, m);
    text_profile(f, S);
}

/* Text as a terminal shows it: words wrapped at `width` columns, each line after the
 * first indented by `indent` spaces (UTF-8 sequences count as one column). */
static void wrap(FILE *f, const char *s, int width, int indent, int col)
{
    while (*s) {
        while (*s == ' ') s++;
        size_t n = strcspn(s, " \n");
        int cols = 0;
        for (size_t i = 0; i < n; i++) cols += ((unsigned char)s[i] & 0xc0) != 0x80;
        if (col > indent && col + 1 + cols > width) {
            fprintf(f, "\n%*s", indent, "");
            col = indent;
        } else if (col > indent) {
            fputc(' ', f);
            col++;
        }
        fwrite(s, 1, n, f);
        col += cols;
        s += n;
        if (*s == '\n') {
            s++;
            fprintf(f, "\n%*s", indent, "");
            col = indent;
        }
    }
    fputc('\n', f);
}

void gh_report_transcript(FILE *f, const gh_Stepper *st, int width)
{
    const gh_Script *S = gh_stepper_script(st);
    const char *title = S->title[0] ? S->title : S->scenePath;
    fprintf(f, "%s\n", title);
    for (const char *c = title; *c; c++)
        if (((unsigned char)*c & 0xc0) != 0x80) fputc('=', f); /* one per column */
    fputc('\n', f);
    for (int i = 0; i < S->ntranscript; i++) {
        const gh_TranscriptEntry *e = &S->transcript[i];
        char head[80];
        int n = snprintf(head, sizeof head, "[%s]", e->pause);
        fprintf(f, "\n%s", head);
        wrap(f, e->text, width, 2, n);
    }
    fputc('\n', f);
}

static void json_profile(FILE *f, const gh_Script *S)
{
    gh_ReportFile fs[1 + GH_GO_PROFILES];
    int n = files(S, fs);
    gh_report_json_profile(f, fs, n);
}

void gh_report_json(FILE *f, const gh_Stepper *st, const gh_MemStats *m)
{
    const gh_Script *S = gh_stepper_script(st);
    fprintf(f, "{\"scene\": ");
    gh_report_json_str(f, S->scenePath);
    fprintf(f, ", \"title\": ");
    gh_report_json_str(f, S->title);
    fprintf(f, ", \"params\": {");
    for (int i = 0; i < S->nparams; i++) {
        fprintf(f, i ? ", " : "");
        gh_report_json_str(f, S->params[i].key);
        fprintf(f, ": ");
        gh_report_json_str(f, S->params[i].val);
    }
    fprintf(f, "}, \"steps\": %llu, \"event_digest\": \"%016llx\", \"operations\": %llu, \"finished\": %s, "
               "\"checkpoints\": %d, ",
            (unsigned long long)S->tick, (unsigned long long)gh_stepper_event_digest(st), (unsigned long long)S->ops,
            gh_stepper_finished(st) ? "true" : "false", S->checkpoints);
    gh_report_json_memstats(f, m);
    fprintf(f, ", \"measures\": {");
    for (int i = 0; i < S->nmeasures; i++) {
        const gh_Measure *x = &S->measures[i];
        fprintf(f, i ? ", " : "");
        gh_report_json_str(f, x->name);
        fprintf(f, ": {\"Mallocs\": %lld, \"TotalAlloc\": %lld, \"Frees\": %lld, \"NumGC\": %lld, \"HeapAlloc\": %lld}",
                (long long)x->Mallocs, (long long)x->TotalAlloc, (long long)x->Frees, (long long)x->NumGC,
                (long long)x->HeapAlloc);
    }
    fprintf(f, "}, \"figures\": {");
    for (int i = 0; i < S->nfigures; i++) {
        fprintf(f, i ? ", " : "");
        gh_report_json_str(f, S->figures[i].name);
        fprintf(f, ": %s", S->figures[i].value);
    }
    fprintf(f, "}, \"transcript\": [");
    for (int i = 0; i < S->ntranscript; i++) {
        fprintf(f, "%s{\"pause\": ", i ? ", " : "");
        gh_report_json_str(f, S->transcript[i].pause);
        fprintf(f, ", \"step\": %llu, \"text\": ", (unsigned long long)S->transcript[i].step);
        gh_report_json_str(f, S->transcript[i].text);
        fputc('}', f);
    }
    fprintf(f, "], \"console\": ");
    gh_report_json_str(f, S->con);
    fprintf(f, ", ");
    gh_report_json_gc(f, S->sim);
    fprintf(f, ", ");
    json_profile(f, S);
    fprintf(f, "}\n");
}
