/* report.c — the run report. The profile lists scene lines (and the lines of Go programs
 * the scene stepped through with go.program, as FILE.go:LINE) by flat bytes, like
 * `go tool pprof -top -sample_index=alloc_space`, with object counts beside the bytes and
 * the line's source text so a reader needs nothing else open. */
#include <stdlib.h>
#include <string.h>
#include "script/report.h"

/* One row of the report's profile: a scene line, or a line of a Go program the scene
 * stepped through (go.program), with its source text. */
typedef struct Row {
    const char *file;           /* the scene's path or the Go program's name */
    int line;
    gh_ProfileLine v;
    char *code;                 /* the line's text, trimmed (owned) */
} Row;

/* Line `line` (1-based) of text, trimmed of leading blanks, as a new string. */
static char *text_line(const char *text, int line)
{
    const char *p = text;
    for (int i = 1; p && i < line; i++) p = (p = strchr(p, '\n')) ? p + 1 : NULL;
    if (!p) return strdup("");
    while (*p == ' ' || *p == '\t') p++;
    return strndup(p, strcspn(p, "\r\n"));
}

/* Every row of the scene's profile and of its Go programs', with their source text, in
 * pprof-top order; totals in *bytes and *objects. */
static Row *rows(const gh_Script *S, int *n, uint64_t *bytes, uint64_t *objects)
{
    gh_ProfileRow *pr;
    *n = gh_script_profile_top(S, &pr);
    *bytes = S->prof.totalBytes, *objects = S->prof.totalObjects;
    for (int i = 0; i < S->ngoProf; i++)
        *bytes += S->goProf[i].prof.totalBytes, *objects += S->goProf[i].prof.totalObjects;
    Row *r = *n ? calloc((size_t)*n, sizeof *r) : NULL;
    if (!r) return *n = 0, free(pr), NULL;
    char *scene = gh_read_file(S->scenePath, SIZE_MAX, NULL);
    for (int i = 0; i < *n; i++) {
        const char *text = pr[i].fileIndex ? S->goProf[pr[i].fileIndex - 1].text : scene;
        char *code = text ? text_line(text, pr[i].line) : strdup("");
        if (code && strlen(code) > 400) code[400] = 0;
        r[i] = (Row){pr[i].file, pr[i].line, pr[i].v, code};
    }
    free(scene);
    free(pr);
    return r;
}

static void free_rows(Row *r, int n)
{
    for (int i = 0; i < n; i++) free(r[i].code);
    free(r);
}

static void text_profile(FILE *f, const gh_Script *S)
{
    int n;
    uint64_t bytes, objects;
    Row *r = rows(S, &n, &bytes, &objects);
    uint64_t total = bytes ? bytes : 1, sum = 0;
    fprintf(f, "\nallocation profile by %s line (alloc_space; %llu B, %llu objects in total)\n",
            S->ngoProf ? "scene and Go" : "scene", (unsigned long long)bytes, (unsigned long long)objects);
    fprintf(f, "%12s %6s %6s %12s %6s %10s %10s  %s\n", "flat", "flat%", "sum%", "cum", "cum%", "objects", "cum objs",
            "line");
    for (int i = 0; r && i < n; i++) {
        sum += r[i].v.flatBytes;
        fprintf(f, "%10lluB %5.1f%% %5.1f%% %10lluB %5.1f%% %10llu %10llu  %s:%d  %s\n",
                (unsigned long long)r[i].v.flatBytes, 100.0 * (double)r[i].v.flatBytes / (double)total,
                100.0 * (double)sum / (double)total, (unsigned long long)r[i].v.cumBytes,
                100.0 * (double)r[i].v.cumBytes / (double)total, (unsigned long long)r[i].v.flatObjects,
                (unsigned long long)r[i].v.cumObjects, r[i].file, r[i].line, r[i].code ? r[i].code : "");
    }
    free_rows(r, n);
}

void gh_report_text(FILE *f, const gh_Stepper *st, const gh_MemStats *m)
{
    const gh_Script *S = gh_stepper_script(st);
    const gh_Sim *sim = S->sim;
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
    fprintf(f, "\nGC cycles: %u (%u forced)\n", sim->gc.numGC, sim->gc.numForcedGC);
    for (uint32_t i = 0; i < sim->gc.nhistory; i++) {
        char line[512];
        gh_gc_format_trace(&sim->gc.history[i], line, sizeof line);
        fprintf(f, "  %s\n", line);
    }
    fprintf(f, "\nMemStats\n");
    char v[32];
    for (const gh_MemStatsField *x = gh_memstats_fields; x->name; x++)
        fprintf(f, "  %-14s %s\n", x->name, gh_memstats_field_text(m, x, v, sizeof v));
    text_profile(f, S);
}

static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c == '\n') fputs("\\n", f);
        else if (c == '\t') fputs("\\t", f);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
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

static void json_memstats(FILE *f, const gh_MemStats *m)
{
    fprintf(f, "\"memstats\": {");
    char v[32];
    for (const gh_MemStatsField *x = gh_memstats_fields; x->name; x++)
        fprintf(f, "%s\"%s\": %s", x == gh_memstats_fields ? "" : ", ", x->name, gh_memstats_field_text(m, x, v, sizeof v));
    fprintf(f, "}");
}

static void json_gc(FILE *f, const gh_Sim *sim)
{
    fprintf(f, "\"gc\": [");
    for (uint32_t i = 0; i < sim->gc.nhistory; i++) {
        const gh_CycleStats *c = &sim->gc.history[i];
        char line[512];
        gh_gc_format_trace(c, line, sizeof line);
        fprintf(f, "%s{\"n\": %u, \"forced\": %s, \"start_ns\": %llu, \"heap0\": %llu, \"heap1\": %llu, "
                   "\"heap2\": %llu, \"goal\": %llu, \"pause_ns\": %llu, \"trace\": ",
                i ? ", " : "", c->n, c->forced ? "true" : "false", (unsigned long long)c->startNs,
                (unsigned long long)c->heap0, (unsigned long long)c->heap1, (unsigned long long)c->heap2,
                (unsigned long long)c->goal, (unsigned long long)(c->stwSweepTermNs + c->stwMarkTermNs));
        json_str(f, line);
        fputc('}', f);
    }
    fprintf(f, "]");
}

static void json_profile(FILE *f, const gh_Script *S)
{
    int n;
    uint64_t bytes, objects;
    Row *r = rows(S, &n, &bytes, &objects);
    fprintf(f, "\"profile\": [");
    for (int i = 0; r && i < n; i++) {
        fprintf(f, "%s{\"file\": ", i ? ", " : "");
        json_str(f, r[i].file);
        fprintf(f, ", \"line\": %d, \"flat_bytes\": %llu, \"flat_objects\": %llu, \"cum_bytes\": %llu, "
                   "\"cum_objects\": %llu, \"code\": ",
                r[i].line, (unsigned long long)r[i].v.flatBytes, (unsigned long long)r[i].v.flatObjects,
                (unsigned long long)r[i].v.cumBytes, (unsigned long long)r[i].v.cumObjects);
        json_str(f, r[i].code ? r[i].code : "");
        fputc('}', f);
    }
    fprintf(f, "]");
    free_rows(r, n);
}

void gh_report_json(FILE *f, const gh_Stepper *st, const gh_MemStats *m)
{
    const gh_Script *S = gh_stepper_script(st);
    fprintf(f, "{\"scene\": ");
    json_str(f, S->scenePath);
    fprintf(f, ", \"title\": ");
    json_str(f, S->title);
    fprintf(f, ", \"params\": {");
    for (int i = 0; i < S->nparams; i++) {
        fprintf(f, i ? ", " : "");
        json_str(f, S->params[i].key);
        fprintf(f, ": ");
        json_str(f, S->params[i].val);
    }
    fprintf(f, "}, \"steps\": %llu, \"event_digest\": \"%016llx\", \"operations\": %llu, \"finished\": %s, "
               "\"checkpoints\": %d, ",
            (unsigned long long)S->tick, (unsigned long long)gh_stepper_event_digest(st), (unsigned long long)S->ops,
            gh_stepper_finished(st) ? "true" : "false", S->checkpoints);
    json_memstats(f, m);
    fprintf(f, ", \"measures\": {");
    for (int i = 0; i < S->nmeasures; i++) {
        const gh_Measure *x = &S->measures[i];
        fprintf(f, i ? ", " : "");
        json_str(f, x->name);
        fprintf(f, ": {\"Mallocs\": %lld, \"TotalAlloc\": %lld, \"Frees\": %lld, \"NumGC\": %lld, \"HeapAlloc\": %lld}",
                (long long)x->Mallocs, (long long)x->TotalAlloc, (long long)x->Frees, (long long)x->NumGC,
                (long long)x->HeapAlloc);
    }
    fprintf(f, "}, \"figures\": {");
    for (int i = 0; i < S->nfigures; i++) {
        fprintf(f, i ? ", " : "");
        json_str(f, S->figures[i].name);
        fprintf(f, ": %s", S->figures[i].value);
    }
    fprintf(f, "}, \"transcript\": [");
    for (int i = 0; i < S->ntranscript; i++) {
        fprintf(f, "%s{\"pause\": ", i ? ", " : "");
        json_str(f, S->transcript[i].pause);
        fprintf(f, ", \"step\": %llu, \"text\": ", (unsigned long long)S->transcript[i].step);
        json_str(f, S->transcript[i].text);
        fputc('}', f);
    }
    fprintf(f, "], \"console\": ");
    json_str(f, S->con);
    fprintf(f, ", ");
    json_gc(f, S->sim);
    fprintf(f, ", ");
    json_profile(f, S);
    fprintf(f, "}\n");
}
