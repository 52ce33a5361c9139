/* go_library_const.c — the library's named constants the subset knows: math's float
 * constants (Pi, E, MaxFloat64...) and its integer limits (MaxInt64, MinInt32...).
 *
 * In Go they are untyped constants of arbitrary precision; here a float one is the long
 * double nearest to Go's exact value, as every untyped float constant of the checker is
 * (go_const.c). So math.Pi as a float64 is exactly Go's, and math.Pi / 180 almost surely.
 */
#include "golang/go_check_int.h"
#include "golang/go_const_int.h"
#include <math.h>
#include <string.h>

static const struct { const char *name; long double f; } floats[] = {
    {"Pi", 3.14159265358979323846264338327950288419716939937510582097494459L},
    {"E", 2.71828182845904523536028747135266249775724709369995957496696763L},
    {"Phi", 1.61803398874989484820458683436563811772030917980576286213544862L},
    {"Sqrt2", 1.41421356237309504880168872420969807856967187537694807317667974L},
    {"SqrtE", 1.64872127070012814684865078831848807421298520043447695839695466L},
    {"SqrtPi", 1.77245385090551602729816748334114518279754945612238712821380779L},
    {"Ln2", 0.693147180559945309417232121458176568075500134360255254120680009L},
    {"Ln10", 2.30258509299404568401799145468436420760110148862877297603332790L},
    {"MaxFloat64", 1.79769313486231570814527423731704356798070e+308L},
    {"SmallestNonzeroFloat64", 4.9406564584124654417656879286822137236505980e-324L},
    {"MaxFloat32", 3.40282346638528859811704183484516925440e+38L},
    {"SmallestNonzeroFloat32", 1.401298464324817070923729583289916131280e-45L},
};

static const struct { const char *name; long long v; } ints[] = {
    {"MaxInt", 9223372036854775807LL}, {"MinInt", -9223372036854775807LL - 1},
    {"MaxInt8", 127L}, {"MinInt8", -128}, {"MaxInt16", 32767L}, {"MinInt16", -32768},
    {"MaxInt32", 2147483647L}, {"MinInt32", -2147483648LL},
    {"MaxInt64", 9223372036854775807LL}, {"MinInt64", -9223372036854775807LL - 1},
    {"MaxUint8", 255L}, {"MaxUint16", 65535L}, {"MaxUint32", 4294967295LL},
};

int gh_go_library_const(gh_GoChecker *c, gh_GoNode *n, const char *pkg)
{
    if (strcmp(pkg, "math")) return 0;
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        if (strcmp(floats[i].name, n->name)) continue;
        struct gh_GoConst *k = gh_go_const_new(c);
        memset(k, 0, sizeof *k);
        k->is_float = 1;
        k->f = floats[i].f;
        n->op = GH_OP_CONST;
        n->type = c->prog->u.basic[GH_K_UNTYPED_FLOAT];
        n->big = k;
        n->cval = fabsl(k->f) < 9.2e18L ? (long long)k->f : 0;
        return 1;
    }
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        if (strcmp(ints[i].name, n->name)) continue;
        n->op = GH_OP_CONST;
        n->type = c->prog->u.basic[GH_K_UNTYPED_INT];
        n->big = NULL;
        n->cval = ints[i].v;
        return 1;
    }
    return 0;
}
