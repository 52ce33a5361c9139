/* png.c — PNG encoder: filter each row (Sub or Up, whichever looks smaller), then zlib:
 * a greedy LZ77 over a 32 KiB window with a hash of 3-byte prefixes, coded with deflate's
 * fixed Huffman table (RFC 1951 §3.2.6); level 0 emits stored blocks instead. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "view/png.h"

uint32_t gh_crc32(uint32_t crc, const uint8_t *p, size_t n)
{
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

uint32_t gh_adler32(uint32_t adler, const uint8_t *p, size_t n)
{
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (n) {
        size_t k = n < 5552 ? n : 5552; /* largest run before b can overflow */
        n -= k;
        while (k--) { a += *p++; b += a; }
        a %= 65521;
        b %= 65521;
    }
    return b << 16 | a;
}

typedef struct Buf { uint8_t *p; size_t n, cap; uint32_t bits; int nbits; bool oom; } Buf;

static void put(Buf *b, uint8_t c)
{
    if (b->n == b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 65536;
        uint8_t *np = realloc(b->p, nc);
        if (!np) { b->oom = true; return; }
        b->p = np;
        b->cap = nc;
    }
    b->p[b->n++] = c;
}
static void put32(Buf *b, uint32_t v) { put(b, v >> 24); put(b, v >> 16); put(b, v >> 8); put(b, (uint8_t)v); }
static void bits(Buf *b, uint32_t v, int n) /* LSB first, as deflate packs */
{
    b->bits |= v << b->nbits;
    b->nbits += n;
    while (b->nbits >= 8) { put(b, (uint8_t)b->bits); b->bits >>= 8; b->nbits -= 8; }
}
static void huff(Buf *b, uint32_t code, int n) /* Huffman codes go MSB first */
{
    uint32_t r = 0;
    for (int i = 0; i < n; i++) r |= ((code >> i) & 1) << (n - 1 - i);
    bits(b, r, n);
}
static void lit(Buf *b, int c)
{
    if (c < 144) huff(b, 0x30 + c, 8);
    else if (c < 256) huff(b, 0x190 + c - 144, 9);
    else if (c < 280) huff(b, c - 256, 7);
    else huff(b, 0xC0 + c - 280, 8);
}

static const uint16_t LBASE[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                   35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t LEXTRA[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t DBASE[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
                                   513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t DEXTRA[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

static void match(Buf *b, int len, int dist)
{
    int i = 28;
    while (LBASE[i] > len) i--;
    lit(b, 257 + i);
    bits(b, (uint32_t)(len - LBASE[i]), LEXTRA[i]);
    int d = 29;
    while (DBASE[d] > dist) d--;
    huff(b, (uint32_t)d, 5);
    bits(b, (uint32_t)(dist - DBASE[d]), DEXTRA[d]);
}

enum { HASH_BITS = 15, WINDOW = 32768, MAX_CHAIN = 16 };

static void deflate_fixed(Buf *b, const uint8_t *d, size_t n)
{
    int32_t *head = malloc(sizeof(int32_t) << HASH_BITS), *prev = malloc(sizeof(int32_t) * WINDOW);
    if (!head || !prev) { free(head); free(prev); b->oom = true; return; }
    memset(head, 0xff, sizeof(int32_t) << HASH_BITS);
    bits(b, 1, 1); /* BFINAL */
    bits(b, 1, 2); /* BTYPE = fixed Huffman */
    size_t i = 0;
    while (i < n) {
        int best = 0, bdist = 0;
        if (i + 3 <= n) {
            uint32_t h = ((uint32_t)d[i] << 16 | d[i + 1] << 8 | d[i + 2]) * 2654435761u >> (32 - HASH_BITS);
            int32_t c = head[h];
            size_t maxl = n - i < 258 ? n - i : 258;
            for (int k = 0; k < MAX_CHAIN && c >= 0 && i - (size_t)c <= WINDOW - 1; k++) {
                size_t l = 0;
                while (l < maxl && d[c + l] == d[i + l]) l++;
                if ((int)l > best) { best = (int)l; bdist = (int)(i - (size_t)c); }
                if (l == maxl) break;
                int32_t pc = prev[c % WINDOW];
                if (pc >= c) break;
                c = pc;
            }
            prev[i % WINDOW] = head[h];
            head[h] = (int32_t)i;
        }
        if (best >= 3) {
            match(b, best, bdist);
            for (size_t k = 1; k < (size_t)best && i + k + 3 <= n; k++) {
                size_t j = i + k;
                uint32_t h = ((uint32_t)d[j] << 16 | d[j + 1] << 8 | d[j + 2]) * 2654435761u >> (32 - HASH_BITS);
                prev[j % WINDOW] = head[h];
                head[h] = (int32_t)j;
            }
            i += (size_t)best;
        } else {
            lit(b, d[i++]);
        }
    }
    lit(b, 256);
    if (b->nbits) bits(b, 0, 8 - b->nbits);
    free(head);
    free(prev);
}

static void deflate_stored(Buf *b, const uint8_t *d, size_t n)
{
    do {
        size_t k = n < 65535 ? n : 65535;
        n -= k;
        put(b, n == 0 ? 1 : 0);
        put(b, k & 0xff); put(b, k >> 8);
        put(b, ~k & 0xff); put(b, (~k >> 8) & 0xff);
        for (size_t i = 0; i < k; i++) put(b, d[i]);
        d += k;
    } while (n);
}

static void chunk(Buf *b, const char *type, const uint8_t *data, size_t n)
{
    put32(b, (uint32_t)n);
    size_t start = b->n;
    for (int i = 0; i < 4; i++) put(b, (uint8_t)type[i]);
    for (size_t i = 0; i < n; i++) put(b, data[i]);
    if (!b->oom) put32(b, gh_crc32(0, b->p + start, b->n - start));
}

/* Scanlines with a filter byte each: Up for rows like the one above, Sub otherwise. */
static uint8_t *filter_rows(const uint32_t *argb, int w, int h, int pitch, size_t *len)
{
    size_t stride = (size_t)w * 4 + 1;
    uint8_t *raw = malloc(stride * (size_t)h), *row = malloc((size_t)w * 4 * 2);
    if (!raw || !row) { free(raw); free(row); return NULL; }
    uint8_t *cur = row, *up = row + (size_t)w * 4;
    memset(up, 0, (size_t)w * 4);
    for (int y = 0; y < h; y++) {
        const uint32_t *src = (const uint32_t *)((const uint8_t *)argb + (size_t)y * pitch);
        for (int x = 0; x < w; x++) {
            uint32_t p = src[x];
            cur[x * 4] = p >> 16; cur[x * 4 + 1] = p >> 8; cur[x * 4 + 2] = (uint8_t)p; cur[x * 4 + 3] = p >> 24;
        }
        uint8_t *o = raw + stride * (size_t)y;
        long sumUp = 0, sumSub = 0;
        for (int i = 0; i < w * 4; i++) {
            sumUp += (int8_t)(cur[i] - up[i]) < 0 ? -(int8_t)(cur[i] - up[i]) : (int8_t)(cur[i] - up[i]);
            uint8_t s = (uint8_t)(cur[i] - (i >= 4 ? cur[i - 4] : 0));
            sumSub += (int8_t)s < 0 ? -(int8_t)s : (int8_t)s;
        }
        bool useUp = sumUp <= sumSub;
        o[0] = useUp ? 2 : 1;
        for (int i = 0; i < w * 4; i++) o[1 + i] = (uint8_t)(cur[i] - (useUp ? up[i] : (i >= 4 ? cur[i - 4] : 0)));
        uint8_t *t = up; up = cur; cur = t;
    }
    free(row);
    *len = stride * (size_t)h;
    return raw;
}

bool gh_png_encode(const uint32_t *argb, int w, int h, int pitch, int level, uint8_t **out, size_t *outlen)
{
    size_t rawlen;
    uint8_t *raw = filter_rows(argb, w, h, pitch, &rawlen);
    if (!raw) return false;
    Buf z = {0};
    put(&z, 0x78); put(&z, 0x01); /* zlib header: deflate, 32 KiB window, check bits */
    if (level > 0) deflate_fixed(&z, raw, rawlen);
    else deflate_stored(&z, raw, rawlen);
    put32(&z, gh_adler32(1, raw, rawlen));
    free(raw);
    Buf f = {0};
    static const uint8_t sig[8] = {137, 80, 78, 71, 13, 10, 26, 10};
    for (int i = 0; i < 8; i++) put(&f, sig[i]);
    uint8_t ihdr[13] = {w >> 24, w >> 16, w >> 8, (uint8_t)w, h >> 24, h >> 16, h >> 8, (uint8_t)h,
                        8, 6, 0, 0, 0}; /* 8-bit RGBA, deflate, adaptive filters, no interlace */
    chunk(&f, "IHDR", ihdr, sizeof ihdr);
    chunk(&f, "IDAT", z.p, z.n);
    chunk(&f, "IEND", NULL, 0);
    bool ok = !z.oom && !f.oom;
    free(z.p);
    if (!ok) { free(f.p); return false; }
    *out = f.p;
    *outlen = f.n;
    return true;
}

bool gh_png_write_surface(SDL_Surface *s, const char *path)
{
    SDL_Surface *c = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0);
    if (!c) return false;
    uint8_t *png = NULL;
    size_t n = 0;
    SDL_LockSurface(c);
    bool ok = gh_png_encode(c->pixels, c->w, c->h, c->pitch, 1, &png, &n);
    SDL_UnlockSurface(c);
    SDL_FreeSurface(c);
    if (!ok) return false;
    FILE *f = fopen(path, "wb");
    ok = f && fwrite(png, 1, n, f) == n;
    if (f && fclose(f) != 0) ok = false;
    free(png);
    return ok;
}
