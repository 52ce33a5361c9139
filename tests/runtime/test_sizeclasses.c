/* test_sizeclasses.c — the size class table and the request→class rule match Go 1.19. */
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "runtime/sizeclasses.h"

CASE("the table matches Go's sizeclasses.csv")
{
    /* Go's table (runtime/sizeclasses.go, Go 1.19) as CSV */
    FILE *f = fopen(GOHOTEL_SOURCE_DIR "/tests/runtime/data/go_sizeclasses.csv", "r");
    CHECK(f != NULL, "tests/runtime/data/go_sizeclasses.csv is readable");
    if (!f) return;
    char line[128];
    CHECK(fgets(line, sizeof line, f) != NULL, "csv header");
    int rows = 0;
    unsigned c, size, span, objs, tail;
    while (fscanf(f, "%u,%u,%u,%u,%u", &c, &size, &span, &objs, &tail) == 5) {
        CHECK_EQ(gh_class_to_size[c], size, "class size");
        CHECK_EQ(gh_class_to_npages[c] * GH_PAGE_SIZE, span, "span bytes");
        CHECK_EQ(gh_class_nelems((int)c), objs, "objects per span");
        CHECK_EQ(span - objs * size, tail, "tail waste");
        rows++;
    }
    fclose(f);
    CHECK_EQ(rows, 67, "67 real size classes");
}

CASE("asking 33 bytes gets a 48-byte room")
{
    CHECK_EQ(gh_class_to_size[gh_size_to_class(33)], 48, "33 B → 48 B class");
    CHECK_EQ(gh_size_to_class(33), 5, "class 5");
}

CASE("every size maps to the smallest class that fits")
{
    uint64_t wrong = 0; /* the first size whose class is too small or not the smallest */
    int wrongClass = 0;
    for (uint64_t s = 1; s <= GH_MAX_SMALL_SIZE && !wrong; s++) {
        int c = gh_size_to_class(s);
        if (gh_class_to_size[c] < s || (c > 1 && gh_class_to_size[c - 1] >= s)) wrong = s, wrongClass = c;
    }
    CHECK_EQ(wrong, 0, "each size 1..%d gets the smallest class ≥ it (the first that does not: class %d)",
             GH_MAX_SMALL_SIZE, wrongClass);
}

CASE("roundupsize rounds large sizes to pages")
{
    CHECK_EQ(gh_roundupsize(32768), 32768, "largest small size");
    CHECK_EQ(gh_roundupsize(32769), 40960, "32769 → 5 pages");
    CHECK_EQ(gh_roundupsize(100000), 106496, "100000 → 13 pages");
    CHECK_EQ(gh_roundupsize((1 << 20) + 1), 1056768, "1 MiB + 1 → 129 pages");
    CHECK_EQ(gh_roundupsize(1017), 1024, "1017..1024 → 1024");
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
