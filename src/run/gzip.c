/* gzip.c — gzip without compression.
 *
 * A gzip member is a 10-byte header (magic 1f 8b, method 8 = deflate, no flags, mtime 0,
 * OS 255 "unknown": no clock, so the same profile gives the same bytes), a deflate stream,
 * then CRC-32 and the length mod 2^32 of the original data, both little-endian.
 * The deflate stream here is a run of stored blocks: a 3-bit block header (BFINAL, then
 * BTYPE 00) padded to the byte, LEN and its one's complement NLEN (16 bits each,
 * little-endian), then LEN bytes as they are. LEN is at most 65535, so data is cut into
 * blocks of that size; empty data is one empty final block.
 *
 * CRC-32 here is the table-driven form: the table holds, for each byte value, its
 * remainder after eight shifts through the reflected polynomial 0xEDB88320; each input
 * byte then costs one lookup. The table is computed on first use (8 KiB of work). */
#include "run/gzip.h"

enum { STORED_MAX = 65535 };    /* the largest LEN a stored block can carry */

static void crc_table(uint32_t t[256])
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[i] = c;
    }
}

uint32_t gh_gzip_crc32(uint32_t crc, const void *data, size_t n)
{
    static uint32_t table[256];
    if (!table[1]) crc_table(table);   /* a pure function of nothing: racing threads write the same */
    const unsigned char *p = data;
    crc = ~crc;
    for (size_t i = 0; i < n; i++) crc = table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
    return ~crc;
}

static void le32(unsigned char *b, uint32_t v)
{
    for (int i = 0; i < 4; i++) b[i] = (unsigned char)(v >> (8 * i));
}

bool gh_gzip_write(FILE *f, const void *data, size_t n)
{
    static const unsigned char header[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255};
    if (fwrite(header, 1, sizeof header, f) != sizeof header) return false;
    const unsigned char *p = data;
    size_t off = 0;
    do {
        size_t len = n - off < STORED_MAX ? n - off : STORED_MAX;
        bool last = off + len == n;
        unsigned char b[5] = {last ? 1 : 0, (unsigned char)len, (unsigned char)(len >> 8),
                              (unsigned char)~len, (unsigned char)(~len >> 8)};
        if (fwrite(b, 1, 5, f) != 5 || (len && fwrite(p + off, 1, len, f) != len)) return false;
        off += len;
    } while (off < n);
    unsigned char tail[8];
    le32(tail, gh_gzip_crc32(0, data, n));
    le32(tail + 4, (uint32_t)n);
    return fwrite(tail, 1, 8, f) == 8;
}
