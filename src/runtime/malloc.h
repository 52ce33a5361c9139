/* malloc.h — mallocgc and its entry points (new, make, the string and slice helpers). */
#ifndef GH_MALLOC_H
#define GH_MALLOC_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/event.h"

struct gh_Sim;
/* Go's zerobase: the address every zero-size allocation returns. */
#define GH_ZEROBASE ((gh_Addr)0x5a0000)

/* Go's mallocgc: allocate size bytes for objects of type `type` (an id; the bitmap repeats
 * for arrays; GH_TYPE_BYTES = noscan). needzero=false is for callers that overwrite every
 * byte (rawstring). Returns 0 and sets the simulator error on failure. */
gh_Addr gh_mallocgc(struct gh_Sim *sim, uint64_t size, int32_t type, bool needzero);
/* new(T). */
gh_Addr gh_newobject(struct gh_Sim *sim, int32_t type);
/* An array of n values of type: checks n for the overflow Go reports as out of range. */
gh_Addr gh_newarray(struct gh_Sim *sim, int32_t type, int64_t n);
/* Serial number of the heap object holding a (set at allocation, so a slot reused by a new
 * object has a new one); 0 if a is in no live object; GH_SERIAL_NOT_HEAP for addresses
 * outside heap objects (globals, read-only data, stacks, zerobase). */
#define GH_SERIAL_NOT_HEAP 0xffffffffu
uint32_t gh_object_serial(struct gh_Sim *sim, gh_Addr a);
/* Bytes of memory an allocation of `size` really takes (size class or pages). */
uint64_t gh_alloc_footprint(uint64_t size, bool noscan);

#endif
