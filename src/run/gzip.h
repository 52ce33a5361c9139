/* gzip.h — a gzip file (RFC 1952) of uncompressed ("stored") deflate blocks (RFC 1951
 * §3.2.4), and the CRC-32 gzip checks it with. pprof's profile files are gzipped
 * protobuf; any gunzip reads stored blocks, so the writer needs no compression library:
 * the file is a few bytes larger than the data, never smaller. */
#ifndef GH_GZIP_H
#define GH_GZIP_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* CRC-32 (ISO-HDLC: reflected polynomial 0xEDB88320, initial and final xor ~0) of data,
 * continued from crc (0 to start). */
uint32_t gh_gzip_crc32(uint32_t crc, const void *data, size_t n);
/* Write data[0..n) to f as one gzip member. False when a write fails (errno says why). */
bool gh_gzip_write(FILE *f, const void *data, size_t n);

#endif
