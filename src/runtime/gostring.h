/* gostring.h — Go strings and slices as the runtime builds them: concatstrings, the
 * string/[]byte conversions, makeslice and growslice (runtime/string.go, slice.go). */
#ifndef GH_GOSTRING_H
#define GH_GOSTRING_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/event.h"

typedef struct gh_String { gh_Addr ptr; int64_t len; } gh_String;
typedef struct gh_Slice { gh_Addr ptr; int64_t len, cap; } gh_Slice;

enum { GH_TMP_STRING_BUF = 32 }; /* Go's tmpStringBufSize: non-escaping results up to 32 B stay on the stack */

struct gh_Sim;
/* Go's staticuint64s table: one-byte strings and small boxed integers point here. */
gh_Addr gh_staticuint64(uint8_t b);
/* Go's concatstrings: buf is a 32-byte stack buffer when the result does not escape, else 0
 * (x += y always passes 0). Returns false (sim error set) on failure. */
bool gh_concatstrings(struct gh_Sim *sim, gh_Addr buf, const gh_String *a, int n, gh_String *out);
/* A Go string literal: its bytes in read-only data (deduplicated), never in the heap. */
bool gh_string_literal(struct gh_Sim *sim, const char *s, int64_t n, gh_String *out);
/* string(b): slicebytetostring. */
bool gh_slicebytetostring(struct gh_Sim *sim, gh_Addr buf, gh_Addr p, int64_t n, gh_String *out);
/* []byte(s): stringtoslicebyte (cap rounded up to the size class when heap-allocated). */
bool gh_stringtoslicebyte(struct gh_Sim *sim, gh_Addr buf, gh_String s, gh_Slice *out);
/* make([]T, len, cap). */
bool gh_makeslice(struct gh_Sim *sim, int32_t elemType, int64_t len, int64_t cap, gh_Slice *out);
/* Go's growslice: a new backing array for at least newLen elements, old contents copied.
 * out->len is newLen (append's result); Go 1.19's growslice itself returns the old length. */
bool gh_growslice(struct gh_Sim *sim, int32_t elemType, gh_Slice old, int64_t newLen, gh_Slice *out);
/* The capacity growslice picks (the rule alone, for views and tests). */
int64_t gh_growslice_cap(int64_t oldCap, int64_t newLen, uint64_t elemSize);
/* append(s, bytes...) for a []byte: grows when needed. */
bool gh_append_bytes(struct gh_Sim *sim, gh_Slice *s, const void *bytes, int64_t n);
/* Read-only data: string literals live here, not in the heap (Go puts them in rodata). */
gh_Addr gh_rodata_string(struct gh_Sim *sim, const char *s, int64_t n);

#endif
