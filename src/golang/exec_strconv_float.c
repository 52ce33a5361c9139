/* exec_strconv_float.c — strconv.FormatFloat and strconv.ParseFloat as Go 1.19 runs them.
 *
 * FormatFloat(f, fmt, prec, bitSize) is string(genericFtoa(make([]byte, 0, max(prec+4, 24)),
 * ...)): the buffer is a heap make (its size is not constant), at least 24 bytes, the text is
 * strconv's (exec_fmtfloat.c), and string(b) copies it into its own heap string (one byte: the
 * runtime's static table). So FormatFloat(3.14159, 'f', 2, 64) allocates 24 B and a tiny 4.
 * A text longer than the buffer would be grown by genericFtoa's appends piece by piece; that
 * growth is not modelled, so such a call stops the program with a message.
 *
 * ParseFloat(s, bitSize): Go's syntax, an optional sign then decimal digits with an optional
 * point and exponent, or "inf", "infinity", "nan" in any case; the value correctly rounded
 * (strtod, strtof for bitSize 32); nothing allocated on success. A bad string returns 0 and a
 * *NumError{"ParseFloat", s, ErrSyntax} (48 B); a value beyond the largest float returns ±Inf
 * and ErrRange; one below the smallest rounds to 0 or a denormal without an error, as Go's.
 * Hexadecimal mantissas (0x1p-2) and underscores are not parsed here: the program stops with
 * a message instead of giving an answer that might differ.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

static void format_float(gh_Exec *ex, const gh_GoNode *n, void *out)
{
    uint8_t a[4][16] = {{0}};
    for (int i = 0; i < 4; i++) gh_x_eval(ex, n->list[i], a[i]);
    double f;
    int64_t prec, bits;
    memcpy(&f, a[0], 8);
    char fmt = (char)a[1][0];
    memcpy(&prec, a[2], 8);
    memcpy(&bits, a[3], 8);
    if (!strchr("eEfgGxXb", fmt) || !fmt)
        gh_x_unsupported(ex, n->pos, "strconv.FormatFloat with format '%c' is not supported (b, e, E, f, g, G, x, X are)", fmt ? fmt : '?');
    if (bits != 32 && bits != 64) gh_x_panic(ex, "panic: strconv: illegal AppendFloat/FormatFloat bitSize");
    if (prec > X_FLOAT_MAXPREC) gh_x_unsupported(ex, n->pos, "strconv.FormatFloat with a precision above %d is not supported", X_FLOAT_MAXPREC);
    int64_t cap = prec + 4 > 24 ? prec + 4 : 24;
    char s[X_FLOAT_TEXT];
    size_t len = gh_x_ftoa(f, (int)bits, fmt, (int)prec, s, sizeof s);
    if ((int64_t)len > cap)
        gh_x_unsupported(ex, n->pos, "strconv.FormatFloat of a text longer than its %lld-byte buffer (%zu bytes) is not supported", (long long)cap, len);
    gh_Slice b;
    if (!gh_makeslice(ex->sim, GH_TYPE_BYTES, 0, cap, &b)) gh_x_check(ex);
    if (len && !gh_store(ex->sim, b.ptr, s, len)) gh_x_check(ex);
    gh_temp_push(ex->sim, b.ptr);
    gh_String r;
    if (!gh_slicebytetostring(ex->sim, 0, b.ptr, (int64_t)len, &r)) gh_x_check(ex);
    if (r.ptr) gh_temp_push(ex->sim, r.ptr);
    memcpy(out, &r, 16);
}

/* Go's float syntax (no hexadecimal, no underscores: *odd set for those). */
static bool well_formed(const char *s, size_t n, bool *odd)
{
    size_t i = 0, digits = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    const char *w = s + i;
    size_t m = n - i;
    if ((m == 3 && !strncasecmp(w, "inf", 3)) || (m == 8 && !strncasecmp(w, "infinity", 8)) ||
        (m == 3 && !strncasecmp(w, "nan", 3)))
        return true;
    for (size_t k = i; k < n; k++)
        if (s[k] == '_' || s[k] == 'x' || s[k] == 'X' || s[k] == 'p' || s[k] == 'P') *odd = true;
    while (i < n && isdigit((unsigned char)s[i])) i++, digits++;
    if (i < n && s[i] == '.') for (i++; i < n && isdigit((unsigned char)s[i]); i++) digits++;
    if (!digits) return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        size_t e = i;
        while (i < n && isdigit((unsigned char)s[i])) i++;
        if (i == e) return false;
    }
    return i == n;
}

static void parse_float(gh_Exec *ex, const gh_GoNode *n, void *out)
{
    gh_String s;
    uint8_t b[16] = {0};
    gh_x_eval(ex, n->list[0], &s);
    int mark = gh_x_pin(ex, ex->prog->u.basic[GH_K_STRING], &s);
    gh_x_eval(ex, n->list[1], b);
    gh_x_unpin(ex, mark, ex->prog->u.basic[GH_K_STRING], &s);
    gh_x_unpin_all(ex, mark);
    int64_t bits;
    memcpy(&bits, b, 8);
    char *t = gh_x_alloc(ex, (size_t)s.len + 1);
    size_t len = 0;
    gh_x_host_string(ex, s, t, (size_t)s.len + 1, &len);
    t[len] = 0;
    bool odd = false, ok = strlen(t) == len && well_formed(t, len, &odd);
    if (odd && ok) gh_x_unsupported(ex, n->pos, "strconv.ParseFloat of %s (hexadecimal or with underscores) is not supported", t);
    uint8_t r[24] = {0};
    double v = 0;
    bool range = false;
    if (ok) {
        errno = 0;
        if (bits == 32) v = strtof(t, NULL);
        else v = strtod(t, NULL);
        range = isinf(v) && !strpbrk(t, "iI");   /* beyond the largest float: ±Inf and ErrRange */
        if (isnan(v)) {   /* Go's NaN, whatever the sign written */
            uint64_t nan = 0x7FF8000000000001ULL;
            memcpy(&v, &nan, 8);
        }
    }
    gh_x_release(ex, t);
    memcpy(r, &v, 8);
    if (!ok || range) {
        uint64_t e[2];
        gh_x_strconv_error(ex, "ParseFloat", s, range, e);
        memcpy(r + 8, e, 16);
    }
    if (out) memcpy(out, r, 24);
}

bool gh_x_strconv_float(gh_Exec *ex, const gh_GoNode *n, void *out)
{
    const gh_GoLibFunc *l = n->lib;
    if (strcmp(l->pkg, "strconv")) return false;
    uint8_t ignored[24];
    if (!strcmp(l->name, "FormatFloat")) { format_float(ex, n, out ? out : ignored); return true; }
    if (!strcmp(l->name, "ParseFloat")) { parse_float(ex, n, out ? out : ignored); return true; }
    return false;
}
