/* exec_runes.c — the rune conversions, each as Go 1.19 compiles it:
 *   string(r)      intstring(buf, int64(r)): buf is the node's [4]byte stack temporary when
 *                  the result does not escape, else the runtime allocates 4 bytes (tiny).
 *                  A constant r never gets here: the checker folded string(rune(65)) to "A".
 *   []rune(s)      stringtoslicerune(buf, s): count the runes (pass 1), take the [32]rune
 *                  stack buffer (cap 32) or a heap array rounded to its size class
 *                  (rawruneslice), then decode into it (pass 2). Of a constant s, Go's
 *                  typecheck has already made the conversion the literal []rune{...}: an
 *                  array of exactly its runes (cap = len), on the stack or in the heap.
 *   string(runes)  slicerunetostring(buf, a): encoded length + 3 bytes, on the stack when
 *                  that fits 32 and the result does not escape.
 * Decoding is exec_utf8.c's (a bad byte is U+FFFD of width 1), encoding the runtime's
 * encoderune (a bad rune is written as U+FFFD).
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

/* The string's bytes, copied out of the simulated memory (allocation may move nothing, but
 * a copy keeps decoding independent of it). */
static unsigned char *host_bytes(gh_Exec *ex, gh_String s)
{
    unsigned char *b = malloc(s.len ? (size_t)s.len : 1);
    if (!b) gh_x_panic(ex, "fatal error: out of memory");
    if (s.len && !gh_load(ex->sim, s.ptr, b, (uint64_t)s.len)) { free(b); gh_x_check(ex); }
    return b;
}

static void str2runes(gh_Exec *ex, gh_GoNode *n, gh_Slice *out)
{
    gh_GoNode *a = n->list[0];
    gh_String s;
    gh_x_eval(ex, a, &s);
    unsigned char *b = host_bytes(ex, s);
    int64_t count = gh_x_utf8_count(b, (size_t)s.len);
    gh_Addr tmp = gh_x_temp(ex, n);
    gh_Slice r;
    if (a->op == GH_OP_CONST) {   /* the literal []rune{...}: its own array, cap = len */
        gh_Addr p = tmp;
        if (!p && count) {
            p = gh_mallocgc(ex->sim, (uint64_t)(4 * count), gh_x_type_id(ex, ex->prog->u.basic[GH_K_INT32]), true);
            if (!p) free(b);
            gh_x_check(ex);
            gh_temp_push(ex->sim, p);
        }
        r = (gh_Slice){p ? p : GH_ZEROBASE, count, count};
    } else {
        if (!gh_rawruneslice(ex->sim, tmp, count, &r)) { free(b); gh_x_check(ex); }
        if (r.ptr && !tmp) gh_temp_push(ex->sim, r.ptr);
    }
    size_t i = 0;
    for (int64_t k = 0; k < count; k++) {
        int w;
        int32_t rune = gh_x_utf8_decode(b + i, (size_t)s.len - i, &w);
        i += (size_t)w;
        if (!gh_store(ex->sim, r.ptr + (gh_Addr)(4 * k), &rune, 4)) { free(b); gh_x_check(ex); }
    }
    free(b);
    *out = r;
}

void gh_x_rune_conversion(gh_Exec *ex, gh_GoNode *n, void *out)
{
    gh_GoNode *a = n->list[0];
    if (n->op == GH_OP_STR2RUNES) {
        gh_Slice r;
        str2runes(ex, n, &r);
        memcpy(out, &r, 24);
        return;
    }
    gh_String r;
    if (n->op == GH_OP_RUNE2STR) {
        uint8_t v[8] = {0};
        gh_x_eval(ex, a, v);
        int64_t x = gh_x_int(a->type, v);
        if (!gh_x_is_signed(a->type) && gh_x_size(a->type) < 8) x = (int64_t)((uint64_t)x & ((1ULL << (gh_x_size(a->type) * 8)) - 1));
        gh_Addr tmp = gh_x_temp(ex, n);
        if (!gh_intstring(ex->sim, tmp, x, &r)) gh_x_check(ex);
        if (!tmp) gh_temp_push(ex->sim, r.ptr);
    } else {
        gh_Slice s;
        gh_x_eval(ex, a, &s);
        gh_Addr tmp = gh_x_temp(ex, n);
        if (!gh_slicerunetostring(ex->sim, tmp, s, &r)) gh_x_check(ex);
        if (!tmp) gh_temp_push(ex->sim, r.ptr);
    }
    memcpy(out, &r, 16);
}

int64_t gh_x_countrunes(gh_Exec *ex, gh_GoNode *s)
{
    gh_String v;
    gh_x_eval(ex, s, &v);
    unsigned char *b = host_bytes(ex, v);
    int64_t c = gh_x_utf8_count(b, (size_t)v.len);
    free(b);
    return c;
}
