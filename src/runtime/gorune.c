/* gorune.c — the rune conversions of Go 1.19's runtime/string.go and utf8.go:
 * string(r) (intstring), the allocation of []rune(s) (rawruneslice) and string(runes)
 * (slicerunetostring), and encoderune, which they all share.
 *
 * encoderune(r): 1 byte up to U+007F, 2 up to U+07FF, 3 up to U+FFFF, 4 up to U+10FFFF;
 *   a surrogate (U+D800..U+DFFF), a negative rune or one above U+10FFFF is written as
 *   U+FFFD (3 bytes EF BF BD).
 * intstring(buf, v): buf is a 4-byte stack array when the result does not escape, else
 *   rawstring(4): mallocgc(4, noscan) — a tiny allocation (one Malloc, 4 bytes of a
 *   16-byte tiny block). v outside int32 is U+FFFD: string(rune(-1)) and string(1<<40)
 *   are both "\uFFFD".
 * rawruneslice(n) for []rune(s): when the result does not escape and n <= 32, the stack's
 *   [32]rune buffer, zeroed, as buf[:n] (cap 32); else mallocgc(roundupsize(4n), noscan),
 *   cap = that size / 4 (40 runes of a 160-byte class for 33..40 runes).
 * slicerunetostring(buf, a): adds up every rune's encoded length (size1), then
 *   rawstringtmp(buf, size1+3): the 32-byte stack buffer when size1+3 <= 32, else
 *   rawstring(size1+3) — so even string([]rune{}) of an escaping result allocates 3 bytes.
 */
#include <string.h>
#include "runtime/sim.h"
#include "runtime/access.h"
#include "runtime/runtime.h"

int gh_encoderune(uint8_t p[4], int32_t r)
{
    uint32_t i = (uint32_t)r;
    if (i <= 0x7f) { p[0] = (uint8_t)i; return 1; }
    if (i <= 0x7ff) { p[0] = (uint8_t)(0xc0 | i >> 6); p[1] = (uint8_t)(0x80 | (i & 0x3f)); return 2; }
    if (i > 0x10ffff || (i >= 0xd800 && i <= 0xdfff)) i = 0xfffd;
    if (i <= 0xffff) {
        p[0] = (uint8_t)(0xe0 | i >> 12);
        p[1] = (uint8_t)(0x80 | ((i >> 6) & 0x3f));
        p[2] = (uint8_t)(0x80 | (i & 0x3f));
        return 3;
    }
    p[0] = (uint8_t)(0xf0 | i >> 18);
    p[1] = (uint8_t)(0x80 | ((i >> 12) & 0x3f));
    p[2] = (uint8_t)(0x80 | ((i >> 6) & 0x3f));
    p[3] = (uint8_t)(0x80 | (i & 0x3f));
    return 4;
}

bool gh_intstring(gh_Sim *sim, gh_Addr buf, int64_t v, gh_String *out)
{
    gh_Addr p = buf ? buf : gh_mallocgc(sim, 4, GH_TYPE_BYTES, false);
    if (!p) return false;
    if ((int64_t)(int32_t)v != v) v = 0xfffd;
    uint8_t b[4];
    int n = gh_encoderune(b, (int32_t)v);
    if (!gh_store(sim, p, b, (uint64_t)n)) return false;
    *out = (gh_String){p, n};
    return true;
}

bool gh_rawruneslice(gh_Sim *sim, gh_Addr buf, int64_t n, gh_Slice *out)
{
    if (buf != 0 && n <= GH_TMP_STRING_BUF) {
        uint8_t *d = gh_mem(sim, buf, 4 * GH_TMP_STRING_BUF);
        if (!d) return false;
        memset(d, 0, 4 * GH_TMP_STRING_BUF);
        *out = (gh_Slice){buf, n, GH_TMP_STRING_BUF};
        return true;
    }
    if (n < 0 || (uint64_t)n > sim->mem.limit / 4)
        return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory"), false;
    uint64_t mem = gh_roundupsize((uint64_t)n * 4);
    if (mem == 0) {
        *out = (gh_Slice){GH_ZEROBASE, 0, 0};
        return true;
    }
    gh_Addr p = gh_mallocgc(sim, mem, GH_TYPE_BYTES, false);
    if (!p) return false;
    if (mem > (uint64_t)n * 4) {   /* memclrNoHeapPointers of the tail */
        uint8_t *d = gh_mem(sim, p + (gh_Addr)n * 4, mem - (uint64_t)n * 4);
        if (!d) return false;
        memset(d, 0, mem - (uint64_t)n * 4);
    }
    *out = (gh_Slice){p, n, (int64_t)(mem / 4)};
    return true;
}

bool gh_slicerunetostring(gh_Sim *sim, gh_Addr buf, gh_Slice a, gh_String *out)
{
    int64_t size1 = 0;
    uint8_t b[4];
    for (int64_t i = 0; i < a.len; i++) {
        int32_t r;
        if (!gh_load(sim, a.ptr + (gh_Addr)i * 4, &r, 4)) return false;
        size1 += gh_encoderune(b, r);
    }
    gh_Addr p = buf != 0 && size1 + 3 <= GH_TMP_STRING_BUF ? buf : gh_mallocgc(sim, (uint64_t)(size1 + 3), GH_TYPE_BYTES, false);
    if (!p) return false;
    int64_t size2 = 0;
    for (int64_t i = 0; i < a.len && size2 < size1; i++) {
        int32_t r;
        if (!gh_load(sim, a.ptr + (gh_Addr)i * 4, &r, 4)) return false;
        int n = gh_encoderune(b, r);
        if (!gh_store(sim, p + (gh_Addr)size2, b, (uint64_t)n)) return false;
        size2 += n;
    }
    *out = (gh_String){p, size2};
    return true;
}
