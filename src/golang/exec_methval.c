/* exec_methval.c — method values (f := c.inc, w := sb.WriteString, g := err.Error, a := s.Area): as
 * in Go, a closure object {F; R} holding the receiver the method is bound to, evaluated
 * when the method value is made:
 *   - a method of the program: R is a pointer, or a copy of the value (`*p` for a value
 *     method on a pointer); F names the method with an index past the plain functions
 *     (nall + i), so a call through the func value passes R as the method's receiver;
 *   - a library method (strings.Builder, bytes.Buffer, sync): R is the receiver's pointer
 *     (`&sb`), F = 2 * nall + 1 + the library function's index;
 *   - an interface method (error's Error): R is the interface value, both words (Go's
 *     closure for it is 24 bytes); F = 2 * nall for error's Error, 2 * nall + 1 + nlibs + k for
 *     the k-th method value of a program's interface (prog->imethvals). Making it from a nil
 *     interface panics at once, as Go's nil check does; calling it calls the dynamic type's
 *     method with the call's arguments.
 * The object lives in the frame when escape analysis says the method value does not
 * escape ("err.Error does not escape"), else on the heap.
 */
#include <string.h>
#include "golang/exec_libcalls_int.h"

/* A method value of a user interface's method (f := s.Area): its index among them, or -1. */
static int imethval(gh_Exec *ex, const gh_GoNode *n)
{
    gh_GoProgram *p = ex->prog;
    return n->op == GH_OP_IMETHOD && n->field >= 0 && n->field < p->nimethvals && p->imethvals[n->field] == n ? n->field : -1;
}

static gh_GoType *recv_type(gh_Exec *ex, const gh_GoNode *n)
{
    if (n->fn) return n->fn->recv->type;
    if (imethval(ex, n) >= 0) return n->x->type;
    return n->op == GH_OP_IMETHOD ? ex->prog->u.error : n->x->type;
}

gh_GoType *gh_x_method_closure_type(gh_Exec *ex, const gh_GoNode *n)
{
    const char *names[1] = {"R"};
    gh_GoType *types[1] = {recv_type(ex, n)};
    if (n->fn) {
        char name[256];
        snprintf(name, sizeof name, "%s-fm", n->fn->name);
        return gh_x_closure_struct(ex, (const char *)n->fn + 2, gh_go_arena_printf(&ex->prog->src->arena, "%s", name), 1, names, types);
    }
    if (n->lib) {
        const gh_GoLibFunc *l = n->lib;
        return gh_x_closure_struct(ex, (const char *)l + 2, gh_go_arena_printf(&ex->prog->src->arena, "%s.%s-fm", l->recv, l->name), 1, names, types);
    }
    if (imethval(ex, n) >= 0)
        return gh_x_closure_struct(ex, (const char *)n + 2, gh_go_arena_printf(&ex->prog->src->arena, "%s-fm", n->name), 1, names, types);
    return gh_x_closure_struct(ex, (const char *)ex->prog->u.error + 2, "error.Error-fm", 1, names, types);
}

static uint64_t method_index(gh_Exec *ex, const gh_GoNode *n)
{
    gh_GoProgram *p = ex->prog;
    if (imethval(ex, n) >= 0) return 2 * (uint64_t)p->nall + 1 + (uint64_t)p->nlibs + (uint64_t)imethval(ex, n);
    if (n->op == GH_OP_IMETHOD) return 2 * (uint64_t)p->nall;
    if (n->lib) return 2 * (uint64_t)p->nall + 1 + (uint64_t)(n->lib - p->libs);
    for (int i = 0; i < p->nall; i++)
        if (p->all[i] == n->fn) return (uint64_t)(p->nall + i);
    gh_x_panic(ex, "fatal error: unknown method %s", n->fn->name);
}

void gh_x_method_value(gh_Exec *ex, gh_GoNode *n, void *out)
{
    gh_GoType *rt = recv_type(ex, n);
    uint64_t rsize = (uint64_t)gh_x_size(rt);
    if (rsize > X_VMAX)
        gh_x_unsupported(ex, n->pos, "method values with receivers larger than %d bytes are not supported", X_VMAX);
    if (!n->fn && !n->lib && n->op != GH_OP_IMETHOD) gh_x_unsupported(ex, n->pos, "this method value is not supported by the interpreter");
    uint8_t recv[X_VMAX];
    gh_x_eval(ex, n->x, recv);
    if (n->op == GH_OP_IMETHOD) {   /* Go checks the interface when the method value is made */
        uint64_t w;
        memcpy(&w, recv, 8);
        if (!w) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
    }
    gh_GoType *ct = gh_x_method_closure_type(ex, n);
    int mark = gh_x_pin(ex, rt, recv);
    gh_Addr c = gh_x_closure_object(ex, n, ct);
    gh_x_unpin(ex, mark, rt, recv);
    gh_x_unpin_all(ex, mark);
    uint64_t idx = method_index(ex, n);
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

bool gh_x_is_bound_builtin(gh_Exec *ex, gh_Addr fv)
{
    uint64_t idx;
    gh_x_load(ex, fv, &idx, 8);
    gh_GoProgram *p = ex->prog;
    return idx >= 2 * (uint64_t)p->nall && (idx <= 2 * (uint64_t)p->nall + (uint64_t)p->nlibs + (uint64_t)p->nimethvals ||
                                           gh_x_is_methexpr(ex, idx));
}

void gh_x_bound_builtin_call(gh_Exec *ex, gh_GoNode *call, gh_Addr fv, const void *const *args, int nargs, void *out)
{
    uint64_t idx;
    gh_x_load(ex, fv, &idx, 8);
    if (gh_x_is_methexpr(ex, idx)) { gh_x_methexpr_call(ex, call, idx, args, nargs, out); return; }   /* exec_methexpr.c */
    uint64_t k = idx - 2 * (uint64_t)ex->prog->nall;
    if (k == 0) {
        uint64_t iv[2];
        gh_x_load(ex, fv + 8, iv, 16);
        gh_x_iface_method_call(ex, iv, "Error", call->pos, out);
        return;
    }
    if (k > (uint64_t)ex->prog->nlibs) {   /* s.Area bound earlier: the method of s's dynamic type, now */
        const gh_GoNode *site = ex->prog->imethvals[k - 1 - (uint64_t)ex->prog->nlibs];
        uint64_t iv[2];
        gh_x_load(ex, fv + 8, iv, 16);
        uint8_t recv[X_VMAX] = {0};
        gh_GoFunc *m = gh_x_itab_method(ex, iv, site->name, call->pos, recv);
        const void *all[63 + 1];
        if (nargs > 63) gh_x_unsupported(ex, call->pos, "too many arguments");
        all[0] = recv;
        for (int i = 0; i < nargs; i++) all[i + 1] = args[i];
        gh_x_call(ex, m, 0, all, out, call->pos.line);
        return;
    }
    const gh_GoLibFunc *l = &ex->prog->libs[k - 1];
    if (!l->recv) { gh_x_lib_funcval_call(ex, call, l, args, nargs, out); return; }   /* exec_libfuncval.c */
    if (nargs > 1) gh_x_unsupported(ex, call->pos, "too many arguments");
    gh_Addr recv;
    gh_x_load(ex, fv + 8, &recv, 8);
    uint8_t arg[X_VMAX] = {0};
    if (nargs) memcpy(arg, args[0], (size_t)gh_x_size(call->list[0]->type));
    if (!recv) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
    gh_x_call_lib_method(ex, l, recv, arg, out);
}
