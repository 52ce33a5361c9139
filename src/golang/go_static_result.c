/* go_static_result.c — a local that always holds the func literal an inlined call returns:
 * `c := counter(); c()` where counter is inlinable and its one return statement returns a
 * func literal. Go 1.19's ir.StaticValue follows c to its definition, through the inlined
 * call (OINLCALL) to the result variable ~R0, which that single return assigns once, to the
 * literal's copy in the caller. So Go inlines c() as well (when the literal is inlinable)
 * and escape analysis sees a call of that copy: the arguments flow into its parameters, not
 * to the heap, and -m names the result ~R0. The checks here are the structural ones; the
 * callers add "counter() is inlined" (go_inline.c by its cost, escape by the call's mark).
 * The call written directly, counter()(), is the same: its value is the inlined result.
 */
#include "golang/go_check.h"

/* The number of return statements in n, outside nested func literals; *lit set to the
 * value of the last one when it is a single func literal. */
static int returns(const gh_GoNode *n, const gh_GoNode **lit)
{
    if (!n || n->kind == GH_N_FUNCLIT) return 0;
    if (n->kind == GH_N_RETURN) {
        *lit = n->nlist == 1 && n->list[0]->kind == GH_N_FUNCLIT ? n->list[0] : NULL;
        return 1;
    }
    int c = returns(n->x, lit) + returns(n->y, lit) + returns(n->z, lit) + returns(n->w, lit);
    for (int i = 0; i < n->nlist; i++) c += returns(n->list[i], lit);
    for (int i = 0; i < n->nlist2; i++) c += returns(n->list2[i], lit);
    return c;
}

const gh_GoNode *gh_go_static_result_call(const gh_GoNode *x)
{
    if (x->kind == GH_N_CALL)   /* counter()() */
        return x->op == GH_OP_CALLFUNC && x->fn && x->fn->nresults == 1 && !x->parens ? x : NULL;
    if (x->kind != GH_N_NAME || x->op != GH_OP_VAR || !x->obj) return NULL;
    const gh_GoObj *o = x->obj;
    if (o->cls != GH_CLASS_AUTO || o->reassigned_syntax || o->funclit || !o->defn) return NULL;
    const gh_GoNode *d = o->defn;
    if (d->kind != GH_N_ASSIGN || d->nlist != 1 || d->nlist2 != 1 || d->list[0]->obj != o) return NULL;
    const gh_GoNode *v = d->list2[0];
    if (v->kind != GH_N_CALL || v->op != GH_OP_CALLFUNC || !v->fn || v->fn->nresults != 1) return NULL;
    return v;
}

const gh_GoNode *gh_go_static_result_lit(const gh_GoNode *call)
{
    const gh_GoNode *lit = NULL;
    if (!call || !call->fn || returns(call->fn->body, &lit) != 1 || !lit || !lit->fn) return NULL;
    return lit;
}
