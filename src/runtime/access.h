/* access.h — checked loads and stores on simulated memory, and the write barrier.
 * Every access is validated: nil and wild addresses become Go's panic or fault text,
 * never a host crash. Pointer stores into the heap or globals go through the hybrid
 * write barrier while the collector marks. */
#ifndef GH_ACCESS_H
#define GH_ACCESS_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/runtime.h"

struct gh_Sim;
/* The write barrier alone (shade old *slot and v); used by bulk copies. The checked loads
 * and stores themselves (gh_load, gh_store, gh_store_ptr, gh_memmove, ...) are public in
 * runtime.h. */
void gh_write_barrier(struct gh_Sim *sim, gh_Addr slot, uint64_t old, uint64_t v);

#endif
