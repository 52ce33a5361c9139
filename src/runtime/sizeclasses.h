/* sizeclasses.h — Go's 68 size classes (class 0 = large) and the size→class lookup.
 * Data transcribed from Go 1.19 runtime/sizeclasses.go (identical through Go 1.22). */
#ifndef GH_SIZECLASSES_H
#define GH_SIZECLASSES_H
#include <stdint.h>
#include "runtime/runtime.h"

/* Go's two lookup tables (8-byte steps to 1024 B, 128-byte steps above), built once by
 * gh_sizeclasses_init (gh_sim_new calls it). */
extern uint8_t gh_size_to_class8[1024 / 8 + 1];
extern uint8_t gh_size_to_class128[(32768 - 1024) / 128 + 1];
void gh_sizeclasses_init(void);
/* The same for mallocgc's fast path (tables must be built). */
static inline int gh_size_to_class_fast(uint64_t size)
{
    return size <= 1024 - 8 ? gh_size_to_class8[(size + 7) / 8] : gh_size_to_class128[(size - 1024 + 127) / 128];
}

#endif
