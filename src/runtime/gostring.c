/* gostring.c — strings and slices: concatenation, conversions, make and growslice.
 *
 * concatstrings(buf, a...) as Go 1.19 runs it:
 *   1. Add up the lengths; count the non-empty operands.
 *   2. None → "" (no allocation). Exactly one, and it is not on this stack (or buf is
 *      given) → return that operand itself (no allocation: `"" + s` is free).
 *   3. buf given (result does not escape) and the total fits 32 bytes → build it on the stack.
 *   4. Else rawstring(total): mallocgc(total, noscan, no zeroing) — tiny path under 16 B.
 *   The compiler passes buf = nil for `s += x` always, so every += allocates.
 *   Worked example: s := ""; 1000 × s += "a": the first returns the literal; lengths 2..1000
 *   allocate: 999 Mallocs, 530 288 bytes of TotalAlloc (Go 1.19 measures the same).
 * growslice(et, old, newLen), Go 1.18+:
 *   newcap = newLen if newLen > 2×cap; else 2×cap while cap < 256; else grow by
 *   (newcap + 768)/4 until it is enough. Then round newcap×size up to the size class and
 *   recompute cap = roundedBytes / size. Appending bytes one at a time to a nil []byte:
 *   8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, ... */
#include <stdlib.h>
#include <string.h>
#include "runtime/sim.h"
#include "runtime/access.h"
#include "runtime/runtime.h"

gh_Addr gh_staticuint64(uint8_t b) { return GH_DATA_BASE + 8 + (gh_Addr)b * 8; }

static bool on_curstack(gh_Sim *sim, gh_Addr p) { return gh_on_curstack(sim, p); }

static bool copy_in(gh_Sim *sim, gh_Addr dst, gh_String s)
{
    if (s.len == 0) return true;
    uint8_t *d = gh_mem(sim, dst, (uint64_t)s.len), *src = d ? gh_mem(sim, s.ptr, (uint64_t)s.len) : NULL;
    if (!d || !src) return false;
    memmove(d, src, (size_t)s.len);
    return true;
}

bool gh_concatstrings(gh_Sim *sim, gh_Addr buf, const gh_String *a, int n, gh_String *out)
{
    int64_t l = 0;
    int count = 0, idx = 0;
    for (int i = 0; i < n; i++) {
        if (a[i].len < 0 || l + a[i].len < l)
            return gh_sim_fail(sim, GH_ERR_PANIC, "panic: string concatenation too long"), false;
        if (a[i].len == 0) continue;
        l += a[i].len;
        count++;
        idx = i;
    }
    if (count == 0) {
        *out = (gh_String){0, 0};
        return true;
    }
    if (count == 1 && (buf != 0 || !on_curstack(sim, a[idx].ptr))) {
        *out = a[idx];
        return true;
    }
    gh_Addr p;
    if (buf != 0 && l <= GH_TMP_STRING_BUF) p = buf;
    else if (!(p = gh_mallocgc(sim, (uint64_t)l, GH_TYPE_BYTES, false))) return false;
    int64_t off = 0;
    for (int i = 0; i < n; i++) {
        if (!copy_in(sim, p + (gh_Addr)off, a[i])) return false;
        off += a[i].len;
    }
    *out = (gh_String){p, l};
    return true;
}

gh_Addr gh_rodata_string(gh_Sim *sim, const char *s, int64_t n)
{
    gh_Stacks *st = &sim->stacks;
    if (n == 0) return 0;
    for (uint32_t i = 0; i < st->nrodata; i++)
        if (st->rodata[i].len == n && memcmp(st->data + (st->rodata[i].addr - GH_DATA_BASE), s, (size_t)n) == 0)
            return st->rodata[i].addr;
    uint64_t need = ((uint64_t)n + 7) & ~(uint64_t)7;
    if (st->dataUsed + need > GH_DATA_MAX)
        return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: read-only data full (too many string literals)");
    if (st->nrodata == st->caprodata) {
        uint32_t nc = st->caprodata ? st->caprodata * 2 : 32;
        void *nv = realloc(st->rodata, sizeof(*st->rodata) * nc);
        if (!nv) return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory");
        st->rodata = nv;
        st->caprodata = nc;
    }
    gh_Addr a = GH_DATA_BASE + st->dataUsed;
    memcpy(st->data + st->dataUsed, s, (size_t)n);
    st->dataUsed += (uint32_t)need;
    st->rodata[st->nrodata].addr = a;
    st->rodata[st->nrodata].len = n;
    st->nrodata++;
    return a;
}

bool gh_string_literal(gh_Sim *sim, const char *s, int64_t n, gh_String *out)
{
    if (n == 0) {
        *out = (gh_String){0, 0};
        return true;
    }
    gh_Addr p = gh_rodata_string(sim, s, n);
    if (!p) return false;
    *out = (gh_String){p, n};
    return true;
}

bool gh_slicebytetostring(gh_Sim *sim, gh_Addr buf, gh_Addr ptr, int64_t n, gh_String *out)
{
    if (n == 0) {
        *out = (gh_String){0, 0};
        return true;
    }
    uint8_t b;
    if (n == 1) {
        if (!gh_load(sim, ptr, &b, 1)) return false;
        *out = (gh_String){gh_staticuint64(b), 1};
        return true;
    }
    gh_Addr p = buf != 0 && n <= GH_TMP_STRING_BUF ? buf : gh_mallocgc(sim, (uint64_t)n, GH_TYPE_BYTES, false);
    if (!p || !copy_in(sim, p, (gh_String){ptr, n})) return false;
    *out = (gh_String){p, n};
    return true;
}

bool gh_stringtoslicebyte(gh_Sim *sim, gh_Addr buf, gh_String s, gh_Slice *out)
{
    gh_Addr p;
    int64_t cap;
    if (buf != 0 && s.len <= GH_TMP_STRING_BUF) {
        p = buf;
        cap = GH_TMP_STRING_BUF;
        uint8_t *d = gh_mem(sim, p, GH_TMP_STRING_BUF);
        if (!d) return false;
        memset(d, 0, GH_TMP_STRING_BUF);
    } else {
        cap = (int64_t)gh_roundupsize((uint64_t)s.len);
        if (s.len == 0) {
            *out = (gh_Slice){GH_ZEROBASE, 0, 0};
            return true;
        }
        if (!(p = gh_mallocgc(sim, (uint64_t)cap, GH_TYPE_BYTES, false))) return false;
        uint8_t *d = gh_mem(sim, p + (gh_Addr)s.len, (uint64_t)(cap - s.len));
        if (cap > s.len && d) memset(d, 0, (size_t)(cap - s.len));
    }
    if (!copy_in(sim, p, s)) return false;
    *out = (gh_Slice){p, s.len, cap};
    return true;
}

bool gh_makeslice(gh_Sim *sim, int32_t et, int64_t len, int64_t cap, gh_Slice *out)
{
    const gh_Type *ty = gh_type_get(&sim->types, et);
    if (!ty) return gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: makeslice of unknown type"), false;
    uint64_t es = ty->size;
    bool overflow = cap >= 0 && es && (uint64_t)cap > sim->mem.limit / es;
    if (len < 0 || (es && (uint64_t)len > sim->mem.limit / es))
        return gh_sim_fail(sim, GH_ERR_PANIC, "panic: runtime error: makeslice: len out of range"), false;
    if (cap < len || overflow)
        return gh_sim_fail(sim, GH_ERR_PANIC, "panic: runtime error: makeslice: cap out of range"), false;
    gh_Addr p = gh_mallocgc(sim, es * (uint64_t)cap, et, true);
    if (!p) return false;
    *out = (gh_Slice){p, len, cap};
    return true;
}

int64_t gh_growslice_cap(int64_t oldCap, int64_t newLen, uint64_t es)
{
    int64_t newcap = oldCap, doublecap = oldCap + oldCap;
    if (newLen > doublecap) {
        newcap = newLen;
    } else if (oldCap < 256) {
        newcap = doublecap;
    } else {
        while (newcap > 0 && newcap < newLen) newcap += (newcap + 3 * 256) / 4;
        if (newcap <= 0) newcap = newLen;
    }
    if (es == 0) return newcap;
    uint64_t capmem = gh_roundupsize((uint64_t)newcap * es);
    return (int64_t)(capmem / es);
}

bool gh_growslice(gh_Sim *sim, int32_t et, gh_Slice old, int64_t newLen, gh_Slice *out)
{
    const gh_Type *ty = gh_type_get(&sim->types, et);
    if (!ty) return gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: growslice of unknown type"), false;
    if (newLen < old.len || newLen < 0)
        return gh_sim_fail(sim, GH_ERR_PANIC, "panic: runtime error: growslice: len out of range"), false;
    uint64_t es = ty->size;
    if (es == 0) {
        *out = (gh_Slice){GH_ZEROBASE, newLen, newLen};
        return true;
    }
    if ((uint64_t)newLen > sim->mem.limit / es)
        return gh_sim_fail(sim, GH_ERR_PANIC, "panic: runtime error: growslice: len out of range"), false;
    int64_t newcap = gh_growslice_cap(old.cap, newLen, es);
    uint64_t capmem = (uint64_t)newcap * es;
    gh_Addr p;
    if (ty->ptrdata == 0) {
        /* noscan: no zeroing by mallocgc; clear only what append will not overwrite */
        if (!(p = gh_mallocgc(sim, capmem, et, false))) return false;
        uint64_t newlenmem = (uint64_t)newLen * es;
        if (capmem > newlenmem) {
            uint8_t *d = gh_mem(sim, p + newlenmem, capmem - newlenmem);
            if (d) memset(d, 0, capmem - newlenmem);
        }
    } else if (!(p = gh_mallocgc(sim, capmem, et, true))) {
        return false;
    }
    if (old.len > 0 && !gh_memmove(sim, p, old.ptr, (uint64_t)old.len * es)) return false;
    *out = (gh_Slice){p, newLen, newcap};
    return true;
}

bool gh_append_bytes(gh_Sim *sim, gh_Slice *s, const void *bytes, int64_t n)
{
    if (n <= 0) return n == 0;
    if (s->len + n > s->cap) {
        gh_Slice ns;
        if (!gh_growslice(sim, GH_TYPE_BYTES, *s, s->len + n, &ns)) return false;
        ns.len = s->len;
        *s = ns;
    }
    uint8_t *d = gh_mem(sim, s->ptr + (gh_Addr)s->len, (uint64_t)n);
    if (!d) return false;
    memcpy(d, bytes, (size_t)n);
    s->len += n;
    return true;
}
