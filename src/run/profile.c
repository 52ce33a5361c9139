/* profile.c — flat and cumulative allocation counts per source line, and their order as
 * `go tool pprof -top` lists them (flat first; for equal flat, pprof sorts by name, which
 * here is the file, then the line number). A line on the call stack twice (recursion) is
 * charged once for cum, as pprof does. */
#include <stdlib.h>
#include <string.h>
#include "run/profile.h"

static gh_ProfileLine *line_at(gh_Profile *p, int line)
{
    if (line < 0) line = 0;
    if (line >= p->nlines) {
        int n = p->nlines ? p->nlines : 64;
        while (n <= line) n *= 2;
        gh_ProfileLine *v = realloc(p->lines, sizeof *v * (size_t)n);
        if (!v) return NULL;
        memset(v + p->nlines, 0, sizeof *v * (size_t)(n - p->nlines));
        p->lines = v;
        p->nlines = n;
    }
    return &p->lines[line];
}

static bool seen_before(const int *lines, int i)
{
    for (int j = 0; j < i; j++)
        if (lines[j] == lines[i]) return true;
    return false;
}

bool gh_profile_charge(gh_Profile *p, int flat, uint64_t bytes, const int *cum, int ncum)
{
    if (flat >= 0) {
        gh_ProfileLine *l = line_at(p, flat);
        if (!l) return false;
        l->flatBytes += bytes;
        l->flatObjects++;
        p->totalBytes += bytes;
        p->totalObjects++;
    }
    for (int i = 0; i < ncum; i++) {
        if (cum[i] < 0 || seen_before(cum, i)) continue;
        gh_ProfileLine *cl = line_at(p, cum[i]);
        if (!cl) return false;
        cl->cumBytes += bytes;
        cl->cumObjects++;
    }
    return true;
}

bool gh_profile_add(gh_Profile *p, int line, uint64_t bytes)
{
    int stack[1 + GH_PROFILE_DEPTH] = {line < 0 ? 0 : line};
    int n = 1;
    for (int i = 0; i < p->ncalls && i < GH_PROFILE_DEPTH; i++) stack[n++] = p->calls[i];
    return gh_profile_charge(p, stack[0], bytes, stack, n);
}

void gh_profile_call(gh_Profile *p, int line)
{
    if (p->ncalls < GH_PROFILE_DEPTH) p->calls[p->ncalls] = line;
    p->ncalls++;
}

void gh_profile_return(gh_Profile *p)
{
    if (p->ncalls > 0) p->ncalls--;
}

void gh_profile_free(gh_Profile *p)
{
    free(p->lines);
    memset(p, 0, sizeof *p);
}

static int by_flat(const void *a, const void *b)
{
    const gh_ProfileRow *x = a, *y = b;
    if (x->v.flatBytes != y->v.flatBytes) return x->v.flatBytes < y->v.flatBytes ? 1 : -1;
    if (x->fileIndex != y->fileIndex) return x->fileIndex - y->fileIndex;
    return x->line - y->line;
}

int gh_profile_top_files(const gh_Profile *const *p, const char *const *files, int nfiles, gh_ProfileRow **rows)
{
    *rows = NULL;
    int n = 0;
    for (int f = 0; f < nfiles; f++)
        for (int i = 0; i < p[f]->nlines; i++) n += p[f]->lines[i].cumObjects || p[f]->lines[i].flatObjects;
    if (!n || !(*rows = malloc(sizeof **rows * (size_t)n))) return 0;
    n = 0;
    for (int f = 0; f < nfiles; f++)
        for (int i = 0; i < p[f]->nlines; i++)
            if (p[f]->lines[i].cumObjects || p[f]->lines[i].flatObjects) (*rows)[n++] = (gh_ProfileRow){i, p[f]->lines[i], files ? files[f] : NULL, f};
    qsort(*rows, (size_t)n, sizeof **rows, by_flat);
    return n;
}

int gh_profile_top(const gh_Profile *p, gh_ProfileRow **rows) { return gh_profile_top_files(&p, NULL, 1, rows); }
