/* exec_rterror.c — the values runtime panics carry, as Go 1.19's runtime makes them
 * (runtime/error.go, panic.go), so recover() returns what Go's returns and fmt prints it:
 *   - an index or slice out of range: panicIndex/panicSlice* box a runtime.boundsError
 *     {x int64; y int; signed bool; code uint8}: a 24-byte heap object each time;
 *   - integer divide by zero, a nil dereference, a negative shift amount, makeslice's and
 *     others' errors: a runtime.errorString made once at init (divideError, memoryError,
 *     shiftError) or a constant: read-only data, no allocation;
 *   - assignment to entry in nil map: a runtime.plainError constant, no allocation;
 *   - a failed type assertion: a *runtime.TypeAssertionError (40 bytes, the 48-byte class).
 * Error() formats the text when it is called: errorString's is "runtime error: " + s and
 * boundsError's string(b) of its formatted bytes (one allocation each, as concatstrings and
 * slicebytetostring make it); plainError's is its own string. gohotel keeps the assertion's
 * text in the missingMethod field (read-only data) where Go keeps the three types and builds
 * the text in Error().
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "golang/exec_int.h"

/* boundsErrorFmt and boundsNegErrorFmt of runtime/error.go, by code; %x and %y the fields */
static const char *const bounds_fmt[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %x to pointer to array with length %y",
};
static const char *const bounds_neg_fmt[] = {
    "index out of range [%x]", "slice bounds out of range [:%x]", "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]", "slice bounds out of range [::%x]", "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]", "slice bounds out of range [%x::]", NULL,
};
enum { NCODES = (int)(sizeof bounds_fmt / sizeof bounds_fmt[0]) };

typedef struct Bounds { int64_t x; int64_t y; uint8_t signd, code; } Bounds;

/* Whether text is fmt with %x and %y read as integers (a '-' makes x signed). */
static bool match(const char *fmt, const char *text, Bounds *b)
{
    while (*fmt) {
        if (fmt[0] == '%' && (fmt[1] == 'x' || fmt[1] == 'y')) {
            bool neg = *text == '-';
            if (neg) text++;
            if (*text < '0' || *text > '9') return false;
            uint64_t v = 0;
            while (*text >= '0' && *text <= '9') v = v * 10 + (uint64_t)(*text++ - '0');
            int64_t sv = neg ? (int64_t)(0 - v) : (int64_t)v;
            if (fmt[1] == 'x') { b->x = sv; b->signd = neg; } else b->y = sv;
            fmt += 2;
            continue;
        }
        if (*fmt++ != *text++) return false;
    }
    return *text == 0;
}

static bool parse_bounds(const char *msg, Bounds *b)
{
    for (int c = 0; c < NCODES; c++) {
        memset(b, 0, sizeof *b);
        b->code = (uint8_t)c;
        if (match(bounds_fmt[c], msg, b) || (bounds_neg_fmt[c] && match(bounds_neg_fmt[c], msg, b))) return true;
    }
    return false;
}

static size_t format_bounds(const Bounds *b, char *out, size_t cap)
{
    const char *f = b->signd && b->x < 0 && bounds_neg_fmt[b->code] ? bounds_neg_fmt[b->code] : bounds_fmt[b->code];
    size_t n = (size_t)snprintf(out, cap, "runtime error: ");
    for (; *f && n + 24 < cap; f++) {
        if (f[0] == '%' && (f[1] == 'x' || f[1] == 'y')) {
            if (f[1] == 'x' && b->signd) n += (size_t)snprintf(out + n, cap - n, "%" PRId64, b->x);
            else if (f[1] == 'x') n += (size_t)snprintf(out + n, cap - n, "%" PRIu64, (uint64_t)b->x);
            else n += (size_t)snprintf(out + n, cap - n, "%" PRId64, b->y);
            f++;
            continue;
        }
        out[n++] = *f;
    }
    out[n] = 0;
    return n;
}

static gh_GoType *rt_type(gh_Exec *ex, const char *name) { return gh_go_library_type(ex->prog, "runtime", name); }

/* A read-only string header for s (the boxed value of an errorString or plainError). */
static gh_Addr rodata_header(gh_Exec *ex, const char *s)
{
    gh_String str;
    if (!gh_string_literal(ex->sim, s, (int64_t)strlen(s), &str)) gh_x_check(ex);
    gh_Addr h = gh_rodata_string(ex->sim, (const char *)&str, 16);
    gh_x_check(ex);
    return h;
}

void gh_x_runtime_error(gh_Exec *ex, const char *msg, uint64_t out[2])
{
    static const char rt[] = "runtime error: ";
    Bounds b;
    if (!strncmp(msg, rt, sizeof rt - 1) && parse_bounds(msg + sizeof rt - 1, &b)) {
        gh_GoType *t = rt_type(ex, "boundsError");
        gh_Addr p = gh_mallocgc(ex->sim, 24, gh_x_type_id(ex, t), true);
        gh_x_check(ex);
        uint8_t v[24] = {0};
        memcpy(v, &b.x, 8);
        memcpy(v + 8, &b.y, 8);
        v[16] = b.signd;
        v[17] = b.code;
        gh_store(ex->sim, p, v, 24);
        out[0] = gh_x_rtype(ex, t);
        out[1] = p;
        return;
    }
    if (!strncmp(msg, "interface conversion: ", 22)) {
        gh_GoType *t = rt_type(ex, "TypeAssertionError");
        gh_Addr p = gh_mallocgc(ex->sim, 40, gh_x_type_id(ex, t), true);
        gh_x_check(ex);
        gh_String s;
        if (!gh_string_literal(ex->sim, msg, (int64_t)strlen(msg), &s)) gh_x_check(ex);
        gh_store(ex->sim, p + 24, &s.len, 8);   /* the pointer word through the barrier */
        if (!gh_store_ptr(ex->sim, p + 24, s.ptr)) gh_x_check(ex);
        gh_store(ex->sim, p + 32, &s.len, 8);
        out[0] = gh_x_rtype(ex, gh_go_type_ptr(ex->prog->src, t));
        out[1] = p;
        return;
    }
    bool plain = strncmp(msg, rt, sizeof rt - 1) != 0;
    out[0] = gh_x_rtype(ex, rt_type(ex, plain ? "plainError" : "errorString"));
    out[1] = rodata_header(ex, plain ? msg : msg + sizeof rt - 1);
}

/* Error() of a runtime error value (dynamic type t, the value's bytes v): its text in buf;
 * *alloc: Go's Error() allocates the string. False if t is not one. */
static bool error_text(gh_Exec *ex, gh_GoType *t, const uint8_t *v, char *buf, size_t cap, bool *alloc)
{
    gh_GoType *base = t->kind != GH_K_NAMED && gh_go_under(t)->kind == GH_K_POINTER ? gh_go_under(t)->elem : t;
    if (!base || base->kind != GH_K_NAMED || base->lib_id < 0 || strncmp(base->name, "runtime.", 8)) return false;
    const char *n = base->name + 8;
    bool ptr = base != t;
    *alloc = true;
    if (!strcmp(n, "boundsError") && !ptr) {
        Bounds b;
        memcpy(&b.x, v, 8);
        memcpy(&b.y, v + 8, 8);
        b.signd = v[16];
        b.code = v[17] < NCODES ? v[17] : 0;
        format_bounds(&b, buf, cap);
        return true;
    }
    gh_String s = {0, 0};
    if ((!strcmp(n, "errorString") || !strcmp(n, "plainError")) && !ptr) {
        memcpy(&s, v, 16);
    } else if (!strcmp(n, "TypeAssertionError") && ptr) {
        uint64_t p;
        memcpy(&p, v, 8);
        gh_x_load(ex, p + 24, &s, 16);
    } else {
        return false;
    }
    size_t len = 0;
    size_t pre = !strcmp(n, "errorString") ? (size_t)snprintf(buf, cap, "runtime error: ") : 0;
    gh_x_host_string(ex, s, buf + pre, cap - pre - 1, &len);
    buf[pre + len] = 0;
    *alloc = strcmp(n, "plainError") != 0;
    return true;
}

bool gh_x_runtime_error_string(gh_Exec *ex, gh_GoType *t, const uint8_t *v, gh_String *out)
{
    char buf[512];
    bool alloc;
    if (!error_text(ex, t, v, buf, sizeof buf, &alloc)) return false;
    int64_t n = (int64_t)strlen(buf);
    if (!alloc) { memcpy(out, v, 16); return true; }
    gh_Addr p = n ? gh_mallocgc(ex->sim, (uint64_t)n, GH_TYPE_BYTES, false) : 0;
    gh_x_check(ex);
    if (n) gh_store(ex->sim, p, buf, (uint64_t)n);
    *out = (gh_String){p, n};
    return true;
}
