/* go_defer_report.c — `gohotel escape -d=defer FILE.go`: the kind Go 1.19 gives every defer
 * statement, one line each as `go build -gcflags=-d=defer` prints them, in source order:
 *   ./file.go:12:2: open-coded defer
 *   ./file.go:20:3: heap-allocated defer
 *   ./file.go:25:2: stack-allocated defer
 * The kinds are decided by the checker (go_check_defer.c) and are what the interpreter
 * runs (exec_defer.c): a heap-allocated defer takes a _defer record and a wrapper closure.
 */
#include <stdlib.h>
#include "golang/go_check.h"
#include "golang/go_source.h"

typedef struct Defers { const gh_GoNode **v; int n, cap; } Defers;

static void collect(Defers *d, const gh_GoNode *n)
{
    if (!n || n->kind == GH_N_FUNCLIT) return;   /* a literal's defers are its own function's */
    if (n->kind == GH_N_DEFER && d->n < d->cap) d->v[d->n++] = n;
    const gh_GoNode *kids[4] = {n->x, n->y, n->z, n->w};
    for (int i = 0; i < 4; i++) collect(d, kids[i]);
    for (int i = 0; i < n->nlist; i++) collect(d, n->list[i]);
    for (int i = 0; i < n->nlist2; i++) collect(d, n->list2[i]);
}

static int by_pos(const void *a, const void *b)
{
    const gh_GoNode *x = *(const gh_GoNode *const *)a, *y = *(const gh_GoNode *const *)b;
    if (x->pos.line != y->pos.line) return x->pos.line < y->pos.line ? -1 : 1;
    return (x->pos.col > y->pos.col) - (x->pos.col < y->pos.col);
}

int gh_go_defer_report(const gh_GoProgram *prog, FILE *out)
{
    enum { MAX_DEFERS = 1 << 16 };
    Defers d = {calloc(MAX_DEFERS, sizeof *d.v), 0, MAX_DEFERS};
    if (!d.v) return 1;
    for (int i = 0; i < prog->nall; i++) collect(&d, prog->all[i]->body);
    qsort(d.v, (size_t)d.n, sizeof *d.v, by_pos);
    static const char *const kind[] = {"open-coded defer", "stack-allocated defer", "heap-allocated defer"};
    for (int i = 0; i < d.n; i++)
        fprintf(out, "./%s:%d:%d: %s\n", prog->src->base, d.v[i]->pos.line, d.v[i]->pos.col, kind[d.v[i]->define % 3]);
    free(d.v);
    return 0;
}
