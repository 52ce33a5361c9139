/* exec_fmt.c — printing: fmt's %v spelling of values read from simulated memory
 * ({1 2}, [a b], &{...}, <nil>, String()/Error() methods), a small Printf (%v %d %s %q
 * %x %c %t %T %p with width and '-'/'0' flags), and the println built-in (to stderr).
 *
 * Output goes to an XOut, which has no size limit. When the XOut belongs to fmt's printer
 * (exec_printer.c) each write is one append to pp.buf, so the buffer grows in the steps
 * Go's does: Println("first") appends 5 bytes (growslice to cap 8) then '\n' (fits). Each
 * write first tells the heap profile which piece it is (exec_pprof_lib.h), so pp.buf's
 * growth is shown under the fmt function Go would be growing it from.
 *
 * What fmt's reflection allocates: an operand that is not a basic type is printed by
 * printValue, which at depth > 0 calls value.Interface() to look for String/Error methods.
 * Interface() copies the value to the heap (reflect's packEface) when the value is
 * addressable (reached through a slice element or a pointer) and not pointer-shaped; values
 * that cannot be interfaced (reached through an unexported field) are neither copied nor
 * asked for methods. So Println([]int{1, 2, 3}) boxes the slice (24 B) and copies each
 * element (8 tiny bytes each); Println(&T{1, 2}) copies the T once; Println(T{1, 2}) with
 * unexported fields copies nothing beyond the boxing of T.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"
#include "golang/exec_pprof_lib.h"

enum { F_ADDR = 1, F_RO = 2, F_NOMETH = 4, F_PLUSV = 8,   /* reflect's flagAddr and flagRO along the path to a value;
                                               * F_NOMETH: p.erroring (a bad verb's operand: no Error/String);
                                               * F_PLUSV: %+v, struct fields named (p.fmt.plusV) */
       F_SHARPV = XFMT_SHARPV,                 /* %#v: Go syntax (p.fmt.sharpV) */
       F_PLUS = 32,                            /* the '+' flag of a verb other than v: a sign on numbers */
       F_VERB = 0xff00 };                      /* the operand's verb (bits 8-15; 0 for v): printValue
                                               * applies it to every element, key and field */
enum { F_KEEP = F_RO | F_NOMETH | F_PLUSV | F_SHARPV | F_PLUS | F_VERB };   /* what a value's elements inherit besides flagAddr */
#define VERB(fl) ((char)((fl) >> 8 & 0xff) ? (char)((fl) >> 8 & 0xff) : 'v')

void gh_x_out_init(gh_Exec *ex, XOut *o)
{
    memset(o, 0, sizeof *o);
    o->cap = 256;
    o->b = gh_x_alloc(ex, o->cap);
}

void gh_x_out_free(gh_Exec *ex, XOut *o)
{
    gh_x_release(ex, o->b);
    o->b = NULL;
}

/* One append: the host copy grows by doubling; a printer's pp.buf by growslice's rule. */
void gh_x_put(gh_Exec *ex, XOut *o, const char *s, size_t n)
{
    if (!n) return;
    if (o->len + n + 1 > o->cap) {
        size_t nc = o->cap * 2 > o->len + n + 1 ? o->cap * 2 : o->len + n + 1;
        char *nb = gh_x_alloc(ex, nc);
        memcpy(nb, o->b, o->len);
        gh_x_release(ex, o->b);
        o->b = nb;
        o->cap = nc;
    }
    if (o->pp && (int64_t)(o->len + n) > o->vcap) {
        gh_Addr p;
        gh_x_load(ex, o->pp, &p, 8);
        gh_Slice nw;
        bool grown;
        X_BY(ex, "fmt's output buffer (pp.buf)", grown = gh_growslice(ex->sim, GH_TYPE_BYTES, (gh_Slice){p, (int64_t)o->len, o->vcap}, (int64_t)(o->len + n), &nw));
        if (!grown) gh_x_check(ex);
        if (!gh_store_ptr(ex->sim, o->pp, nw.ptr) || !gh_store(ex->sim, o->pp + 16, &nw.cap, 8)) gh_x_check(ex);
        o->vcap = nw.cap;
    }
    memcpy(o->b + o->len, s, n);
    o->len += n;
    o->b[o->len] = 0;
}

static void puts_(gh_Exec *ex, XOut *o, const char *s) { gh_x_put(ex, o, s, strlen(s)); }

/* fmt's writePadding: n pad bytes. When pp.buf has no room it is not grown by append but
 * replaced by make(buffer, cap*2+n) (format.go:73): that exact capacity, so a later write
 * grows from it (Printf("%12s\n", "x"): 16 B for the padding's 11 bytes, then 24 B). */
static void put_padding(gh_Exec *ex, XOut *o, char c, size_t n)
{
    if (!n) return;
    if (o->pp && (int64_t)(o->len + n) > o->vcap) {
        gh_Slice nw;
        int64_t cap = o->vcap * 2 + (int64_t)n;
        bool made;
        X_BY(ex, "fmt's output buffer (pp.buf)", made = gh_makeslice(ex->sim, GH_TYPE_BYTES, cap, cap, &nw));
        if (!made) gh_x_check(ex);
        if (o->len && !gh_store(ex->sim, nw.ptr, o->b, (uint64_t)o->len)) gh_x_check(ex);
        if (!gh_store_ptr(ex->sim, o->pp, nw.ptr) || !gh_store(ex->sim, o->pp + 16, &cap, 8)) gh_x_check(ex);
        o->vcap = cap;
    }
    char pad[64];
    memset(pad, c, sizeof pad);
    for (size_t k = 0; k < n; k += sizeof pad) {
        size_t m = n - k < sizeof pad ? n - k : sizeof pad;
        int64_t vcap = o->vcap;
        o->vcap = INT64_MAX;   /* the room was made above: the host copy only */
        gh_x_put(ex, o, pad, m);
        o->vcap = vcap;
    }
}

static void putf(gh_Exec *ex, XOut *o, const char *fmt, unsigned long long v)
{
    char t[40];
    int n = snprintf(t, sizeof t, fmt, v);
    gh_x_put(ex, o, t, (size_t)n);
}

/* A basic value's text (an integer's digits, a string, true, <nil>, 0x...), padded to the
 * operand's width as fmt.pad and padString do: the padding is its own write, before the
 * value or, with '-', after it; an integer's '0' padding goes between its sign and its
 * digits, one write (fmtInteger makes it part of the number). Widths count runes. */
static void put_value(gh_Exec *ex, XOut *o, const char *s, size_t n, bool digits)
{
    size_t runes = 0;
    for (size_t i = 0; i < n; i++) runes += ((unsigned char)s[i] & 0xc0) != 0x80;
    size_t pad = o->wid > 0 && (size_t)o->wid > runes ? (size_t)o->wid - runes : 0;
    if (!pad) {   /* a width the value fills: still fmt.pad's (or padString's) padded branch */
        gh_x_fmt_pad(ex, o->wid > 0 ? (o->minus ? 'r' : 'l') : 0);
        gh_x_put(ex, o, s, n);
        gh_x_fmt_pad(ex, 0);
        return;
    }
    if (digits && o->zero) {
        size_t sign = n && (s[0] == '-' || s[0] == '+');
        char *t = gh_x_alloc(ex, n + pad);
        memcpy(t, s, sign);
        memset(t + sign, '0', pad);
        memcpy(t + sign + pad, s + sign, n - sign);
        gh_x_fmt_pad(ex, 'Z');
        gh_x_put(ex, o, t, n + pad);
        gh_x_release(ex, t);
    } else if (!o->minus) {
        gh_x_fmt_pad(ex, 'L');
        put_padding(ex, o, o->zero ? '0' : ' ', pad);
        gh_x_fmt_pad(ex, 'l');
        gh_x_put(ex, o, s, n);
    } else {
        gh_x_fmt_pad(ex, 'r');
        gh_x_put(ex, o, s, n);
        gh_x_fmt_pad(ex, 'R');
        put_padding(ex, o, ' ', pad);
    }
    gh_x_fmt_pad(ex, 0);
}

static void putf_value(gh_Exec *ex, XOut *o, const char *fmt, unsigned long long v)
{
    char t[40];
    int n = snprintf(t, sizeof t, fmt, v);
    put_value(ex, o, t, (size_t)n, true);
}

/* fmt's fmtFloat of the float v (of type t) for verb (exec_fmtfloat.c), padded as a number. */
static void put_float(gh_Exec *ex, XOut *o, gh_GoType *t, const void *v, char verb, bool plus)
{
    char s[X_FLOAT_TEXT];
    bool number;
    double d = gh_x_float(t, v);   /* Inf and NaN print as words at any precision */
    if (o->prec - 1 > X_FLOAT_MAXPREC && isfinite(d))
        gh_x_panic(ex, "gohotel: a float's precision above %d is not supported", X_FLOAT_MAXPREC);
    size_t k = gh_x_fmt_float(d, gh_x_size(t) == 4 ? 32 : 64, verb, o->prec - 1, plus, s, sizeof s, &number);
    bool zero = o->zero;
    o->zero &= number;   /* Inf and NaN are padded with spaces */
    put_value(ex, o, s, k, number);
    o->zero = zero;
}

/* fmtInteger's digits go in f.intbuf, 68 bytes; with a width or precision it needs
 * 3 + wid + prec of them and makes a bigger buffer when that is more (format.go:205-208:
 * "We're going to need a bigger boat"), garbage as soon as the number is written. */
static void int_boat(gh_Exec *ex, XOut *o)
{
    int64_t need = 3 + (int64_t)o->wid + (o->prec > 0 ? o->prec - 1 : 0);
    if ((o->wid <= 0 && o->prec <= 0) || need <= 68) return;
    gh_Slice boat;
    bool made;
    gh_x_fmt_pad(ex, 'D');
    X_BY(ex, GH_X_BY_FMT_DIGITS, made = gh_makeslice(ex->sim, GH_TYPE_BYTES, need, need, &boat));
    gh_x_fmt_pad(ex, 0);
    if (!made) gh_x_check(ex);
}

static void put_int(gh_Exec *ex, XOut *o, gh_GoType *t, int64_t x)
{
    char s[32];
    int_boat(ex, o);
    int k = gh_x_is_signed(t) ? snprintf(s, sizeof s, "%lld", (long long)x) : snprintf(s, sizeof s, "%llu", (unsigned long long)x);
    put_value(ex, o, s, (size_t)k, true);
}

void gh_x_host_string(gh_Exec *ex, gh_String s, char *buf, size_t cap, size_t *len)
{
    int64_t n = s.len;
    if ((uint64_t)n + *len + 1 > cap) n = (int64_t)(cap - *len - 1);
    if (n > 0) gh_x_load(ex, s.ptr, buf + *len, (uint64_t)n);
    *len += (size_t)(n > 0 ? n : 0);
    if (*len < cap) buf[*len] = 0;
}

/* The bytes of s as one write (fmtS: padString writes the whole string at once). */
static void put_string(gh_Exec *ex, XOut *o, gh_String s)
{
    if (s.len <= 0) { put_value(ex, o, "", 0, false); return; }
    char *t = gh_x_alloc(ex, (size_t)s.len);
    gh_x_load(ex, s.ptr, t, (uint64_t)s.len);
    put_value(ex, o, t, (size_t)s.len, false);
    gh_x_release(ex, t);
}

static void put_rune(gh_Exec *ex, XOut *o, int32_t r)
{
    char b[4];
    int n;
    if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
    if (r < 0x80) { b[0] = (char)r; n = 1; }
    else if (r < 0x800) { b[0] = (char)(0xc0 | r >> 6); b[1] = (char)(0x80 | (r & 0x3f)); n = 2; }
    else if (r < 0x10000) { b[0] = (char)(0xe0 | r >> 12); b[1] = (char)(0x80 | (r >> 6 & 0x3f)); b[2] = (char)(0x80 | (r & 0x3f)); n = 3; }
    else { b[0] = (char)(0xf0 | r >> 18); b[1] = (char)(0x80 | (r >> 12 & 0x3f)); b[2] = (char)(0x80 | (r >> 6 & 0x3f)); b[3] = (char)(0x80 | (r & 0x3f)); n = 4; }
    gh_x_put(ex, o, b, (size_t)n);
}

/* strconv's appendEscapedRune: the quote and backslash escaped, printable runes as they
 * are, the C escapes for \a\b\f\n\r\t\v, \xHH below space and for DEL, else \uHHHH or
 * \UHHHHHHHH. (A byte that is not UTF-8 is written \xHH by the caller.) */
static void quote_rune(gh_Exec *ex, XOut *o, int32_t r, char q)
{
    static const char esc[] = "\aa\bb\ff\nn\rr\tt\vv";
    if (r == q || r == '\\') { char b[2] = {'\\', (char)r}; gh_x_put(ex, o, b, 2); return; }
    if (gh_x_isprint(r)) { put_rune(ex, o, r); return; }
    for (int i = 0; esc[i]; i += 2)
        if (r == esc[i]) { char b[2] = {'\\', esc[i + 1]}; gh_x_put(ex, o, b, 2); return; }
    if (r < ' ' || r == 0x7f) putf(ex, o, "\\x%02llx", (unsigned long long)r);
    else if (r < 0x10000) putf(ex, o, "\\u%04llx", (unsigned long long)r);
    else putf(ex, o, "\\U%08llx", (unsigned long long)r);
}

/* strconv.Quote, built in a host buffer first: fmtQ pads the quoted string as one write. */
void gh_x_quote(gh_Exec *ex, XOut *o, const char *s, size_t n)
{
    XOut q;
    gh_x_out_init(ex, &q);
    gh_x_put(ex, &q, "\"", 1);
    for (size_t i = 0; i < n;) {
        int w;
        int32_t r = gh_x_utf8_decode((const unsigned char *)s + i, n - i, &w);
        if (w == 1 && r == 0xfffd) putf(ex, &q, "\\x%02llx", (unsigned char)s[i]);
        else quote_rune(ex, &q, r, '"');
        i += (size_t)w;
    }
    gh_x_put(ex, &q, "\"", 1);
    put_value(ex, o, q.b, q.len, false);
    gh_x_out_free(ex, &q);
}

static void format_iface(gh_Exec *ex, const uint64_t e[2], XOut *o, int depth, unsigned fl);

/* Whether t (or *t's element) declares a method of that name. */
static bool has_method(gh_GoType *t, const char *name)
{
    gh_GoType *base = gh_go_under(t)->kind == GH_K_POINTER ? gh_go_under(t)->elem : t;
    for (int i = 0; base && base->kind == GH_K_NAMED && i < base->nmethods; i++)
        if (!strcmp(base->methods[i]->decl->name, name)) return true;
    return false;
}

/* fmtString by verb (s, v, q, x, X; %#v quotes): false for a verb strings do not take */
static bool string_verb(gh_Exec *ex, XOut *o, const char *raw, size_t n, char vb, unsigned fl)
{
    if (vb == 's' || (vb == 'v' && !(fl & F_SHARPV))) { put_value(ex, o, raw, n, false); return true; }
    if (vb == 'q' || vb == 'v') { gh_x_quote(ex, o, raw, n); return true; }
    if (vb != 'x' && vb != 'X') return false;
    /* fmtSbx (format.go:380): padding by writePadding, and the hex digits appended straight
     * to pp.buf two at a time, append(buf, digits[c>>4], digits[c&0xF]), so pp.buf grows by
     * growslice's rule as the digits reach its capacity (8, 16, 32 ... B), not once */
    const char *dig = vb == 'x' ? "0123456789abcdef" : "0123456789ABCDEF";
    size_t pad = o->wid > 0 && (size_t)o->wid > 2 * n ? (size_t)o->wid - 2 * n : 0;
    if (pad && (!o->minus || !n)) {
        gh_x_fmt_pad(ex, n ? 'L' : 'E');
        put_padding(ex, o, o->zero ? '0' : ' ', pad);
    }
    gh_x_fmt_pad(ex, 'X');
    for (size_t i = 0; i < n; i++) {
        char h[2] = {dig[(unsigned char)raw[i] >> 4], dig[(unsigned char)raw[i] & 15]};
        gh_x_put(ex, o, h, 2);
    }
    if (pad && o->minus && n) {
        gh_x_fmt_pad(ex, 'R');
        put_padding(ex, o, ' ', pad);
    }
    gh_x_fmt_pad(ex, 0);
    return true;
}

static bool put_string_verb(gh_Exec *ex, XOut *o, gh_String s, char vb, unsigned fl)
{
    char *raw = gh_x_alloc(ex, (size_t)(s.len > 0 ? s.len : 0) + 1);
    if (s.len > 0) gh_x_load(ex, s.ptr, raw, (uint64_t)s.len);
    bool ok = string_verb(ex, o, raw, (size_t)(s.len > 0 ? s.len : 0), vb, fl);
    gh_x_release(ex, raw);
    return ok;
}

/* fmtInteger by verb (v d x X o b; c q U for runes): the sign, then the digits, one padded
 * write; %#v of an unsigned integer is 0x hex (fmt0x64). False for a verb integers do not take. */
static bool int_verb(gh_Exec *ex, XOut *o, gh_GoType *t, int64_t x, char vb, unsigned fl)
{
    bool sgn = gh_x_is_signed(t), neg = sgn && x < 0;
    uint64_t m = neg ? 0 - (uint64_t)x : (uint64_t)x;
    unsigned base = 10;
    const char *pre = "", *dig = "0123456789abcdefx";
    switch (vb) {
    case 'v': if ((fl & F_SHARPV) && !sgn) base = 16, pre = "0x"; break;
    case 'd': break;
    case 'x': base = 16; break;
    case 'X': base = 16; dig = "0123456789ABCDEFX"; break;
    case 'o': base = 8; break;
    case 'b': base = 2; break;
    case 'c': case 'q': case 'U': {
        XOut q;   /* fmtC, fmtQc (strconv.QuoteRune), fmtUnicode: the rune's text, padded */
        gh_x_out_init(ex, &q);
        int32_t r = m > 0x10ffff || neg || (m >= 0xd800 && m <= 0xdfff) ? 0xfffd : (int32_t)m;
        if (vb == 'c') put_rune(ex, &q, r);
        else if (vb == 'q') gh_x_put(ex, &q, "'", 1), quote_rune(ex, &q, r, '\''), gh_x_put(ex, &q, "'", 1);
        else putf(ex, &q, "U+%04llX", (unsigned long long)(neg ? (uint64_t)x : m));
        put_value(ex, o, q.b, q.len, false);
        gh_x_out_free(ex, &q);
        return true;
    }
    default: return false;
    }
    int_boat(ex, o);
    char d[72], s[80];
    int k = 0, n = 0;
    do { d[k++] = dig[m % base]; m /= base; } while (m);
    if (neg) s[n++] = '-';
    else if (fl & F_PLUS) s[n++] = '+';
    for (; *pre; pre++) s[n++] = *pre;
    while (k) s[n++] = d[--k];
    put_value(ex, o, s, (size_t)n, true);
    return true;
}

static void format_value(gh_Exec *ex, gh_GoType *t, const void *v, XOut *o, int depth, unsigned fl);

/* One write of an error text Go's fmt makes at `line` of badVerb (print.go:363-378). */
static void bad_put(gh_Exec *ex, XOut *o, int line, const char *s, size_t n)
{
    gh_x_fmt_error(ex, XP_BADVERB, line);
    gh_x_put(ex, o, s, n);
}

/* badVerb at a value printValue reached: %!d(string=a), the value printed as %v without
 * methods (p.erroring) and with the operand's width */
static void bad_verb(gh_Exec *ex, gh_GoType *t, const void *v, XOut *o, int depth, unsigned fl)
{
    char vb = VERB(fl);
    bool arg = gh_x_fmt_via_print_arg(t, depth); /* p.arg's branch (368-370), else p.value's (372-374) */
    gh_x_fmt_piece(ex, XP_OTHER, depth, t);
    bad_put(ex, o, 363, "%!", 2);
    bad_put(ex, o, 364, &vb, 1);
    bad_put(ex, o, 365, "(", 1);
    gh_x_fmt_error(ex, XP_BADVERB, arg ? 368 : 372);
    gh_x_fmt_type_string(ex, o, t);
    bad_put(ex, o, arg ? 369 : 373, "=", 1);
    if (arg) gh_x_fmt_in_bad(ex, true);
    format_value(ex, t, v, o, 0, F_NOMETH | (fl & F_PLUS));
    if (arg) gh_x_fmt_in_bad(ex, false);
    gh_x_fmt_piece(ex, XP_OTHER, depth, t);
    bad_put(ex, o, 378, ")", 1);
}

/* A String() or Error() method of t (or *t) that fmt would call, or NULL. */
static gh_GoFunc *stringer(gh_GoType *t, bool *ptr_recv)
{
    gh_GoType *base = t;
    *ptr_recv = false;
    if (gh_go_under(t)->kind == GH_K_POINTER) { base = gh_go_under(t)->elem; *ptr_recv = true; }
    if (!base || base->kind != GH_K_NAMED) return NULL;
    const char *names[2] = {"Error", "String"};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < base->nmethods; i++) {
            gh_GoFunc *m = base->methods[i];
            bool mp = m->recv && gh_go_under(m->recv->type)->kind == GH_K_POINTER;
            if (strcmp(m->decl->name, names[k]) || m->nparams || m->nresults != 1 || !gh_go_type_is_string(m->results[0]->type)) continue;
            if (mp && !*ptr_recv) continue;   /* not in the method set of the value type */
            return m;
        }
    return NULL;
}

/* fmt calls a value's Error() or String() method when its type has one. */
static bool call_stringer(gh_Exec *ex, gh_GoType *t, const uint8_t *v, XOut *o, int depth, unsigned fl)
{
    bool ptr;
    gh_GoType *tu = gh_go_under(t);
    char vb = VERB(fl);
    if (t->kind != GH_K_NAMED && tu->kind == GH_K_POINTER && tu->elem->lib_id >= 0 &&
        (!strcmp(tu->elem->name, "errors.errorString") || !strcmp(tu->elem->name, "fmt.wrapError"))) {
        uint64_t p;   /* their Error() returns their first field */
        memcpy(&p, v, 8);
        gh_x_fmt_piece(ex, XP_ERROR, depth, t);
        if (!p) { put_value(ex, o, "<nil>", 5, false); return true; }
        gh_String s;
        gh_x_load(ex, p, &s, 16);
        put_string_verb(ex, o, s, vb, fl);
        return true;
    }
    gh_String rs;
    if (gh_x_runtime_error_string(ex, t, v, &rs)) { put_string_verb(ex, o, rs, vb, fl); return true; }   /* exec_rterror.c */
    if (t->kind != GH_K_NAMED && tu->kind == GH_K_POINTER && tu->elem->lib_id >= 0 && !strcmp(tu->elem->name, "strconv.NumError")) {
        uint64_t p;   /* strconv.Atoi's error (exec_strconv.c) */
        memcpy(&p, v, 8);
        if (!p) { gh_x_put(ex, o, "<nil>", 5); return true; }
        gh_GoPos none = {0, 0};
        put_string_verb(ex, o, gh_x_num_error_text(ex, none, p), vb, fl);
        return true;
    }
    gh_GoFunc *m = stringer(t, &ptr);
    if (!m) return false;
    gh_x_fmt_piece(ex, !strcmp(m->decl->name, "Error") ? XP_ERROR : XP_METHOD, depth, t);
    uint8_t recv[X_VMAX];
    bool want_ptr = gh_go_under(m->recv->type)->kind == GH_K_POINTER;
    uint64_t p = 0;
    if (ptr) memcpy(&p, v, 8);
    bool nil_wrap = ptr && !want_ptr && !p;   /* the (*T).M wrapper panics (exec_catchpanic.c) */
    if (ptr && !want_ptr && p) gh_x_load(ex, p, recv, (uint64_t)gh_x_size(m->recv->type));
    else if (!nil_wrap) memcpy(recv, v, (size_t)gh_x_size(t));
    const void *args[1] = {recv};
    gh_String s = {0, 0};
    XG *g = gh_x_g(ex);
    XCatch c;
    bool ok;
    g->fmt_methods++;
    if (g->fmt_panicking) {   /* a panic now is p.panicking's: refused in gopanic (exec_panic.c) */
        if (nil_wrap) gh_x_unsupported(ex, (gh_GoPos){gh_x_frame(ex)->line, 1}, "a nil pointer's value method while fmt prints a method's panic is not modelled");
        gh_x_call(ex, m, 0, args, &s, gh_x_frame(ex)->line);
        ok = true;
    } else {
        ok = gh_x_fmt_call_caught(ex, m, args, &s, nil_wrap, &c);
    }
    g = gh_x_g(ex);
    g->fmt_methods--;
    if (ok) { put_string_verb(ex, o, s, vb, fl); return true; }
    /* catchPanic: "<nil>" for a nil pointer operand, else the panic's value in %!v(PANIC=...) */
    gh_x_fmt_piece(ex, XP_OTHER, depth, t);
    if (ptr && !p) { gh_x_put(ex, o, "<nil>", 5); return true; }
    char verb = vb;
    int wid = o->wid;
    bool minus = o->minus, zero = o->zero;
    o->wid = 0, o->minus = o->zero = false;   /* p.fmt.clearflags() */
    gh_x_put(ex, o, "%!", 2);
    gh_x_put(ex, o, &verb, 1);
    gh_x_put(ex, o, "(PANIC=", 7);
    puts_(ex, o, m->decl->name);
    gh_x_put(ex, o, " method: ", 9);
    int mark = gh_x_pin(ex, ex->prog->u.any, c.arg);   /* the value: no longer in gopanic's frame */
    g->fmt_panicking++;
    format_iface(ex, c.arg, o, 0, 0);   /* p.printArg(err, 'v') */
    g = gh_x_g(ex);
    g->fmt_panicking--;
    gh_x_unpin_all(ex, mark);
    gh_x_put(ex, o, ")", 1);
    o->wid = wid, o->minus = minus, o->zero = zero;
    return true;
}

/* value.Interface() at depth > 0 (see the header): the heap copy reflect makes. */
static void interface_at_depth(gh_Exec *ex, gh_GoType *t, const void *v, unsigned fl)
{
    long long size = gh_x_size(t);
    if ((fl & F_ADDR) && size > 0 && !gh_go_type_is_direct_iface(t) && !gh_go_type_is_interface(t)) {
        int32_t ty = gh_x_type_id(ex, t);
        gh_Addr c;
        X_BY(ex, "the copy fmt's reflect makes of an operand", c = gh_mallocgc(ex->sim, (uint64_t)size, ty, true));
        gh_x_check(ex);
        gh_x_store(ex, c, t, v);   /* garbage once printed: p.arg is overwritten by the next operand */
    }
}

/* fmtBytes for %s %q %x %X of a byte slice or array: the bytes as a string. An array that is
 * not addressable is copied by hand into make([]byte, n) (a heap object); %q's string(b) is
 * a heap string when longer than the 32-byte buffer the compiler gives it on the stack. */
static void format_bytes(gh_Exec *ex, gh_GoType *t, const uint8_t *b, gh_Addr p, int64_t n, XOut *o, int depth, unsigned fl)
{
    gh_GoType *u = gh_go_under(t);
    char *raw = gh_x_alloc(ex, (size_t)(n > 0 ? n : 0) + 1);
    if (u->kind == GH_K_SLICE && n > 0) gh_x_load(ex, p, raw, (uint64_t)n);
    else if (n > 0) memcpy(raw, b, (size_t)n);
    if (u->kind == GH_K_ARRAY && !(fl & F_ADDR) && n > 0) {
        X_BY(ex, "fmt's copy of a byte array (make([]byte, n))", gh_mallocgc(ex->sim, (uint64_t)n, GH_TYPE_BYTES, true));
        gh_x_check(ex);
    }
    if (VERB(fl) == 'q' && n > 32) {
        X_BY(ex, "fmt's string(b) of the bytes %q quotes", gh_mallocgc(ex->sim, (uint64_t)n, GH_TYPE_BYTES, false));
        gh_x_check(ex);
    }
    gh_x_fmt_piece(ex, XP_VALUE, depth, t);
    string_verb(ex, o, raw, (size_t)(n > 0 ? n : 0), VERB(fl), fl);
    gh_x_release(ex, raw);
}

static void format_value(gh_Exec *ex, gh_GoType *t, const void *v, XOut *o, int depth, unsigned fl)
{
    gh_GoType *u = gh_go_under(t);
    const uint8_t *b = v;
    if (depth > 8) { gh_x_fmt_piece(ex, XP_OTHER, depth, t); gh_x_put(ex, o, "...", 3); return; }
    if (depth > 0 && (fl & F_RO)) {
        /* cannot be interfaced: printed by kind alone, no methods */
    } else {
        if (depth > 0) gh_x_fmt_piece(ex, XP_VALUE, depth, t), interface_at_depth(ex, t, v, fl);
        char vb = VERB(fl);   /* handleMethods: String/Error only for these verbs, none for %#v */
        bool meth = vb == 'v' || vb == 's' || vb == 'x' || vb == 'X' || vb == 'q';
        if (!(fl & (F_NOMETH | F_SHARPV)) && meth && call_stringer(ex, t, v, o, depth, fl)) return;
        if ((fl & F_SHARPV) && has_method(t, "GoString"))
            gh_x_unsupported(ex, (gh_GoPos){gh_x_frame(ex)->line, 1}, "%%#v of a type with a GoString method is not supported");
    }
    char vb = VERB(fl);
    if (u->kind != GH_K_POINTER && u->kind != GH_K_SLICE && u->kind != GH_K_ARRAY && u->kind != GH_K_STRUCT && u->kind != GH_K_INTERFACE)
        gh_x_fmt_piece(ex, XP_VALUE, depth, t);   /* a basic value's text (the others name their pieces) */
    switch (u->kind) {
    case GH_K_BOOL: case GH_K_UNTYPED_BOOL:
        if (vb != 'v' && vb != 't') { bad_verb(ex, t, v, o, depth, fl); return; }
        put_value(ex, o, *b ? "true" : "false", *b ? 4 : 5, false);
        return;
    case GH_K_STRING: case GH_K_UNTYPED_STRING:
        if (vb == 's' || (vb == 'v' && !(fl & F_SHARPV))) { put_string(ex, o, *(const gh_String *)v); return; }
        if (!put_string_verb(ex, o, *(const gh_String *)v, vb, fl)) bad_verb(ex, t, v, o, depth, fl);
        return;
    case GH_K_MAP: gh_x_fmt_map(ex, t, v, o, depth, fl & F_KEEP, format_value); return;   /* exec_fmtmap.c */
    case GH_K_POINTER: case GH_K_UNSAFEPTR: case GH_K_FUNC: case GH_K_CHAN: {   /* a channel: its hchan's address */
        uint64_t p;
        memcpy(&p, v, 8);
        gh_GoType *e = u->kind == GH_K_POINTER ? gh_go_under(u->elem) : NULL;
        /* at depth 0 a pointer to an array, slice, struct or map prints & and the value, whatever the verb */
        if (p && depth == 0 && e && (e->kind == GH_K_STRUCT || e->kind == GH_K_ARRAY || e->kind == GH_K_SLICE || e->kind == GH_K_MAP) &&
            gh_x_size(u->elem) <= X_VMAX) {
            uint8_t tmp[X_VMAX];
            gh_x_load(ex, p, tmp, (uint64_t)gh_x_size(u->elem));
            gh_x_fmt_kind(ex, depth, XV_POINTER);
            gh_x_fmt_piece(ex, XP_OPEN, depth, t);
            gh_x_put(ex, o, "&", 1);
            int w = gh_x_watch(ex, tmp, u->elem);
            format_value(ex, u->elem, tmp, o, depth + 1, F_ADDR | (fl & F_KEEP));
            gh_x_unwatch(ex, w);
            return;
        }
        bool nilish = u->kind == GH_K_POINTER || u->kind == GH_K_CHAN;
        if (vb == 'v' && (fl & F_SHARPV)) {   /* fmtPointer's Go syntax: (*main.T)(0xc000012345), (chan int)(nil) */
            gh_x_fmt_piece(ex, XP_VALUE, depth, t);
            gh_x_put(ex, o, "(", 1);
            gh_x_fmt_type_string(ex, o, t);
            gh_x_put(ex, o, ")(", 2);
            if (p) putf(ex, o, "0x%llx", p);
            else gh_x_put(ex, o, "nil", 3);
            gh_x_put(ex, o, ")", 1);
            return;
        }
        if (vb == 'v' || vb == 'p') {
            if (!p && vb == 'v') { gh_x_fmt_piece(ex, nilish ? XP_NIL : XP_VALUE, depth, t); put_value(ex, o, nilish ? "<nil>" : "0x0", nilish ? 5 : 3, !nilish); return; }
            gh_x_fmt_piece(ex, XP_VALUE, depth, t);
            putf_value(ex, o, "0x%llx", p);
            return;
        }
        if (vb == 'd' || vb == 'x' || vb == 'X' || vb == 'o' || vb == 'b') {   /* the address as an integer */
            gh_x_fmt_piece(ex, XP_VALUE, depth, t);
            int_verb(ex, o, ex->prog->u.basic[GH_K_UINTPTR], (int64_t)p, vb, fl);
            return;
        }
        bad_verb(ex, t, v, o, depth, fl);
        return;
    }
    case GH_K_SLICE: case GH_K_ARRAY: {
        gh_Addr p = 0;
        int64_t n = u->len;
        if (u->kind == GH_K_SLICE) { memcpy(&p, b, 8); memcpy(&n, b + 8, 8); }
        long long es = gh_x_size(u->elem);
        if ((vb == 's' || vb == 'q' || vb == 'x' || vb == 'X') && gh_go_under(u->elem)->kind == GH_K_UINT8) {
            format_bytes(ex, t, b, p, n, o, depth, fl);   /* fmtBytes: the bytes as a string */
            return;
        }
        bool sharp = fl & F_SHARPV;
        unsigned efl = u->kind == GH_K_SLICE ? F_ADDR | (fl & F_KEEP) : fl;
        /* printArg's case []byte: fmtBytes prints an operand of type []byte itself, byte by
         * byte, no reflection (so no copies of the elements) */
        bool bytes = depth == 0 && t->kind != GH_K_NAMED && u->kind == GH_K_SLICE && u->elem->kind != GH_K_NAMED &&
                     gh_go_under(u->elem)->kind == GH_K_UINT8 && (vb == 'v' || vb == 'd');
        if (bytes) efl |= F_RO;
        uint8_t tmp[X_VMAX];
        gh_x_fmt_kind(ex, depth, XV_SLICE);
        gh_x_fmt_piece(ex, XP_OPEN, depth, t);
        if (sharp) {   /* []int{1, 2}, []int(nil) */
            if (bytes) puts_(ex, o, "[]byte");
            else gh_x_fmt_type_string(ex, o, t);
            if (u->kind == GH_K_SLICE && !p) { gh_x_put(ex, o, "(nil)", 5); return; }
        }
        gh_x_put(ex, o, sharp ? "{" : "[", 1);
        int w = gh_x_watch(ex, &p, ex->prog->u.basic[GH_K_UNSAFEPTR]);
        gh_x_watch(ex, tmp, u->elem);
        for (int64_t i = 0; i < n && es <= X_VMAX; i++) {
            if (u->kind == GH_K_SLICE) gh_x_load(ex, p + (uint64_t)(i * es), tmp, (uint64_t)es);
            else memcpy(tmp, b + i * es, (size_t)es);
            if (i) gh_x_fmt_piece(ex, XP_ELEM_SEP, depth, t), gh_x_put(ex, o, sharp ? ", " : " ", sharp ? 2 : 1);
            format_value(ex, u->elem, tmp, o, depth + 1, efl);
        }
        gh_x_unwatch(ex, w);
        gh_x_fmt_piece(ex, XP_CLOSE, depth, t);
        gh_x_put(ex, o, sharp ? "}" : "]", 1);
        return;
    }
    case GH_K_STRUCT: {
        bool sharp = fl & F_SHARPV;   /* main.T{A:1, b:"x"} */
        gh_x_fmt_kind(ex, depth, XV_STRUCT);
        gh_x_fmt_piece(ex, XP_OPEN, depth, t);
        if (sharp) gh_x_fmt_type_string(ex, o, t);
        gh_x_put(ex, o, "{", 1);
        for (int i = 0; i < u->nfields; i++) {
            const char *name = u->fields[i].name;
            bool exported = name && name[0] >= 'A' && name[0] <= 'Z';
            if (i) gh_x_fmt_piece(ex, XP_ELEM_SEP, depth, t), gh_x_put(ex, o, sharp ? ", " : " ", sharp ? 2 : 1);
            if ((fl & (F_PLUSV | F_SHARPV)) && name) {
                /* the name comes from reflect's Type.Field(i), whose StructField.Index is a new
                 * []int{i}: 8 bytes in the heap for each field named */
                gh_Addr idx;
                X_BY(ex, "reflect's StructField.Index ([]int{i}) for %+v", idx = gh_mallocgc(ex->sim, 8, gh_x_type_id(ex, ex->prog->u.basic[GH_K_INT]), true));
                gh_x_check(ex);
                if (!gh_store(ex->sim, idx, &(int64_t){i}, 8)) gh_x_check(ex);
                puts_(ex, o, name);
                gh_x_put(ex, o, ":", 1);
            }
            format_value(ex, u->fields[i].type, b + u->fields[i].offset, o, depth + 1, fl | (exported ? 0 : F_RO));
        }
        gh_x_fmt_piece(ex, XP_CLOSE, depth, t);
        gh_x_put(ex, o, "}", 1);
        return;
    }
    case GH_K_INTERFACE:
        if ((fl & F_SHARPV) && !((const uint64_t *)v)[0]) {   /* error(nil), interface {}(nil) */
            gh_x_fmt_piece(ex, XP_NIL, depth, t);
            gh_x_fmt_type_string(ex, o, t);
            gh_x_put(ex, o, "(nil)", 5);
            return;
        }
        gh_x_fmt_kind(ex, depth, XV_IFACE);
        format_iface(ex, v, o, depth + (depth > 0), fl & F_KEEP);
        return;
    case GH_K_FLOAT32: case GH_K_FLOAT64: case GH_K_UNTYPED_FLOAT:   /* fmtFloat; %d of a float is a bad verb */
        if (vb == 'v' || strchr("eEfFgGxXb", vb)) { put_float(ex, o, t, v, vb, (fl & F_PLUS) != 0); return; }
        bad_verb(ex, t, v, o, depth, fl);
        return;
    default:
        if (vb == 'v' && !(fl & (F_SHARPV | F_PLUS))) { put_int(ex, o, t, gh_x_int(t, v)); return; }
        if (!int_verb(ex, o, t, gh_x_int(t, v), vb, fl)) bad_verb(ex, t, v, o, depth, fl);
    }
}

void gh_x_format(gh_Exec *ex, gh_GoType *t, const void *v, XOut *o, int depth)
{
    format_value(ex, t, v, o, depth, 0);
}

/* The dynamic value of an interface; an operand at top level is printArg's (depth 0). */
static void format_iface(gh_Exec *ex, const uint64_t e[2], XOut *o, int depth, unsigned fl)
{
    gh_GoType *dt = gh_x_rtype_get(ex, e[0]);
    if (!dt) {   /* printArg's nil operand, or printValue's nil interface one level up */
        gh_x_fmt_piece(ex, XP_NIL, depth > 0 ? depth - 1 : 0, NULL);
        if (depth == 0) put_value(ex, o, "<nil>", 5, false);   /* printArg's padString */
        else gh_x_put(ex, o, "<nil>", 5);
        return;
    }
    uint8_t v[X_VMAX] = {0};
    if (gh_go_type_is_direct_iface(dt)) memcpy(v, &e[1], 8);
    else if (gh_x_size(dt) <= X_VMAX) gh_x_load(ex, e[1], v, (uint64_t)gh_x_size(dt));
    int w = gh_x_watch(ex, v, dt);
    format_value(ex, dt, v, o, depth, fl);
    gh_x_unwatch(ex, w);
}

void gh_x_format_iface(gh_Exec *ex, const uint64_t e[2], XOut *o, int depth)
{
    format_iface(ex, e, o, depth, 0);
}

/* One operand of println/print, as the runtime's printer shows it. */
static void print_one(gh_Exec *ex, XOut *o, gh_GoType *type, const uint8_t *v)
{
    gh_GoType *u = gh_go_under(type);
    char t[96];
    if (u->kind == GH_K_INTERFACE) {
        uint64_t w[2];
        memcpy(w, v, 16);
        int k = snprintf(t, sizeof t, "(0x%llx,0x%llx)", (unsigned long long)w[0], (unsigned long long)w[1]);
        gh_x_put(ex, o, t, (size_t)k);
    } else if (u->kind == GH_K_SLICE) {
        int64_t w[3];
        memcpy(w, v, 24);
        int k = snprintf(t, sizeof t, "[%lld/%lld]0x%llx", (long long)w[1], (long long)w[2], (unsigned long long)w[0]);
        gh_x_put(ex, o, t, (size_t)k);
    } else if (u->kind == GH_K_POINTER || u->kind == GH_K_FUNC || u->kind == GH_K_UNSAFEPTR) {
        uint64_t w;
        memcpy(&w, v, 8);
        putf(ex, o, "0x%llx", (unsigned long long)w);
    } else if (gh_x_is_float(type)) {   /* printfloat: a float32 is printed as the float64 it widens to */
        int k = (int)gh_x_printfloat(gh_x_float(type, v), t, sizeof t);
        gh_x_put(ex, o, t, (size_t)k);
    } else {
        format_value(ex, type, v, o, 1, F_RO);   /* no methods, no reflection */
    }
}

/* A deferred println/print: its operands were evaluated at the defer statement (exec_defer.c). */
void gh_x_print_values(gh_Exec *ex, const gh_GoNode *n, const void *const *vals)
{
    XOut o;
    gh_x_out_init(ex, &o);
    for (int i = 0; i < n->nlist; i++) {
        if (i && n->op == GH_OP_PRINTLN) gh_x_put(ex, &o, " ", 1);
        print_one(ex, &o, n->list[i]->type, vals[i]);
    }
    if (n->op == GH_OP_PRINTLN) gh_x_put(ex, &o, "\n", 1);
    fflush(ex->out);
    fwrite(o.b, 1, o.len, ex->err);
    gh_x_out_free(ex, &o);
}

/* println/print: the runtime's own printer (no fmt, no allocation), on stderr. */
void gh_x_println(gh_Exec *ex, gh_GoNode *n)
{
    XOut o;
    gh_x_out_init(ex, &o);
    for (int i = 0; i < n->nlist; i++) {
        gh_GoNode *a = n->list[i];
        uint8_t v[X_VMAX] = {0};
        if (gh_x_size(a->type) > X_VMAX) gh_x_unsupported(ex, a->pos, "value too large to print");
        gh_x_eval(ex, a, v);
        if (i && n->op == GH_OP_PRINTLN) gh_x_put(ex, &o, " ", 1);
        print_one(ex, &o, a->type, v);
    }
    if (n->op == GH_OP_PRINTLN) gh_x_put(ex, &o, "\n", 1);
    fflush(ex->out);
    fwrite(o.b, 1, o.len, ex->err);
    gh_x_out_free(ex, &o);
}

/* reflect.TypeOf(x).String(): Go's spelling with the package of the program's own named
 * types ("main.T", "*main.T", "[]main.T"); library types carry theirs already. */
void gh_x_fmt_type_string(gh_Exec *ex, XOut *o, gh_GoType *t)
{
    char tn[256];
    gh_x_reflect_type_string(t, tn, sizeof tn);
    puts_(ex, o, tn);
}

void gh_x_reflect_type_string(gh_GoType *t, char *buf, size_t n)
{
    gh_GoType *u = t->kind == GH_K_NAMED ? NULL : t;
    if (u && u->kind == GH_K_MAP && u->key && u->elem) {
        char k[128], e[128];
        gh_x_reflect_type_string(u->key, k, sizeof k);
        gh_x_reflect_type_string(u->elem, e, sizeof e);
        snprintf(buf, n, "map[%s]%s", k, e);
        return;
    }
    if (u && u->kind == GH_K_CHAN && u->elem) {
        char e[128];
        gh_x_reflect_type_string(u->elem, e, sizeof e);
        snprintf(buf, n, "%s%s", u->chandir == GH_CHAN_RECV ? "<-chan " : u->chandir == GH_CHAN_SEND ? "chan<- " : "chan ", e);
        return;
    }
    if (u && u->kind == GH_K_INTERFACE && u->name && !strcmp(u->name, "any")) { snprintf(buf, n, "interface {}"); return; }
    if (u && (u->kind == GH_K_POINTER || u->kind == GH_K_SLICE || u->kind == GH_K_ARRAY) && u->elem) {
        char pre[32], in[96];
        if (u->kind == GH_K_POINTER) snprintf(pre, sizeof pre, "*");
        else if (u->kind == GH_K_SLICE) snprintf(pre, sizeof pre, "[]");
        else snprintf(pre, sizeof pre, "[%lld]", u->len);
        gh_x_reflect_type_string(u->elem, in, sizeof in);
        snprintf(buf, n, "%s%s", pre, in);
        return;
    }
    char tn[96];
    gh_go_type_format(t, tn, sizeof tn);
    snprintf(buf, n, "%s%s", t->kind == GH_K_NAMED && t->lib_id < 0 && t->name && strcmp(t->name, "error") ? "main." : "", tn);
}

/* One operand of Printf, formatted by verb into o: printArg. %T, %p and %w are printArg's
 * own; every other verb goes down printValue's recursion with the operand (exec_fmt's
 * format_value), which applies it to each basic value it reaches (a map's keys and values,
 * a slice's elements, a struct's fields) and prints fmt's bad verb where it does not fit. */
static void verb(gh_Exec *ex, char c, const uint64_t e[2], XOut *o, bool plus, bool sharp)
{
    gh_GoType *dt = gh_x_rtype_get(ex, e[0]);
    uint8_t v[X_VMAX] = {0};
    if (dt && gh_go_type_is_direct_iface(dt)) memcpy(v, &e[1], 8);
    else if (dt && gh_x_size(dt) <= X_VMAX) gh_x_load(ex, e[1], v, (uint64_t)gh_x_size(dt));
    if (c != 's' && c != 'v' && c != 't' && c != 'w')   /* those name their pieces as they print */
        gh_x_fmt_piece(ex, c == 'T' ? XP_TYPE : XP_VALUE, 0, dt);
    if (dt && gh_x_is_float(dt) && strchr("eEfFgGxXb", c)) { put_float(ex, o, dt, v, c, plus); return; }
    switch (c) {
    case 'T': {
        char t[160] = "<nil>";
        if (dt) gh_x_reflect_type_string(dt, t, sizeof t);
        XOut q;   /* fmtS of reflect.TypeOf(arg).String(): one write */
        gh_x_out_init(ex, &q);
        puts_(ex, &q, t);
        put_value(ex, o, q.b, q.len, false);
        gh_x_out_free(ex, &q);
        return;
    }
    case 'p':   /* fmtPointer: a slice prints its array's address (reflect's Pointer); fmt0x64's fmtInteger */
        int_boat(ex, o);
        if (dt && gh_go_under(dt)->kind == GH_K_SLICE) { uint64_t a; memcpy(&a, v, 8); putf_value(ex, o, "0x%llx", a); return; }
        putf_value(ex, o, "0x%llx", e[1]);
        return;
    case 'w':   /* fmt.Errorf: the first error operand is wrapped and printed as %v */
        if (ex->fmt_wrap_errs && !ex->fmt_wrapped[0] && dt && gh_go_has_error_method(dt)) {
            ex->fmt_wrapped[0] = e[0]; ex->fmt_wrapped[1] = e[1];
            format_iface(ex, e, o, 0, 0);
            return;
        }
        ex->fmt_wrap_errs = false;
        ex->fmt_wrapped[0] = ex->fmt_wrapped[1] = 0;
        break;
    default:
        if (!dt && c != 'v') break;   /* a nil operand: <nil> for %v, %!d(<nil>) for others */
        /* %+v: plusV (the plus flag cleared); %#v: sharpV; another verb with '+': a sign */
        format_iface(ex, e, o, 0, c == 'v' ? (plus ? F_PLUSV : 0) | (sharp ? F_SHARPV : 0)
                                            : (unsigned)(unsigned char)c << 8 | (plus ? F_PLUS : 0));
        return;
    }
    /* fmt's badVerb for the operand: %!c(T=value), the value printed with p.erroring set (no Error/String) */
    gh_x_fmt_piece(ex, XP_OTHER, 0, dt);
    bad_put(ex, o, 363, "%!", 2);
    bad_put(ex, o, 364, &c, 1);
    bad_put(ex, o, 365, "(", 1);
    if (dt) {
        char tn[160];
        gh_x_reflect_type_string(dt, tn, sizeof tn);
        bad_put(ex, o, 368, tn, strlen(tn));
        bad_put(ex, o, 369, "=", 1);
        gh_x_fmt_in_bad(ex, true);
        format_iface(ex, e, o, 0, F_NOMETH);
        gh_x_fmt_in_bad(ex, false);
        gh_x_fmt_piece(ex, XP_OTHER, 0, dt);
    } else {
        bad_put(ex, o, 376, "<nil>", 5);
    }
    bad_put(ex, o, 378, ")", 1);
}

void gh_x_sprintf(gh_Exec *ex, gh_String fmt, gh_Slice args, XOut *o)
{
    char *f = gh_x_alloc(ex, (size_t)fmt.len + 1);
    size_t fl = 0;
    gh_x_host_string(ex, fmt, f, (size_t)fmt.len + 1, &fl);
    int64_t argi = 0;
    int w = gh_x_watch(ex, &args.ptr, ex->prog->u.basic[GH_K_UNSAFEPTR]);
    XLibCall *lc = gh_x_lib_now(ex);
    for (size_t i = 0; i < fl;) {
        size_t lit = i;   /* doPrintf writes each run of literal text at once */
        while (i < fl && f[i] != '%') i++;
        gh_x_fmt_piece(ex, XP_LITERAL, 0, NULL);
        gh_x_put(ex, o, f + lit, i - lit);
        if (i >= fl) break;
        bool minus = false, zero = false, plus = false, sharp = false;
        for (i++; i < fl && (f[i] == '-' || f[i] == '0' || f[i] == '+' || f[i] == ' ' || f[i] == '#'); i++) {
            minus |= f[i] == '-'; zero |= f[i] == '0'; plus |= f[i] == '+'; sharp |= f[i] == '#';
        }
        int width = 0;
        while (i < fl && f[i] >= '0' && f[i] <= '9') width = width * 10 + (f[i++] - '0');
        int prec = 0;   /* precision + 1 (0: none); only floats use it yet */
        if (i < fl && f[i] == '.') {
            for (prec = 1, i++; i < fl && f[i] >= '0' && f[i] <= '9'; i++)
                if (prec <= X_FLOAT_MAXPREC) prec = prec * 10 - 9 + (f[i] - '0');
        }
        gh_x_fmt_piece(ex, XP_OTHER, 0, NULL);
        if (i >= fl) { puts_(ex, o, "%!(NOVERB)"); break; }
        char c = f[i++];
        if (c == '%') { gh_x_fmt_piece(ex, XP_PERCENT, 0, NULL); gh_x_put(ex, o, "%", 1); continue; }
        if (argi >= args.len) { /* missingArg (print.go:1000-1002) */
            gh_x_fmt_error(ex, XP_MISSING, 1000);
            gh_x_put(ex, o, "%!", 2);
            gh_x_fmt_error(ex, XP_MISSING, 1001);
            gh_x_put(ex, o, &c, 1);
            gh_x_fmt_error(ex, XP_MISSING, 1002);
            puts_(ex, o, "(MISSING)");
            continue;
        }
        uint64_t e[2];
        gh_x_load(ex, args.ptr + (uint64_t)argi++ * 16, e, 16);
        if (lc) lc->verb = c, lc->slow = width > 0 || c < 'a' || c > 'z';   /* doPrintf's fast path: a lower-case verb, no width */
        o->wid = width;   /* written piece by piece into pp.buf, each basic value padded, as Go's fmt */
        o->minus = minus;
        o->zero = zero && !minus;
        o->prec = prec;
        verb(ex, c, e, o, plus, sharp);
        o->wid = 0, o->minus = o->zero = false, o->prec = 0;
        if (lc) lc->verb = 'v', lc->slow = false;
    }
    if (argi < args.len) { /* doPrintf's extra operands (print.go:1161-1176), each printed as %v */
        gh_x_fmt_piece(ex, XP_OTHER, 0, NULL);
        gh_x_fmt_error(ex, XP_EXTRA, 1163);
        puts_(ex, o, "%!(EXTRA ");
        for (int64_t first = argi; argi < args.len; argi++) {
            uint64_t e[2];
            gh_x_load(ex, args.ptr + (uint64_t)argi * 16, e, 16);
            if (argi > first) gh_x_fmt_error(ex, XP_EXTRA, 1166), puts_(ex, o, ", ");
            gh_GoType *dt = gh_x_rtype_get(ex, e[0]);
            if (!dt) {
                gh_x_fmt_error(ex, XP_EXTRA, 1169);
                puts_(ex, o, "<nil>");
                continue;
            }
            char t[160];
            gh_x_reflect_type_string(dt, t, sizeof t);
            gh_x_fmt_error(ex, XP_EXTRA, 1171);
            puts_(ex, o, t);
            gh_x_fmt_error(ex, XP_EXTRA, 1172);
            gh_x_put(ex, o, "=", 1);
            gh_x_fmt_in_extra(ex, true);
            format_iface(ex, e, o, 0, 0);
            gh_x_fmt_in_extra(ex, false);
        }
        gh_x_fmt_piece(ex, XP_OTHER, 0, NULL);
        gh_x_fmt_error(ex, XP_EXTRA, 1176);
        gh_x_put(ex, o, ")", 1);
    }
    gh_x_unwatch(ex, w);
    gh_x_release(ex, f);
}
