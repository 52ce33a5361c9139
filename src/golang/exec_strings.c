/* exec_strings.c — strings.Split, SplitN, Fields, Join, Replace, ReplaceAll, ToLower, Trim*,
 * TrimSpace, TrimSuffix, Index, LastIndex and Count as Go 1.19 runs them, allocation for
 * allocation:
 *   - Split(s, sep) (genSplit): one make([]string, n), n = Count(s, sep) + 1 (16 B a string
 *     header, so 4 words make 64 B); the pieces are substrings of s, nothing copied. An empty
 *     sep explodes s into its runes: make([]string, RuneCount(s));
 *   - Fields(s): counts the fields first, then one make([]string, n) (none when n is 0:
 *     zerobase);
 *   - Join(elems, sep): "" for none and elems[0] itself for one; else a strings.Builder
 *     grown once to the exact length (one noscan allocation: the tiny allocator below 16 B)
 *     and its String(), no copy;
 *   - Replace(s, old, new, n) and ReplaceAll: s itself when old == new, n == 0 or old does
 *     not occur; else one Builder grown to the result's exact length;
 *   - ToLower(s): s itself when it has no upper-case letter, else one Builder of len(s);
 *   - TrimSpace, Trim, TrimLeft, TrimRight, TrimSuffix, Index, LastIndex, Count: no
 *     allocation (a substring, a number).
 * Text outside ASCII takes Go's other paths: Fields becomes FieldsFunc(s, unicode.IsSpace)
 * (its spans array lives in the frame up to 32 fields, then grows on the heap as append
 * grows it: 64 spans of 16 B, 128, ...; then the one make([]string, n)); TrimSpace trims
 * runes from each end with unicode.IsSpace (a substring: nothing allocated); Split, Count and
 * Replace with an empty separator count and cut runes (utf8.DecodeRune: a bad byte is one
 * rune). ToLower of such text would need Unicode's case tables (strings.Map(unicode.ToLower)),
 * and is refused.
 */
#define _GNU_SOURCE  /* memmem */
#include <string.h>
#include "golang/exec_libcalls_int.h"

static bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

/* The bytes of s in host memory (gh_x_release it). */
static char *host(gh_Exec *ex, gh_String s)
{
    size_t len = 0;
    char *b = gh_x_alloc(ex, (size_t)s.len + 1);
    gh_x_host_string(ex, s, b, (size_t)s.len + 1, &len);
    return b;
}

static bool ascii(const char *b, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        if ((unsigned char)b[i] >= 0x80) return false;
    return true;
}

static _Noreturn void non_ascii(gh_Exec *ex, const gh_GoNode *n, const gh_GoLibFunc *l)
{
    gh_x_unsupported(ex, n->pos, "strings.%s of text outside ASCII is not supported", l->name);
}

/* s[i:j]: a zero-length substring points at s's start, as Go's slicing does. */
static gh_String sub(gh_String s, int64_t i, int64_t j)
{
    return (gh_String){j > i ? s.ptr + (uint64_t)i : s.ptr, j - i};
}

/* Non-overlapping occurrences of sep in b (Count; for an empty sep, one more than the
 * number of runes). */
static int64_t count(const char *b, int64_t n, const char *sep, int64_t m)
{
    if (!m) return gh_x_utf8_count((const unsigned char *)b, (size_t)n) + 1;
    int64_t c = 0;
    for (int64_t i = 0; i + m <= n;) {
        const char *p = memmem(b + i, (size_t)(n - i), sep, (size_t)m);
        if (!p) break;
        c++;
        i = (p - b) + m;
    }
    return c;
}

/* make([]string, n) filled with parts (s pinned across the allocation, which may collect). */
static void string_slice(gh_Exec *ex, gh_String *parts, int64_t n, gh_String *s, void *out)
{
    gh_GoType *st = ex->prog->u.basic[GH_K_STRING];
    gh_Slice a;
    int mark = gh_x_pin(ex, st, s);
    bool ok = gh_makeslice(ex->sim, gh_x_type_id(ex, st), n, n, &a);
    if (!ok) gh_x_check(ex);
    gh_String was = *s;
    gh_x_unpin(ex, mark, st, s);
    gh_x_unpin_all(ex, mark);
    for (int64_t i = 0; i < n; i++) {
        if (parts[i].len && was.ptr != s->ptr) parts[i].ptr = parts[i].ptr - was.ptr + s->ptr;   /* s moved */
        else if (!parts[i].len && parts[i].ptr == was.ptr) parts[i].ptr = s->ptr;
        gh_x_store(ex, a.ptr + (uint64_t)i * 16, st, &parts[i]);
    }
    memcpy(out, &a, 24);
}

/* genSplit(s, sep, 0, limit): Split's limit is -1 (every piece), SplitN's its n. */
static void split(gh_Exec *ex, gh_String s, gh_String sep, int64_t limit, void *out)
{
    if (limit == 0) { memset(out, 0, 24); return; }   /* nil */
    char *b = host(ex, s), *p = host(ex, sep);
    int64_t k;   /* the length made */
    if (!sep.len) {   /* explode: one piece a rune, the last one the rest */
        int64_t runes = gh_x_utf8_count((const unsigned char *)b, (size_t)s.len);
        k = limit < 0 || limit > runes ? runes : limit;
    }
    else {
        k = limit < 0 ? count(b, s.len, p, sep.len) + 1 : limit;
        if (k > s.len + 1) k = s.len + 1;
    }
    gh_String *parts = gh_x_alloc(ex, sizeof *parts * (size_t)(k + 1));
    int64_t i = 0, at = 0;
    for (; i < k - 1; i++) {
        int w;
        gh_x_utf8_decode((const unsigned char *)b + at, (size_t)(s.len - at), &w);
        int64_t end = at + w;
        if (sep.len) {
            const char *m = memmem(b + at, (size_t)(s.len - at), p, (size_t)sep.len);
            if (!m) break;
            end = m - b;
        }
        parts[i] = sub(s, at, end);
        at = end + sep.len;
    }
    if (k) parts[i++] = sub(s, at, s.len);
    gh_x_release(ex, b);
    gh_x_release(ex, p);
    string_slice(ex, parts, k, &s, out);
    ((gh_Slice *)out)->len = i;   /* a[:i+1] */
    gh_x_release(ex, parts);
}

static void count_of(gh_Exec *ex, gh_String s, gh_String t, void *out)
{
    char *a = host(ex, s), *b = host(ex, t);
    int64_t r = count(a, s.len, b, t.len);
    gh_x_release(ex, a);
    gh_x_release(ex, b);
    memcpy(out, &r, 8);
}

/* FieldsFunc's spans slice, 16 B a span, when the 33rd, 65th... field is appended: the
 * array append grows to, on the heap (the first 32 are in FieldsFunc's frame). s stays a
 * root while it is made. */
static void grow_spans(gh_Exec *ex, int64_t *cap, gh_String *s)
{
    *cap = gh_growslice_cap(*cap, *cap + 1, 16);
    gh_GoType *st = ex->prog->u.basic[GH_K_STRING];
    int mark = gh_x_pin(ex, st, s);
    gh_mallocgc(ex->sim, (uint64_t)*cap * 16, GH_TYPE_BYTES, true);
    gh_x_unpin(ex, mark, st, s);
    gh_x_unpin_all(ex, mark);
    gh_x_check(ex);
}

static void fields(gh_Exec *ex, gh_String s, void *out)
{
    char *b = host(ex, s);
    const unsigned char *u = (const unsigned char *)b;
    gh_String *parts = gh_x_alloc(ex, sizeof *parts * (size_t)(s.len / 2 + 2));
    int64_t k = 0;
    if (ascii(b, s.len)) {
        for (int64_t i = 0; i < s.len;) {
            while (i < s.len && ascii_space(b[i])) i++;
            int64_t start = i;
            while (i < s.len && !ascii_space(b[i])) i++;
            if (i > start) parts[k++] = sub(s, start, i);
        }
    } else {   /* FieldsFunc(s, unicode.IsSpace) */
        int64_t cap = 32, start = -1, i = 0;
        int64_t was = s.len;
        for (; i < s.len;) {
            int w;
            bool space = gh_x_unicode_is_space(gh_x_utf8_decode(u + i, (size_t)(s.len - i), &w));
            if (space && start >= 0) {
                if (k == cap) grow_spans(ex, &cap, &s);
                parts[k++] = (gh_String){(uint64_t)start, i - start};   /* offsets: s may move */
                start = -1;
            } else if (!space && start < 0) start = i;
            i += w;
        }
        if (start >= 0) {
            if (k == cap) grow_spans(ex, &cap, &s);
            parts[k++] = (gh_String){(uint64_t)start, was - start};
        }
        for (int64_t j = 0; j < k; j++) parts[j] = sub(s, (int64_t)parts[j].ptr, (int64_t)parts[j].ptr + parts[j].len);
    }
    gh_x_release(ex, b);
    string_slice(ex, parts, k, &s, out);
    gh_x_release(ex, parts);
}

/* strings.Builder.Grow(len) on an empty Builder: the one allocation, made before the bytes
 * are written (a result too large fails here, in the simulated heap, as Go's does). */
static gh_Addr reserve(gh_Exec *ex, int64_t len)
{
    if (len < 0) gh_x_panic(ex, "panic: strings.Builder.Grow: negative count");
    if (!len) return 0;
    gh_Addr p = gh_mallocgc(ex->sim, (uint64_t)len, GH_TYPE_BYTES, true);
    gh_x_check(ex);
    return p;
}

/* The Builder's String(): its len bytes b, written at p. */
static gh_String fill(gh_Exec *ex, gh_Addr p, const char *b, int64_t len)
{
    if (!len) return (gh_String){0, 0};
    if (!gh_store(ex->sim, p, b, (uint64_t)len)) gh_x_check(ex);
    return (gh_String){p, len};
}

static void join(gh_Exec *ex, gh_Slice elems, gh_String sep, void *out)
{
    gh_String r = {0, 0};
    if (elems.len == 1) gh_x_load(ex, elems.ptr, &r, 16);
    if (elems.len >= 2) {
        gh_String *h = gh_x_alloc(ex, sizeof *h * (size_t)elems.len);
        gh_x_load(ex, elems.ptr, h, (uint64_t)elems.len * 16);
        int64_t total;
        bool over = __builtin_mul_overflow(sep.len, elems.len - 1, &total);
        for (int64_t i = 0; i < elems.len; i++) over |= __builtin_add_overflow(total, h[i].len, &total);
        if (over) total = -1;   /* Go 1.19's int wraps, and Grow refuses a negative count */
        /* elems and sep stay reachable while Grow allocates (a GC may run there) */
        gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
        int mark = gh_x_pin(ex, up, &elems.ptr), smark = gh_x_pin(ex, up, &sep.ptr);
        gh_Addr p = reserve(ex, total);
        gh_x_unpin(ex, mark, up, &elems.ptr);
        gh_x_unpin(ex, smark, up, &sep.ptr);
        gh_x_unpin_all(ex, mark);
        gh_x_load(ex, elems.ptr, h, (uint64_t)elems.len * 16);   /* as they are now (a stack may have moved) */
        char *b = gh_x_alloc(ex, (size_t)total + 1);
        size_t len = 0;
        for (int64_t i = 0; i < elems.len; i++) {
            if (i) gh_x_host_string(ex, sep, b, (size_t)total + 1, &len);
            gh_x_host_string(ex, h[i], b, (size_t)total + 1, &len);
        }
        r = fill(ex, p, b, (int64_t)len);
        gh_x_release(ex, b);
        gh_x_release(ex, h);
    }
    memcpy(out, &r, 16);
}

static void replace(gh_Exec *ex, gh_String s, gh_String old, gh_String nw, int64_t k, void *out)
{
    char *b = host(ex, s), *o = host(ex, old), *w = host(ex, nw);
    int64_t m = (old.len == nw.len && !memcmp(o, w, (size_t)old.len)) || k == 0 ? 0 : count(b, s.len, o, old.len);
    gh_String r = s;
    if (m) {
        if (k < 0 || m < k) k = m;
        int64_t total = s.len + k * (nw.len - old.len);
        gh_Addr p = reserve(ex, total);   /* before the bytes: the host copies above are all it reads */
        char *d = gh_x_alloc(ex, (size_t)total + 1);
        int64_t len = 0, start = 0;
        for (int64_t i = 0; i < k; i++) {
            int64_t j = start;
            if (!old.len) {   /* before the first rune, then after each */
                int width = 0;
                if (i > 0 && start < s.len) gh_x_utf8_decode((const unsigned char *)b + start, (size_t)(s.len - start), &width);
                j += width;
            } else j = (const char *)memmem(b + start, (size_t)(s.len - start), o, (size_t)old.len) - b;
            memcpy(d + len, b + start, (size_t)(j - start)), len += j - start;
            memcpy(d + len, w, (size_t)nw.len), len += nw.len;
            start = j + old.len;
        }
        memcpy(d + len, b + start, (size_t)(s.len - start)), len += s.len - start;
        r = fill(ex, p, d, len);
        gh_x_release(ex, d);
    }
    gh_x_release(ex, b);
    gh_x_release(ex, o);
    gh_x_release(ex, w);
    memcpy(out, &r, 16);
}

static void to_lower(gh_Exec *ex, const gh_GoNode *n, const gh_GoLibFunc *l, gh_String s, void *out)
{
    char *b = host(ex, s);
    if (!ascii(b, s.len)) non_ascii(ex, n, l);
    bool upper = false;
    for (int64_t i = 0; i < s.len; i++) upper |= b[i] >= 'A' && b[i] <= 'Z';
    gh_String r = s;
    if (upper) {
        for (int64_t i = 0; i < s.len; i++) if (b[i] >= 'A' && b[i] <= 'Z') b[i] = (char)(b[i] + 32);
        r = fill(ex, reserve(ex, s.len), b, s.len);
    }
    gh_x_release(ex, b);
    memcpy(out, &r, 16);
}

static void trim_space(gh_Exec *ex, gh_String s, void *out)
{
    char *b = host(ex, s);
    const unsigned char *u = (const unsigned char *)b;
    int64_t start = 0, stop = s.len;
    for (;;) {   /* from the left: ASCII spaces, then unicode.IsSpace rune by rune */
        int w = 1;
        if (start < s.len && u[start] >= 0x80 ? gh_x_unicode_is_space(gh_x_utf8_decode(u + start, (size_t)(s.len - start), &w))
                                              : start < s.len && ascii_space(b[start])) start += w;
        else break;
    }
    for (;;) {   /* from the right, the same with the last rune */
        int w = 1;
        if (stop > start && u[stop - 1] >= 0x80 ? gh_x_unicode_is_space(gh_x_utf8_decode_last(u + start, (size_t)(stop - start), &w))
                                                : stop > start && ascii_space(b[stop - 1])) stop -= w;
        else break;
    }
    gh_x_release(ex, b);
    gh_String r = sub(s, start, stop);
    memcpy(out, &r, 16);
}

/* Whether rune r is one of cutset's runes (ContainsRune; a bad byte in cutset is U+FFFD,
 * and matches a bad byte in s, as IndexRune's RuneError case does). */
static bool in_cutset(const unsigned char *cut, int64_t n, int32_t r)
{
    for (int64_t i = 0; i < n;) {
        int w;
        if (gh_x_utf8_decode(cut + i, (size_t)(n - i), &w) == r) return true;
        i += w;
    }
    return false;
}

/* Trim, TrimLeft, TrimRight: the runes of cutset off either end; a substring, nothing
 * allocated. Go takes a byte path for a one-byte or ASCII cutset and a rune path otherwise;
 * rune by rune gives the same result for both (a byte outside ASCII is never in an ASCII set). */
static void trim_cutset(gh_Exec *ex, gh_String s, gh_String cutset, bool left, bool right, void *out)
{
    char *b = host(ex, s), *c = host(ex, cutset);
    const unsigned char *u = (const unsigned char *)b, *cu = (const unsigned char *)c;
    int64_t start = 0, stop = s.len;
    if (cutset.len) {
        for (int w = 0; left && start < stop; start += w)
            if (!in_cutset(cu, cutset.len, gh_x_utf8_decode(u + start, (size_t)(stop - start), &w))) break;
        for (int w = 0; right && stop > start; stop -= w)
            if (!in_cutset(cu, cutset.len, gh_x_utf8_decode_last(u + start, (size_t)(stop - start), &w))) break;
    }
    gh_x_release(ex, b);
    gh_x_release(ex, c);
    gh_String r = sub(s, start, stop);
    memcpy(out, &r, 16);
}

static void index_of(gh_Exec *ex, gh_String s, gh_String t, bool last, void *out)
{
    char *a = host(ex, s), *b = host(ex, t);
    const char *p = memmem(a, (size_t)s.len, b, (size_t)t.len);
    int64_t r = !t.len ? 0 : p ? p - a : -1;
    if (last) {
        r = t.len ? -1 : s.len;
        for (int64_t i = s.len - t.len; t.len && i >= 0 && r < 0; i--)
            if (!memcmp(a + i, b, (size_t)t.len)) r = i;
    }
    gh_x_release(ex, a);
    gh_x_release(ex, b);
    memcpy(out, &r, 8);
}

bool gh_x_call_strings(gh_Exec *ex, const gh_GoNode *n, const gh_GoLibFunc *l, uint8_t args[][X_VMAX], void *out)
{
    const char *m = l->name;
    uint8_t sink[24];
    if (!out) out = sink;
    gh_String s, t, u;
    memcpy(&s, args[0], 16);
    memcpy(&t, args[1], 16);
    memcpy(&u, args[2], 16);
    int64_t k;
    memcpy(&k, args[2], 8);
    if (!strcmp(m, "Split")) split(ex, s, t, -1, out);
    else if (!strcmp(m, "SplitN")) split(ex, s, t, k, out);
    else if (!strcmp(m, "Count")) count_of(ex, s, t, out);
    else if (!strcmp(m, "TrimSuffix")) {
        char *a = host(ex, s), *b = host(ex, t);
        gh_String r = t.len <= s.len && !memcmp(a + s.len - t.len, b, (size_t)t.len) ? sub(s, 0, s.len - t.len) : s;
        gh_x_release(ex, a);
        gh_x_release(ex, b);
        memcpy(out, &r, 16);
    }
    else if (!strcmp(m, "Fields")) fields(ex, s, out);
    else if (!strcmp(m, "Join")) {
        gh_Slice e;
        memcpy(&e, args[0], 24);
        memcpy(&t, args[1], 16);
        join(ex, e, t, out);
    } else if (!strcmp(m, "Replace") || !strcmp(m, "ReplaceAll")) {
        int64_t times = -1;
        if (m[7] != 'A') memcpy(&times, args[3], 8);
        replace(ex, s, t, u, times, out);
    } else if (!strcmp(m, "ToLower")) to_lower(ex, n, l, s, out);
    else if (!strcmp(m, "TrimSpace")) trim_space(ex, s, out);
    else if (!strcmp(m, "Trim")) trim_cutset(ex, s, t, true, true, out);
    else if (!strcmp(m, "TrimLeft")) trim_cutset(ex, s, t, true, false, out);
    else if (!strcmp(m, "TrimRight")) trim_cutset(ex, s, t, false, true, out);
    else if (!strcmp(m, "Index") || !strcmp(m, "LastIndex")) index_of(ex, s, t, m[0] == 'L', out);
    else return false;
    return true;
}
