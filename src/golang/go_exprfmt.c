/* go_exprfmt.c — prints an expression the way Go's -m diagnostics do: operators
 * spaced ("64 * 1024"), parentheses re-derived from precedence, composite
 * literals elided ("&point{...}"), unnamed conversion types parenthesised
 * ("([]byte)(s)"), closures as "func literal", variadic packs as "... argument".
 */
#include "golang/escape.h"
#include "golang/go_types.h"
#include <stdio.h>
#include <string.h>

typedef struct Out { char *buf; int size, at; } Out;

static void put(Out *o, const char *s)
{
    for (; *s; s++) {
        if (o->at < o->size - 1) o->buf[o->at] = *s;
        o->at++;
    }
    o->buf[o->at < o->size - 1 ? o->at : o->size - 1] = 0;
}

static void put_type(Out *o, gh_GoType *t)
{
    char tb[256];
    gh_go_type_format(t, tb, sizeof tb);
    put(o, tb);
}

static int binary_prec(gh_GoTok t)
{
    switch (t) {
    case GH_T_MUL: case GH_T_QUO: case GH_T_REM: case GH_T_SHL: case GH_T_SHR: case GH_T_AND: case GH_T_AND_NOT: return 6;
    case GH_T_ADD: case GH_T_SUB: case GH_T_OR: case GH_T_XOR: return 5;
    case GH_T_EQL: case GH_T_NEQ: case GH_T_LSS: case GH_T_LEQ: case GH_T_GTR: case GH_T_GEQ: return 4;
    case GH_T_LAND: return 2;
    case GH_T_LOR: return 1;
    default: return 8;
    }
}

static int prec_of(const gh_GoNode *n)
{
    switch (n->kind) {
    case GH_N_BINARY: return binary_prec(n->tok);
    case GH_N_STAR: if (n->implicit) return prec_of(n->x); return 7;
    case GH_N_DEREF_IMPLICIT: case GH_N_ADDR_IMPLICIT: return prec_of(n->x);  /* printed as x itself */
    case GH_N_UNARY: return 7;
    case GH_N_CONVIFACE: return prec_of(n->x);
    default: return 8;
    }
}

static void fmt(Out *o, const gh_GoNode *n, int prec);

static void fmt_list(Out *o, gh_GoNode **l, int n)
{
    for (int i = 0; i < n; i++) {
        if (i) put(o, ", ");
        fmt(o, l[i], 0);
    }
}

static int type_has_name(gh_GoType *t)
{
    return t && (t->kind == GH_K_NAMED || ((t->kind < GH_K_UNTYPED_INT || t->kind == GH_K_INTERFACE) && t->name));
}

static void fmt_call(Out *o, const gh_GoNode *n, int prec)
{
    switch (n->op) {
    case GH_OP_CONV: case GH_OP_CONVIFACE: case GH_OP_STR2BYTES: case GH_OP_BYTES2STR: case GH_OP_RUNE2STR: case GH_OP_STR2RUNES: case GH_OP_RUNES2STR:
        if (n->op == GH_OP_STR2RUNES && n->list[0]->op == GH_OP_CONST) {   /* Go's typecheck made it a literal */
            put_type(o, n->type);
            put(o, n->list[0]->cval ? "{...}" : "{}");
            return;
        }
        if (type_has_name(n->type)) put_type(o, n->type);
        else { put(o, "("); put_type(o, n->type); put(o, ")"); }
        put(o, "(");
        fmt(o, n->list[0], 0);
        put(o, ")");
        return;
    case GH_OP_NEW:
        put(o, "new(");
        put_type(o, n->type->elem);
        put(o, ")");
        return;
    case GH_OP_MAKESLICE: case GH_OP_MAKEMAP: case GH_OP_MAKECHAN:
        put(o, "make(");
        put_type(o, n->type);
        for (int i = 1; i < n->nlist; i++) { put(o, ", "); fmt(o, n->list[i], 0); }
        put(o, ")");
        return;
    default:
        /* an inlined call is its result ~R0, which Go parenthesizes inside any operator */
        if (n->inl && n->type && n->type->kind != GH_K_TUPLE) { put(o, prec > 0 ? "(~R0)" : "~R0"); return; }
        if (n->op == GH_OP_CALLMETH && n->fn && n->fn->name) {
            /* Go prints a method call as its method expression called with the receiver
             * first, as written (no implicit & or *): t.get() is T.get(t), p.pm(1) (*T).pm(p, 1) */
            const gh_GoNode *r = n->x->x;
            if (r->kind == GH_N_ADDR_IMPLICIT || r->kind == GH_N_DEREF_IMPLICIT) r = r->x;
            put(o, n->fn->name);
            put(o, "(");
            fmt(o, r, 0);
            if (n->nlist) put(o, ", ");
            fmt_list(o, n->list, n->nlist);
            if (n->dotdotdot || (n->nlist && n->list[n->nlist - 1]->kind == GH_N_DDDSLICE)) put(o, "...");
            put(o, ")");
            return;
        }
        fmt(o, n->x, 8);
        put(o, "(");
        fmt_list(o, n->list, n->nlist);
        /* a packed variadic tail prints as "... argument..." (Go marks the call DDD) */
        if (n->dotdotdot || (n->nlist && n->list[n->nlist - 1]->kind == GH_N_DDDSLICE)) put(o, "...");
        put(o, ")");
    }
}

static void fmt_literal(Out *o, const gh_GoNode *n)
{
    char b[64];
    /* literals as written (Go prints 0x10 and 1_000 so, and a literal past int64 has no cval) */
    if (n->kind == GH_N_BASICLIT && (n->tok == GH_T_STRING || n->tok == GH_T_FLOAT || n->tok == GH_T_INT)) { put(o, n->name); return; }
    if (n->kind == GH_N_BASICLIT && n->tok == GH_T_CHAR) { put(o, n->name); return; }   /* byte('c') too */
    if (n->type && (n->type->kind == GH_K_BOOL || n->type->kind == GH_K_UNTYPED_BOOL)) { put(o, n->cval ? "true" : "false"); return; }
    snprintf(b, sizeof b, "%lld", n->cval);
    put(o, b);
}

static void fmt(Out *o, const gh_GoNode *n, int prec)
{
    if (!n) return;
    int np = prec_of(n);
    int paren = prec > np;
    if (paren) put(o, "(");
    switch (n->kind) {
    case GH_N_NAME: put(o, n->name); break;
    case GH_N_BASICLIT: fmt_literal(o, n); break;
    case GH_N_CONVIFACE: fmt(o, n->x, prec); break;
    case GH_N_ADDR_IMPLICIT: case GH_N_DEREF_IMPLICIT: fmt(o, n->x, paren ? 0 : prec); break;
    case GH_N_DDDSLICE: put(o, "... argument"); break;
    case GH_N_FUNCLIT: put(o, "func literal"); break;
    case GH_N_COMPOSITE: put_type(o, n->type); put(o, n->nlist ? "{...}" : "{}"); break;
    case GH_N_KEYVALUE: fmt(o, n->y, prec); break;
    case GH_N_SELECTOR: fmt(o, n->x, 8); put(o, "."); put(o, n->name); break;
    case GH_N_INDEX: fmt(o, n->x, 8); put(o, "["); fmt(o, n->y, 0); put(o, "]"); break;
    case GH_N_SLICE:
        fmt(o, n->x, 8);
        put(o, "[");
        if (n->y) fmt(o, n->y, 0);
        put(o, ":");
        if (n->z) fmt(o, n->z, 0);
        if (n->w) { put(o, ":"); fmt(o, n->w, 0); }
        put(o, "]");
        break;
    case GH_N_TYPEASSERT: fmt(o, n->x, 8); put(o, ".("); put_type(o, n->type); put(o, ")"); break;
    case GH_N_CALL: fmt_call(o, n, prec); break;
    case GH_N_STAR:
        if (n->op == GH_OP_TYPE) { put_type(o, n->type); break; }
        if (n->implicit) { fmt(o, n->x, prec); break; }   /* p[3] for (*p)[3], as written */
        put(o, "*"); fmt(o, n->x, 8); break;
    case GH_N_UNARY:
        put(o, gh_go_tok_string(n->tok));
        if (n->tok == GH_T_AND && n->x->kind == GH_N_COMPOSITE) {
            put_type(o, n->x->type);
            put(o, n->x->nlist ? "{...}" : "{}");
            break;
        }
        fmt(o, n->x, 8);
        break;
    case GH_N_BINARY:
        if (n->op == GH_OP_CONST && n->type && gh_go_type_is_string(n->type) && 0) break;
        /* Go's OADDSTR lists its operands; an inlined call among them is its ~R0 without
         * parentheses (~R0 + "x"), while inside arithmetic it is (~R0) + 1 */
        fmt(o, n->x, n->op == GH_OP_ADDSTR && n->x->kind == GH_N_CALL && n->x->inl ? 0 : np);
        put(o, " ");
        put(o, gh_go_tok_string(n->tok));
        put(o, " ");
        fmt(o, n->y, n->op == GH_OP_ADDSTR ? (n->y->kind == GH_N_CALL && n->y->inl ? 0 : np) : np + 1);
        break;
    case GH_N_ARRAYTYPE: case GH_N_STRUCTTYPE: case GH_N_FUNCTYPE: case GH_N_INTERFACETYPE:
        put_type(o, n->type);
        break;
    default: put(o, "?"); break;
    }
    if (paren) put(o, ")");
}

void gh_go_expr_format(const gh_GoNode *n, char *buf, int size)
{
    Out o = {buf, size, 0};
    if (size > 0) buf[0] = 0;
    fmt(&o, n, 0);
}
