/* go_parser_expr.c — expressions and type syntax.  Types are parsed as
 * expressions where Go allows it ([]byte(s), T{...}, make([]int, n)) and each
 * node gets the position Go reports: '(' for calls and conversions, '[' for
 * index/slice, the operator for unary/binary, '{' for composite literals,
 * ':' for keyed elements, '.' for selectors and 'func' for function literals.
 */
#include "golang/go_parser.h"
#include <string.h>

/* The depth of every expression tree is bounded, so that no later recursive walk (the
 * checker, the inliner, the escape analysis, the interpreter, the printer) can run out of
 * host stack. p->depth counts, along the path being parsed, each nesting level (a
 * parenthesis, an operand of a unary operator, a type inside a type) and also each link
 * of a chain the parser builds in a loop: every operator of a left-deep chain a+b+c...
 * and every postfix of x.f[i](y).g... adds one level to the tree it hands on. The count
 * is never less than the real depth, so a tree it accepts is at most MAX_DEPTH deep.
 * Real Go has no such limit (go/parser stops at 100 000); 1000 is far beyond any program
 * a person writes, and the walks stay within an 8 MiB host stack even under ASan. */
#define MAX_DEPTH 1000

static void enter(gh_GoParser *p)
{
    if (++p->depth > MAX_DEPTH)
        gh_go_fail(p->src, p->tok.pos, "expression nested too deeply (more than %d levels; each operator of a chain counts one)", MAX_DEPTH);
}

static gh_GoNode *name_node(gh_GoParser *p)
{
    if (p->tok.tok != GH_T_IDENT) gh_go_parser_expect_fail(p, "name");
    gh_GoNode *n = gh_go_node_new(p->src, GH_N_NAME, p->tok.pos);
    n->name = p->tok.text;
    gh_go_parser_next(p);
    return n;
}

/* Parameter list "(a, b int, c *T)" or "(int, string)": names are optional. */
static void parse_params(gh_GoParser *p, gh_GoNode *ft, int which)
{
    gh_go_parser_want(p, GH_T_LPAREN, "(");
    gh_GoNode *group = gh_go_node_new(p->src, GH_N_BLOCK, p->tok.pos); /* scratch */
    int named = 0;
    while (p->tok.tok != GH_T_RPAREN) {
        gh_GoNode *f = gh_go_node_new(p->src, GH_N_FIELD, p->tok.pos);
        if (p->tok.tok == GH_T_ELLIPSIS) {
            gh_GoPos ep = p->tok.pos;
            gh_go_parser_next(p);
            f->x = gh_go_node_new(p->src, GH_N_ELLIPSIS, ep);
            f->x->x = gh_go_parse_type(p);
        } else {
            gh_GoNode *t = gh_go_parse_type(p);
            if (t->kind == GH_N_NAME && p->tok.tok != GH_T_COMMA && p->tok.tok != GH_T_RPAREN &&
                p->tok.tok != GH_T_PERIOD) {
                named = 1;
                f->name = t->name;
                f->pos = t->pos;
                if (p->tok.tok == GH_T_ELLIPSIS) {
                    gh_GoPos ep = p->tok.pos;
                    gh_go_parser_next(p);
                    f->x = gh_go_node_new(p->src, GH_N_ELLIPSIS, ep);
                    f->x->x = gh_go_parse_type(p);
                } else {
                    f->x = gh_go_parse_type(p);
                }
            } else {
                f->x = t;
            }
        }
        gh_go_node_append(p->src, group, 1, f);
        if (!gh_go_parser_got(p, GH_T_COMMA)) break;
    }
    gh_go_parser_want(p, GH_T_RPAREN, "comma or )");
    /* In "(a, b int)" the bare names a and b share the following type. */
    gh_GoNode *pending_type = NULL;
    for (int i = group->nlist - 1; i >= 0; i--) {
        gh_GoNode *f = group->list[i];
        if (f->name) pending_type = f->x;
        else if (named) {
            if (f->x->kind != GH_N_NAME || !pending_type)
                gh_go_fail(p->src, f->pos, "syntax error: mixed named and unnamed parameters");
            f->name = f->x->name;
            f->x = pending_type;
        }
    }
    for (int i = 0; i < group->nlist; i++) gh_go_node_append(p->src, ft, which, group->list[i]);
}

gh_GoNode *gh_go_parse_functype(gh_GoParser *p, gh_GoPos func_pos)
{
    gh_GoNode *ft = gh_go_node_new(p->src, GH_N_FUNCTYPE, func_pos);
    parse_params(p, ft, 1);
    if (p->tok.tok == GH_T_LPAREN) parse_params(p, ft, 2);
    else if (p->tok.tok != GH_T_LBRACE && p->tok.tok != GH_T_SEMICOLON && p->tok.tok != GH_T_RPAREN &&
             p->tok.tok != GH_T_COMMA && p->tok.tok != GH_T_RBRACK && p->tok.tok != GH_T_RBRACE &&
             p->tok.tok != GH_T_ASSIGN && p->tok.tok != GH_T_STRING) {
        gh_GoNode *f = gh_go_node_new(p->src, GH_N_FIELD, p->tok.pos);
        f->x = gh_go_parse_type(p);
        gh_go_node_append(p->src, ft, 2, f);
    }
    return ft;
}

static gh_GoNode *parse_struct_type(gh_GoParser *p)
{
    gh_GoNode *st = gh_go_node_new(p->src, GH_N_STRUCTTYPE, p->tok.pos);
    gh_go_parser_next(p);
    gh_go_parser_want(p, GH_T_LBRACE, "{");
    while (p->tok.tok != GH_T_RBRACE && p->tok.tok != GH_T_EOF) {
        gh_GoNode *emb = gh_go_parse_embedded_field(p);
        if (emb) {
            gh_go_node_append(p->src, st, 1, emb);
            if (p->tok.tok == GH_T_STRING) gh_go_fail(p->src, p->tok.pos, "struct field tags are not supported");
            if (p->tok.tok != GH_T_RBRACE) gh_go_parser_want(p, GH_T_SEMICOLON, "semicolon, newline, or }");
            continue;
        }
        gh_GoNode *names = gh_go_node_new(p->src, GH_N_BLOCK, p->tok.pos);
        gh_go_node_append(p->src, names, 1, p->pending ? p->pending : name_node(p));
        p->pending = NULL;
        while (gh_go_parser_got(p, GH_T_COMMA)) gh_go_node_append(p->src, names, 1, name_node(p));
        gh_GoNode *t = gh_go_parse_type(p);
        for (int i = 0; i < names->nlist; i++) {
            gh_GoNode *f = gh_go_node_new(p->src, GH_N_FIELD, names->list[i]->pos);
            f->name = names->list[i]->name;
            f->x = t;
            gh_go_node_append(p->src, st, 1, f);
        }
        if (p->tok.tok == GH_T_STRING) gh_go_fail(p->src, p->tok.pos, "struct field tags are not supported");
        if (p->tok.tok != GH_T_RBRACE) gh_go_parser_want(p, GH_T_SEMICOLON, "semicolon, newline, or }");
    }
    gh_go_parser_want(p, GH_T_RBRACE, "}");
    return st;
}

gh_GoNode *gh_go_parse_type(gh_GoParser *p)
{
    enter(p);
    gh_GoNode *t = NULL;
    gh_GoPos pos = p->tok.pos;
    switch (p->tok.tok) {
    case GH_T_IDENT:
        t = name_node(p);
        if (p->tok.tok == GH_T_PERIOD) {
            gh_GoNode *s = gh_go_node_new(p->src, GH_N_SELECTOR, p->tok.pos);
            gh_go_parser_next(p);
            s->x = t;
            s->name = name_node(p)->name;
            t = s;
        }
        break;
    case GH_T_MUL:
        gh_go_parser_next(p);
        t = gh_go_node_new(p->src, GH_N_STAR, pos);
        t->x = gh_go_parse_type(p);
        break;
    case GH_T_LBRACK:
        gh_go_parser_next(p);
        t = gh_go_node_new(p->src, GH_N_ARRAYTYPE, pos);
        if (p->tok.tok != GH_T_RBRACK) {
            p->expr_lev++;
            t->x = gh_go_parse_expr(p);
            p->expr_lev--;
        }
        gh_go_parser_want(p, GH_T_RBRACK, "]");
        t->y = gh_go_parse_type(p);
        break;
    case GH_T_STRUCT: t = parse_struct_type(p); break;
    case GH_T_INTERFACE:
        gh_go_parser_next(p);
        t = gh_go_node_new(p->src, GH_N_INTERFACETYPE, pos);
        gh_go_parser_want(p, GH_T_LBRACE, "{");
        /* methods: each a GH_N_FIELD named M whose x is its GH_N_FUNCTYPE */
        while (p->tok.tok != GH_T_RBRACE && p->tok.tok != GH_T_EOF) {
            gh_GoNode *name = name_node(p);
            if (p->tok.tok != GH_T_LPAREN) {   /* an embedded interface: Reader or io.Reader */
                gh_go_node_append(p->src, t, 1, gh_go_embedded_iface(p, name));
                if (p->tok.tok != GH_T_RBRACE) gh_go_parser_want(p, GH_T_SEMICOLON, "semicolon, newline, or }");
                continue;
            }
            gh_GoNode *f = gh_go_node_new(p->src, GH_N_FIELD, name->pos);
            f->name = name->name;
            f->x = gh_go_parse_functype(p, name->pos);
            gh_go_node_append(p->src, t, 1, f);
            if (p->tok.tok != GH_T_RBRACE) gh_go_parser_want(p, GH_T_SEMICOLON, "semicolon, newline, or }");
        }
        gh_go_parser_want(p, GH_T_RBRACE, "}");
        break;
    case GH_T_FUNC:
        gh_go_parser_next(p);
        t = gh_go_parse_functype(p, pos);
        break;
    case GH_T_MAP:   /* map[K]V: x the key type, y the value type */
        gh_go_parser_next(p);
        t = gh_go_node_new(p->src, GH_N_MAPTYPE, pos);
        gh_go_parser_want(p, GH_T_LBRACK, "[");
        t->x = gh_go_parse_type(p);
        gh_go_parser_want(p, GH_T_RBRACK, "]");
        t->y = gh_go_parse_type(p);
        break;
    case GH_T_CHAN: case GH_T_ARROW: t = gh_go_parse_chantype(p, 0, pos); break;
    case GH_T_LPAREN:
        gh_go_parser_next(p);
        t = gh_go_parse_type(p);
        gh_go_parser_want(p, GH_T_RPAREN, ")");
        break;
    default:
        gh_go_parser_expect_fail(p, "type");
    }
    p->depth--;
    return t;
}

static gh_GoNode *parse_element(gh_GoParser *p);

static gh_GoNode *parse_literal_value(gh_GoParser *p, gh_GoNode *type)
{
    gh_GoNode *lit = gh_go_node_new(p->src, GH_N_COMPOSITE, p->tok.pos);
    lit->x = type;
    gh_go_parser_want(p, GH_T_LBRACE, "{");
    p->expr_lev++;
    while (p->tok.tok != GH_T_RBRACE) {
        gh_GoNode *e = parse_element(p);
        if (p->tok.tok == GH_T_COLON) {
            gh_GoNode *kv = gh_go_node_new(p->src, GH_N_KEYVALUE, p->tok.pos);
            gh_go_parser_next(p);
            kv->x = e;
            kv->y = parse_element(p);
            e = kv;
        }
        gh_go_node_append(p->src, lit, 1, e);
        if (!gh_go_parser_got(p, GH_T_COMMA)) break;
    }
    p->expr_lev--;
    lit->end = p->tok.pos;
    gh_go_parser_want(p, GH_T_RBRACE, "comma or }");
    return lit;
}

static gh_GoNode *parse_element(gh_GoParser *p)
{
    if (p->tok.tok == GH_T_LBRACE) return parse_literal_value(p, NULL);
    return gh_go_parse_expr(p);
}

static int is_literal_type(gh_GoNode *x)
{
    switch (x->kind) {
    case GH_N_NAME: case GH_N_ARRAYTYPE: case GH_N_STRUCTTYPE: case GH_N_MAPTYPE:
        return 1;
    case GH_N_SELECTOR:
        return x->x->kind == GH_N_NAME;
    default:
        return 0;
    }
}

static gh_GoNode *parse_operand(gh_GoParser *p)
{
    gh_GoPos pos = p->tok.pos;
    switch (p->tok.tok) {
    case GH_T_IDENT: return name_node(p);
    case GH_T_INT: case GH_T_FLOAT: case GH_T_CHAR: case GH_T_STRING: {
        gh_GoNode *n = gh_go_node_new(p->src, GH_N_BASICLIT, pos);
        n->tok = p->tok.tok;
        n->name = p->tok.text;
        gh_go_parser_next(p);
        return n;
    }
    case GH_T_LPAREN: {
        gh_go_parser_next(p);
        p->expr_lev++;
        gh_GoNode *x = gh_go_parse_expr(p);
        p->expr_lev--;
        gh_go_parser_want(p, GH_T_RPAREN, ")");
        x->parens++;   /* ((x)) counts two: messages print them as written */
        return x;
    }
    case GH_T_FUNC: {
        gh_go_parser_next(p);
        gh_GoNode *ft = gh_go_parse_functype(p, pos);
        if (p->tok.tok != GH_T_LBRACE) return ft;
        gh_GoNode *fl = gh_go_node_new(p->src, GH_N_FUNCLIT, pos);
        fl->x = ft;
        p->expr_lev++;
        fl->z = gh_go_parse_block(p);
        p->expr_lev--;
        return fl;
    }
    case GH_T_LBRACK: case GH_T_STRUCT: case GH_T_INTERFACE: case GH_T_MAP: case GH_T_CHAN:
        return gh_go_parse_type(p);
    default:
        gh_go_parser_expect_fail(p, "expression");
        return NULL;
    }
}

static gh_GoNode *parse_primary(gh_GoParser *p)
{
    gh_GoNode *x = parse_operand(p);
    int depth0 = p->depth;
    for (;;) {
        gh_GoPos pos = p->tok.pos;
        switch (p->tok.tok) {
        case GH_T_PERIOD: case GH_T_LBRACK: case GH_T_LPAREN:
            enter(p); /* one more link of the postfix chain (restored on return) */
            break;
        default:
            break;
        }
        switch (p->tok.tok) {
        case GH_T_PERIOD:
            gh_go_parser_next(p);
            if (p->tok.tok == GH_T_LPAREN) {
                gh_go_parser_next(p);
                gh_GoNode *ta = gh_go_node_new(p->src, GH_N_TYPEASSERT, pos);
                ta->x = x;
                if (p->tok.tok == GH_T_TYPE) { ta->tok = GH_T_TYPE; gh_go_parser_next(p); }   /* x.(type): a type switch's guard */
                else ta->y = gh_go_parse_type(p);
                gh_go_parser_want(p, GH_T_RPAREN, ")");
                x = ta;
            } else {
                gh_GoNode *s = gh_go_node_new(p->src, GH_N_SELECTOR, pos);
                s->x = x;
                s->name = name_node(p)->name;
                x = s;
            }
            break;
        case GH_T_LBRACK: {
            gh_go_parser_next(p);
            p->expr_lev++;
            gh_GoNode *lo = NULL;
            if (p->tok.tok != GH_T_COLON) lo = gh_go_parse_expr(p);
            if (p->tok.tok == GH_T_COLON) {
                gh_GoNode *s = gh_go_node_new(p->src, GH_N_SLICE, pos);
                s->x = x; s->y = lo;
                gh_go_parser_next(p);
                if (p->tok.tok != GH_T_RBRACK && p->tok.tok != GH_T_COLON) s->z = gh_go_parse_expr(p);
                if (gh_go_parser_got(p, GH_T_COLON)) s->w = gh_go_parse_expr(p);
                x = s;
            } else {
                gh_GoNode *ix = gh_go_node_new(p->src, GH_N_INDEX, pos);
                ix->x = x; ix->y = lo;
                x = ix;
            }
            p->expr_lev--;
            gh_go_parser_want(p, GH_T_RBRACK, "]");
            break;
        }
        case GH_T_LPAREN: {
            gh_go_parser_next(p);
            gh_GoNode *c = gh_go_node_new(p->src, GH_N_CALL, pos);
            c->x = x;
            p->expr_lev++;
            while (p->tok.tok != GH_T_RPAREN) {
                gh_GoNode *a = (p->tok.tok == GH_T_LBRACK || p->tok.tok == GH_T_MUL ||
                                p->tok.tok == GH_T_FUNC) ? gh_go_parse_expr(p) : gh_go_parse_expr(p);
                gh_go_node_append(p->src, c, 1, a);
                if (gh_go_parser_got(p, GH_T_ELLIPSIS)) c->dotdotdot = 1;
                if (!gh_go_parser_got(p, GH_T_COMMA)) break;
            }
            p->expr_lev--;
            c->end = p->tok.pos;
            gh_go_parser_want(p, GH_T_RPAREN, "comma or )");
            x = c;
            break;
        }
        case GH_T_LBRACE:
            if (is_literal_type(x) && (p->expr_lev >= 0 || (x->kind != GH_N_NAME && x->kind != GH_N_SELECTOR))) {
                x = parse_literal_value(p, x);
                break;
            }
            p->depth = depth0;
            return x;
        default:
            p->depth = depth0;
            return x;
        }
    }
}

static gh_GoNode *parse_unary(gh_GoParser *p)
{
    enter(p);
    gh_GoPos pos = p->tok.pos;
    gh_GoNode *r;
    switch (p->tok.tok) {
    case GH_T_ADD: case GH_T_SUB: case GH_T_NOT: case GH_T_XOR: case GH_T_AND: {
        gh_GoTok op = p->tok.tok;
        gh_go_parser_next(p);
        r = gh_go_node_new(p->src, GH_N_UNARY, pos);
        r->tok = op;
        r->x = parse_unary(p);
        break;
    }
    case GH_T_MUL:
        gh_go_parser_next(p);
        r = gh_go_node_new(p->src, GH_N_STAR, pos);
        r->x = parse_unary(p);
        break;
    case GH_T_ARROW:   /* <-x, a receive; <-chan T, a type */
        gh_go_parser_next(p);
        if (p->tok.tok == GH_T_CHAN) { r = gh_go_parse_chantype(p, 1, pos); break; }
        r = gh_go_node_new(p->src, GH_N_UNARY, pos);
        r->tok = GH_T_ARROW;
        r->x = parse_unary(p);
        break;
    default:
        r = parse_primary(p);
    }
    p->depth--;
    return r;
}

static int precedence(gh_GoTok t)
{
    switch (t) {
    case GH_T_LOR: return 1;
    case GH_T_LAND: return 2;
    case GH_T_EQL: case GH_T_NEQ: case GH_T_LSS: case GH_T_LEQ: case GH_T_GTR: case GH_T_GEQ: return 3;
    case GH_T_ADD: case GH_T_SUB: case GH_T_OR: case GH_T_XOR: return 4;
    case GH_T_MUL: case GH_T_QUO: case GH_T_REM: case GH_T_SHL: case GH_T_SHR: case GH_T_AND:
    case GH_T_AND_NOT: return 5;
    default: return 0;
    }
}

static gh_GoNode *parse_binary(gh_GoParser *p, int prec1)
{
    gh_GoNode *x = parse_unary(p);
    int depth0 = p->depth;
    for (;;) {
        int prec = precedence(p->tok.tok);
        if (prec < prec1) {
            p->depth = depth0;
            return x;
        }
        gh_GoNode *b = gh_go_node_new(p->src, GH_N_BINARY, p->tok.pos);
        b->tok = p->tok.tok;
        gh_go_parser_next(p);
        enter(p); /* one more link of the chain: it stays counted while the chain grows */
        b->x = x;
        b->y = parse_binary(p, prec + 1);
        x = b;
    }
}

gh_GoNode *gh_go_parse_expr(gh_GoParser *p) { return parse_binary(p, 1); }

void gh_go_parse_exprlist(gh_GoParser *p, gh_GoNode *into, int which)
{
    gh_go_node_append(p->src, into, which, gh_go_parse_expr(p));
    while (gh_go_parser_got(p, GH_T_COMMA)) gh_go_node_append(p->src, into, which, gh_go_parse_expr(p));
}
