/* gostd.h — the standard-library types whose allocations lessons count: strings.Builder
 * and bytes.Buffer. Both live in simulated memory (a stack slot or a heap object) so the
 * collector sees the pointer to their buffer; these functions take the value's address. */
#ifndef GH_GOSTD_H
#define GH_GOSTD_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/gostring.h"

struct gh_Sim;
enum { GH_BUILDER_SIZE = 32, GH_BUFFER_SIZE = 40, GH_BUFFER_SMALL = 64 };

bool gh_builder_write_string(struct gh_Sim *sim, gh_Addr b, gh_String s);
bool gh_builder_write_byte(struct gh_Sim *sim, gh_Addr b, uint8_t c);
bool gh_builder_grow(struct gh_Sim *sim, gh_Addr b, int64_t n);
bool gh_builder_buf(struct gh_Sim *sim, gh_Addr b, gh_Slice *buf);
/* String(): the buffer's bytes as a string, no copy (Go's unsafe conversion). */
bool gh_builder_string(struct gh_Sim *sim, gh_Addr b, gh_String *out);
bool gh_builder_reset(struct gh_Sim *sim, gh_Addr b);

bool gh_buffer_write_string(struct gh_Sim *sim, gh_Addr b, gh_String s);
bool gh_buffer_write_byte(struct gh_Sim *sim, gh_Addr b, uint8_t c);
bool gh_buffer_grow(struct gh_Sim *sim, gh_Addr b, int64_t n);
bool gh_buffer_reset(struct gh_Sim *sim, gh_Addr b);
/* Len/Cap and the slice header. */
bool gh_buffer_state(struct gh_Sim *sim, gh_Addr b, gh_Slice *buf, int64_t *off);
/* String(): a copy of the unread bytes (allocates, as Go's does when the result escapes). */
bool gh_buffer_string(struct gh_Sim *sim, gh_Addr b, gh_String *out);

#endif
