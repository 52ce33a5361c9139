/* exec_mem.c — moving Go values between host buffers and simulated memory: checked
 * loads, typed stores (pointer words through the write barrier), integers of every
 * width, and spill slots that keep a value's pointers alive (and relocated when the
 * stack is copied) while a nested call runs.
 */
#include <string.h>
#include "golang/exec_int.h"

void gh_x_load(gh_Exec *ex, gh_Addr a, void *out, uint64_t n)
{
    if (n == 0) return;
    if (!gh_load(ex->sim, a, out, n)) gh_x_check(ex);
}

/* Does t hold pointers? Its computed answer without a call once known. */
static inline bool has_ptrs(gh_GoType *t) { return t && t->has_ptrs >= 0 ? t->has_ptrs : gh_go_type_has_pointers(t); }

/* Is word i of a value of type t a pointer? */
static bool ptr_word(gh_Exec *ex, gh_GoType *t, uint64_t i)
{
    const gh_Type *ty = gh_sim_type(ex->sim, gh_x_type_id(ex, t));
    return ty && gh_type_word_is_ptr(ty, i);
}

void gh_x_store(gh_Exec *ex, gh_Addr a, gh_GoType *t, const void *v)
{
    uint64_t n = (uint64_t)gh_x_size(t);
    if (n == 0) return;
    if (!has_ptrs(t)) {
        if (!gh_store(ex->sim, a, v, n)) gh_x_check(ex);
        return;
    }
    const uint8_t *b = v;
    uint64_t mask;
    bool masked = gh_x_ptr_words(ex, t, &mask);
    for (uint64_t w = 0; w * 8 < n; w++) {
        uint64_t word;
        memcpy(&word, b + w * 8, 8);
        bool ptr = masked ? (mask >> w) & 1 : ptr_word(ex, t, w);
        bool ok = ptr ? gh_store_ptr(ex->sim, a + w * 8, word) : gh_store(ex->sim, a + w * 8, &word, 8);
        if (!ok) gh_x_check(ex);
    }
}

void gh_x_zero(gh_Exec *ex, gh_Addr a, gh_GoType *t)
{
    uint64_t n = (uint64_t)gh_x_size(t);
    static const uint8_t zeros[X_VMAX];
    for (uint64_t done = 0; done < n; done += X_VMAX) {
        uint64_t k = n - done < X_VMAX ? n - done : X_VMAX;
        if (!has_ptrs(t)) {
            if (!gh_store(ex->sim, a + done, zeros, k)) gh_x_check(ex);
            continue;
        }
        for (uint64_t w = 0; w * 8 < k; w++)
            if (!gh_store_ptr(ex->sim, a + done + w * 8, 0)) gh_x_check(ex);
    }
}

gh_Addr gh_x_frame_base(gh_Exec *ex, XFrame *f)
{
    const gh_G *g = gh_sim_curg(ex->sim);
    return g->frames[f->gframe].sp;
}

int64_t gh_x_int(gh_GoType *t, const void *v)
{
    long long sz = gh_x_size(t);
    int64_t x = 0;
    if (sz <= 0 || sz > 8) sz = 8;
    memcpy(&x, v, (size_t)sz);
    return gh_x_norm(t, x);
}

void gh_x_put_int(gh_GoType *t, void *out, int64_t v)
{
    long long sz = gh_x_size(t);
    if (sz <= 0 || sz > 8) sz = 8;
    memcpy(out, &v, (size_t)sz);
}

int gh_x_pin(gh_Exec *ex, gh_GoType *t, void *v)
{
    XFrame *f = gh_x_frame(ex);
    int mark = f->nspill;
    if (!t || !has_ptrs(t)) return mark;
    uint64_t n = (uint64_t)gh_x_size(t);
    if (n > X_VMAX) return mark;
    gh_Addr base = gh_x_frame_base(ex, f) + f->lay->spill_off;
    const uint8_t *b = v;
    uint64_t mask;
    bool masked = f->nspill < X_SPILL_WORDS && gh_x_ptr_words(ex, t, &mask);
    for (uint64_t w = 0; w * 8 < n && f->nspill < X_SPILL_WORDS; w++) {
        if (masked ? !((mask >> w) & 1) : !ptr_word(ex, t, w)) continue;
        uint64_t word;
        memcpy(&word, b + w * 8, 8);
        gh_store_ptr(ex->sim, base + (uint64_t)f->nspill * 8, word);
        f->nspill++;
    }
    return mark;
}

void gh_x_unpin(gh_Exec *ex, int mark, gh_GoType *t, void *v)
{
    XFrame *f = gh_x_frame(ex);
    if (!t || !has_ptrs(t) || (uint64_t)gh_x_size(t) > X_VMAX) return;
    gh_Addr base = gh_x_frame_base(ex, f) + f->lay->spill_off;
    uint8_t *b = v;
    int k = mark;
    uint64_t mask, n = (uint64_t)gh_x_size(t);
    bool masked = k < f->nspill && gh_x_ptr_words(ex, t, &mask);
    for (uint64_t w = 0; w * 8 < n && k < f->nspill; w++) {
        if (masked ? !((mask >> w) & 1) : !ptr_word(ex, t, w)) continue;
        uint64_t word;
        gh_x_load(ex, base + (uint64_t)k * 8, &word, 8);
        memcpy(b + w * 8, &word, 8);
        k++;
    }
}

void gh_x_unpin_all(gh_Exec *ex, int mark)
{
    XFrame *f = gh_x_frame(ex);
    gh_Addr base = gh_x_frame_base(ex, f) + f->lay->spill_off;
    for (int k = mark; k < f->nspill; k++) gh_store_ptr(ex->sim, base + (uint64_t)k * 8, 0);
    f->nspill = mark;
}
