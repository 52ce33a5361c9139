/* protobuf.c — protocol-buffer encoding (the wire format of developers.google.com/
 * protocol-buffers/docs/encoding).
 *
 * A varint holds 7 bits a byte, least significant group first, the top bit set on every
 * byte but the last: 300 = 0b1_0010_1100 is AC 02. A negative int64 is its 64-bit two's
 * complement, 10 bytes. A nested message is length-delimited like a string, and its
 * length is known only once its fields are written: gh_pb_begin notes where the fields
 * start, gh_pb_end measures them and slides them up to make room for the length's varint
 * (messages of a profile are small, so the move is cheap). */
#include <stdlib.h>
#include <string.h>
#include "run/protobuf.h"

enum { WIRE_VARINT = 0, WIRE_LEN = 2 };

static bool reserve(gh_PBuf *pb, size_t more)
{
    if (pb->oom) return false;
    if (pb->n + more <= pb->cap) return true;
    size_t cap = pb->cap ? pb->cap : 4096;
    while (cap < pb->n + more) cap *= 2;
    unsigned char *b = realloc(pb->b, cap);
    if (!b) return pb->oom = true, false;
    pb->b = b;
    pb->cap = cap;
    return true;
}

/* The varint of v into out (at least 10 bytes); its length. */
static size_t varint(unsigned char *out, uint64_t v)
{
    size_t n = 0;
    while (v >= 0x80) out[n++] = (unsigned char)(v | 0x80), v >>= 7;
    out[n++] = (unsigned char)v;
    return n;
}

static void put_varint(gh_PBuf *pb, uint64_t v)
{
    if (reserve(pb, 10)) pb->n += varint(pb->b + pb->n, v);
}

static void key(gh_PBuf *pb, int field, int wire) { put_varint(pb, (uint64_t)field << 3 | (uint64_t)wire); }

void gh_pb_uint(gh_PBuf *pb, int field, uint64_t v)
{
    key(pb, field, WIRE_VARINT);
    put_varint(pb, v);
}

void gh_pb_bytes(gh_PBuf *pb, int field, const void *data, size_t n)
{
    key(pb, field, WIRE_LEN);
    put_varint(pb, n);
    if (n && reserve(pb, n)) memcpy(pb->b + pb->n, data, n), pb->n += n;
}

void gh_pb_string(gh_PBuf *pb, int field, const char *s) { gh_pb_bytes(pb, field, s, strlen(s)); }

void gh_pb_packed(gh_PBuf *pb, int field, const uint64_t *v, size_t n)
{
    if (!n) return;
    size_t mark = gh_pb_begin(pb, field);
    for (size_t i = 0; i < n; i++) put_varint(pb, v[i]);
    gh_pb_end(pb, mark);
}

size_t gh_pb_begin(gh_PBuf *pb, int field)
{
    key(pb, field, WIRE_LEN);
    return pb->n;
}

void gh_pb_end(gh_PBuf *pb, size_t mark)
{
    if (pb->oom) return;
    unsigned char len[10];
    size_t k = varint(len, pb->n - mark);
    if (!reserve(pb, k)) return;
    memmove(pb->b + mark + k, pb->b + mark, pb->n - mark);
    memcpy(pb->b + mark, len, k);
    pb->n += k;
}

void gh_pb_free(gh_PBuf *pb)
{
    free(pb->b);
    memset(pb, 0, sizeof *pb);
}
