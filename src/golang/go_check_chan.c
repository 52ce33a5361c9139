/* go_check_chan.c — type checker, channels: the types chan T, chan<- T and <-chan T, the
 * receive <-c (a value of type T; v, ok := <-c adds whether a value came rather than the
 * channel being closed), the send statement c <- v, make(chan T[, size]), close(c), range
 * over a channel (one variable), and select. Go 1.19's (types2) messages for what is wrong:
 * a send to a receive-only channel, a receive from a send-only one, closing a receive-only
 * channel or a non-channel. The runtime side is exec_chan.c.
 */
#include "golang/go_const_int.h"
#include "golang/escape.h"
#include <stdio.h>
#include <string.h>

gh_GoType *gh_go_check_chan_type(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoType *elem = gh_go_check_type(c, n->x);
    return gh_go_type_chan(c->src, elem, (int)n->cval);
}

/* Fails with "invalid operation: cannot WHAT OPERAND" at the operand's start. */
_Noreturn static void fail_operand(gh_GoChecker *c, gh_GoPos at, const char *what, gh_GoNode *x, gh_GoType *t)
{
    char op[1024];
    gh_go_describe_operand(x, t, op, sizeof op);
    gh_go_fail(c->src, at, "invalid operation: cannot %s %s", what, op);
    for (;;) {}
}

gh_GoType *gh_go_check_recv(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoType *t = gh_go_check_expr(c, n->x, NULL);
    gh_GoType *u = gh_go_under(t);
    if (!u || u->kind != GH_K_CHAN) fail_operand(c, n->x->pos, "receive from non-channel", n->x, t);
    if (u->chandir == GH_CHAN_SEND) fail_operand(c, n->x->pos, "receive from send-only channel", n->x, t);
    n->op = GH_OP_RECV;
    n->type = u->elem;
    return n->type;
}

void gh_go_check_recv_commaok(gh_GoChecker *c, gh_GoNode *n)
{
    if (n->op != GH_OP_RECV || n->define || n->parens) return;
    gh_GoType *t = gh_go_type_new(c->src, GH_K_TUPLE);
    gh_GoField *f = gh_go_arena_push(&c->src->arena, &t->fields, &t->nfields, sizeof *f);
    f->type = n->type;
    f = gh_go_arena_push(&c->src->arena, &t->fields, &t->nfields, sizeof *f);
    f->type = c->prog->u.basic[GH_K_BOOL];
    n->define = 1;   /* the comma-ok form: the value, and false once the channel is closed and drained */
    n->type = t;
}

void gh_go_check_send(gh_GoChecker *c, gh_GoNode *s)
{
    gh_GoType *t = gh_go_check_expr(c, s->x, NULL);
    gh_GoType *u = gh_go_under(t);
    gh_GoPos at = gh_go_start_pos(c, s->x);
    if (!u || u->kind != GH_K_CHAN) fail_operand(c, at, "send to non-channel", s->x, t);
    if (u->chandir == GH_CHAN_RECV) fail_operand(c, at, "send to receive-only channel", s->x, t);
    gh_go_check_expr(c, s->y, u->elem);
    /* an implicit conversion of the value is where Go's compiler stands once it has translated
     * the value: the statement's start for a constant, the value's last operand otherwise */
    if (s->y->kind == GH_N_NAME) s->y = gh_go_assign_conv(c, s->y, u->elem, s->y->pos, "send");
    else s->y = gh_go_assign_conv_at(c, s->y, u->elem, gh_go_trail_pos(s->y, at), "send");
}

gh_GoType *gh_go_check_make_chan(gh_GoChecker *c, gh_GoNode *n, gh_GoType *t)
{
    n->type = t;
    n->op = GH_OP_MAKECHAN;
    if (n->nlist > 2) {
        char call[160];
        gh_go_expr_format(n, call, sizeof call);
        gh_go_fail(c->src, gh_go_start_pos(c, n), "invalid operation: %s expects 1 or 2 arguments; found %d", call, n->nlist);
    }
    n->op = GH_OP_MAKECHAN;
    if (n->nlist == 2) {
        gh_GoNode *h = n->list[1];
        gh_GoType *it = gh_go_check_expr(c, h, NULL);
        if (it && it->kind == GH_K_UNTYPED_FLOAT && h->op == GH_OP_CONST) gh_go_const_represent(c, h, c->prog->u.basic[GH_K_INT], NULL);
        if (!gh_go_type_is_integer(it)) {
            char op[1024];
            gh_go_describe_operand(h, it, op, sizeof op);
            gh_go_fail(c->src, h->pos, "cannot convert %s to type int", op);
        }
        gh_go_const_represent(c, h, c->prog->u.basic[GH_K_INT], NULL);
        if (h->op == GH_OP_CONST && h->cval < 0)
            gh_go_fail(c->src, h->pos, "invalid argument: index %lld (constant of type int) must not be negative", h->cval);
        if (gh_go_type_is_untyped(it)) h->type = c->prog->u.basic[GH_K_INT];
    }
    n->type = t;
    return t;
}

gh_GoType *gh_go_check_close(gh_GoChecker *c, gh_GoNode *n)
{
    gh_go_check_nargs(c, n, 1);
    gh_GoNode *x = n->list[0];
    gh_GoType *t = gh_go_check_expr(c, x, NULL);
    gh_GoType *u = gh_go_under(t);
    if (!u || u->kind != GH_K_CHAN) fail_operand(c, x->pos, "close non-channel", x, t);
    if (u->chandir == GH_CHAN_RECV) fail_operand(c, x->pos, "close receive-only channel", x, t);
    n->op = GH_OP_CLOSE;
    n->type = NULL;
    return NULL;
}

gh_GoType *gh_go_check_range_chan(gh_GoChecker *c, gh_GoNode *s, gh_GoType *xt)
{
    gh_GoType *u = gh_go_under(xt);
    char op[1024];
    gh_go_describe_operand(s->z, xt, op, sizeof op);
    if (u->chandir == GH_CHAN_SEND)
        gh_go_fail(c->src, gh_go_start_pos(c, s->z), "cannot range over %s (receive from send-only channel)", op);
    if (s->y) gh_go_fail(c->src, s->y->pos, "range over %s permits only one iteration variable", op);
    return u->elem;
}

void gh_go_check_select(gh_GoChecker *c, gh_GoNode *s)
{
    for (int i = 0; i < s->nlist; i++) {
        gh_GoNode *cl = s->list[i];
        gh_go_scope_push(c);   /* v := <-c declares v in its clause only */
        if (cl->x) gh_go_check_stmt(c, cl->x);
        gh_go_check_stmts(c, cl->z);
        c->scope = c->scope->parent;
    }
}
