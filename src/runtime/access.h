/* access.h — checked loads and stores on simulated memory, and the write barrier.
 * Every access is validated: nil and wild addresses become Go's panic or fault text,
 * never a host crash. Pointer stores into the heap or globals go through the hybrid
 * write barrier while the collector marks. */
#ifndef GH_ACCESS_H
#define GH_ACCESS_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/event.h"

struct gh_Sim;
/* Host bytes for [a, a+n) if the whole range is live simulated memory (a heap object, the
 * used part of a goroutine stack, or globals); else NULL with a Go-worded error set. */
uint8_t *gh_mem(struct gh_Sim *sim, gh_Addr a, uint64_t n);
bool gh_load(struct gh_Sim *sim, gh_Addr a, void *out, uint64_t n);
bool gh_store(struct gh_Sim *sim, gh_Addr a, const void *in, uint64_t n);
bool gh_load_word(struct gh_Sim *sim, gh_Addr a, uint64_t *v);
/* *slot = v for a pointer-typed word, with the hybrid write barrier during a GC cycle:
 * shade the old value (deletion) and, while the goroutine's stack is grey, the new one. */
bool gh_store_ptr(struct gh_Sim *sim, gh_Addr slot, uint64_t v);
/* The write barrier alone (shade old *slot and v); used by bulk copies. */
void gh_write_barrier(struct gh_Sim *sim, gh_Addr slot, uint64_t old, uint64_t v);
/* Go's typedmemmove/memmove: copy n bytes; pointer words of the destination get barriers. */
bool gh_memmove(struct gh_Sim *sim, gh_Addr dst, gh_Addr src, uint64_t n);
/* Is address a on the running goroutine's stack? */
bool gh_on_curstack(struct gh_Sim *sim, gh_Addr a);

#endif
