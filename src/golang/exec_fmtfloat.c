/* exec_fmtfloat.c — the text of a float: strconv's AppendFloat (which fmt's %v, %e, %f, %g
 * use), fmt's sign and padding rules around it, and the runtime printer's println form.
 *
 * Digits first, then layout, as strconv does it:
 *   - shortest (%v, %g with no precision): the fewest significant digits that read back as
 *     the same float. C's printf rounds correctly, so the n-digit rounding "%.{n-1}e" is the
 *     nearest n-digit decimal; trying n = 1, 2, ... 17 (9 for a float32) and keeping the
 *     first that strtod (strtof) turns back into the value gives the shortest digits, and
 *     among those the closest, which is what Go's Ryū picks;
 *   - a fixed count of digits (%e, %.3g): the correctly rounded "%.{n-1}e", ties to even as
 *     in Go; %f: "%.{prec}f" (Go rounds its exact decimal the same way).
 * The digits, with trailing zeros dropped, and the decimal point's place (dp: the value is
 * 0.d1d2... x 10^dp) are then laid out as strconv's formatDigits does: %e as d.ddde±XX (two
 * exponent digits at least), %f as plain decimals, %g as %e when the exponent is below -4 or
 * at least the precision (6 when shortest: 1e+06 but 100000), else as %f with the digits it has.
 * %x and %b need no decimal digits: they print the float's own bits (ftoa_hex, ftoa_bin).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

enum { MAXDIG = 800 };
typedef struct Digits { char d[MAXDIG]; int nd, dp; } Digits;

/* The digits of |v| rounded to n significant ones (1 <= n <= 767). */
static void fixed_digits(double v, int n, Digits *D)
{
    char t[MAXDIG + 16];
    D->nd = D->dp = 0;
    if (v == 0) return;
    snprintf(t, sizeof t, "%.*e", n - 1, fabs(v));
    const char *p = t;
    for (; *p && *p != 'e'; p++) if (*p >= '0' && *p <= '9') D->d[D->nd++] = *p;
    D->dp = (*p == 'e' ? atoi(p + 1) : 0) + 1;
    while (D->nd > 0 && D->d[D->nd - 1] == '0') D->nd--;
}

static void shortest_digits(double v, int bits, Digits *D)
{
    char t[48];
    D->nd = D->dp = 0;
    if (v == 0) return;
    int n = 1;
    for (; n < (bits == 32 ? 9 : 17); n++) {
        snprintf(t, sizeof t, "%.*e", n - 1, fabs(v));
        if (bits == 32 ? strtof(t, NULL) == (float)fabs(v) : strtod(t, NULL) == fabs(v)) break;
    }
    fixed_digits(v, n, D);
}

typedef struct Buf { char *b; size_t n, cap; } Buf;
static void add(Buf *o, char c) { if (o->n + 1 < o->cap) o->b[o->n++] = c; }

static void layout_e(Buf *o, const Digits *D, int prec, char e)
{
    add(o, D->nd ? D->d[0] : '0');
    if (prec > 0) {
        add(o, '.');
        for (int i = 1; i <= prec; i++) add(o, i < D->nd ? D->d[i] : '0');
    }
    add(o, e);
    int x = D->nd ? D->dp - 1 : 0;
    add(o, x < 0 ? '-' : '+');
    if (x < 0) x = -x;
    if (x >= 100) add(o, (char)('0' + x / 100));
    add(o, (char)('0' + x / 10 % 10));
    add(o, (char)('0' + x % 10));
}

static void layout_f(Buf *o, const Digits *D, int prec)
{
    if (D->dp > 0) for (int i = 0; i < D->dp; i++) add(o, i < D->nd ? D->d[i] : '0');
    else add(o, '0');
    if (prec > 0) {
        add(o, '.');
        for (int i = 0; i < prec; i++) {
            int j = D->dp + i;
            add(o, j >= 0 && j < D->nd ? D->d[j] : '0');
        }
    }
}

/* The fields of a float: its mantissa with the leading 1 made explicit (denormals keep 0
 * there), and exp such that |v| = mant * 2^(exp - mantbits), as strconv's genericFtoa
 * takes them apart. */
static void float_fields(double v, int bits, uint64_t *mant, int *exp, int *mantbits)
{
    int mb = bits == 32 ? 23 : 52, eb = bits == 32 ? 8 : 11, bias = bits == 32 ? -127 : -1023;
    uint64_t b;
    if (bits == 32) { float f = (float)v; uint32_t w; memcpy(&w, &f, 4); b = w; }
    else memcpy(&b, &v, 8);
    int e = (int)(b >> mb) & ((1 << eb) - 1);
    uint64_t m = b & (((uint64_t)1 << mb) - 1);
    if (e == 0) e++;                        /* a denormal: no implicit 1 */
    else m |= (uint64_t)1 << mb;
    *mant = m;
    *exp = e + bias;
    *mantbits = mb;
}

static void add_exp(Buf *o, int x, int min_digits)
{
    char t[8];
    int n = snprintf(t, sizeof t, "%0*d", min_digits, x < 0 ? -x : x);
    add(o, x < 0 ? '-' : '+');
    for (int i = 0; i < n; i++) add(o, t[i]);
}

/* %x / %X: -0x1.hhhp±dd. The mantissa is normalised so its leading 1 sits at bit 60 (zero
 * stays 0x0p+00); with a precision below 15 it is rounded there to prec hex digits, half to
 * even, and a carry out of the leading digit moves the exponent; with none, every digit up
 * to the last non-zero one is printed. */
static void ftoa_hex(Buf *o, double v, int bits, char fmt, int prec)
{
    uint64_t m;
    int e, mb;
    float_fields(v, bits, &m, &e, &mb);
    if (m == 0) e = 0;
    m <<= 60 - mb;
    while (m && !(m & ((uint64_t)1 << 60))) { m <<= 1; e--; }
    if (prec >= 0 && prec < 15) {
        unsigned keep = (unsigned)prec * 4;           /* fraction bits kept below bit 60 */
        uint64_t dropped = (m << keep) & (((uint64_t)1 << 60) - 1);
        m >>= 60 - keep;
        if ((dropped | (m & 1)) > ((uint64_t)1 << 59)) m++;   /* above half, or half and odd */
        m <<= 60 - keep;
        if (m & ((uint64_t)1 << 61)) { m >>= 1; e++; }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (signbit(v)) add(o, '-');
    add(o, '0');
    add(o, fmt);
    add(o, (char)('0' + (int)((m >> 60) & 1)));
    m <<= 4;
    if ((prec < 0 && m) || prec > 0) {
        add(o, '.');
        for (int i = 0; prec < 0 ? m != 0 : i < prec; i++) { add(o, hex[(m >> 60) & 15]); m <<= 4; }
    }
    add(o, fmt == 'X' ? 'P' : 'p');
    add_exp(o, e, 2);
}

/* %b: -ddddp±ddd, the mantissa in decimal and the power of two that scales it. */
static void ftoa_bin(Buf *o, double v, int bits)
{
    uint64_t m;
    int e, mb;
    float_fields(v, bits, &m, &e, &mb);
    char t[24];
    int n = snprintf(t, sizeof t, "%s%llu", signbit(v) ? "-" : "", (unsigned long long)m);
    for (int i = 0; i < n; i++) add(o, t[i]);
    add(o, 'p');
    add_exp(o, e - mb, 1);
}

size_t gh_x_ftoa(double v, int bits, char fmt, int prec, char *buf, size_t cap)
{
    Buf o = {buf, 0, cap};
    if (bits == 32) v = (float)v;   /* first: FormatFloat(1e300, 'g', -1, 32) is +Inf */
    if (isnan(v)) { snprintf(buf, cap, "NaN"); return strlen(buf); }
    if (isinf(v)) { snprintf(buf, cap, v > 0 ? "+Inf" : "-Inf"); return strlen(buf); }
    if (fmt == 'x' || fmt == 'X' || fmt == 'b') {
        if (fmt == 'b') ftoa_bin(&o, v, bits);
        else ftoa_hex(&o, v, bits, fmt, prec);
        o.b[o.n] = 0;
        return o.n;
    }
    if (prec > MAXDIG - 40) prec = MAXDIG - 40;   /* callers refuse larger precisions first */
    if (fmt == 'f' && prec >= 0) {   /* the rounding of the exact value at prec decimals */
        int k = snprintf(buf, cap, "%.*f", prec, v);
        return k < 0 ? 0 : (size_t)k < cap ? (size_t)k : cap - 1;
    }
    Digits D;
    bool shortest = prec < 0;
    if (signbit(v)) add(&o, '-');
    if (shortest) {
        shortest_digits(v, bits, &D);
        prec = fmt == 'e' || fmt == 'E' ? (D.nd > 1 ? D.nd - 1 : 0) : fmt == 'f' ? (D.nd - D.dp > 0 ? D.nd - D.dp : 0) : D.nd;
    } else {
        if (fmt == 'g' || fmt == 'G') { if (prec == 0) prec = 1; }
        fixed_digits(v, fmt == 'e' || fmt == 'E' ? prec + 1 : prec, &D);
    }
    if (fmt == 'e' || fmt == 'E') layout_e(&o, &D, prec, fmt);
    else if (fmt == 'f') layout_f(&o, &D, prec);
    else {   /* %g: %e for large and small exponents, else %f with the digits it has */
        int eprec = prec;
        if (eprec > D.nd && D.nd >= D.dp) eprec = D.nd;
        if (shortest) eprec = 6;
        int x = D.dp - 1;
        if (x < -4 || x >= eprec) {
            if (prec > D.nd) prec = D.nd;
            layout_e(&o, &D, prec - 1, fmt == 'g' ? 'e' : 'E');
        } else {
            if (prec > D.dp) prec = D.nd;
            layout_f(&o, &D, prec - D.dp > 0 ? prec - D.dp : 0);
        }
    }
    o.b[o.n] = 0;
    return o.n;
}

size_t gh_x_fmt_float(double v, int bits, char verb, int prec, bool plus, char *buf, size_t cap, bool *number)
{
    char f = verb == 'v' ? 'g' : verb == 'F' ? 'f' : verb;
    if (prec < 0 && (f == 'e' || f == 'E' || f == 'f')) prec = 6;
    char num[X_FLOAT_TEXT];
    num[0] = '+';
    size_t n = gh_x_ftoa(v, bits, f, prec, num + 1, sizeof num - 1);
    char *s = num;
    if (num[1] == '-' || num[1] == '+') s++, n--;   /* the number's own sign replaces the '+' */
    n++;
    *number = !(s[1] == 'I' || s[1] == 'N');   /* Inf and NaN are never zero-padded */
    if (s[1] == 'N' && !plus) s++, n--;            /* NaN has no sign unless %+ asks; +Inf keeps its */
    else if (*number && s[0] == '+' && !plus) s++, n--;   /* a positive number shows its sign only for %+ */
    if (n >= cap) n = cap - 1;
    memcpy(buf, s, n);
    buf[n] = 0;
    return n;
}

/* The runtime's printfloat (println): 7 significant digits as +d.dddddde±ddd, computed by
 * repeated division and multiplication by 10 in float64 arithmetic, not by correct
 * rounding, so the last digit is the runtime's own (println(0.1) shows +1.000000e-001). */
size_t gh_x_printfloat(double v, char *buf, size_t cap)
{
    if (v != v) return (size_t)snprintf(buf, cap, "NaN");
    if (v + v == v && v != 0) return (size_t)snprintf(buf, cap, v > 0 ? "+Inf" : "-Inf");
    enum { N = 7 };
    char t[N + 8];
    int e = 0;
    t[0] = signbit(v) ? '-' : '+';
    if (v != 0) {
        v = fabs(v);
        while (v >= 10) { e++; v /= 10; }
        while (v < 1) { e--; v *= 10; }
        double half = 5;   /* half a unit in the 7th digit: 5e-7 as the runtime computes it */
        for (int i = 0; i < N; i++) half /= 10;
        v += half;
        if (v >= 10) { e++; v /= 10; }
    }
    for (int i = 0; i < N; i++) {   /* digit i at t[i + 2]; the first then moves before the point */
        int d = (int)v;
        t[i + 2] = (char)('0' + d);
        v = (v - d) * 10;
    }
    t[1] = t[2];
    t[2] = '.';
    t[N + 2] = 'e';
    t[N + 3] = e < 0 ? '-' : '+';
    if (e < 0) e = -e;
    t[N + 4] = (char)('0' + e / 100);
    t[N + 5] = (char)('0' + e / 10 % 10);
    t[N + 6] = (char)('0' + e % 10);
    t[N + 7] = 0;
    return (size_t)snprintf(buf, cap, "%s", t);
}
