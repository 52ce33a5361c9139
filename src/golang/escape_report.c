/* escape_report.c — turns a solved batch into -m lines, in Go's order:
 * notes made while walking, then parameter tags of each function, then every
 * location in creation order ("moved to heap: x", "new(T) escapes to heap",
 * "&T{...} does not escape").  Also records the decisions on the tree.
 */
#include "golang/escape_int.h"
#include "golang/go_inlsite.h"
#include <stdlib.h>
#include <string.h>

static void emit(gh_EscState *e, gh_GoPos pos, const char *text)
{
    gh_EscDiag *d = gh_go_arena_push(e->arena, &e->out, &e->nout, sizeof *d);
    d->pos = pos;
    d->text = text;
}

static void param_tags(gh_EscState *e, gh_EscFunc *f)
{
    gh_GoFunc *fn = f->fn;
    if (f->pos_override.line == GH_ESC_AUTOGEN_LINE) return;   /* Go does not diagnose a wrapper's parameters */
    int np = fn->nparams + (fn->recv ? 1 : 0);
    for (int i = 0; i < np; i++) {
        gh_GoObj *p = fn->recv ? (i == 0 ? fn->recv : fn->params[i - 1]) : fn->params[i];
        if (!gh_go_type_has_pointers(p->type)) continue;
        if (!strcmp(p->name, "_") || !strcmp(p->name, "~recv") || p->name[0] == '~') continue;
        gh_EscLoc *l = f->vars[p->id];
        if (l->escapes) continue;
        gh_EscLeaks *lk = &l->leaks;
        if (lk->heap)   /* result flows no cheaper than the heap flow add nothing */
            for (int r = 0; r < GH_ESC_NUM_RESULTS; r++)
                if (lk->res[r] >= lk->heap) lk->res[r] = 0;
        int empty = !lk->heap;
        for (int r = 0; r < GH_ESC_NUM_RESULTS; r++) empty &= !lk->res[r];
        gh_GoPos pos = p->pos; /* even in closures copied by inlining, Go keeps the declared position */
        if (empty) emit(e, pos, gh_go_arena_printf(e->arena, "%s does not escape", p->name));
        if (lk->heap == 1) emit(e, pos, gh_go_arena_printf(e->arena, "leaking param: %s", p->name));
        else if (lk->heap > 1) emit(e, pos, gh_go_arena_printf(e->arena, "leaking param content: %s", p->name));
        for (int r = 0; r < GH_ESC_NUM_RESULTS && r < fn->nresults; r++)
            if (lk->res[r])
                emit(e, pos, gh_go_arena_printf(e->arena, "leaking param: %s to result %s level=%d", p->name,
                                                fn->results[r]->name, lk->res[r] - 1));
    }
}

static int by_key(const void *a, const void *b)
{
    const gh_EscLoc *x = *(gh_EscLoc *const *)a, *y = *(gh_EscLoc *const *)b;
    return x->key < y->key ? -1 : x->key > y->key;
}

void gh_esc_finish(gh_EscState *e)
{
    for (int i = 0; i < e->nnotes; i++) emit(e, e->notes[i].pos, e->notes[i].text);
    for (int i = 0; i < e->nfns; i++) param_tags(e, e->fns[i]);
    gh_EscLoc **sorted = malloc(sizeof *sorted * (size_t)(e->nlocs + 1));
    if (!sorted) return;
    if (e->nlocs) memcpy(sorted, e->locs, sizeof *sorted * (size_t)e->nlocs);
    qsort(sorted, (size_t)e->nlocs, sizeof *sorted, by_key);
    char buf[512];
    for (int i = 0; i < e->nlocs; i++) {
        gh_EscLoc *l = sorted[i];
        if (l->var) {
            if (l->original) l->var->heap = l->escapes;
            if (l->site && l->curfn && l->curfn->original)
                gh_go_inlsite_set(e->prog, l->site, l->var, 1, l->escapes ? 1 : 2, l->curfn->fn);
            if (l->escapes) emit(e, l->pos, gh_go_arena_printf(e->arena, "moved to heap: %s", l->text ? l->text : l->var->name));
            continue;
        }
        const char *text = l->text;
        if (l->expr && l->site && l->curfn && l->curfn->original)
            gh_go_inlsite_set(e->prog, l->site, l->expr, 0, l->escapes ? 1 : 2, l->curfn->fn);
        if (l->expr && l->original) ((gh_GoNode *)l->expr)->esc = l->escapes ? 1 : 2;
        if (!text && l->expr) {
            gh_go_expr_format(l->expr, buf, sizeof buf);
            text = buf;
        }
        if (!text) continue;
        emit(e, l->pos, gh_go_arena_printf(e->arena, "%s %s", text, l->escapes ? "escapes to heap" : "does not escape"));
    }
    free(sorted);
}
