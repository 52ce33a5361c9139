/* go_check_defer.c — `defer CALL`: what may be deferred, with the messages Go 1.19's type
 * checker gives for what may not. Go evaluates the call's function value and arguments at
 * the defer statement and runs the call when the function returns or panics (exec_defer.c);
 * so the deferred expression must be a call, not a conversion, and not a builtin whose
 * result would be thrown away (len, cap, new, make, append; copy, delete, print, println
 * and panic may be deferred). A defer inside a for loop gets a _defer record per iteration
 * in Go 1.19, from the per-P deferpool or the heap (defers outside loops are open-coded in
 * the frame); gohotel does not model those records yet and refuses such a defer.
 */
#include "golang/go_check_int.h"
#include "golang/go_const_int.h"

static bool discards_result(gh_GoOp op)
{
    return op == GH_OP_LEN || op == GH_OP_CAP || op == GH_OP_NEW || op == GH_OP_MAKESLICE ||
           op == GH_OP_APPEND || op == GH_OP_MAKEMAP;
}

void gh_go_check_defer(gh_GoChecker *c, gh_GoNode *s)
{
    gh_GoNode *x = s->x;
    gh_go_check_expr(c, x, NULL);
    char op[600];
    bool conv = x->op == GH_OP_CONV || x->op == GH_OP_CONVIFACE || x->op == GH_OP_STR2BYTES || x->op == GH_OP_BYTES2STR ||
                (x->op == GH_OP_CONST && x->kind == GH_N_CALL);
    if (conv) {
        gh_go_describe_operand(x, x->type, op, sizeof op);
        gh_go_fail(c->src, gh_go_start_pos(c, x), "defer requires function call, not conversion %s", op);
    }
    if (discards_result(x->op)) {
        gh_go_describe_operand(x, x->type, op, sizeof op);
        gh_go_fail(c->src, gh_go_start_pos(c, x), "defer discards result of %s", op);
    }
    if (c->loop_depth > 0)
        gh_go_fail(c->src, s->pos, "defer inside a loop is not supported yet (Go 1.19 gives each a _defer record "
                                   "from a per-P pool; gohotel models only open-coded defers, outside loops)");
    c->fn->has_go_or_defer = 1;
}

/* A label that a goto jumps back to makes a loop (go_check_branch.c marks it define = 1),
 * and Go's escape analysis counts a defer after it as in a loop: not open-coded. Refused, as
 * in a for loop; conservatively for any defer of such a function (not inside its func
 * literals, which are functions of their own). */
static const gh_GoNode *find(const gh_GoNode *n, int want)
{
    if (!n || n->kind == GH_N_FUNCLIT) return NULL;
    if (want == 0 && n->kind == GH_N_LABELED && n->define) return n;
    if (want == 1 && n->kind == GH_N_DEFER) return n;
    const gh_GoNode *r = NULL;
    const gh_GoNode *kids[4] = {n->x, n->y, n->z, n->w};
    for (int i = 0; i < 4 && !r; i++) r = find(kids[i], want);
    for (int i = 0; i < n->nlist && !r; i++) r = find(n->list[i], want);
    for (int i = 0; i < n->nlist2 && !r; i++) r = find(n->list2[i], want);
    return r;
}

void gh_go_check_defer_gotos(gh_GoChecker *c, gh_GoFunc *fn)
{
    if (!fn->has_go_or_defer || !find(fn->body, 0)) return;
    const gh_GoNode *d = find(fn->body, 1);
    if (d)
        gh_go_fail(c->src, d->pos, "defer in a function with a loop made of goto is not supported yet (Go 1.19 does not "
                                   "open-code it: a _defer record each time; gohotel models only open-coded defers)");
}
