/* test_png.c — the PNG encoder round-trips: chunk CRCs and the zlib Adler-32 check out, and
 * inflating the image data (stored and fixed-Huffman blocks, decoded here independently)
 * and undoing the row filters gives back every pixel; also a rendered frame saved to disk. */
#include <stdlib.h>
#include "fixture.h"
#include "offscreen.h"

typedef struct In { const uint8_t *p; size_t n, pos; uint32_t bit; } In;
static int getbit(In *in)
{
    if (in->pos >= in->n) return 0;
    int b = (in->p[in->pos] >> in->bit) & 1;
    if (++in->bit == 8) { in->bit = 0; in->pos++; }
    return b;
}
static uint32_t bits(In *in, int n) { uint32_t v = 0; for (int i = 0; i < n; i++) v |= (uint32_t)getbit(in) << i; return v; }
static int fixed_lit(In *in) /* RFC 1951 fixed code: read MSB-first */
{
    int c = 0;
    for (int i = 0; i < 7; i++) c = c << 1 | getbit(in);
    if (c <= 0x17) return 256 + c;
    c = c << 1 | getbit(in);
    if (c >= 0x30 && c <= 0xBF) return c - 0x30;
    if (c >= 0xC0 && c <= 0xC7) return 280 + c - 0xC0;
    c = c << 1 | getbit(in);
    return 144 + c - 0x190;
}
static const int LB[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const int LE[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const int DB[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const int DE[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

static size_t inflate(const uint8_t *z, size_t n, uint8_t *out, size_t cap)
{
    In in = {z + 2, n - 6, 0, 0}; /* skip the zlib header and the Adler-32 trailer */
    size_t o = 0;
    int final = 0;
    while (!final) {
        final = getbit(&in);
        int type = (int)bits(&in, 2);
        if (type == 0) {
            if (in.bit) { in.bit = 0; in.pos++; }
            size_t len = in.p[in.pos] | in.p[in.pos + 1] << 8;
            in.pos += 4;
            for (size_t i = 0; i < len && o < cap; i++) out[o++] = in.p[in.pos++];
        } else if (type == 1) {
            for (;;) {
                int s = fixed_lit(&in);
                if (s < 256) { if (o < cap) out[o++] = (uint8_t)s; continue; }
                if (s == 256) break;
                int len = LB[s - 257] + (int)bits(&in, LE[s - 257]);
                int dc = 0;
                for (int i = 0; i < 5; i++) dc = dc << 1 | getbit(&in);
                size_t dist = (size_t)(DB[dc] + (int)bits(&in, DE[dc]));
                for (int i = 0; i < len && o < cap; i++, o++) out[o] = out[o - dist];
            }
        } else {
            return 0;
        }
    }
    return o;
}

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3]; }

static void roundtrip(int level)
{
    enum { W = 97, H = 61 };
    uint32_t *px = malloc(sizeof(uint32_t) * W * H);
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) px[y * W + x] = 0xff000000u | (uint32_t)((x * 7) & 255) << 16 | (uint32_t)((y * 3) & 255) << 8 | (x / 10 % 2 ? 0x40 : 0);
    uint8_t *png;
    size_t n;
    CHECK(gh_png_encode(px, W, H, W * 4, level, &png, &n), "encode");
    static const uint8_t sig[8] = {137, 80, 78, 71, 13, 10, 26, 10};
    CHECK(n > 8 && !memcmp(png, sig, 8), "signature");
    uint8_t *idat = NULL;
    size_t idatn = 0;
    for (size_t p = 8; p + 12 <= n;) {
        uint32_t len = be32(png + p);
        CHECK(gh_crc32(0, png + p + 4, len + 4) == be32(png + p + 8 + len), "chunk %.4s CRC", png + p + 4);
        if (!memcmp(png + p + 4, "IHDR", 4)) CHECK(be32(png + p + 8) == W && be32(png + p + 12) == H, "IHDR size");
        if (!memcmp(png + p + 4, "IDAT", 4)) { idat = png + p + 8; idatn = len; }
        p += 12 + len;
    }
    CHECK(idat != NULL, "no IDAT");
    size_t rawn = (size_t)(W * 4 + 1) * H;
    uint8_t *raw = malloc(rawn);
    CHECK(idat && inflate(idat, idatn, raw, rawn) == rawn, "inflate length (level %d)", level);
    CHECK(idat && gh_adler32(1, raw, rawn) == be32(idat + idatn - 4), "Adler-32");
    int bad = 0;
    for (int y = 0; y < H; y++) {
        uint8_t *row = raw + (size_t)y * (W * 4 + 1), *up = y ? raw + (size_t)(y - 1) * (W * 4 + 1) + 1 : NULL;
        for (int i = 0; i < W * 4; i++) { /* undo Sub (1) or Up (2) in place */
            uint8_t pred = row[0] == 1 ? (i >= 4 ? row[1 + i - 4] : 0) : row[0] == 2 && up ? up[i] : 0;
            row[1 + i] = (uint8_t)(row[1 + i] + pred);
        }
        for (int x = 0; x < W; x++) {
            uint32_t p = px[y * W + x];
            uint8_t *q = row + 1 + x * 4;
            bad += q[0] != (uint8_t)(p >> 16) || q[1] != (uint8_t)(p >> 8) || q[2] != (uint8_t)p || q[3] != 255;
        }
    }
    CHECK(bad == 0, "level %d: %d pixels differ after the round trip", level, bad);
    free(raw);
    free(png);
    free(px);
}

CASE("stored blocks round-trip every pixel, with CRCs and Adler-32 that check out") { roundtrip(0); }
CASE("fixed-Huffman blocks round-trip every pixel, with CRCs and Adler-32 that check out") { roundtrip(1); }
CASE("CRC-32 of IEND is the PNG spec's AE426082") { CHECK_EQ(gh_crc32(0, (const uint8_t *)"IEND", 4), 0xAE426082u, "CRC-32 of IEND"); }

CASE("a rendered frame saved to disk is a PNG of the view's size")
{
    VC c = vc_open(640, 360, false);
    Fixture f = fx_small();
    gh_view_render(c.v, f.sim, 0);
    char path[] = "/tmp/gh_view_png_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0, "temp file");
    CHECK(gh_view_screenshot(c.v, path), "screenshot");
    FILE *fp = fopen(path, "rb");
    uint8_t head[24] = {0};
    CHECK(fp && fread(head, 1, 24, fp) == 24, "read back");
    CHECK_EQ(be32(head + 16), 640, "the PNG's width");
    CHECK_EQ(be32(head + 20), 360, "the PNG's height");
    if (fp) fclose(fp);
    remove(path);
    gh_sim_free(f.sim);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
