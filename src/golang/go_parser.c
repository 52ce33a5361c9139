/* go_parser.c — recursive-descent parser for files, declarations and statements
 * of the Go subset.  Semicolons come from the scanner's insertion rule, so
 * "x := 1\n" ends at the inserted ';' just as in Go.  Node layouts:
 *   FUNCDECL name, x=receiver FIELD, y=FUNCTYPE(list=params, list2=results), z=body
 *   VARDECL list=NAMEs, x=type, list2=values     ASSIGN list=lhs, list2=rhs, tok=op
 *   IF x=init y=cond z=then w=else    FOR x=init y=cond z=post w=body
 *   RANGE x=key y=value z=expr w=body    RETURN list    GO/DEFER x=call
 *   BRANCH tok=break/continue/goto/fallthrough, name=label (end=its position)
 *   LABELED name=label, x=statement (EMPTY when none)    SWITCH, CASE: go_parser_switch.c
 */
#include "golang/go_parser.h"
#include <stdio.h>
#include <string.h>

void gh_go_parser_next(gh_GoParser *p) { p->tok = gh_go_scan(&p->sc); }

int gh_go_parser_got(gh_GoParser *p, gh_GoTok t)
{
    if (p->tok.tok != t) return 0;
    gh_go_parser_next(p);
    return 1;
}

static const char *describe(const gh_GoToken *t, char *buf, size_t n)
{
    switch (t->tok) {
    case GH_T_SEMICOLON: return t->auto_semi ? t->text : "semicolon";
    case GH_T_IDENT: snprintf(buf, n, "name %s", t->text); return buf;
    case GH_T_INT: case GH_T_FLOAT: case GH_T_CHAR: case GH_T_STRING:
        snprintf(buf, n, "literal %.40s", t->text); return buf;
    case GH_T_EOF: return "EOF";
    default:
        if (t->tok >= GH_T_BREAK) { snprintf(buf, n, "keyword %s", gh_go_tok_string(t->tok)); return buf; }
        return gh_go_tok_string(t->tok);
    }
}

void gh_go_parser_expect_fail(gh_GoParser *p, const char *expecting)
{
    char buf[64];
    gh_go_fail(p->src, p->tok.pos, "syntax error: unexpected %s, expecting %s",
               describe(&p->tok, buf, sizeof buf), expecting);
}

gh_GoPos gh_go_parser_want(gh_GoParser *p, gh_GoTok t, const char *expecting)
{
    gh_GoPos pos = p->tok.pos;
    if (p->tok.tok != t) gh_go_parser_expect_fail(p, expecting);
    gh_go_parser_next(p);
    return pos;
}

#define parse_stmt gh_go_parse_stmt
#define parse_simple gh_go_parse_simple

gh_GoNode *gh_go_parse_block(gh_GoParser *p)
{
    gh_GoNode *b = gh_go_node_new(p->src, GH_N_BLOCK, p->tok.pos);
    gh_go_parser_want(p, GH_T_LBRACE, "{");
    if (++p->depth > 200) gh_go_fail(p->src, b->pos, "blocks nested too deeply");
    while (p->tok.tok != GH_T_RBRACE && p->tok.tok != GH_T_EOF) {
        gh_GoNode *s = parse_stmt(p);
        if (s) gh_go_node_append(p->src, b, 1, s);
        if (p->tok.tok == GH_T_RBRACE) break;
        if (p->tok.tok != GH_T_SEMICOLON)
            gh_go_parser_expect_fail(p, "semicolon, newline, or }");
        gh_go_parser_next(p);
    }
    p->depth--;
    b->end = p->tok.pos;
    gh_go_parser_want(p, GH_T_RBRACE, "}");
    return b;
}

/* var x T = v / var a, b = 1, 2 (also const, same layout). */
static gh_GoNode *parse_var_spec(gh_GoParser *p, gh_GoNodeKind kind)
{
    gh_GoNode *d = gh_go_node_new(p->src, kind, p->tok.pos);
    do {
        if (p->tok.tok != GH_T_IDENT) gh_go_parser_expect_fail(p, "name");
        gh_GoNode *n = gh_go_node_new(p->src, GH_N_NAME, p->tok.pos);
        n->name = p->tok.text;
        gh_go_parser_next(p);
        gh_go_node_append(p->src, d, 1, n);
    } while (gh_go_parser_got(p, GH_T_COMMA));
    if (p->tok.tok != GH_T_ASSIGN) d->x = gh_go_parse_type(p);
    if (gh_go_parser_got(p, GH_T_ASSIGN)) gh_go_parse_exprlist(p, d, 2);
    return d;
}

/* At the `[` after a type's name: is this a type parameter list (`[T any]`,
 * `[K comparable, V any]`, `[T interface{...}]`, `[T ~int]`) rather than an array
 * length (`[4]`, `[N]`, `[N*2]`)?  A name followed by a name, a comma, `interface`
 * or `~` can only be a parameter; the scanner is rewound afterwards. */
static int type_params_follow(gh_GoParser *p)
{
    gh_GoScanner sc = p->sc;
    gh_GoToken tok = p->tok;
    gh_go_parser_next(p);
    int params = 0;
    if (p->tok.tok == GH_T_IDENT) {
        gh_go_parser_next(p);
        gh_GoTok t = p->tok.tok;
        params = t == GH_T_IDENT || t == GH_T_COMMA || t == GH_T_INTERFACE || t == GH_T_TILDE;
    }
    p->sc = sc;
    p->tok = tok;
    return params;
}

static gh_GoNode *parse_decl_group(gh_GoParser *p, gh_GoNodeKind kind)
{
    gh_GoPos pos = p->tok.pos;
    gh_go_parser_next(p);
    if (p->tok.tok == GH_T_LPAREN) gh_go_fail(p->src, pos, "grouped declarations are not supported");
    if (kind == GH_N_TYPEDECL) {
        gh_GoNode *d = gh_go_node_new(p->src, GH_N_TYPEDECL, p->tok.pos);
        if (p->tok.tok != GH_T_IDENT) gh_go_parser_expect_fail(p, "name");
        d->name = p->tok.text;
        gh_go_parser_next(p);
        if (p->tok.tok == GH_T_ASSIGN) gh_go_fail(p->src, p->tok.pos, "type aliases are not supported");
        if (p->tok.tok == GH_T_LBRACK && type_params_follow(p))
            gh_go_fail(p->src, p->tok.pos, "generic types are not supported (type parameters are outside gohotel's Go subset)");
        d->x = gh_go_parse_type(p);
        return d;
    }
    return parse_var_spec(p, kind);
}

/* An expression statement: the list node (one expression) becomes the statement. */
static gh_GoNode *expr_stmt(gh_GoParser *p, gh_GoNode *lhs)
{
    if (lhs->nlist > 1) gh_go_parser_expect_fail(p, ":= or = or comma");
    gh_GoNode *x = lhs->list[0];
    lhs->kind = GH_N_EXPRSTMT;
    lhs->pos = x->pos;
    lhs->x = x;
    lhs->list = NULL;
    lhs->nlist = 0;
    return lhs;
}

/* Simple statement: expression, assignment, :=, x++; GH_SIMPLE_RANGE allows "k, v := range e",
 * GH_SIMPLE_LABEL "L: stmt" (a statement of a block). */
gh_GoNode *gh_go_parse_simple(gh_GoParser *p, int flags)
{
    int range_ok = flags & GH_SIMPLE_RANGE;
    gh_GoPos pos = p->tok.pos;
    if (range_ok && p->tok.tok == GH_T_RANGE) {
        gh_GoNode *r = gh_go_node_new(p->src, GH_N_RANGE, pos);
        gh_go_parser_next(p);
        r->z = gh_go_parse_expr(p);
        return r;
    }
    gh_GoNode *lhs = gh_go_node_new(p->src, GH_N_ASSIGN, pos);
    gh_go_parse_exprlist(p, lhs, 1);
    gh_GoTok t = p->tok.tok;
    switch (t) {
    case GH_T_DEFINE: case GH_T_ASSIGN: case GH_T_ADD_ASSIGN: case GH_T_SUB_ASSIGN:
    case GH_T_MUL_ASSIGN: case GH_T_QUO_ASSIGN: case GH_T_REM_ASSIGN: case GH_T_AND_ASSIGN:
    case GH_T_OR_ASSIGN: case GH_T_XOR_ASSIGN: case GH_T_SHL_ASSIGN: case GH_T_SHR_ASSIGN:
    case GH_T_AND_NOT_ASSIGN: {
        lhs->pos = p->tok.pos;
        lhs->tok = t;
        lhs->define = t == GH_T_DEFINE;
        gh_go_parser_next(p);
        if (range_ok && p->tok.tok == GH_T_RANGE && (t == GH_T_DEFINE || t == GH_T_ASSIGN)) {
            gh_GoNode *r = gh_go_node_new(p->src, GH_N_RANGE, p->tok.pos);
            gh_go_parser_next(p);
            r->define = lhs->define;
            if (lhs->nlist > 2) gh_go_fail(p->src, lhs->list[2]->pos, "range clause permits at most two iteration variables");
            r->x = lhs->list[0];
            r->y = lhs->nlist > 1 ? lhs->list[1] : NULL;
            r->z = gh_go_parse_expr(p);
            return r;
        }
        gh_go_parse_exprlist(p, lhs, 2);
        if (t != GH_T_ASSIGN && t != GH_T_DEFINE && (lhs->nlist != 1 || lhs->nlist2 != 1))
            gh_go_fail(p->src, lhs->pos, "assignment operation %s requires single-valued expressions", gh_go_tok_string(t));
        return lhs;
    }
    case GH_T_INC: case GH_T_DEC: { /* the list node becomes the statement: one node fewer */
        gh_GoNode *x = lhs->list[0];
        lhs->kind = GH_N_INCDEC;
        lhs->pos = p->tok.pos;
        lhs->tok = t;
        lhs->x = x;
        lhs->list = NULL;
        lhs->nlist = 0;
        gh_go_parser_next(p);
        return lhs;
    }
    case GH_T_ARROW:
        if (lhs->nlist > 1) gh_go_parser_expect_fail(p, ":= or = or comma");
        return gh_go_parse_send(p, lhs, lhs->list[0]);
    case GH_T_COLON:
        if (flags & GH_SIMPLE_COMM) return expr_stmt(p, lhs);   /* case <-c: */
        if (!(flags & GH_SIMPLE_LABEL) || lhs->nlist != 1 || lhs->list[0]->kind != GH_N_NAME || lhs->list[0]->parens)
            gh_go_parser_expect_fail(p, ":= or = or comma");
        lhs->kind = GH_N_LABELED;   /* the list node becomes the labeled statement */
        lhs->name = lhs->list[0]->name;
        lhs->pos = lhs->list[0]->pos;
        lhs->list = NULL;
        lhs->nlist = 0;
        gh_go_parser_next(p);
        lhs->x = p->tok.tok == GH_T_RBRACE ? NULL : gh_go_parse_stmt(p);
        if (!lhs->x) lhs->x = gh_go_node_new(p->src, GH_N_EMPTY, p->tok.pos);
        return lhs;
    default:
        return expr_stmt(p, lhs);
    }
}

static gh_GoNode *parse_if(gh_GoParser *p)
{
    gh_GoNode *s = gh_go_node_new(p->src, GH_N_IF, p->tok.pos);
    gh_go_parser_next(p);
    int old = p->expr_lev;
    p->expr_lev = -1;
    if (p->tok.tok == GH_T_LBRACE) gh_go_fail(p->src, p->tok.pos, "missing condition in if statement");
    gh_GoNode *first = p->tok.tok == GH_T_SEMICOLON ? NULL : parse_simple(p, 0);
    if (gh_go_parser_got(p, GH_T_SEMICOLON)) {
        s->x = first;
        if (p->tok.tok == GH_T_LBRACE) gh_go_fail(p->src, p->tok.pos, "missing condition in if statement");
        gh_GoNode *c = parse_simple(p, 0);
        if (c->kind != GH_N_EXPRSTMT) gh_go_fail(p->src, c->pos, "cannot use assignment as value");
        s->y = c->x;
    } else {
        if (!first || first->kind != GH_N_EXPRSTMT)
            gh_go_fail(p->src, first ? first->pos : p->tok.pos, "cannot use %s as value",
                       first && first->define ? "assignment" : "statement");
        s->y = first->x;
    }
    p->expr_lev = old;
    s->z = gh_go_parse_block(p);
    if (gh_go_parser_got(p, GH_T_ELSE)) {
        if (p->tok.tok == GH_T_IF) s->w = parse_if(p);
        else if (p->tok.tok == GH_T_LBRACE) s->w = gh_go_parse_block(p);
        else gh_go_parser_expect_fail(p, "if statement or block");
    }
    return s;
}

static gh_GoNode *parse_for(gh_GoParser *p)
{
    gh_GoPos pos = p->tok.pos;
    gh_go_parser_next(p);
    int old = p->expr_lev;
    p->expr_lev = -1;
    gh_GoNode *s = gh_go_node_new(p->src, GH_N_FOR, pos);
    if (p->tok.tok != GH_T_LBRACE) {
        gh_GoNode *init = p->tok.tok == GH_T_SEMICOLON ? NULL : parse_simple(p, GH_SIMPLE_RANGE);
        if (init && init->kind == GH_N_RANGE) {
            p->expr_lev = old;
            init->pos = pos;
            init->w = gh_go_parse_block(p);
            return init;
        }
        if (p->tok.tok == GH_T_SEMICOLON) {
            gh_go_parser_next(p);
            s->x = init;
            if (p->tok.tok != GH_T_SEMICOLON) {
                gh_GoNode *c = parse_simple(p, 0);
                if (c->kind != GH_N_EXPRSTMT) gh_go_fail(p->src, c->pos, "cannot use assignment as value");
                s->y = c->x;
            }
            gh_go_parser_want(p, GH_T_SEMICOLON, "semicolon");
            if (p->tok.tok != GH_T_LBRACE) s->z = parse_simple(p, 0);
        } else {
            if (!init || init->kind != GH_N_EXPRSTMT) gh_go_fail(p->src, pos, "expected for loop condition");
            s->y = init->x;
        }
    }
    p->expr_lev = old;
    s->w = gh_go_parse_block(p);
    return s;
}

gh_GoNode *gh_go_parse_stmt(gh_GoParser *p)
{
    gh_GoPos pos = p->tok.pos;
    switch (p->tok.tok) {
    case GH_T_SEMICOLON: return NULL;
    case GH_T_VAR: return parse_decl_group(p, GH_N_VARDECL);
    case GH_T_CONST: return parse_decl_group(p, GH_N_CONSTDECL);
    case GH_T_TYPE: gh_go_fail(p->src, pos, "local type declarations are not supported"); return NULL;
    case GH_T_LBRACE: return gh_go_parse_block(p);
    case GH_T_IF: return parse_if(p);
    case GH_T_FOR: return parse_for(p);
    case GH_T_RETURN: {
        gh_GoNode *r = gh_go_node_new(p->src, GH_N_RETURN, pos);
        gh_go_parser_next(p);
        if (p->tok.tok != GH_T_SEMICOLON && p->tok.tok != GH_T_RBRACE) gh_go_parse_exprlist(p, r, 1);
        return r;
    }
    case GH_T_GO: case GH_T_DEFER: {
        gh_GoNode *g = gh_go_node_new(p->src, p->tok.tok == GH_T_GO ? GH_N_GO : GH_N_DEFER, pos);
        gh_go_parser_next(p);
        g->x = gh_go_parse_expr(p);
        if (g->x->kind != GH_N_CALL)
            gh_go_fail(p->src, g->x->pos, "expression in %s must be function call", g->kind == GH_N_GO ? "go" : "defer");
        return g;
    }
    case GH_T_BREAK: case GH_T_CONTINUE: case GH_T_GOTO: case GH_T_FALLTHROUGH: {
        gh_GoNode *b = gh_go_node_new(p->src, GH_N_BRANCH, pos);
        b->tok = p->tok.tok;
        gh_go_parser_next(p);
        if (b->tok != GH_T_FALLTHROUGH && p->tok.tok == GH_T_IDENT) {
            b->name = p->tok.text;
            b->end = p->tok.pos;
            gh_go_parser_next(p);
        } else if (b->tok == GH_T_GOTO) {
            gh_go_parser_expect_fail(p, "name");
        }
        return b;
    }
    case GH_T_SWITCH: return gh_go_parse_switch(p);
    case GH_T_SELECT: return gh_go_parse_select(p);
    default:
        return parse_simple(p, GH_SIMPLE_LABEL);
    }
}

static gh_GoNode *parse_func_decl(gh_GoParser *p)
{
    int noinline = p->tok.noinline;
    gh_GoPos func_pos = p->tok.pos;
    gh_go_parser_next(p);
    gh_GoNode *f = gh_go_node_new(p->src, GH_N_FUNCDECL, p->tok.pos);
    f->noinline = noinline;
    if (p->tok.tok == GH_T_LPAREN) {
        gh_go_parser_next(p);
        gh_GoNode *r = gh_go_node_new(p->src, GH_N_FIELD, p->tok.pos);
        if (p->tok.tok == GH_T_IDENT) {
            r->name = p->tok.text;
            gh_go_parser_next(p);
            if (p->tok.tok == GH_T_RPAREN) { r->x = gh_go_node_new(p->src, GH_N_NAME, r->pos); r->x->name = r->name; r->name = NULL; }
            else r->x = gh_go_parse_type(p);
        } else {
            r->x = gh_go_parse_type(p);
        }
        gh_go_parser_want(p, GH_T_RPAREN, ")");
        f->x = r;
        f->pos = p->tok.pos;
    }
    if (p->tok.tok != GH_T_IDENT) gh_go_parser_expect_fail(p, "name or (");
    f->name = p->tok.text;
    gh_go_parser_next(p);
    if (p->tok.tok == GH_T_LBRACK) gh_go_fail(p->src, p->tok.pos, "generic functions are not supported (type parameters are outside gohotel's Go subset)");
    f->y = gh_go_parse_functype(p, func_pos);
    if (p->tok.tok == GH_T_LBRACE) f->z = gh_go_parse_block(p);
    else gh_go_fail(p->src, f->pos, "missing function body");
    return f;
}

gh_GoNode *gh_go_parse_file(gh_GoSource *src)
{
    jmp_buf jb;
    jmp_buf *saved = src->on_error;
    gh_GoParser p;
    memset(&p, 0, sizeof p);
    src->on_error = &jb;
    if (setjmp(jb)) { src->on_error = saved; return NULL; }
    p.src = src;
    gh_go_scanner_init(&p.sc, src);
    gh_go_parser_next(&p);
    gh_GoNode *file = gh_go_node_new(src, GH_N_BLOCK, p.tok.pos);
    if (p.tok.tok != GH_T_PACKAGE) gh_go_fail(src, p.tok.pos, "syntax error: package statement must be first");
    gh_go_parser_next(&p);
    if (p.tok.tok != GH_T_IDENT) gh_go_parser_expect_fail(&p, "name");
    file->name = p.tok.text;
    gh_GoPos pkg_pos = p.tok.pos;
    gh_go_parser_next(&p);
    if (strcmp(file->name, "main") != 0) gh_go_fail(src, pkg_pos, "only package main is supported");
    gh_go_parser_want(&p, GH_T_SEMICOLON, "semicolon or newline");
    while (p.tok.tok == GH_T_IMPORT) {
        gh_go_parser_next(&p);
        int group = gh_go_parser_got(&p, GH_T_LPAREN);
        do {
            if (group && p.tok.tok == GH_T_RPAREN) break;
            if (p.tok.tok != GH_T_STRING) gh_go_parser_expect_fail(&p, "import path");
            gh_GoNode *im = gh_go_node_new(src, GH_N_IMPORT, p.tok.pos);
            const char *t = p.tok.text;
            im->name = gh_go_arena_strndup(&src->arena, t + 1, strlen(t) - 2);
            gh_go_node_append(src, file, 1, im);
            gh_go_parser_next(&p);
            if (group && p.tok.tok != GH_T_RPAREN) gh_go_parser_want(&p, GH_T_SEMICOLON, "semicolon, newline, or )");
        } while (group && p.tok.tok != GH_T_RPAREN);
        if (group) gh_go_parser_want(&p, GH_T_RPAREN, ")");
        gh_go_parser_want(&p, GH_T_SEMICOLON, "semicolon or newline");
    }
    while (p.tok.tok != GH_T_EOF) {
        gh_GoNode *d = NULL;
        switch (p.tok.tok) {
        case GH_T_FUNC: d = parse_func_decl(&p); break;
        case GH_T_VAR: d = parse_decl_group(&p, GH_N_VARDECL); break;
        case GH_T_CONST: d = parse_decl_group(&p, GH_N_CONSTDECL); break;
        case GH_T_TYPE: d = parse_decl_group(&p, GH_N_TYPEDECL); break;
        case GH_T_IMPORT: gh_go_fail(src, p.tok.pos, "syntax error: imports must appear before other declarations"); break;
        default: gh_go_fail(src, p.tok.pos, "syntax error: non-declaration statement outside function body");
        }
        gh_go_node_append(src, file, 1, d);
        if (p.tok.tok != GH_T_EOF) gh_go_parser_want(&p, GH_T_SEMICOLON, "semicolon or newline after top level declaration");
    }
    src->on_error = saved;
    return file;
}
