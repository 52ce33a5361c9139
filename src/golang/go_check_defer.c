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
