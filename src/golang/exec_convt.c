/* exec_convt.c — which runtime function Go 1.19 calls to box a value that escapes into an
 * interface (walk's convFuncName), by the value's shape rather than its kind, so a struct or
 * array counts as what it is made of:
 *   - 2, 4 or 8 bytes, as aligned, with no pointers: convT16/convT32/convT64, which take a
 *     value under 256 from the runtime's staticuint64s table (no allocation) and allocate
 *     the bytes otherwise; so `Square{2}` of `type Square struct{ s int }` allocates nothing;
 *   - a sole component (one field, or an array of one, all the way down) that is a string or
 *     a slice: convTstring (the empty string is free) and convTslice (a nil slice is free);
 *   - anything else: convT/convTnoptr, a heap copy.
 * One-byte integers and bools never get here: Go indexes the static table with them first.
 */
#include "golang/exec_int.h"
#include <string.h>

/* The type a struct of one field or an array of one element holds in the end. */
static gh_GoType *sole_component(gh_GoType *t)
{
    for (int depth = 0; depth < 64; depth++) {
        gh_GoType *u = gh_go_under(t);
        if (u->kind == GH_K_STRUCT && u->nfields == 1) t = u->fields[0].type;
        else if (u->kind == GH_K_ARRAY && u->len == 1) t = u->elem;
        else return t;
    }
    return t;
}

gh_Addr gh_x_convT(gh_Exec *ex, gh_GoType *t, const uint8_t *v)
{
    long long sz = gh_x_size(t), al = gh_go_type_align(t);
    if ((sz == 2 || sz == 4 || sz == 8) && al == sz && !gh_go_type_has_pointers(t)) {
        uint64_t w = 0;
        memcpy(&w, v, (size_t)sz);   /* the value as the unsigned integer of its size (little-endian) */
        if (w < 256) return gh_staticuint64((uint8_t)w);
        if (sz == 8) return gh_convT64(ex->sim, w);
        return gh_convT(ex->sim, gh_x_type_id(ex, t), v);
    }
    gh_GoType *sc = gh_go_under(sole_component(t));
    if (sc->kind == GH_K_STRING) {
        gh_String s;
        memcpy(&s, v, sizeof s);
        return gh_convTstring(ex->sim, s);
    }
    if (sc->kind == GH_K_SLICE && ((const gh_Slice *)v)->ptr == 0) return GH_ZEROBASE;
    return gh_convT(ex->sim, gh_x_type_id(ex, t), v);
}
