/* sizeclasses.c — Go's size class table and the lookups mallocgc uses.
 * The two arrays are data from Go 1.19 runtime/sizeclasses.go (class_to_size,
 * class_to_allocnpages); the lookup tables there (size_to_class8/128) are derived
 * at first use from the rule they encode: "the smallest class whose size >= s". */
#include "runtime/sizeclasses.h"

const uint16_t gh_class_to_size[GH_NUM_SIZE_CLASSES] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
};

const uint8_t gh_class_to_npages[GH_NUM_SIZE_CLASSES] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6,
    5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

/* Go splits the lookup in two tables: 8-byte steps up to 1024 B and 128-byte steps
 * above. We build the same two tables once, from the class sizes. */
uint8_t gh_size_to_class8[1024 / 8 + 1];
uint8_t gh_size_to_class128[(32768 - 1024) / 128 + 1];
static int tables_ready; /* the tables are the same for every simulator: built once */

static int smallest_class_for(uint64_t size)
{
    for (int c = 1; c < GH_NUM_SIZE_CLASSES; c++)
        if (gh_class_to_size[c] >= size) return c;
    return 0;
}

void gh_sizeclasses_init(void)
{
    if (tables_ready) return;
    for (int i = 0; i <= 1024 / 8; i++) gh_size_to_class8[i] = (uint8_t)smallest_class_for((uint64_t)i * 8);
    for (int j = 0; j <= (32768 - 1024) / 128; j++)
        gh_size_to_class128[j] = (uint8_t)smallest_class_for(1024 + (uint64_t)j * 128);
    tables_ready = 1;
}

int gh_size_to_class(uint64_t size)
{
    gh_sizeclasses_init();
    if (size == 0 || size > GH_MAX_SMALL_SIZE) return 0;
    return gh_size_to_class_fast(size);
}

uint64_t gh_roundupsize(uint64_t size)
{
    if (size < GH_MAX_SMALL_SIZE) {
        if (size == 0) return 0;
        return gh_class_to_size[gh_size_to_class(size)];
    }
    if (size + GH_PAGE_SIZE < size) return size; /* overflow: Go returns size unchanged */
    return (size + GH_PAGE_SIZE - 1) & ~(uint64_t)(GH_PAGE_SIZE - 1);
}

uint32_t gh_class_nelems(int sizeclass)
{
    if (sizeclass <= 0 || sizeclass >= GH_NUM_SIZE_CLASSES) return 0;
    return (uint32_t)gh_class_to_npages[sizeclass] * GH_PAGE_SIZE / gh_class_to_size[sizeclass];
}
