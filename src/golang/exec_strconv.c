/* exec_strconv.c — strconv.Itoa and strconv.Atoi as Go 1.19 runs them.
 *
 * Itoa(i) is FormatInt(int64(i), 10): 0..99 come from the package's constant tables (a digit
 * of "0123…z", two of "00010203…99"), read-only data, so nothing is allocated; any other value
 * is formatted into a stack buffer and copied out with string(a[i:]), one heap string of its
 * length (a 3-digit number is a tiny 3-byte object).
 *
 * Atoi(s): under 19 bytes the fast path takes an optional sign and decimal digits, else
 * ParseInt(s, 10, 0) (which also reports a value out of range). A bad input returns a
 * *strconv.NumError{Func: "Atoi", Num: s, Err: ErrSyntax or ErrRange}, 48 bytes on the heap,
 * holding s itself; an overflow allocates two (ParseUint's, dropped, then ParseInt's), as Go.
 * ErrSyntax and ErrRange are package variables made before main: here read-only errorStrings.
 * Printing one calls (*NumError).Error: "strconv." + Func + ": parsing " + Quote(Num) + ": "
 * + Err.Error(), whose allocations (Quote's buffer, the concatenation) are made as Go's are.
 */
#include "golang/exec_int.h"
#include <stdio.h>
#include <string.h>

static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";
static const char smalls[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                             "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                             "8081828384858687888990919293949596979899";

/* A read-only copy of a package constant, made once per run. */
static gh_Addr rodata(gh_Exec *ex, const void *key, const char *s, int64_t n)
{
    uint64_t *e = gh_xmap_get(&ex->lits, key, true);
    if (!e[0]) e[0] = gh_rodata_string(ex->sim, s, n);
    return e[0];
}

static gh_String heap_string(gh_Exec *ex, const char *s, size_t n)
{
    gh_Addr p = gh_mallocgc(ex->sim, n, GH_TYPE_BYTES, false);
    gh_x_check(ex);
    if (!gh_store(ex->sim, p, s, n)) gh_x_check(ex);
    gh_temp_push(ex->sim, p);
    return (gh_String){p, (int64_t)n};
}

static gh_String itoa(gh_Exec *ex, int64_t v)
{
    if (v >= 0 && v < 10) return (gh_String){rodata(ex, digits36, digits36, 36) + (uint64_t)v, 1};
    if (v >= 10 && v < 100) return (gh_String){rodata(ex, smalls, smalls, 200) + (uint64_t)(2 * v), 2};
    char b[32];
    int n = snprintf(b, sizeof b, "%lld", (long long)v);
    return heap_string(ex, b, (size_t)n);
}

/* The error interface of the package variable ErrSyntax or ErrRange (errors.New at init). */
static void package_error(gh_Exec *ex, const char *text, uint64_t out[2])
{
    gh_String s = {rodata(ex, text, text, (int64_t)strlen(text)), (int64_t)strlen(text)};
    gh_GoType *es = gh_go_library_type(ex->prog, "errors", "errorString");
    out[0] = gh_x_rtype(ex, gh_go_type_ptr(ex->prog->src, es));
    out[1] = rodata(ex, text + 1, (const char *)&s, 16);
}

static gh_Addr num_error(gh_Exec *ex, gh_String fn, gh_String num, const char *which)
{
    gh_GoType *t = gh_go_library_type(ex->prog, "strconv", "NumError");
    int mark = gh_x_pin(ex, ex->prog->u.basic[GH_K_STRING], &num);
    gh_Addr p = gh_newobject(ex->sim, gh_x_type_id(ex, t));
    gh_x_check(ex);
    gh_temp_push(ex->sim, p);
    gh_x_unpin(ex, mark, ex->prog->u.basic[GH_K_STRING], &num);
    gh_x_unpin_all(ex, mark);
    uint8_t v[48];
    uint64_t err[2];
    package_error(ex, which, err);
    memcpy(v, &fn, 16);
    memcpy(v + 16, &num, 16);
    memcpy(v + 32, err, 16);
    gh_x_store(ex, p, t, v);
    return p;
}

static void atoi_result(gh_Exec *ex, int64_t n, gh_Addr nerr, void *out)
{
    uint8_t r[24] = {0};
    memcpy(r, &n, 8);
    if (nerr) {
        uint64_t e[2] = {gh_x_rtype(ex, gh_go_type_ptr(ex->prog->src, gh_go_library_type(ex->prog, "strconv", "NumError"))), nerr};
        memcpy(r + 8, e, 16);
    }
    if (out) memcpy(out, r, 24);
}

static void atoi(gh_Exec *ex, gh_String s, void *out)
{
    static const char syntax[] = "invalid syntax", range[] = "value out of range";
    gh_String fn = {rodata(ex, "Atoi", "Atoi", 4), 4};
    char *b = gh_x_alloc(ex, (size_t)s.len + 1);
    size_t len = 0;
    gh_x_host_string(ex, s, b, (size_t)s.len + 1, &len);
    size_t i = 0;
    bool neg = len && b[0] == '-';
    if (len && (b[0] == '-' || b[0] == '+')) i = 1;
    if (len > 0 && len < 19) {   /* the fast path: fits an int */
        int64_t n = 0;
        bool ok = i < len;
        for (size_t k = i; k < len && ok; k++) {
            ok = b[k] >= '0' && b[k] <= '9';
            n = n * 10 + (b[k] - '0');
        }
        gh_x_release(ex, b);
        if (!ok) { atoi_result(ex, 0, num_error(ex, fn, s, syntax), out); return; }
        atoi_result(ex, neg ? -n : n, 0, out);
        return;
    }
    /* ParseInt(s, 10, 0) through ParseUint(s[i:], 10, 64) */
    bool ok = len > i, over = false;
    uint64_t un = 0;
    for (size_t k = i; k < len && ok && !over; k++) {
        ok = b[k] >= '0' && b[k] <= '9';
        if (!ok) break;
        uint64_t d = (uint64_t)(b[k] - '0');
        if (un >= UINT64_MAX / 10 + 1 || un * 10 + d < un * 10) over = true;
        else un = un * 10 + d;
    }
    gh_x_release(ex, b);
    if (!len || (!ok && !over)) { atoi_result(ex, 0, num_error(ex, fn, s, syntax), out); return; }
    if (over) {   /* ParseUint's own range error, which ParseInt replaces */
        gh_String rest = {s.ptr + i, s.len - (int64_t)i};
        num_error(ex, fn, rest, range);
        un = UINT64_MAX;
    }
    uint64_t cutoff = (uint64_t)1 << 63;
    if (!neg && un >= cutoff) { atoi_result(ex, INT64_MAX, num_error(ex, fn, s, range), out); return; }
    if (neg && un > cutoff) { atoi_result(ex, INT64_MIN, num_error(ex, fn, s, range), out); return; }
    atoi_result(ex, (int64_t)(neg ? 0 - un : un), 0, out);   /* -(1<<63) too, in two's complement */
}

void gh_x_call_strconv(gh_Exec *ex, const gh_GoNode *n, const gh_GoLibFunc *l, const uint8_t *arg, void *out)
{
    if (!strcmp(l->name, "Itoa")) {
        int64_t v;
        memcpy(&v, arg, 8);
        gh_String r = itoa(ex, v);
        if (out) memcpy(out, &r, 16);
    } else if (!strcmp(l->name, "Atoi")) {
        gh_String s;
        memcpy(&s, arg, 16);
        atoi(ex, s, out);
    } else {
        gh_x_unsupported(ex, n->pos, "strconv.%s is not supported by the interpreter", l->name);
    }
}

/* (*NumError).Error() of the NumError at p, with Go's allocations: Quote(Num) builds
 * `"Num"` in make([]byte, 0, 3*len/2) (on the heap: its size is not constant), grown by
 * append when the quotes do not fit; string(buf) stays in a 32-byte stack buffer (it does not
 * escape) unless longer; the five-part concatenation is the one escaping string. */
gh_String gh_x_num_error_text(gh_Exec *ex, gh_GoPos pos, gh_Addr p)
{
    if (!p) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
    gh_String f[2];
    uint64_t err[2];
    gh_x_load(ex, p, f, 32);
    gh_x_load(ex, p + 32, err, 16);
    char *fn = gh_x_alloc(ex, (size_t)f[0].len + 1), *num = gh_x_alloc(ex, (size_t)f[1].len + 1);
    size_t fl = 0, nl = 0;
    gh_x_host_string(ex, f[0], fn, (size_t)f[0].len + 1, &fl);
    gh_x_host_string(ex, f[1], num, (size_t)f[1].len + 1, &nl);
    for (size_t i = 0; i < nl; i++)
        if (num[i] < 0x20 || num[i] > 0x7e || num[i] == '"' || num[i] == '\\')
            gh_x_unsupported(ex, pos, "printing a strconv.NumError whose input needs escaping in Quote is not supported");
    int64_t cap = 3 * (int64_t)nl / 2;
    if (cap > 0) { gh_mallocgc(ex->sim, (uint64_t)cap, GH_TYPE_BYTES, false); gh_x_check(ex); }
    if ((int64_t)nl + 2 > cap) {   /* the appends outgrow it: growslice from the first byte past cap */
        int64_t c = cap, l = cap;
        while (l < (int64_t)nl + 2) {
            c = gh_growslice_cap(c, l + 1, 1);
            gh_mallocgc(ex->sim, (uint64_t)c, GH_TYPE_BYTES, false);
            gh_x_check(ex);
            l = c;
        }
    }
    if (nl + 2 > 32) { gh_mallocgc(ex->sim, nl + 2, GH_TYPE_BYTES, false); gh_x_check(ex); }   /* string(buf) */
    if (!err[0]) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
    gh_String es;
    gh_x_load(ex, err[1], &es, 16);   /* ErrSyntax/ErrRange: an errorString */
    char *e = gh_x_alloc(ex, (size_t)es.len + 1);
    size_t el = 0;
    gh_x_host_string(ex, es, e, (size_t)es.len + 1, &el);
    size_t total = 8 + fl + 10 + nl + 2 + 2 + el;
    char *b = gh_x_alloc(ex, total + 1);
    snprintf(b, total + 1, "strconv.%s: parsing \"%s\": %s", fn, num, e);
    gh_String r = heap_string(ex, b, total);
    gh_x_release(ex, b);
    gh_x_release(ex, e);
    gh_x_release(ex, fn);
    gh_x_release(ex, num);
    return r;
}

/* A *NumError{Func: fn, Num: num, Err: ErrRange or ErrSyntax} for the other strconv files
 * (exec_strconv_float.c), as an error interface value in out. */
void gh_x_strconv_error(gh_Exec *ex, const char *fn, gh_String num, bool range, uint64_t out[2])
{
    static const char syntax[] = "invalid syntax", rangemsg[] = "value out of range";
    gh_String f = {rodata(ex, fn, fn, (int64_t)strlen(fn)), (int64_t)strlen(fn)};
    gh_Addr p = num_error(ex, f, num, range ? rangemsg : syntax);
    out[0] = gh_x_rtype(ex, gh_go_type_ptr(ex->prog->src, gh_go_library_type(ex->prog, "strconv", "NumError")));
    out[1] = p;
}
