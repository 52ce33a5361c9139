/* go_const.c — constant expressions folded exactly, as Go 1.19's type checker does.
 *
 * Every integer constant is an exact two's-complement integer of GH_CONST_WORDS words
 * (1152 bits).  A node keeps a value that fits an int64 (or, for uint/uint64/uintptr,
 * a uint64) in node->cval alone; a wider one (only an untyped constant can be wider)
 * also has node->big, with cval saturated so size checks elsewhere stay safe.
 *
 * The rules, all Go's:
 *  - an untyped integer constant may not need more than 512 bits: "constant shift
 *    overflow", "constant multiplication overflow"... at the operator;
 *  - a typed constant must be representable in its type after every operation:
 *    "a * 4 (constant 4294967296 of type int32) overflows int32" at the operand;
 *  - an untyped constant that takes a type must fit it: "cannot use 200 (untyped int
 *    constant) as int8 value in variable declaration (overflows)";
 *  - a constant divisor must not be zero, a constant shift count not negative, nor
 *    above 1074 when the shifted value is constant too.
 * Inputs are at most 1024 bits (gohotel refuses longer literals; Go has no limit, but
 * nothing wider than 512 bits can be used), so sums and the products that are checked
 * before they are made never exceed the 1152 bits: no fold can overflow in C.
 * Float constants are held as a C long double (is_float; x87's 64-bit mantissa), not as
 * Go's exact values: enough for Go's division-by-zero and conversion checks, and an untyped
 * expression such as 0.1 + 0.2 keeps 11 bits more than a float64, so it rounds to the float64
 * Go gives (0.3) in all but rare cases; an exact comparison of untyped constants may still
 * differ from Go's (0.1+0.2 == 0.3 is true in Go, false here). A typed constant is rounded
 * to its type after every operation, as Go's type checker does.
 */
#include "golang/go_const_int.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "golang/escape.h"

typedef struct gh_GoConst Big;
enum { W = GH_CONST_WORDS, LITERAL_BITS = 1024 };

/* ---- exact integers ---- */

static Big from_i64(int64_t v)
{
    Big k;
    memset(&k, 0, sizeof k);
    k.w[0] = (uint64_t)v;
    for (int i = 1; i < W; i++) k.w[i] = v < 0 ? ~0ULL : 0;
    return k;
}

static Big from_u64(uint64_t v)
{
    Big k;
    memset(&k, 0, sizeof k);
    k.w[0] = v;
    return k;
}

static int is_neg(const Big *a) { return (int64_t)a->w[W - 1] < 0; }

static int is_zero(const Big *a)
{
    if (a->is_float) return a->f == 0;
    for (int i = 0; i < W; i++) if (a->w[i]) return 0;
    return 1;
}

static Big add(Big a, Big b)
{
    Big r = from_u64(0);
    unsigned carry = 0;
    for (int i = 0; i < W; i++) {
        uint64_t s = a.w[i] + b.w[i];
        unsigned c1 = s < a.w[i];
        r.w[i] = s + carry;
        carry = c1 | (r.w[i] < s);
    }
    return r;
}

static Big bitnot(Big a)
{
    for (int i = 0; i < W; i++) a.w[i] = ~a.w[i];
    return a;
}

static Big neg(Big a) { return add(bitnot(a), from_u64(1)); }
static Big sub(Big a, Big b) { return add(a, neg(b)); }
static Big absval(Big a) { return is_neg(&a) ? neg(a) : a; }

/* Bits of |a| (0 for 0), as big.Int.BitLen. */
static int bitlen(Big a)
{
    a = absval(a);
    for (int i = W - 1; i >= 0; i--)
        if (a.w[i]) return i * 64 + 64 - __builtin_clzll(a.w[i]);
    return 0;
}

static int cmp(Big a, Big b)
{
    if (is_neg(&a) != is_neg(&b)) return is_neg(&a) ? -1 : 1;
    for (int i = W - 1; i >= 0; i--)
        if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
    return 0;
}

/* Product truncated to W words; exact whenever bitlen(a) + bitlen(b) < 64 * W. */
static Big mul(Big a, Big b)
{
    int sign = is_neg(&a) != is_neg(&b);
    a = absval(a);
    b = absval(b);
    Big r = from_u64(0);
    for (int i = 0; i < W; i++) {
        unsigned __int128 carry = 0;
        if (!a.w[i]) continue;
        for (int j = 0; i + j < W; j++) {
            unsigned __int128 t = (unsigned __int128)a.w[i] * b.w[j] + r.w[i + j] + carry;
            r.w[i + j] = (uint64_t)t;
            carry = t >> 64;
        }
    }
    return sign ? neg(r) : r;
}

static Big shl(Big a, int s)
{
    Big r = from_u64(0);
    int ws = s / 64, bs = s % 64;
    for (int i = W - 1; i >= ws; i--) {
        r.w[i] = a.w[i - ws] << bs;
        if (bs && i - ws - 1 >= 0) r.w[i] |= a.w[i - ws - 1] >> (64 - bs);
    }
    return r;
}

/* Arithmetic shift right (rounds towards minus infinity, as big.Int.Rsh). */
static Big shr(Big a, int s)
{
    uint64_t fill = is_neg(&a) ? ~0ULL : 0;
    if (s >= 64 * W) return from_i64(is_neg(&a) ? -1 : 0);
    Big r;
    memset(&r, 0, sizeof r);
    int ws = s / 64, bs = s % 64;
    for (int i = 0; i < W; i++) {
        uint64_t lo = i + ws < W ? a.w[i + ws] : fill;
        uint64_t hi = i + ws + 1 < W ? a.w[i + ws + 1] : fill;
        r.w[i] = bs ? (lo >> bs) | (hi << (64 - bs)) : lo;
    }
    return r;
}

/* Truncated division (Go's / and % on integer constants); b is not zero. */
static void divmod(Big a, Big b, Big *q, Big *r)
{
    int qneg = is_neg(&a) != is_neg(&b), rneg = is_neg(&a);
    a = absval(a);
    b = absval(b);
    Big quo = from_u64(0), rem = from_u64(0);
    for (int i = bitlen(a) - 1; i >= 0; i--) {
        rem = shl(rem, 1);
        rem.w[0] |= (a.w[i / 64] >> (i % 64)) & 1;
        if (cmp(rem, b) >= 0) {
            rem = sub(rem, b);
            quo.w[i / 64] |= 1ULL << (i % 64);
        }
    }
    *q = qneg ? neg(quo) : quo;
    *r = rneg ? neg(rem) : rem;
}

static int fits_i64(const Big *a)
{
    uint64_t fill = (int64_t)a->w[0] < 0 ? ~0ULL : 0;
    for (int i = 1; i < W; i++) if (a->w[i] != fill) return 0;
    return 1;
}

static int fits_u64(const Big *a)
{
    for (int i = 1; i < W; i++) if (a->w[i]) return 0;
    return 1;
}

static long double to_double(const Big *a)
{
    if (a->is_float) return a->f;
    Big m = absval(*a);
    long double d = 0;
    for (int i = W - 1; i >= 0; i--) d = d * 18446744073709551616.0L + (long double)m.w[i];
    return is_neg(a) ? -d : d;
}

/* The integer value of an integral float constant (larger than 1152 bits: cut to them,
 * which the callers' range checks then refuse). */
static Big from_double(long double f)
{
    int e;
    long double m = frexpl(fabsl(f), &e);   /* f = m * 2^e, 0.5 <= m < 1 */
    Big r = from_u64((uint64_t)ldexpl(m, 64));
    if (e > 64 * W - 66) e = 64 * W - 66;
    r = e >= 64 ? shl(r, e - 64) : shr(r, 64 - e);
    return f < 0 ? neg(r) : r;
}

/* Decimal digits of a (with '-'), into buf of size n. */
static void to_dec(Big a, char *buf, size_t n)
{
    char tmp[400];
    int at = (int)sizeof tmp - 1, negative = is_neg(&a);
    tmp[at] = 0;
    a = absval(a);
    do {
        unsigned __int128 rem = 0;
        for (int i = W - 1; i >= 0; i--) {
            unsigned __int128 cur = (rem << 64) | a.w[i];
            a.w[i] = (uint64_t)(cur / 10);
            rem = cur % 10;
        }
        tmp[--at] = (char)('0' + (int)rem);
    } while (!is_zero(&a) && at > 1);
    if (negative) tmp[--at] = '-';
    snprintf(buf, n, "%s", tmp + at);
}

/* ---- a node's constant ---- */

static int is_unsigned64(gh_GoType *t)
{
    gh_GoKind k = t ? gh_go_under(t)->kind : GH_K_INT;
    return k == GH_K_UINT || k == GH_K_UINT64 || k == GH_K_UINTPTR;
}

static int is_float_type(gh_GoType *t)
{
    gh_GoKind k = t ? gh_go_under(t)->kind : GH_K_INT;
    return k == GH_K_FLOAT32 || k == GH_K_FLOAT64 || k == GH_K_UNTYPED_FLOAT;
}

/* A constant's room in the arena, 16-byte aligned for its long double (the arena gives 8). */
struct gh_GoConst *gh_go_const_new(gh_GoChecker *c)
{
    uintptr_t p = (uintptr_t)gh_go_arena_alloc(&c->src->arena, sizeof(Big) + 8);
    return (struct gh_GoConst *)((p + 15) & ~(uintptr_t)15);
}

static Big value_of(const gh_GoNode *n)
{
    if (n->kind == GH_N_CONVIFACE) n = n->x;
    if (n->big) return *n->big;
    return is_unsigned64(n->type) ? from_u64((uint64_t)n->cval) : from_i64(n->cval);
}

static void store(gh_GoChecker *c, gh_GoNode *n, Big v)
{
    n->big = NULL;
    if (v.is_float) {
        gh_GoKind k = n->type ? gh_go_under(n->type)->kind : GH_K_UNTYPED_FLOAT;
        if (k == GH_K_FLOAT32) v.f = (float)v.f;          /* a typed constant is rounded to its type, */
        else if (k == GH_K_FLOAT64) v.f = (double)v.f;    /* an untyped one keeps the long double */
        if (v.f == 0) v.f = 0;                            /* exact values have no -0: Go's -0.0 is 0 */
        n->big = gh_go_const_new(c);
        *n->big = v;
        n->cval = fabsl(v.f) < 9.2e18L ? (long long)v.f : 0;
        return;
    }
    if (fits_i64(&v) || (is_unsigned64(n->type) && fits_u64(&v))) { n->cval = (long long)v.w[0]; return; }
    n->big = gh_go_const_new(c);
    *n->big = v;
    n->cval = is_neg(&v) ? -9223372036854775807LL - 1 : 9223372036854775807LL;
}

void gh_go_const_copy(gh_GoNode *to, const gh_GoNode *from)
{
    to->cval = from->cval;
    to->big = from->big;
}

/* ---- Go's spelling of operands in messages ---- */

typedef struct Out { char *buf; size_t size, at; } Out;

static void put(Out *o, const char *s)
{
    for (; *s; s++, o->at++) if (o->at + 1 < o->size) o->buf[o->at] = *s;
    o->buf[o->at + 1 < o->size ? o->at : o->size - 1] = 0;
}

/* The expression as types2 prints it: as written, binary operators spaced. */
static void put_expr(Out *o, const gh_GoNode *n, int depth)
{
    if (depth > 200 || o->at >= o->size) { put(o, "..."); return; }   /* a long chain is cut, not walked */
    if (n->kind == GH_N_CONVIFACE) { put_expr(o, n->x, depth); return; }
    for (int i = 0; i < n->parens; i++) put(o, "(");
    switch (n->kind) {
    case GH_N_NAME: case GH_N_BASICLIT: put(o, n->name); break;
    case GH_N_BINARY:
        put_expr(o, n->x, depth + 1);
        put(o, " "); put(o, gh_go_tok_string(n->tok)); put(o, " ");
        put_expr(o, n->y, depth + 1);
        break;
    case GH_N_UNARY: put(o, gh_go_tok_string(n->tok)); put_expr(o, n->x, depth + 1); break;
    case GH_N_SELECTOR: put_expr(o, n->x, depth + 1); put(o, "."); put(o, n->name); break;
    case GH_N_CALL:
        put_expr(o, n->x, depth + 1);
        put(o, "(");
        for (int i = 0; i < n->nlist; i++) { if (i) put(o, ", "); put_expr(o, n->list[i], depth + 1); }
        put(o, ")");
        break;
    default: {
        char b[256];
        gh_go_expr_format(n, b, sizeof b);
        put(o, b);
    }
    }
    for (int i = 0; i < n->parens; i++) put(o, ")");
}

void gh_go_source_expr(const gh_GoNode *n, char *buf, size_t size)
{
    Out o = {buf, size, 0};
    if (size) buf[0] = 0;
    put_expr(&o, n, 0);
}

/* "200 (untyped int constant)", "c (untyped int constant 1180591620717411303424)",
 * "a * 4 (constant 4294967296 of type int32)". */
static void operand(const gh_GoNode *n, char *buf, size_t size);
void gh_go_const_operand(const gh_GoNode *n, char *buf, size_t size) { operand(n, buf, size); }

static void operand(const gh_GoNode *n, char *buf, size_t size)
{
    if (n->kind == GH_N_CONVIFACE) n = n->x;
    Out o = {buf, size, 0};
    char expr[512], val[400], tb[96];
    Out e = {expr, sizeof expr, 0};
    put_expr(&e, n, 0);
    Big v = value_of(n);
    if (v.is_float) snprintf(val, sizeof val, "%Lg", v.f);   /* 1e+400: an untyped constant may exceed float64 */
    else to_dec(v, val, sizeof val);
    put(&o, expr);
    put(&o, " (");
    gh_GoKind k = n->type ? n->type->kind : GH_K_UNTYPED_INT;
    if (gh_go_type_is_untyped(n->type)) {
        put(&o, k == GH_K_UNTYPED_RUNE ? "untyped rune constant" : k == GH_K_UNTYPED_FLOAT ? "untyped float constant" :
                k == GH_K_UNTYPED_BOOL ? "untyped bool constant" : "untyped int constant");
        if (strcmp(val, expr)) { put(&o, " "); put(&o, val); }
    } else {
        put(&o, "constant");
        if (strcmp(val, expr)) { put(&o, " "); put(&o, val); }
        gh_go_type_format(n->type, tb, sizeof tb);
        put(&o, " of type ");
        put(&o, tb);
    }
    put(&o, ")");
}

/* Where types2 reports an operand: where its expression starts, an opening parenthesis
 * included.  The parser keeps no position for '(', so it is found in the source: one
 * '(' to the left of the leftmost operand for each parenthesised node on the way down. */
gh_GoPos gh_go_start_pos(gh_GoChecker *c, const gh_GoNode *n)
{
    int parens = 0;
    for (;;) {
        parens += n->parens;
        if (n->kind != GH_N_BINARY && n->kind != GH_N_INDEX && n->kind != GH_N_SLICE && n->kind != GH_N_SELECTOR &&
            n->kind != GH_N_CALL && n->kind != GH_N_TYPEASSERT && n->kind != GH_N_CONVIFACE &&
            !(n->kind == GH_N_COMPOSITE && n->x))   /* T{...} starts at its type */
            break;
        n = n->x;
    }
    gh_GoPos p = n->pos;
    if (!parens) return p;
    const char *text = c->src->text;
    size_t len = c->src->len, line_start = 0, off;
    for (int line = 1; line < p.line && line_start < len; line_start++)
        if (text[line_start] == '\n') line++;
    off = line_start + (size_t)(p.col - 1);
    while (parens && off > 0) {
        size_t k = off;
        while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\n' || text[k - 1] == '\r')) k--;
        if (k == 0 || text[k - 1] != '(') break;
        off = k - 1;
        parens--;
    }
    p.line = 1;
    line_start = 0;
    for (size_t k = 0; k < off; k++)
        if (text[k] == '\n') { p.line++; line_start = k + 1; }
    p.col = (int)(off - line_start) + 1;
    return p;
}

static gh_GoPos start_pos(gh_GoChecker *c, const gh_GoNode *n) { return gh_go_start_pos(c, n); }

/* ---- representability ---- */

/* 0 if v fits t, else 1 (overflows) or 2 (a float that is not an integer: truncated). */
static int misfit(Big v, gh_GoType *t)
{
    gh_GoKind k = gh_go_under(t)->kind;
    if (k == GH_K_FLOAT32) return fabsl(to_double(&v)) > 3.40282346638528859811704183484516925440e+38L;
    if (k == GH_K_FLOAT64 || k == GH_K_UNTYPED_FLOAT) return isinf((double)to_double(&v));
    if (!gh_go_type_is_integer(t)) return 0;
    if (v.is_float) {
        if (v.f != floorl(v.f) || !(fabsl(v.f) < 1e300L)) return 2;
        v = from_double(v.f);
    }
    int bits = 64, sgn = 1;
    switch (k) {
    case GH_K_INT8: bits = 8; break;
    case GH_K_INT16: bits = 16; break;
    case GH_K_INT32: bits = 32; break;
    case GH_K_UINT8: bits = 8; sgn = 0; break;
    case GH_K_UINT16: bits = 16; sgn = 0; break;
    case GH_K_UINT32: bits = 32; sgn = 0; break;
    case GH_K_UINT: case GH_K_UINT64: case GH_K_UINTPTR: sgn = 0; break;
    case GH_K_UNTYPED_INT: case GH_K_UNTYPED_RUNE: return bitlen(v) > GH_CONST_PREC;
    default: break;
    }
    if (!sgn) return is_neg(&v) || bitlen(v) > bits;
    Big lo = neg(shl(from_u64(1), bits - 1)), hi = sub(shl(from_u64(1), bits - 1), from_u64(1));
    return cmp(v, lo) < 0 || cmp(v, hi) > 0;
}

void gh_go_const_represent(gh_GoChecker *c, gh_GoNode *x, gh_GoType *t, const char *ctx)
{
    if (x->kind == GH_N_CONVIFACE) x = x->x;
    if (x->op != GH_OP_CONST || !t || !gh_go_type_is_numeric(t) || !gh_go_type_is_numeric(x->type)) return;
    Big v = value_of(x);
    int why = misfit(v, t);
    if (why) {
        char op[1024], tb[96];
        operand(x, op, sizeof op);
        gh_go_type_format(t, tb, sizeof tb);
        gh_GoPos at = start_pos(c, x);
        if (ctx && !strcmp(ctx, "conversion")) gh_go_fail(c->src, at, "cannot convert %s to type %s", op, tb);
        if (ctx && !strcmp(ctx, "array length")) gh_go_fail(c->src, at, "array length %s must be integer", op);
        if (!ctx) gh_go_fail(c->src, at, "%s %s %s", op, why == 2 ? "truncated to" : "overflows", tb);
        gh_go_fail(c->src, at, "cannot use %s as %s value in %s (%s)", op, tb, ctx, why == 2 ? "truncated" : "overflows");
    }
    /* the value as its new type holds it */
    if (is_float_type(t) && !v.is_float) { v.f = to_double(&v); v.is_float = 1; }
    else if (!is_float_type(t) && v.is_float) v = from_double(v.f);
    gh_GoType *old = x->type;
    x->type = t;
    store(c, x, v);
    x->type = old;
}

/* ---- literals ---- */

void gh_go_const_literal(gh_GoChecker *c, gh_GoNode *n)
{
    const char *s = n->name;
    Big v = from_u64(0);
    if (n->tok == GH_T_FLOAT) {
        char buf[128];
        size_t k = 0;
        for (const char *p = s; *p && k + 1 < sizeof buf; p++) if (*p != '_') buf[k++] = *p;
        buf[k] = 0;
        v.is_float = 1;
        long double ld = strtold(buf, NULL);
        double d = strtod(buf, NULL);
        v.f = (double)ld == d ? ld : d;   /* never rounded twice: a literal as a float64 is always Go's */
        store(c, n, v);
        return;
    }
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, s += 2;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, s += 2;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) base = 8, s += 2;
    else if (s[0] == '0' && s[1]) base = 8, s += 1;
    for (; *s; s++) {
        if (*s == '_') continue;
        int d = *s >= 'a' ? *s - 'a' + 10 : *s >= 'A' ? *s - 'A' + 10 : *s - '0';
        if (d < 0 || d >= base) gh_go_fail(c->src, n->pos, "invalid digit '%c' in %s literal", *s,
                                           base == 8 ? "octal" : base == 2 ? "binary" : base == 16 ? "hexadecimal" : "decimal");
        v = add(mul(v, from_u64((uint64_t)base)), from_u64((uint64_t)d));
        if (bitlen(v) > LITERAL_BITS)
            gh_go_fail(c->src, n->pos, "integer constant too large: gohotel holds constants of up to %d bits", LITERAL_BITS);
    }
    store(c, n, v);
}

/* ---- operations ---- */

static const char *op_name(gh_GoTok t)
{
    switch (t) {
    case GH_T_ADD: return "addition ";
    case GH_T_SUB: return "subtraction ";
    case GH_T_XOR: return "bitwise XOR ";
    case GH_T_MUL: return "multiplication ";
    case GH_T_SHL: return "shift ";
    default: return "";
    }
}

/* After each constant operation: a typed result must fit its type, an untyped integer
 * its 512 bits (reported at the operator, as Go does). */
static void check_result(gh_GoChecker *c, gh_GoNode *n, Big v, const char *opname)
{
    if (!gh_go_type_is_untyped(n->type)) {
        if (misfit(v, n->type)) {
            char op[1024], tb[96];
            n->big = gh_go_const_new(c);   /* the exact value, for the message */
            *n->big = v;
            n->parens = 0;   /* Go names the operation, not the parentheses around it */
            operand(n, op, sizeof op);
            gh_go_type_format(n->type, tb, sizeof tb);
            gh_go_fail(c->src, start_pos(c, n), "%s overflows %s", op, tb);
        }
    } else if (!v.is_float && bitlen(v) > GH_CONST_PREC) {
        gh_go_fail(c->src, n->pos, "constant %soverflow", opname);
    }
    store(c, n, v);
}

static void check_operands(gh_GoChecker *c, gh_GoTok tok, gh_GoNode *x, gh_GoNode *y)
{
    if (y->op != GH_OP_CONST || !gh_go_type_is_numeric(y->type)) return;
    Big b = value_of(y);
    char op[1024];
    if (tok == GH_T_SHL || tok == GH_T_SHR) {
        if (b.is_float) b = from_double(truncl(b.f));
        if (is_neg(&b)) {
            operand(y, op, sizeof op);
            gh_go_fail(c->src, start_pos(c, y), "invalid operation: negative shift count %s", op);
        }
        if (gh_go_type_is_untyped(y->type) && !fits_u64(&b)) {   /* an untyped count becomes a uint first */
            operand(y, op, sizeof op);
            gh_go_fail(c->src, start_pos(c, y), "%s overflows uint", op);
        }
        if (x->op == GH_OP_CONST && (bitlen(b) > 32 || b.w[0] > GH_CONST_SHIFT_BOUND)) {
            operand(y, op, sizeof op);
            gh_go_fail(c->src, start_pos(c, y), "invalid operation: invalid shift count %s", op);
        }
        return;
    }
    if ((tok == GH_T_QUO || tok == GH_T_REM) && is_zero(&b) &&
        (x->op == GH_OP_CONST || gh_go_type_is_integer(x->type)))
        gh_go_fail(c->src, start_pos(c, y), "invalid operation: division by zero");
}

void gh_go_const_check_operands(gh_GoChecker *c, gh_GoNode *n) { check_operands(c, n->tok, n->x, n->y); }

void gh_go_const_check_assign_op(gh_GoChecker *c, gh_GoNode *s)
{
    gh_GoTok t = s->tok == GH_T_QUO_ASSIGN ? GH_T_QUO : s->tok == GH_T_REM_ASSIGN ? GH_T_REM :
                 s->tok == GH_T_SHL_ASSIGN ? GH_T_SHL : s->tok == GH_T_SHR_ASSIGN ? GH_T_SHR : GH_T_EOF;
    if (t != GH_T_EOF) check_operands(c, t, s->list[0], s->list2[0]);
}

static long long compare(gh_GoTok t, int r)
{
    switch (t) {
    case GH_T_EQL: return r == 0; case GH_T_NEQ: return r != 0;
    case GH_T_LSS: return r < 0; case GH_T_LEQ: return r <= 0;
    case GH_T_GTR: return r > 0; default: return r >= 0;
    }
}

static void fold_float(gh_GoChecker *c, gh_GoNode *n, int is_cmp)
{
    Big av = value_of(n->x), bv = value_of(n->y);
    long double a = to_double(&av), b = to_double(&bv);
    if (is_cmp) { n->cval = compare(n->tok, a < b ? -1 : a > b ? 1 : 0); n->big = NULL; return; }
    Big r = from_u64(0);
    r.is_float = 1;
    switch (n->tok) {
    case GH_T_ADD: r.f = a + b; break;
    case GH_T_SUB: r.f = a - b; break;
    case GH_T_MUL: r.f = a * b; break;
    case GH_T_QUO: r.f = a / b; break;   /* b != 0: gh_go_const_check_operands */
    default: gh_go_fail(c->src, n->pos, "invalid operation: operator %s not defined on untyped float", gh_go_tok_string(n->tok));
    }
    store(c, n, r);
}

void gh_go_const_binary(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoTok t = n->tok;
    long long xa = n->x->cval, ya = n->y->cval;
    if (t == GH_T_LAND || t == GH_T_LOR) { n->cval = t == GH_T_LAND ? (xa && ya) : (xa || ya); return; }
    int is_cmp = t == GH_T_EQL || t == GH_T_NEQ || t == GH_T_LSS || t == GH_T_LEQ || t == GH_T_GTR || t == GH_T_GEQ;
    gh_GoType *xt = n->x->type;
    if (xt && (xt->kind == GH_K_UNTYPED_BOOL || gh_go_under(xt)->kind == GH_K_BOOL)) {
        n->cval = is_cmp ? compare(t, (xa != 0) - (ya != 0)) : 0;
        return;
    }
    int shift = t == GH_T_SHL || t == GH_T_SHR;
    Big a = value_of(n->x), b = value_of(n->y);
    if (!shift && (a.is_float || b.is_float || is_float_type(n->type) || is_float_type(xt))) { fold_float(c, n, is_cmp); return; }
    if (a.is_float) a = from_double(a.f);  /* 1.0 << 3: an integral float shifted */
    if (b.is_float) b = from_double(b.f);
    if (is_cmp) { n->cval = compare(t, cmp(a, b)); n->big = NULL; return; }
    Big r = from_u64(0);
    switch (t) {
    case GH_T_ADD: r = add(a, b); break;
    case GH_T_SUB: r = sub(a, b); break;
    case GH_T_MUL:
        if (bitlen(a) + bitlen(b) > 64 * W - 2) gh_go_fail(c->src, n->pos, "constant multiplication overflow");
        r = mul(a, b);
        break;
    case GH_T_QUO: case GH_T_REM: {
        Big q, m;
        divmod(a, b, &q, &m);   /* b != 0: gh_go_const_check_operands */
        r = t == GH_T_QUO ? q : m;
        break;
    }
    case GH_T_AND: for (int i = 0; i < W; i++) r.w[i] = a.w[i] & b.w[i]; break;
    case GH_T_OR: for (int i = 0; i < W; i++) r.w[i] = a.w[i] | b.w[i]; break;
    case GH_T_XOR: for (int i = 0; i < W; i++) r.w[i] = a.w[i] ^ b.w[i]; break;
    case GH_T_AND_NOT: for (int i = 0; i < W; i++) r.w[i] = a.w[i] & ~b.w[i]; break;
    case GH_T_SHL: {
        int s = (int)b.w[0];   /* 0..1074: gh_go_const_check_operands */
        if (!is_zero(&a) && bitlen(a) + s > GH_CONST_PREC && gh_go_type_is_untyped(n->type))
            gh_go_fail(c->src, n->pos, "constant shift overflow");
        r = shl(a, s);
        break;
    }
    case GH_T_SHR: r = shr(a, (int)b.w[0]); break;
    default: gh_go_fail(c->src, n->pos, "invalid operation: operator %s not defined on constants", gh_go_tok_string(t));
    }
    r.is_float = 0;
    r.f = 0;
    check_result(c, n, r, op_name(t));
}

void gh_go_const_unary(gh_GoChecker *c, gh_GoNode *n)
{
    Big a = value_of(n->x);
    if (n->tok == GH_T_NOT) { n->cval = !n->x->cval; n->big = NULL; return; }
    if (a.is_float) {
        if (n->tok == GH_T_SUB) a.f = -a.f;
        store(c, n, a);
        return;
    }
    Big r = a;
    if (n->tok == GH_T_SUB) r = neg(a);
    if (n->tok == GH_T_XOR) {
        r = bitnot(a);
        gh_GoKind k = gh_go_under(n->type)->kind;
        if (!gh_go_type_is_untyped(n->type) && k >= GH_K_UINT && k <= GH_K_UINTPTR) {
            /* ^x of an unsigned constant flips only the type's bits: ^uint8(0) is 255 */
            int bits = (int)gh_go_type_size(n->type) * 8;
            r = from_u64(0);
            Big mask = sub(shl(from_u64(1), bits), from_u64(1));
            for (int i = 0; i < W; i++) r.w[i] = a.w[i] ^ mask.w[i];
        }
    }
    check_result(c, n, r, n->tok == GH_T_XOR ? "bitwise complement " : "");
}

/* ---- string constants ---- */

static int utf8_bytes(unsigned long r) { return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4; }

long long gh_go_const_string_len(const char *lit)
{
    size_t n = strlen(lit);
    long long len = 0;
    if (n < 2) return 0;
    if (lit[0] == '`') {
        for (size_t i = 1; i + 1 < n; i++) len += lit[i] != '\r';
        return len;
    }
    for (size_t i = 1; i + 1 < n; i++, len++) {
        if (lit[i] != '\\') continue;
        char e = lit[++i];
        if (e == 'x') i += 2;
        else if (e >= '0' && e <= '7') i += 2;
        else if (e == 'u' || e == 'U') {
            int k = e == 'u' ? 4 : 8;
            char h[9] = {0};
            memcpy(h, lit + i + 1, (size_t)k);
            len += utf8_bytes(strtoul(h, NULL, 16)) - 1;
            i += (size_t)k;
        }
    }
    return len;
}
