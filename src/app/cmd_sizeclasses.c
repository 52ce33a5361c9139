/* cmd_sizeclasses.c — `gohotel sizeclasses`: the size class table the simulator uses, as CSV. */
#include <stdio.h>
#include "runtime/runtime.h"
#include "app/cli.h"

int gh_cmd_sizeclasses(int argc, char **argv)
{
    if (argc > 1) {
        fprintf(stderr, "usage: gohotel sizeclasses\n");
        return 2;
    }
    printf("class,bytes_per_obj,bytes_per_span,objects,tail_waste\n");
    for (int c = 1; c < GH_NUM_SIZE_CLASSES; c++) {
        unsigned span = (unsigned)gh_class_to_npages[c] * GH_PAGE_SIZE;
        unsigned n = gh_class_nelems(c);
        printf("%d,%u,%u,%u,%u\n", c, gh_class_to_size[c], span, n, span - n * gh_class_to_size[c]);
    }
    return 0;
}
