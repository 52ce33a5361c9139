/* go_check_float.c — the operators Go defines on integers only, refused on floats with Go's
 * messages at the float operand: `x % 2`, `x & 1`, `x |= 1`, `^x` ("operator % not defined
 * on x (variable of type float64)"), and shifting a float (`x << 1`, "shifted operand x
 * (variable of type float64) must be integer"; an integral untyped constant such as 1.0 may
 * be shifted, go_const.c).
 */
#include "golang/go_check_int.h"
#include "golang/go_const_int.h"

static bool is_float(const gh_GoType *t)
{
    if (!t) return false;
    gh_GoKind k = gh_go_under((gh_GoType *)t)->kind;
    return k == GH_K_FLOAT32 || k == GH_K_FLOAT64 || k == GH_K_UNTYPED_FLOAT;
}

void gh_go_check_float_op(gh_GoChecker *c, gh_GoTok tok, gh_GoNode *x)
{
    gh_GoType *t = x->type;
    if (!is_float(t)) return;
    bool shift = tok == GH_T_SHL || tok == GH_T_SHR;
    if (shift && t->kind == GH_K_UNTYPED_FLOAT) return;
    if (!shift && tok != GH_T_REM && tok != GH_T_AND && tok != GH_T_OR && tok != GH_T_XOR && tok != GH_T_AND_NOT) return;
    char op[1200];
    gh_go_describe_operand(x, t, op, sizeof op);
    gh_GoPos at = gh_go_start_pos(c, x);
    if (shift) gh_go_fail(c->src, at, "invalid operation: shifted operand %s must be integer", op);
    gh_go_fail(c->src, at, "invalid operation: operator %s not defined on %s", gh_go_tok_string(tok), op);
}
