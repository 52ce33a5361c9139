/* report.c — the run report's shared sections. The profile lists source lines by flat
 * bytes, like `go tool pprof -top -sample_index=alloc_space`, with object counts beside
 * the bytes and each line's source text, so a reader needs nothing else open. */
#include <stdlib.h>
#include <string.h>
#include "run/report.h"

enum { CODE_MAX = 400 };        /* bytes of a line's text a row shows (a profile tag fits) */

/* One row of the report's profile, with its source text. */
typedef struct Row {
    const char *file;
    int line;
    gh_ProfileLine v;
    char code[CODE_MAX + 1];    /* the line's text, trimmed of leading blanks */
} Row;

const char *gh_report_line_in(void *text, int n)
{
    const char *p = text;
    for (int i = 1; p && i < n; i++) p = (p = strchr(p, '\n')) ? p + 1 : NULL;
    return p;
}

static void code_of(const gh_ReportFile *file, int line, char *out)
{
    const char *p = file->line ? file->line(file->ud, line) : NULL;
    out[0] = 0;
    if (!p) return;
    while (*p == ' ' || *p == '\t') p++;
    size_t n = strcspn(p, "\r\n");
    if (n > CODE_MAX) n = CODE_MAX;
    memcpy(out, p, n);
    out[n] = 0;
}

/* Every row of every file's profile, with its text, in pprof-top order; NULL (and *n = 0)
 * when none or out of memory. */
static Row *rows(const gh_ReportFile *files, int nfiles, int *n)
{
    const gh_Profile *p[nfiles ? nfiles : 1];
    const char *names[nfiles ? nfiles : 1];
    for (int i = 0; i < nfiles; i++) p[i] = files[i].prof, names[i] = files[i].name;
    gh_ProfileRow *pr;
    *n = gh_profile_top_files(p, names, nfiles, &pr);
    Row *r = *n ? malloc(sizeof *r * (size_t)*n) : NULL;
    if (!r) *n = 0;
    for (int i = 0; i < *n; i++) {
        r[i] = (Row){.file = pr[i].file, .line = pr[i].line, .v = pr[i].v};
        code_of(&files[pr[i].fileIndex], pr[i].line, r[i].code);
    }
    free(pr);
    return r;
}

void gh_report_cycles_text(FILE *f, const gh_Sim *sim)
{
    fprintf(f, "\nGC cycles: %u (%u forced)\n", gh_sim_gc(sim).numGC, gh_sim_gc(sim).numForcedGC);
    for (uint32_t i = 0; i < gh_sim_gc_ncycles(sim); i++) {
        char line[512];
        gh_gc_format_trace(gh_sim_gc_cycle(sim, i), line, sizeof line);
        fprintf(f, "  %s\n", line);
    }
}

void gh_report_memstats_text(FILE *f, const gh_MemStats *m)
{
    fprintf(f, "\nMemStats\n");
    char v[32];
    for (const gh_MemStatsField *x = gh_memstats_fields; x->name; x++)
        fprintf(f, "  %-14s %s\n", x->name, gh_memstats_field_text(m, x, v, sizeof v));
}

void gh_report_profile_text(FILE *f, const char *what, const gh_ReportFile *files, int nfiles)
{
    uint64_t bytes = 0, objects = 0, sum = 0;
    for (int i = 0; i < nfiles; i++) bytes += files[i].prof->totalBytes, objects += files[i].prof->totalObjects;
    int n;
    Row *r = rows(files, nfiles, &n);
    double total = bytes ? (double)bytes : 1;
    fprintf(f, "\nallocation profile by %s line (alloc_space; %llu B, %llu objects in total)\n", what,
            (unsigned long long)bytes, (unsigned long long)objects);
    fprintf(f, "%12s %6s %6s %12s %6s %10s %10s  %s\n", "flat", "flat%", "sum%", "cum", "cum%", "objects", "cum objs",
            "line");
    for (int i = 0; i < n; i++) {
        sum += r[i].v.flatBytes;
        fprintf(f, "%10lluB %5.1f%% %5.1f%% %10lluB %5.1f%% %10llu %10llu  %s:%d  %s\n",
                (unsigned long long)r[i].v.flatBytes, 100.0 * (double)r[i].v.flatBytes / total,
                100.0 * (double)sum / total, (unsigned long long)r[i].v.cumBytes, 100.0 * (double)r[i].v.cumBytes / total,
                (unsigned long long)r[i].v.flatObjects, (unsigned long long)r[i].v.cumObjects, r[i].file, r[i].line,
                r[i].code);
    }
    free(r);
}

void gh_report_json_str(FILE *f, const char *s)
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

void gh_report_json_memstats(FILE *f, const gh_MemStats *m)
{
    fprintf(f, "\"memstats\": {");
    char v[32];
    for (const gh_MemStatsField *x = gh_memstats_fields; x->name; x++)
        fprintf(f, "%s\"%s\": %s", x == gh_memstats_fields ? "" : ", ", x->name, gh_memstats_field_text(m, x, v, sizeof v));
    fprintf(f, "}");
}

void gh_report_json_gc(FILE *f, const gh_Sim *sim)
{
    fprintf(f, "\"gc\": [");
    for (uint32_t i = 0; i < gh_sim_gc_ncycles(sim); i++) {
        const gh_CycleStats *c = gh_sim_gc_cycle(sim, i);
        char line[512];
        gh_gc_format_trace(c, line, sizeof line);
        fprintf(f, "%s{\"n\": %u, \"forced\": %s, \"start_ns\": %llu, \"heap0\": %llu, \"heap1\": %llu, "
                   "\"heap2\": %llu, \"goal\": %llu, \"pause_ns\": %llu, \"trace\": ",
                i ? ", " : "", c->n, c->forced ? "true" : "false", (unsigned long long)c->startNs,
                (unsigned long long)c->heap0, (unsigned long long)c->heap1, (unsigned long long)c->heap2,
                (unsigned long long)c->goal, (unsigned long long)(c->stwSweepTermNs + c->stwMarkTermNs));
        gh_report_json_str(f, line);
        fputc('}', f);
    }
    fprintf(f, "]");
}

void gh_report_json_profile(FILE *f, const gh_ReportFile *files, int nfiles)
{
    int n;
    Row *r = rows(files, nfiles, &n);
    fprintf(f, "\"profile\": [");
    for (int i = 0; i < n; i++) {
        fprintf(f, "%s{\"file\": ", i ? ", " : "");
        gh_report_json_str(f, r[i].file ? r[i].file : "");
        fprintf(f, ", \"line\": %d, \"flat_bytes\": %llu, \"flat_objects\": %llu, \"cum_bytes\": %llu, "
                   "\"cum_objects\": %llu, \"code\": ",
                r[i].line, (unsigned long long)r[i].v.flatBytes, (unsigned long long)r[i].v.flatObjects,
                (unsigned long long)r[i].v.cumBytes, (unsigned long long)r[i].v.cumObjects);
        gh_report_json_str(f, r[i].code);
        fputc('}', f);
    }
    fprintf(f, "]");
    free(r);
}
