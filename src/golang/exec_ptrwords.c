/* exec_ptrwords.c — which words of a Go type's value are pointers, as one bit mask per
 * type, so a typed store, a pin or an unpin walks the pointer words of a value without
 * asking the simulator's type table once per word.
 *
 * The mask is read from the type the simulator registered for t (gh_x_type_id: the very
 * pointer mask the collector scans objects and frames with), bit w for word w, and kept
 * in the second word of t's entry in ex->types (the first is the type id), with bit 63
 * saying it is known. A value of more than 63 words has no mask here: its callers walk
 * it word by word as before. In front of the map, a direct-mapped table of 32 recent
 * types (by address) answers most asks without hashing; a type enters it once registered,
 * so an answer from it is the map's. Example: struct{next *T; a, b *int; pad [5]uint64} has the
 * mask 0b0111 (words 0-2 pointers, 3-7 not).
 */
#include "golang/exec_int.h"

enum { X_MASK_KNOWN = 63 };

bool gh_x_ptr_words(gh_Exec *ex, gh_GoType *t, uint64_t *mask)
{
    uint32_t c = (uint32_t)((uintptr_t)t >> 4) & 31;
    if (t && ex->ptrcache[c].t == t) {
        *mask = ex->ptrcache[c].mask;
        return true;
    }
    uint64_t n = (uint64_t)gh_x_size(t);
    if (!t || n > (uint64_t)X_MASK_KNOWN * 8) return false;
    uint64_t *e = gh_xmap_get(&ex->types, t, false);
    if (e && e[0] && (e[1] >> X_MASK_KNOWN)) {
        *mask = e[1] & ~((uint64_t)1 << X_MASK_KNOWN);
        ex->ptrcache[c].t = t, ex->ptrcache[c].mask = *mask;
        return true;
    }
    const gh_Type *ty = gh_sim_type(ex->sim, gh_x_type_id(ex, t));
    uint64_t m = 0;
    for (uint64_t w = 0; ty && w * 8 < n; w++)
        if (gh_type_word_is_ptr(ty, w)) m |= (uint64_t)1 << w;
    e = gh_xmap_get(&ex->types, t, false);   /* registering may have grown the map */
    if (e) e[1] = m | (uint64_t)1 << X_MASK_KNOWN;
    if (e && e[0]) ex->ptrcache[c].t = t, ex->ptrcache[c].mask = m;
    *mask = m;
    return true;
}
