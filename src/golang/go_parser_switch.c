/* go_parser_switch.c — the parser's switch statements.  A header is
 * `switch [init;] [tag] {`: when the part before the brace is `x.(type)` or
 * `v := x.(type)` the statement is a type switch.  Node layouts:
 *   SWITCH      x=init y=tag (NULL: tagless, Go's `true`) list=CASEs end='}' obj=label
 *   TYPESWITCH  x=init y=NAME v (NULL: no binding) z=the x of x.(type) w=the x.(type)
 *               list=CASEs end='}' obj=label
 *   CASE        list=values or types (none for default, tok=DEFAULT) z=BLOCK body
 *               (at the ':', end=where the next clause starts) obj=v of this clause
 * A second default is Go's "multiple defaults (first at ./f.go:L:C)".
 */
#include "golang/go_parser.h"
#include <string.h>

/* The statements of one clause: up to the next case, default or the closing brace. */
void gh_go_parse_clause_body(gh_GoParser *p, gh_GoNode *body)
{
    if (++p->depth > 200) gh_go_fail(p->src, body->pos, "blocks nested too deeply");
    while (p->tok.tok != GH_T_CASE && p->tok.tok != GH_T_DEFAULT && p->tok.tok != GH_T_RBRACE && p->tok.tok != GH_T_EOF) {
        gh_GoNode *s = gh_go_parse_stmt(p);
        if (s) gh_go_node_append(p->src, body, 1, s);
        if (p->tok.tok == GH_T_CASE || p->tok.tok == GH_T_DEFAULT || p->tok.tok == GH_T_RBRACE) break;
        if (p->tok.tok != GH_T_SEMICOLON) gh_go_parser_expect_fail(p, "semicolon, newline, or }");
        gh_go_parser_next(p);
    }
    p->depth--;
    body->end = p->tok.pos;
}

/* `{ case ...: ... default: ... }` of a switch or select, up to and past the
 * closing brace.  head parses what follows `case` into the clause; the rest
 * (one default at most, the colon, the body, end at the brace) is shared. */
void gh_go_parse_case_clauses(gh_GoParser *p, gh_GoNode *owner, gh_GoCaseHead head)
{
    gh_GoNode *dflt = NULL;
    while (p->tok.tok != GH_T_RBRACE && p->tok.tok != GH_T_EOF) {
        gh_GoNode *cl = gh_go_node_new(p->src, GH_N_CASE, p->tok.pos);
        if (gh_go_parser_got(p, GH_T_CASE)) {
            head(p, cl);
        } else if (p->tok.tok == GH_T_DEFAULT) {
            if (dflt)
                gh_go_fail(p->src, p->tok.pos, "multiple defaults (first at ./%s:%d:%d)", p->src->base, dflt->pos.line, dflt->pos.col);
            cl->tok = GH_T_DEFAULT;
            dflt = cl;
            gh_go_parser_next(p);
        } else {
            gh_go_parser_expect_fail(p, "case or default or }");
        }
        cl->z = gh_go_node_new(p->src, GH_N_BLOCK, p->tok.pos);
        gh_go_parser_want(p, GH_T_COLON, ":");
        gh_go_parse_clause_body(p, cl->z);
        gh_go_node_append(p->src, owner, 1, cl);
    }
    owner->end = p->tok.pos;
    gh_go_parser_want(p, GH_T_RBRACE, "}");
}

static void type_case_head(gh_GoParser *p, gh_GoNode *cl)
{
    do gh_go_node_append(p->src, cl, 1, gh_go_parse_type(p));
    while (gh_go_parser_got(p, GH_T_COMMA));
}

static void expr_case_head(gh_GoParser *p, gh_GoNode *cl) { gh_go_parse_exprlist(p, cl, 1); }

/* Is s `x.(type)` or `v := x.(type)`?  Returns the x.(type) node. */
static gh_GoNode *type_guard(gh_GoNode *s)
{
    if (!s) return NULL;
    gh_GoNode *e = NULL;
    if (s->kind == GH_N_EXPRSTMT) e = s->x;
    else if (s->kind == GH_N_ASSIGN && s->define && s->nlist == 1 && s->nlist2 == 1) e = s->list2[0];
    return e && e->kind == GH_N_TYPEASSERT && e->tok == GH_T_TYPE && !e->parens ? e : NULL;
}

gh_GoNode *gh_go_parse_switch(gh_GoParser *p)
{
    gh_GoNode *sw = gh_go_node_new(p->src, GH_N_SWITCH, p->tok.pos);
    gh_go_parser_next(p);
    int old = p->expr_lev;
    p->expr_lev = -1;
    gh_GoNode *init = NULL, *tag = NULL;
    if (p->tok.tok != GH_T_LBRACE) {
        gh_GoNode *first = p->tok.tok == GH_T_SEMICOLON ? NULL : gh_go_parse_simple(p, 0);
        if (p->tok.tok == GH_T_SEMICOLON) {
            gh_go_parser_next(p);
            init = first;
            if (p->tok.tok != GH_T_LBRACE) tag = gh_go_parse_simple(p, 0);
        } else {
            tag = first;
        }
    }
    p->expr_lev = old;
    sw->x = init;
    gh_GoNode *guard = type_guard(tag);
    if (guard) {
        sw->kind = GH_N_TYPESWITCH;
        sw->y = tag->kind == GH_N_ASSIGN ? tag->list[0] : NULL;
        if (sw->y && sw->y->kind != GH_N_NAME) gh_go_fail(p->src, sw->y->pos, "syntax error: invalid variable name in type switch");
        sw->z = guard->x;
        sw->w = guard;
    } else if (tag) {
        if (tag->kind != GH_N_EXPRSTMT)
            gh_go_fail(p->src, tag->pos, "cannot use %s as value", tag->define ? "assignment" : "statement");
        sw->y = tag->x;
    }
    gh_go_parser_want(p, GH_T_LBRACE, "{");
    gh_go_parse_case_clauses(p, sw, sw->kind == GH_N_TYPESWITCH ? type_case_head : expr_case_head);
    return sw;
}
