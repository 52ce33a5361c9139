/* exec_float.c — float32 and float64 values as Go 1.19 computes them on linux/amd64.
 *
 * A float lives in a host buffer as its IEEE 754 bits, 4 or 8 bytes, as in memory. Every
 * operation is one IEEE operation in the value's own precision (a float32 sum is rounded to
 * float32, as SSE's ADDSS does; Go never fuses a*b+c on amd64 and neither does this file:
 * each operation is its own statement). So division by zero gives ±Inf or NaN without a
 * panic, and NaN compares unequal to everything, itself included.
 *
 * Conversions to integers truncate toward zero. Out of range (or NaN) they give what the
 * amd64 instructions Go emits give, not C's undefined behaviour:
 *   - int8, int16, int32, uint8, uint16: CVTTSD2SL, whose out-of-range answer is
 *     0x80000000, then the low bits;
 *   - int, int64, uint32: CVTTSD2SQ, out of range 0x8000000000000000 (uint32 its low bits);
 *   - uint, uint64, uintptr: below 2^63 as int64; from 2^63 on, x - 2^63 converted then
 *     OR'ed with 1<<63 (ssagen's float-to-uint64 sequence), so 1e300 gives 1<<63.
 * Integer-to-float conversions round to nearest, as CVTSI2SD and Go's uint64 sequence do.
 *
 * Constants: the checker holds a float constant as a C double (go_const.c), not Go's exact
 * rationals; a constant expression may differ from Go in its last bit (docs/go-subset.md).
 */
#include <math.h>
#include <string.h>
#include "golang/exec_int.h"
#include "golang/go_const_int.h"

bool gh_x_is_float(gh_GoType *t)
{
    if (!t) return false;
    gh_GoKind k = gh_go_under(t)->kind;
    return k == GH_K_FLOAT32 || k == GH_K_FLOAT64 || k == GH_K_UNTYPED_FLOAT;
}

bool gh_x_has_float(gh_GoType *t)
{
    gh_GoType *u = t ? gh_go_under(t) : NULL;
    if (!u) return false;
    if (gh_x_is_float(u)) return true;
    if (u->kind == GH_K_ARRAY) return u->len > 0 && gh_x_has_float(u->elem);
    if (u->kind == GH_K_STRUCT)
        for (int i = 0; i < u->nfields; i++) if (gh_x_has_float(u->fields[i].type)) return true;
    return false;
}

static bool is_float32(gh_GoType *t) { return gh_go_under(t)->kind == GH_K_FLOAT32; }

double gh_x_float(gh_GoType *t, const void *v)
{
    if (is_float32(t)) { float f; memcpy(&f, v, 4); return f; }
    double d;
    memcpy(&d, v, 8);
    return d;
}

void gh_x_put_float(gh_GoType *t, void *out, double d)
{
    if (is_float32(t)) { float f = (float)d; memcpy(out, &f, 4); return; }
    memcpy(out, &d, 8);
}

/* A float constant's value: the checker's double, or an integer constant made float. */
void gh_x_float_const(gh_GoNode *n, void *out)
{
    double d;
    if (n->big && n->big->is_float) d = n->big->f;
    else if (n->big) {   /* an exact integer wider than 64 bits (two's complement words) */
        bool neg = (int64_t)n->big->w[GH_CONST_WORDS - 1] < 0;
        d = 0;
        for (int i = GH_CONST_WORDS - 1; i >= 0; i--) d = d * 18446744073709551616.0 + (double)(neg ? ~n->big->w[i] : n->big->w[i]);
        if (neg) d = -d - 1;
    } else d = (double)n->cval;
    gh_x_put_float(n->type, out, d);
}

/* One IEEE operation in t's precision. */
static double op(gh_Exec *ex, gh_GoNode *at, gh_GoTok tok, gh_GoType *t, double a, double b)
{
    if (is_float32(t)) {
        float x = (float)a, y = (float)b, r;
        switch (tok) {
        case GH_T_ADD: r = x + y; break;
        case GH_T_SUB: r = x - y; break;
        case GH_T_MUL: r = x * y; break;
        case GH_T_QUO: r = x / y; break;
        default: gh_x_unsupported(ex, at->pos, "operator %s is not defined on float32", gh_go_tok_string(tok));
        }
        return r;
    }
    switch (tok) {
    case GH_T_ADD: return a + b;
    case GH_T_SUB: return a - b;
    case GH_T_MUL: return a * b;
    case GH_T_QUO: return a / b;
    default: gh_x_unsupported(ex, at->pos, "operator %s is not defined on float64", gh_go_tok_string(tok));
    }
}

void gh_x_float_arith(gh_Exec *ex, gh_GoNode *n, void *out)
{
    uint8_t a[8] = {0}, b[8] = {0};
    gh_x_eval(ex, n->x, a);
    gh_x_eval(ex, n->y, b);
    gh_x_put_float(n->type, out, op(ex, n, n->tok, n->type, gh_x_float(n->x->type, a), gh_x_float(n->y->type, b)));
}

void gh_x_float_neg(gh_Exec *ex, gh_GoNode *n, void *out)
{
    uint8_t a[8] = {0};
    gh_x_eval(ex, n->x, a);
    double x = gh_x_float(n->x->type, a);
    gh_x_put_float(n->type, out, n->tok == GH_T_SUB ? -x : x);   /* -0.0 from 0: the sign bit flips */
}

bool gh_x_float_holds(gh_GoTok tok, double a, double b)
{
    switch (tok) {   /* C's comparisons are IEEE's: every one false with a NaN, but != */
    case GH_T_EQL: return a == b; case GH_T_NEQ: return a != b;
    case GH_T_LSS: return a < b; case GH_T_LEQ: return a <= b;
    case GH_T_GTR: return a > b; default: return a >= b;
    }
}

int gh_x_float_cmp(gh_GoType *t, const void *a, const void *b)
{
    double x = gh_x_float(t, a), y = gh_x_float(t, b);
    return x < y ? -1 : x > y ? 1 : x == y ? 0 : 1;   /* unordered (NaN): unequal */
}

/* x op= y and x++ / x-- on a float variable: y first, then x's address, as for integers. */
void gh_x_float_op_assign(gh_Exec *ex, gh_GoNode *s, gh_GoTok tok)
{
    gh_GoNode *l = s->kind == GH_N_INCDEC ? s->x : s->list[0];
    gh_GoType *t = l->type;
    double y = 1;
    if (s->kind != GH_N_INCDEC) {
        uint8_t b[8] = {0};
        gh_x_eval(ex, s->list2[0], b);
        y = gh_x_float(s->list2[0]->type, b);
    }
    gh_Addr a = gh_x_addr(ex, l);
    uint8_t v[8] = {0};
    gh_x_load(ex, a, v, (uint64_t)gh_x_size(t));
    gh_x_put_float(t, v, op(ex, s, tok, t, gh_x_float(t, v), y));
    gh_x_store(ex, a, t, v);
}

/* CVTTSD2SQ / CVTTSD2SL: truncation, and the "integer indefinite" value out of range. */
static int64_t cvtt64(double x)
{
    if (!(x > -9223372036854775809.0 && x < 9223372036854775808.0)) return INT64_MIN;
    return (int64_t)x;
}

static int32_t cvtt32(double x)
{
    if (!(x > -2147483649.0 && x < 2147483648.0)) return INT32_MIN;
    return (int32_t)x;
}

static int64_t float_to_int(gh_GoType *t, double x)
{
    switch (gh_go_under(t)->kind) {
    case GH_K_INT8: case GH_K_INT16: case GH_K_INT32: case GH_K_UINT8: case GH_K_UINT16:
        return gh_x_norm(t, cvtt32(x));
    case GH_K_UINT: case GH_K_UINT64: case GH_K_UINTPTR:
        if (x < 9223372036854775808.0) return cvtt64(x);
        return (int64_t)((uint64_t)cvtt64(x - 9223372036854775808.0) | (1ULL << 63));
    default:
        return gh_x_norm(t, cvtt64(x));
    }
}

bool gh_x_float_conversion(gh_GoType *to, gh_GoType *from, const void *v, void *out)
{
    bool tf = gh_x_is_float(to), ff = gh_x_is_float(from);
    if (!tf && !ff) return false;
    if (tf && ff) { gh_x_put_float(to, out, gh_x_float(from, v)); return true; }
    if (ff) {
        if (!gh_go_type_is_integer(to)) return false;
        gh_x_put_int(to, out, float_to_int(to, gh_x_float(from, v)));
        return true;
    }
    if (!gh_go_type_is_integer(from) && from->kind != GH_K_UNTYPED_RUNE) return false;
    int64_t i = gh_x_int(from, v);
    long long sz = gh_x_size(from);
    bool sgn = gh_x_is_signed(from);
    if (!sgn && sz < 8) i = (int64_t)((uint64_t)i & ((1ULL << (sz * 8)) - 1));
    if (is_float32(to)) {   /* one rounding, straight to float32 */
        float f = sgn ? (float)i : (float)(uint64_t)i;
        memcpy(out, &f, 4);
    } else {
        double d = sgn ? (double)i : (double)(uint64_t)i;
        memcpy(out, &d, 8);
    }
    return true;
}
