/* go_check_defer.c — `defer CALL` and recover(): what may be deferred, with the messages Go
 * 1.19's type checker gives for what may not, and the kind of record Go 1.19 gives each defer.
 *
 * Go evaluates the call's function value and arguments at the defer statement and runs the
 * call when the function returns or panics (exec_defer.c); so the deferred expression must
 * be a call, not a conversion, and not a builtin whose result would be thrown away (len,
 * cap, new, make, append; copy, delete, print, println, panic and recover may be deferred).
 *
 * The kinds, as `go build -gcflags=-d=defer` names them (ssagen and escape analysis):
 *   - a defer inside a loop (a for or range body, or after a label a goto jumps back to) is
 *     a "heap-allocated defer": a _defer record from the per-P pool or the heap, and a
 *     heap closure holding its evaluated arguments;
 *   - a function with such a defer, with more than 8 defers, or with returns × defers over
 *     15 has no open-coded defers: its other defers are "stack-allocated defer" records in
 *     the frame (nothing on the heap);
 *   - otherwise every defer of the function is an "open-coded defer": its function value and
 *     arguments live in stack slots and the exits call it inline; only a panic needs a
 *     _defer record for such a frame (fn->open_defers).
 * The kind is kept in the DEFER statement's `define`: 0 open-coded, 1 stack, 2 heap.
 */
#include "golang/go_check_int.h"
#include "golang/go_const_int.h"
#include "golang/escape.h"

enum { MAX_OPEN_DEFERS = 8, MAX_RETURNS_X_DEFERS = 15 };

static bool discards_result(gh_GoOp op)
{
    return op == GH_OP_LEN || op == GH_OP_CAP || op == GH_OP_NEW || op == GH_OP_MAKESLICE ||
           op == GH_OP_APPEND || op == GH_OP_MAKEMAP;
}

/* Go 1.19 wraps a deferred call in a closure whose body makes the call with the arguments
 * evaluated at the defer; the implicit conversions of a library call's arguments to
 * interface are then at the position of the latest argument so far that is not a plain
 * name (a constant, an operation, a call), or at the call's '(' (measured with -m:
 * `defer fmt.Println(a, "x", b)` boxes a at '(', "x" and b at "x"). */
static void wrapped_positions(gh_GoNode *call)
{
    gh_GoPos cur = call->pos;
    for (int i = 0; i < call->nlist; i++) {
        gh_GoNode *a = call->list[i];
        int n = a->kind == GH_N_DDDSLICE ? a->nlist : 1;
        for (int k = 0; k < n; k++) {
            gh_GoNode *v = a->kind == GH_N_DDDSLICE ? a->list[k] : a;
            gh_GoNode *inner = v->kind == GH_N_CONVIFACE ? v->x : v;
            if (inner->kind != GH_N_NAME) cur = inner->pos;
            if (v->kind == GH_N_CONVIFACE) v->pos = cur;
        }
    }
}

void gh_go_check_defer(gh_GoChecker *c, gh_GoNode *s)
{
    gh_GoNode *x = s->x;
    gh_go_check_expr(c, x, NULL);
    char op[600];
    bool conv = x->op == GH_OP_CONV || x->op == GH_OP_CONVIFACE || x->op == GH_OP_STR2BYTES || x->op == GH_OP_BYTES2STR ||
                gh_go_op_is_rune_conv(x->op) ||
                (x->op == GH_OP_CONST && x->kind == GH_N_CALL);
    if (conv) {
        gh_go_describe_operand(x, x->type, op, sizeof op);
        gh_go_fail(c->src, gh_go_start_pos(c, x), "defer requires function call, not conversion %s", op);
    }
    if (discards_result(x->op)) {
        gh_go_describe_operand(x, x->type, op, sizeof op);
        gh_go_fail(c->src, gh_go_start_pos(c, x), "defer discards result of %s", op);
    }
    if (x->op == GH_OP_CALLLIB) wrapped_positions(x);
    c->fn->has_go_or_defer = 1;
}

gh_GoType *gh_go_check_recover(gh_GoChecker *c, gh_GoNode *n)
{
    if (n->nlist) {
        char call[200];
        gh_go_expr_format(n, call, sizeof call);
        gh_go_fail(c->src, n->x->pos, "invalid operation: too many arguments for %s (expected 0, found %d)", call, n->nlist);
    }
    n->type = c->prog->u.any;
    return n->type;
}

/* Walks a function's statements (not its func literals, functions of their own) with Go's
 * loop depth: counts defers and returns, marks each defer in a loop heap-allocated. */
typedef struct Walk { int defers, returns, in_loop; } Walk;

static void walk(Walk *w, gh_GoNode *n, int depth)
{
    if (!n || n->kind == GH_N_FUNCLIT) return;
    switch (n->kind) {
    case GH_N_DEFER:
        w->defers++;
        n->define = depth > 0 ? 2 : 0;
        if (depth > 0) w->in_loop = 1;
        return;
    case GH_N_RETURN: w->returns++; return;
    case GH_N_FOR: case GH_N_RANGE:
        walk(w, n->x, depth); walk(w, n->y, depth); walk(w, n->z, depth);
        walk(w, n->w, depth + 1);
        for (int i = 0; i < n->nlist; i++) walk(w, n->list[i], depth);
        return;
    case GH_N_BLOCK: {
        int d = depth;   /* a looping label deepens the rest of its block, as Go's escape analysis */
        for (int i = 0; i < n->nlist; i++) {
            if (n->list[i]->kind == GH_N_LABELED && n->list[i]->define) d++;
            walk(w, n->list[i], d);
        }
        return;
    }
    default: break;
    }
    gh_GoNode *kids[4] = {n->x, n->y, n->z, n->w};
    for (int i = 0; i < 4; i++) walk(w, kids[i], depth);
    for (int i = 0; i < n->nlist; i++) walk(w, n->list[i], depth);
    for (int i = 0; i < n->nlist2; i++) walk(w, n->list2[i], depth);
}

static void set_stack_kind(gh_GoNode *n)
{
    if (!n || n->kind == GH_N_FUNCLIT) return;
    if (n->kind == GH_N_DEFER && n->define == 0) n->define = 1;
    gh_GoNode *kids[4] = {n->x, n->y, n->z, n->w};
    for (int i = 0; i < 4; i++) set_stack_kind(kids[i]);
    for (int i = 0; i < n->nlist; i++) set_stack_kind(n->list[i]);
    for (int i = 0; i < n->nlist2; i++) set_stack_kind(n->list2[i]);
}

/* Once branches are resolved (looping labels known): each defer's kind. */
void gh_go_check_defer_gotos(gh_GoChecker *c, gh_GoFunc *fn)
{
    (void)c;
    if (!fn->has_go_or_defer) return;
    Walk w = {0, 0, 0};
    walk(&w, fn->body, 0);
    if (!w.defers) return;
    bool open = !w.in_loop && w.defers <= MAX_OPEN_DEFERS && w.returns * w.defers <= MAX_RETURNS_X_DEFERS;
    fn->open_defers = open;
    if (!open) set_stack_kind(fn->body);
}
