/* exec_report.c — what `gohotel exec` prints after the program's own output: the same
 * sections as `gohotel run` (GC cycles with their gctrace lines, final MemStats, the
 * allocation profile by source line), as text or as one JSON object.
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"
#include "golang/exec_report.h"

typedef struct Row { int line; uint64_t fb, fo, cb, co; } Row;

static int by_flat(const void *a, const void *b)
{
    const Row *x = a, *y = b;
    if (x->fb != y->fb) return x->fb < y->fb ? 1 : -1;
    if (x->cb != y->cb) return x->cb < y->cb ? 1 : -1;
    return x->line - y->line;
}

static Row *rows(const gh_ExecProfile *p, int *n)
{
    Row *r = malloc(sizeof *r * (size_t)(p->nlines + 1));
    *n = 0;
    for (int i = 1; r && i <= p->nlines; i++)
        if (p->cumObjects[i] || p->flatObjects[i])
            r[(*n)++] = (Row){i, p->flatBytes[i], p->flatObjects[i], p->cumBytes[i], p->cumObjects[i]};
    if (r) qsort(r, (size_t)*n, sizeof *r, by_flat);
    return r;
}

/* The trimmed text of source line `line` into buf. */
static const char *code_at(const gh_Exec *ex, int line, char *buf, size_t cap)
{
    const char *s = ex->prog->src->text;
    for (int l = 1; l < line && s; l++) { s = strchr(s, '\n'); if (s) s++; }
    if (!s) return "";
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strcspn(s, "\r\n");
    if (n >= cap) n = cap - 1;
    memcpy(buf, s, n);
    buf[n] = 0;
    return buf;
}

void gh_exec_report_text(FILE *f, const gh_Exec *ex, const gh_MemStats *m)
{
    const gh_Sim *sim = ex->sim;
    fprintf(f, "program %s\nsteps %lld, exit status %d%s\n", ex->prog->src->path, ex->steps, ex->status,
            ex->done ? "" : " (stopped before the end)");
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
    int n;
    Row *r = rows(&ex->prof, &n);
    uint64_t total = 0, sum = 0, objs = 0;
    for (int i = 0; r && i < n; i++) { total += r[i].fb; objs += r[i].fo; }
    fprintf(f, "\nallocation profile by source line (alloc_space; %llu B, %llu objects in total)\n",
            (unsigned long long)total, (unsigned long long)objs);
    fprintf(f, "%12s %6s %6s %12s %6s %10s %10s  %s\n", "flat", "flat%", "sum%", "cum", "cum%", "objects", "cum objs", "line");
    double t = total ? (double)total : 1;
    for (int i = 0; r && i < n; i++) {
        char code[160];
        sum += r[i].fb;
        fprintf(f, "%10lluB %5.1f%% %5.1f%% %10lluB %5.1f%% %10llu %10llu  %s:%d  %s\n", (unsigned long long)r[i].fb,
                100.0 * (double)r[i].fb / t, 100.0 * (double)sum / t, (unsigned long long)r[i].cb, 100.0 * (double)r[i].cb / t,
                (unsigned long long)r[i].fo, (unsigned long long)r[i].co, ex->prog->src->base, r[i].line,
                code_at(ex, r[i].line, code, sizeof code));
    }
    free(r);
}

static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

void gh_exec_report_json(FILE *f, const gh_Exec *ex, const gh_MemStats *m)
{
    const gh_Sim *sim = ex->sim;
    fprintf(f, "{\"program\": ");
    json_str(f, ex->prog->src->path);
    fprintf(f, ", \"steps\": %lld, \"finished\": %s, \"exit_status\": %d, \"error\": ", ex->steps,
            ex->done ? "true" : "false", ex->status);
    if (ex->errmsg) json_str(f, ex->errmsg);
    else fprintf(f, "null");
    fprintf(f, ", \"memstats\": {");
    char v[32];
    for (const gh_MemStatsField *x = gh_memstats_fields; x->name; x++)
        fprintf(f, "%s\"%s\": %s", x == gh_memstats_fields ? "" : ", ", x->name, gh_memstats_field_text(m, x, v, sizeof v));
    fprintf(f, "}, \"gc\": [");
    for (uint32_t i = 0; i < sim->gc.nhistory; i++) {
        const gh_CycleStats *c = &sim->gc.history[i];
        char line[512];
        gh_gc_format_trace(c, line, sizeof line);
        fprintf(f, "%s{\"n\": %u, \"forced\": %s, \"heap0\": %llu, \"heap1\": %llu, \"heap2\": %llu, \"goal\": %llu, \"trace\": ",
                i ? ", " : "", c->n, c->forced ? "true" : "false", (unsigned long long)c->heap0,
                (unsigned long long)c->heap1, (unsigned long long)c->heap2, (unsigned long long)c->goal);
        json_str(f, line);
        fputc('}', f);
    }
    fprintf(f, "], \"profile\": [");
    int n;
    Row *r = rows(&ex->prof, &n);
    for (int i = 0; r && i < n; i++) {
        char code[160];
        fprintf(f, "%s{\"line\": %d, \"flat_bytes\": %llu, \"flat_objects\": %llu, \"cum_bytes\": %llu, \"cum_objects\": %llu, \"code\": ",
                i ? ", " : "", r[i].line, (unsigned long long)r[i].fb, (unsigned long long)r[i].fo,
                (unsigned long long)r[i].cb, (unsigned long long)r[i].co);
        json_str(f, code_at(ex, r[i].line, code, sizeof code));
        fputc('}', f);
    }
    free(r);
    fprintf(f, "]}\n");
}
