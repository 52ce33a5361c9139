/* pprof_read.h — a reader of the pprof files gohotel writes, for the tests: gunzip (stored
 * deflate blocks only, which is all gohotel writes; the CRC-32 and length are checked) and
 * a profile.proto decoder into plain arrays, written from the spec (RFC 1952, RFC 1951
 * §3.2.4, protobuf's wire format, pprof's profile.proto) independently of src/run. */
#ifndef GH_TESTS_PPROF_READ_H
#define GH_TESTS_PPROF_READ_H
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PR_MAX = 4096, PR_LINES = 16, PR_STACK = 64 };

typedef struct PrLine { uint64_t func; int64_t line; } PrLine;
typedef struct PrLoc { uint64_t id, mapping; PrLine lines[PR_LINES]; int nlines; } PrLoc;
typedef struct PrFunc { uint64_t id; int64_t name, system, file, start; } PrFunc;
typedef struct PrSample { uint64_t locs[PR_STACK]; int nlocs; int64_t v[8]; int nv; int64_t labelKey, labelNum; } PrSample;
typedef struct PrValueType { int64_t type, unit; } PrValueType;
typedef struct PrProfile {
    char **str; int nstr;
    PrValueType types[8]; int ntypes;
    PrSample *samples; int nsamples;
    PrLoc *locs; int nlocs;
    PrFunc *funcs; int nfuncs;
    int nmappings; int64_t mappingFile; bool mappingHasFunctions;
    PrValueType periodType; int64_t period;
    int64_t comments[8]; int ncomments;
    char why[200];              /* what was wrong with the file */
} PrProfile;

/* ---- gunzip of stored blocks ---- */
static uint32_t pr_crc32(const unsigned char *p, size_t n)
{
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0xEDB88320u : c >> 1;
    }
    return ~c;
}
static uint32_t pr_le32(const unsigned char *b) { return b[0] | b[1] << 8 | b[2] << 16 | (uint32_t)b[3] << 24; }

/* The data of gzip member gz[0..n) into a malloc'ed *out; false with why. */
static bool pr_gunzip(const unsigned char *gz, size_t n, unsigned char **out, size_t *outn, char *why, size_t whyn)
{
    *out = NULL;
    if (n < 18 || gz[0] != 0x1f || gz[1] != 0x8b || gz[2] != 8) return snprintf(why, whyn, "not a gzip file"), false;
    if (gz[3] != 0) return snprintf(why, whyn, "gzip flags %d (none expected)", gz[3]), false;
    size_t i = 10, len = 0;
    unsigned char *buf = malloc(n);
    for (bool last = false; !last;) {
        if (i + 5 > n - 8) return free(buf), snprintf(why, whyn, "deflate stream cut short"), false;
        if (gz[i] & 6) return free(buf), snprintf(why, whyn, "block type %d, not stored", (gz[i] >> 1) & 3), false;
        last = gz[i] & 1;
        unsigned blen = gz[i + 1] | gz[i + 2] << 8, nlen = gz[i + 3] | gz[i + 4] << 8;
        if ((blen ^ 0xffff) != nlen) return free(buf), snprintf(why, whyn, "LEN/NLEN mismatch"), false;
        i += 5;
        if (i + blen > n - 8) return free(buf), snprintf(why, whyn, "block longer than the file"), false;
        memcpy(buf + len, gz + i, blen);
        len += blen, i += blen;
    }
    if (i != n - 8) return free(buf), snprintf(why, whyn, "%zu bytes after the last block", n - 8 - i), false;
    if (pr_crc32(buf, len) != pr_le32(gz + i)) return free(buf), snprintf(why, whyn, "CRC-32 mismatch"), false;
    if ((uint32_t)len != pr_le32(gz + i + 4)) return free(buf), snprintf(why, whyn, "ISIZE mismatch"), false;
    *out = buf, *outn = len;
    return true;
}

/* ---- protobuf ---- */
typedef struct PrBuf { const unsigned char *p, *end; bool bad; } PrBuf;
static uint64_t pr_varint(PrBuf *b)
{
    uint64_t v = 0;
    for (int s = 0; s < 64; s += 7) {
        if (b->p >= b->end) return b->bad = true, 0;
        unsigned char c = *b->p++;
        v |= (uint64_t)(c & 0x7f) << s;
        if (!(c & 0x80)) return v;
    }
    return b->bad = true, 0;
}
/* The next field: its number, wire type and (wire 0) value or (wire 2) sub-buffer. */
static bool pr_field(PrBuf *b, int *field, int *wire, uint64_t *v, PrBuf *sub)
{
    if (b->p >= b->end || b->bad) return false;
    uint64_t k = pr_varint(b);
    *field = (int)(k >> 3), *wire = (int)(k & 7);
    if (*wire == 0) *v = pr_varint(b);
    else if (*wire == 2) {
        uint64_t n = pr_varint(b);
        if (n > (uint64_t)(b->end - b->p)) return b->bad = true, false;
        *sub = (PrBuf){b->p, b->p + n, false};
        b->p += n;
    } else return b->bad = true, false;   /* gohotel writes no fixed-width fields */
    return !b->bad;
}
/* A repeated number, packed (wire 2) or not (wire 0), appended to out[*n]. */
static void pr_numbers(int wire, uint64_t v, PrBuf *sub, void *out, int *n, int max, bool is64)
{
    if (wire == 0) {
        if (*n >= max) return;
        if (is64) ((uint64_t *)out)[(*n)++] = v;
        else ((int64_t *)out)[(*n)++] = (int64_t)v;
        return;
    }
    while (sub->p < sub->end && !sub->bad && *n < max) {
        uint64_t x = pr_varint(sub);
        if (is64) ((uint64_t *)out)[(*n)++] = x;
        else ((int64_t *)out)[(*n)++] = (int64_t)x;
    }
}
static PrValueType pr_value_type(PrBuf b)
{
    PrValueType t = {0, 0};
    int f, w; uint64_t v; PrBuf s;
    while (pr_field(&b, &f, &w, &v, &s)) {
        if (f == 1) t.type = (int64_t)v;
        if (f == 2) t.unit = (int64_t)v;
    }
    return t;
}
static void pr_sample(PrBuf b, PrSample *sm)
{
    memset(sm, 0, sizeof *sm);
    int f, w; uint64_t v; PrBuf s;
    while (pr_field(&b, &f, &w, &v, &s)) {
        if (f == 1) pr_numbers(w, v, &s, sm->locs, &sm->nlocs, PR_STACK, true);
        if (f == 2) pr_numbers(w, v, &s, sm->v, &sm->nv, 8, false);
        if (f == 3) {
            int lf, lw; uint64_t lv; PrBuf ls;
            while (pr_field(&s, &lf, &lw, &lv, &ls)) {
                if (lf == 1) sm->labelKey = (int64_t)lv;
                if (lf == 3) sm->labelNum = (int64_t)lv;
            }
        }
    }
}
static void pr_location(PrBuf b, PrLoc *l)
{
    memset(l, 0, sizeof *l);
    int f, w; uint64_t v; PrBuf s;
    while (pr_field(&b, &f, &w, &v, &s)) {
        if (f == 1) l->id = v;
        if (f == 2) l->mapping = v;
        if (f == 4 && l->nlines < PR_LINES) {
            PrLine *ln = &l->lines[l->nlines++];
            int lf, lw; uint64_t lv; PrBuf ls;
            while (pr_field(&s, &lf, &lw, &lv, &ls)) {
                if (lf == 1) ln->func = lv;
                if (lf == 2) ln->line = (int64_t)lv;
            }
        }
    }
}
static void pr_function(PrBuf b, PrFunc *fn)
{
    memset(fn, 0, sizeof *fn);
    int f, w; uint64_t v; PrBuf s;
    while (pr_field(&b, &f, &w, &v, &s)) {
        if (f == 1) fn->id = v;
        if (f == 2) fn->name = (int64_t)v;
        if (f == 3) fn->system = (int64_t)v;
        if (f == 4) fn->file = (int64_t)v;
        if (f == 5) fn->start = (int64_t)v;
    }
}

static void pr_free(PrProfile *p)
{
    for (int i = 0; i < p->nstr; i++) free(p->str[i]);
    free(p->str), free(p->samples), free(p->locs), free(p->funcs);
    p->str = NULL, p->samples = NULL, p->locs = NULL, p->funcs = NULL;
}

/* Decode the message data[0..n) into *p (pr_free it); false with p->why. */
static bool pr_decode(const unsigned char *data, size_t n, PrProfile *p)
{
    memset(p, 0, sizeof *p);
    p->str = calloc(PR_MAX, sizeof *p->str);
    p->samples = calloc(PR_MAX, sizeof *p->samples);
    p->locs = calloc(PR_MAX, sizeof *p->locs);
    p->funcs = calloc(PR_MAX, sizeof *p->funcs);
    PrBuf b = {data, data + n, false};
    int f, w; uint64_t v; PrBuf s;
    while (pr_field(&b, &f, &w, &v, &s)) {
        if (f == 1 && w == 2 && p->ntypes < 8) p->types[p->ntypes++] = pr_value_type(s);
        else if (f == 2 && w == 2 && p->nsamples < PR_MAX) pr_sample(s, &p->samples[p->nsamples++]);
        else if (f == 3 && w == 2) {
            p->nmappings++;
            int mf, mw; uint64_t mv; PrBuf ms;
            while (pr_field(&s, &mf, &mw, &mv, &ms)) {
                if (mf == 5) p->mappingFile = (int64_t)mv;
                if (mf == 7) p->mappingHasFunctions = mv != 0;
            }
        } else if (f == 4 && w == 2 && p->nlocs < PR_MAX) pr_location(s, &p->locs[p->nlocs++]);
        else if (f == 5 && w == 2 && p->nfuncs < PR_MAX) pr_function(s, &p->funcs[p->nfuncs++]);
        else if (f == 6 && w == 2 && p->nstr < PR_MAX) {
            size_t len = (size_t)(s.end - s.p);
            p->str[p->nstr] = malloc(len + 1);
            memcpy(p->str[p->nstr], s.p, len);
            p->str[p->nstr++][len] = 0;
        } else if (f == 11 && w == 2) p->periodType = pr_value_type(s);
        else if (f == 12 && w == 0) p->period = (int64_t)v;
        else if (f == 13) pr_numbers(w, v, &s, p->comments, &p->ncomments, 8, false);
    }
    if (b.bad || b.p != b.end) return snprintf(p->why, sizeof p->why, "bad protobuf at byte %td", b.p - data), false;
    if (!p->nstr || p->str[0][0]) return snprintf(p->why, sizeof p->why, "string_table[0] is not \"\""), false;
    return true;
}

/* Read, gunzip and decode the file at path into *p; false with p->why. */
static bool pr_read_file(const char *path, PrProfile *p)
{
    memset(p, 0, sizeof *p);
    FILE *f = fopen(path, "rb");
    if (!f) return snprintf(p->why, sizeof p->why, "cannot open %s", path), false;
    unsigned char *gz = malloc(64 << 20);
    size_t n = fread(gz, 1, 64 << 20, f);
    fclose(f);
    unsigned char *data;
    size_t len;
    char why[200];
    bool ok = pr_gunzip(gz, n, &data, &len, why, sizeof why);
    free(gz);
    if (!ok) return snprintf(p->why, sizeof p->why, "%s", why), false;
    ok = pr_decode(data, len, p);
    free(data);
    return ok;
}

/* Lookups. */
static const char *pr_str(const PrProfile *p, int64_t i) { return i >= 0 && i < p->nstr ? p->str[i] : "?"; }
static const PrLoc *pr_loc(const PrProfile *p, uint64_t id)
{
    for (int i = 0; i < p->nlocs; i++)
        if (p->locs[i].id == id) return &p->locs[i];
    return NULL;
}
static const PrFunc *pr_func(const PrProfile *p, uint64_t id)
{
    for (int i = 0; i < p->nfuncs; i++)
        if (p->funcs[i].id == id) return &p->funcs[i];
    return NULL;
}
/* The function name of line k of location id ("?" when missing). */
static const char *pr_loc_func(const PrProfile *p, uint64_t id, int k)
{
    const PrLoc *l = pr_loc(p, id);
    const PrFunc *fn = l && k < l->nlines ? pr_func(p, l->lines[k].func) : NULL;
    return fn ? pr_str(p, fn->name) : "?";
}
/* The first sample whose innermost function is fn and whose "bytes" label is size. */
static const PrSample *pr_sample_at(const PrProfile *p, const char *fn, int64_t size)
{
    for (int i = 0; i < p->nsamples; i++) {
        const PrSample *s = &p->samples[i];
        if (s->nlocs && !strcmp(pr_loc_func(p, s->locs[0], 0), fn) && s->labelNum == size) return s;
    }
    return NULL;
}

#endif
