/* exec_math.c — the math functions of the subset, with Go 1.19's special cases.
 *
 * Sqrt, Floor, Ceil, Trunc and Abs are exact in IEEE arithmetic (amd64 runs them as one
 * instruction each), so C's functions give Go's bits. NaN() is Go's own NaN, 0x7FF8000000000001
 * (its bits matter once boxed: convT64 allocates for it). Max and Min are Go's portable
 * versions (amd64 has no assembly for them): an infinity wins over NaN, NaN over any
 * number, and +0 is larger than -0. Copysign, Signbit, IsNaN and IsInf look at bits or
 * compare, exactly. Pow, Exp and Log are not here: Go's Exp and Log are its own amd64
 * assembly and Pow its own Go code on top of them, whose last bits differ from C's libm in
 * about half of all cases (measured 2026-12-04 over 200 000 arguments), so the checker refuses
 * them rather than print digits Go would not.
 */
#include <float.h>
#include <math.h>
#include <string.h>
#include "golang/exec_int.h"

static double go_nan(void)
{
    uint64_t bits = 0x7FF8000000000001ULL;
    double d;
    memcpy(&d, &bits, 8);
    return d;
}

static double go_max(double x, double y)
{
    if (isinf(x) && x > 0) return x;
    if (isinf(y) && y > 0) return y;
    if (isnan(x) || isnan(y)) return go_nan();
    if (x == 0 && x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}

static double go_min(double x, double y)
{
    if (isinf(x) && x < 0) return x;
    if (isinf(y) && y < 0) return y;
    if (isnan(x) || isnan(y)) return go_nan();
    if (x == 0 && x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}

void gh_x_call_math(gh_Exec *ex, const gh_GoNode *n, const gh_GoLibFunc *l, uint8_t args[][X_VMAX], void *out)
{
    double x = 0, y = 0, r;
    if (l->params[0] == 'f') memcpy(&x, args[0], 8);
    if (l->params[0] && l->params[1] == 'f') memcpy(&y, args[1], 8);
    const char *f = l->name;
    if (!strcmp(f, "Sqrt")) r = sqrt(x);
    else if (!strcmp(f, "Floor")) r = floor(x);
    else if (!strcmp(f, "Ceil")) r = ceil(x);
    else if (!strcmp(f, "Trunc")) r = trunc(x);
    else if (!strcmp(f, "Abs")) r = fabs(x);
    else if (!strcmp(f, "Inf")) { int64_t sign; memcpy(&sign, args[0], 8); r = sign >= 0 ? INFINITY : -INFINITY; }
    else if (!strcmp(f, "NaN")) r = go_nan();
    else if (!strcmp(f, "Max")) r = go_max(x, y);
    else if (!strcmp(f, "Min")) r = go_min(x, y);
    else if (!strcmp(f, "Copysign")) r = copysign(x, y);
    else {   /* the predicates: a bool result */
        uint8_t b;
        if (!strcmp(f, "Signbit")) b = signbit(x) != 0;
        else if (!strcmp(f, "IsNaN")) b = isnan(x);
        else if (!strcmp(f, "IsInf")) {
            int64_t sign;
            memcpy(&sign, args[1], 8);
            b = (sign >= 0 && x > DBL_MAX) || (sign <= 0 && x < -DBL_MAX);
        } else gh_x_unsupported(ex, n->pos, "math.%s is not supported by the interpreter", f);
        memcpy(out, &b, 1);
        return;
    }
    memcpy(out, &r, 8);
}
