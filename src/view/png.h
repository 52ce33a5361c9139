/* png.h — a small PNG encoder (8-bit RGBA, zlib with fixed-Huffman deflate blocks,
 * CRC-32 and Adler-32 written here) so frames can be saved without another library. */
#ifndef GH_PNG_H
#define GH_PNG_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <SDL.h>

/* Encode w×h pixels of 0xAARRGGBB (pitch in bytes) as PNG into a malloc'd buffer; the caller
 * frees *out. level 0 writes stored blocks, 1 compresses. False if out of memory. */
bool gh_png_encode(const uint32_t *argb, int w, int h, int pitch, int level, uint8_t **out, size_t *outlen);
/* Write an SDL surface (any format) as a PNG file. */
bool gh_png_write_surface(SDL_Surface *s, const char *path);
/* CRC-32 (ISO 3309, as PNG chunks use) and Adler-32 (zlib) of a byte run. */
uint32_t gh_crc32(uint32_t crc, const uint8_t *p, size_t n);
uint32_t gh_adler32(uint32_t adler, const uint8_t *p, size_t n);

#endif
