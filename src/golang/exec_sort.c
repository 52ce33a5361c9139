/* exec_sort.c — sort.Ints(x), which Go 1.19 inlines as Sort(IntSlice(x)): converting the
 * slice to sort.Interface boxes its 24-byte header on the heap (convTslice; a nil slice uses
 * zerobase), "sort.Interface(sort.IntSlice(sort.x)) escapes to heap", and Sort's pdqsort
 * reorders the elements in place. Sorted ints come out the same whatever the algorithm, so
 * the interpreter sorts a host copy and writes it back into the simulated array (nothing is
 * allocated beyond the box).
 */
#include "golang/exec_int.h"
#include <stdlib.h>
#include <string.h>

static int by_value(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

void gh_x_sort_ints(gh_Exec *ex, const gh_GoNode *n, const uint8_t *arg)
{
    gh_Slice s;
    memcpy(&s, arg, sizeof s);
    if (s.ptr) {   /* the interface box of IntSlice(x) */
        gh_GoType *st = n->list[0]->type;
        gh_Addr box = gh_mallocgc(ex->sim, 24, gh_x_type_id(ex, st), true);
        gh_x_check(ex);
        if (!gh_store(ex->sim, box, &s, 24)) gh_x_check(ex);
    }
    if (s.len < 2) return;
    if (s.len > (int64_t)(64 << 20) / 8) gh_x_unsupported(ex, n->pos, "sort.Ints of more than %d elements is not supported", (64 << 20) / 8);
    int64_t *v = gh_x_alloc(ex, (size_t)s.len * 8);
    gh_x_load(ex, s.ptr, v, (uint64_t)s.len * 8);
    qsort(v, (size_t)s.len, 8, by_value);
    if (!gh_store(ex->sim, s.ptr, v, (uint64_t)s.len * 8)) gh_x_check(ex);
    gh_x_release(ex, v);
}
