/* exec_methval.c — method values (f := c.inc): as in Go, a closure object {F; R} holding
 * the receiver the method is bound to (a pointer, or a copy of the value taken when the
 * method value is made). F names the method with an index past the plain functions, so a
 * call through the func value passes R as the method's receiver. The object lives in the
 * frame when escape analysis says the method value does not escape, else on the heap.
 */
#include <string.h>
#include "golang/exec_int.h"

gh_GoType *gh_x_method_closure_type(gh_Exec *ex, gh_GoFunc *fn)
{
    uint64_t *e = gh_xmap_get(&ex->types, (const char *)fn + 2, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return (gh_GoType *)(uintptr_t)e[0];
    gh_GoSource *src = ex->prog->src;
    gh_GoType *t = gh_go_type_new(src, GH_K_STRUCT);
    gh_GoField *f = gh_go_arena_push(&src->arena, &t->fields, &t->nfields, sizeof *f);
    f->name = "F";
    f->type = ex->prog->u.basic[GH_K_UINTPTR];
    f = gh_go_arena_push(&src->arena, &t->fields, &t->nfields, sizeof *f);
    f->name = "R";
    f->type = fn->recv->type;
    gh_GoType *named = gh_go_type_new(src, GH_K_NAMED);
    named->name = gh_go_arena_printf(&src->arena, "%s-fm closure", fn->name);
    named->underlying = t;
    named->lib_id = -1;
    e[0] = (uint64_t)(uintptr_t)named;
    return named;
}

static uint64_t method_index(gh_Exec *ex, gh_GoFunc *fn)
{
    for (int i = 0; i < ex->prog->nall; i++)
        if (ex->prog->all[i] == fn) return (uint64_t)(ex->prog->nall + i);
    gh_x_panic(ex, "fatal error: unknown method %s", fn->name);
}

void gh_x_method_value(gh_Exec *ex, gh_GoNode *n, void *out)
{
    gh_GoFunc *fn = n->fn;
    gh_GoType *rt = fn->recv->type;
    uint64_t rsize = (uint64_t)gh_x_size(rt);
    if (rsize > X_VMAX)
        gh_x_unsupported(ex, n->pos, "method values with receivers larger than %d bytes are not supported", X_VMAX);
    uint8_t recv[X_VMAX];
    gh_x_eval(ex, n->x, recv);
    gh_GoType *ct = gh_x_method_closure_type(ex, fn);
    int mark = gh_x_pin(ex, rt, recv);
    gh_Addr c = gh_x_closure_object(ex, n, ct);
    gh_x_unpin(ex, mark, rt, recv);
    gh_x_unpin_all(ex, mark);
    uint64_t idx = method_index(ex, fn);
    gh_store(ex->sim, c, &idx, 8);
    if (rsize) gh_x_store(ex, c + 8, rt, recv);
    memcpy(out, &c, 8);
}

bool gh_x_method_recv(gh_Exec *ex, gh_Addr fv, void *out)
{
    uint64_t idx;
    gh_x_load(ex, fv, &idx, 8);
    if (idx < (uint64_t)ex->prog->nall || idx >= 2 * (uint64_t)ex->prog->nall) return false;
    gh_GoFunc *fn = ex->prog->all[idx - (uint64_t)ex->prog->nall];
    uint64_t rsize = (uint64_t)gh_x_size(fn->recv->type);
    if (rsize) gh_x_load(ex, fv + 8, out, rsize);
    return true;
}
