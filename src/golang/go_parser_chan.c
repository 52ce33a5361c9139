/* go_parser_chan.c — the parser's channel syntax. Node layouts:
 *   CHANTYPE  x=element type, cval=GH_CHAN_BOTH (chan T), GH_CHAN_SEND (chan<- T) or
 *             GH_CHAN_RECV (<-chan T); pos at `chan`, or at the `<-` of <-chan T
 *   SEND      x=channel y=value; pos at the arrow (as Go's SendStmt)
 *   UNARY     tok=ARROW x=channel: a receive <-x (go_parser_expr.c)
 *   SELECT    list=CASEs end='}'; a CASE has x=its communication (a SEND, an EXPRSTMT of a
 *             receive, or an ASSIGN of one receive to one or two names: v := <-c,
 *             v, ok = <-c), NULL for default (tok=DEFAULT), z=BLOCK body
 * As Go's parser, `chan<-` binds to the leftmost chan: chan<- chan int is a send-only
 * channel of chan int; chan (<-chan int) needs its parentheses.
 */
#include "golang/go_parser.h"
#include "golang/go_types.h"

gh_GoNode *gh_go_parse_chantype(gh_GoParser *p, int arrow_taken, gh_GoPos pos)
{
    gh_GoNode *t = gh_go_node_new(p->src, GH_N_CHANTYPE, pos);
    t->cval = GH_CHAN_BOTH;
    if (!arrow_taken && p->tok.tok == GH_T_ARROW) {   /* <-chan T */
        gh_go_parser_next(p);
        arrow_taken = 1;
    }
    if (arrow_taken) {
        if (p->tok.tok != GH_T_CHAN) gh_go_parser_expect_fail(p, "chan");
        t->cval = GH_CHAN_RECV;
    }
    gh_go_parser_next(p);   /* chan */
    if (!arrow_taken && gh_go_parser_got(p, GH_T_ARROW)) t->cval = GH_CHAN_SEND;
    t->x = gh_go_parse_type(p);
    return t;
}

gh_GoNode *gh_go_parse_send(gh_GoParser *p, gh_GoNode *node, gh_GoNode *lhs)
{
    node->kind = GH_N_SEND;   /* the list node becomes the statement */
    node->pos = p->tok.pos;
    node->list = NULL;
    node->nlist = 0;
    node->x = lhs;
    gh_go_parser_next(p);
    node->y = gh_go_parse_expr(p);
    return node;
}

/* Is x a receive <-c (not parenthesized away from the statement)? */
static int is_recv(const gh_GoNode *x) { return x && x->kind == GH_N_UNARY && x->tok == GH_T_ARROW; }

/* The communication of a case: a send, a receive, or one receive assigned to one or two
 * variables; anything else is Go's error. */
static void check_comm(gh_GoParser *p, gh_GoNode *s)
{
    int ok = s->kind == GH_N_SEND || (s->kind == GH_N_EXPRSTMT && is_recv(s->x)) ||
             (s->kind == GH_N_ASSIGN && (s->tok == GH_T_ASSIGN || s->tok == GH_T_DEFINE) && s->nlist <= 2 &&
              s->nlist2 == 1 && is_recv(s->list2[0]));
    gh_GoPos at = s->kind == GH_N_ASSIGN && s->nlist ? s->list[0]->pos : s->kind == GH_N_EXPRSTMT ? s->x->pos : s->pos;
    if (!ok) gh_go_fail(p->src, at, "select case must be send or receive (possibly with assignment)");
}

static void comm_case_head(gh_GoParser *p, gh_GoNode *cl)
{
    cl->x = gh_go_parse_simple(p, GH_SIMPLE_COMM);
    check_comm(p, cl->x);
}

gh_GoNode *gh_go_parse_select(gh_GoParser *p)
{
    gh_GoNode *sel = gh_go_node_new(p->src, GH_N_SELECT, p->tok.pos);
    gh_go_parser_next(p);
    gh_go_parser_want(p, GH_T_LBRACE, "{");
    gh_go_parse_case_clauses(p, sel, comm_case_head);
    return sel;
}
