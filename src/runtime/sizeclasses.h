/* sizeclasses.h — Go's 68 size classes (class 0 = large) and the size→class lookup.
 * Data transcribed from Go 1.19 runtime/sizeclasses.go (identical through Go 1.22). */
#ifndef GH_SIZECLASSES_H
#define GH_SIZECLASSES_H
#include <stdint.h>

enum {
    GH_PAGE_SHIFT = 13,
    GH_PAGE_SIZE = 8192,            /* runtime page, not the OS page */
    GH_MAX_SMALL_SIZE = 32768,      /* largest object served from a size class */
    GH_NUM_SIZE_CLASSES = 68,       /* class 0 means "large object" */
    GH_NUM_SPAN_CLASSES = 136,      /* size class << 1 | noscan */
    GH_TINY_SIZE = 16,              /* the tiny allocator's block size */
    GH_TINY_SIZE_CLASS = 2,         /* the 16-byte class */
    GH_TINY_SPAN_CLASS = 5,         /* class 2, noscan */
    GH_MAX_OBJS_PER_SPAN = 1024,    /* 8-byte class: 8192 / 8 */
};

extern const uint16_t gh_class_to_size[GH_NUM_SIZE_CLASSES];
extern const uint8_t gh_class_to_npages[GH_NUM_SIZE_CLASSES];

/* Go's two lookup tables (8-byte steps to 1024 B, 128-byte steps above), built once by
 * gh_sizeclasses_init (gh_sim_new calls it). */
extern uint8_t gh_size_to_class8[1024 / 8 + 1];
extern uint8_t gh_size_to_class128[(32768 - 1024) / 128 + 1];
void gh_sizeclasses_init(void);
/* Smallest size class whose objects hold `size` bytes; size must be 1..32768. */
int gh_size_to_class(uint64_t size);
/* The same for mallocgc's fast path (tables must be built). */
static inline int gh_size_to_class_fast(uint64_t size)
{
    return size <= 1024 - 8 ? gh_size_to_class8[(size + 7) / 8] : gh_size_to_class128[(size - 1024 + 127) / 128];
}
/* Go's roundupsize: the class size for small sizes, else a multiple of 8 KiB. */
uint64_t gh_roundupsize(uint64_t size);
/* Objects per span of a class (span bytes / object size). */
uint32_t gh_class_nelems(int sizeclass);

static inline uint8_t gh_make_spanclass(int sizeclass, int noscan) { return (uint8_t)(sizeclass << 1 | (noscan ? 1 : 0)); }
static inline int gh_spanclass_sizeclass(uint8_t spc) { return spc >> 1; }
static inline int gh_spanclass_noscan(uint8_t spc) { return spc & 1; }

#endif
