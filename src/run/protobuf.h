/* protobuf.h — the few protocol-buffer encodings a profile.proto needs, into a growing
 * byte buffer: varints, length-delimited fields (strings, packed repeated numbers, nested
 * messages). Wire format: each field is a key varint (field number << 3 | wire type:
 * 0 varint, 2 length-delimited) then its value. */
#ifndef GH_PROTOBUF_H
#define GH_PROTOBUF_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct gh_PBuf {
    unsigned char *b;
    size_t n, cap;
    bool oom;                   /* a growth failed: the buffer is incomplete */
} gh_PBuf;

/* A varint field (uint64, or int64 as its two's complement); zero is written too. */
void gh_pb_uint(gh_PBuf *pb, int field, uint64_t v);
/* A length-delimited field of n raw bytes (a string, a bytes field). */
void gh_pb_bytes(gh_PBuf *pb, int field, const void *data, size_t n);
void gh_pb_string(gh_PBuf *pb, int field, const char *s);
/* A packed repeated varint field (nothing when n is 0). */
void gh_pb_packed(gh_PBuf *pb, int field, const uint64_t *v, size_t n);
/* A nested message: its fields are written between begin and end; end puts its length
 * in front of them. Returns the mark end needs. */
size_t gh_pb_begin(gh_PBuf *pb, int field);
void gh_pb_end(gh_PBuf *pb, size_t mark);
void gh_pb_free(gh_PBuf *pb);

#endif
