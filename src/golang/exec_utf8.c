/* exec_utf8.c — unicode/utf8's decoding and unicode.IsSpace, for everything that reads a
 * string rune by rune: range over a string, fmt's %q, and strings' paths for text outside
 * ASCII (Fields, TrimSpace, Split and Replace with an empty separator, Count of "").
 *
 * Decoding is utf8.DecodeRune's: a lead byte says the width (2, 3 or 4); every following
 * byte must be a continuation byte (10xxxxxx), and the result must be the shortest form, not
 * a surrogate and at most U+10FFFF. Anything else — a stray continuation byte, a truncated
 * sequence, an overlong form — decodes as U+FFFD of width 1, so decoding always advances and
 * a bad byte is one rune of its own. Decoding the last rune walks back over at most 3
 * continuation bytes to a start byte and accepts the rune only if it ends exactly at the end.
 */
#include "golang/exec_int.h"

int32_t gh_x_utf8_decode(const unsigned char *s, size_t n, int *w)
{
    *w = 1;
    if (!n) return 0xfffd;
    unsigned c = s[0];
    if (c < 0x80) return (int32_t)c;
    int len = c >= 0xf0 ? (c <= 0xf4 ? 4 : 0) : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
    if (!len || (size_t)len > n) return 0xfffd;
    int32_t r = (int32_t)(c & (0x7f >> len));
    for (int k = 1; k < len; k++) {
        if ((s[k] & 0xc0) != 0x80) return 0xfffd;
        r = r << 6 | (s[k] & 0x3f);
    }
    if ((len == 3 && r < 0x800) || (len == 4 && (r < 0x10000 || r > 0x10ffff)) || (r >= 0xd800 && r <= 0xdfff)) return 0xfffd;
    *w = len;
    return r;
}

int32_t gh_x_utf8_decode_last(const unsigned char *s, size_t n, int *w)
{
    *w = 1;
    if (!n) return 0xfffd;
    if (s[n - 1] < 0x80) return s[n - 1];
    size_t start = n - 1, lim = n >= 4 ? n - 4 : 0;
    while (start > lim && (s[start] & 0xc0) == 0x80) start--;
    int k;
    int32_t r = gh_x_utf8_decode(s + start, n - start, &k);
    if (start + (size_t)k != n) return 0xfffd;
    *w = k;
    return r;
}

int64_t gh_x_utf8_count(const unsigned char *s, size_t n)
{
    int64_t c = 0;
    for (size_t i = 0; i < n; c++) {
        int w;
        gh_x_utf8_decode(s + i, n - i, &w);
        i += (size_t)w;
    }
    return c;
}

/* unicode.IsSpace: the Latin-1 spaces, then the White_Space property above U+00FF. */
bool gh_x_unicode_is_space(int32_t r)
{
    if (r <= 0xff) return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xa0;
    return r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x2028 || r == 0x2029 || r == 0x202f ||
           r == 0x205f || r == 0x3000;
}
