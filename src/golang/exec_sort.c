/* exec_sort.c — sort.Ints(x) and sort.Strings(x), which Go 1.19 inlines as
 * Sort(IntSlice(x)) and Sort(StringSlice(x)): converting the slice to sort.Interface boxes its
 * 24-byte header on the heap (convTslice; a nil slice uses zerobase),
 * "sort.Interface(sort.IntSlice(sort.x)) escapes to heap", and Sort's pdqsort reorders the
 * elements in place. Sorted ints come out the same whatever the algorithm, so the
 * interpreter sorts a host copy of them; strings are sorted by Go's pdqsort (exec_pdqsort.c)
 * over host copies of their headers, so equal strings keep Go's order of their headers too.
 *
 * sort.Slice(x, less) is not inlined: x arrives as an interface (the caller boxed the
 * header: "people escapes to heap"), reflectlite.Swapper(x) makes the swap function, and
 * pdqsort_func calls the program's less(i, j) and that swap. Swapper allocates as Go's does:
 * nothing for 0 or 1 elements (a static function), else a 32-byte closure holding the slice
 * when the elements are one pointer word, strings, or 8, 4, 2 or 1 bytes without pointers;
 * for any other element type a scratch element (unsafe_New: its size, none when 0) and then
 * a 40-byte closure {typ, size, s, tmp} (48-byte class). sort.SliceStable allocates the same
 * and runs Go's stable sort (exec_stablesort.c); sort.Search(n, f) allocates nothing.
 */
#include "golang/exec_libcalls_int.h"
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

typedef struct StrSort {
    gh_String *h;   /* the headers, in host memory */
    char **text;    /* their bytes */
} StrSort;

static bool str_less(gh_XSorter *s, int64_t i, int64_t j)
{
    StrSort *ss = s->ctx;
    int64_t li = ss->h[i].len, lj = ss->h[j].len;
    int c = memcmp(ss->text[i], ss->text[j], (size_t)(li < lj ? li : lj));
    return c < 0 || (c == 0 && li < lj);
}

static void str_swap(gh_XSorter *s, int64_t i, int64_t j)
{
    StrSort *ss = s->ctx;
    gh_String h = ss->h[i];
    char *t = ss->text[i];
    ss->h[i] = ss->h[j], ss->text[i] = ss->text[j];
    ss->h[j] = h, ss->text[j] = t;
}

void gh_x_sort_strings(gh_Exec *ex, const gh_GoNode *n, const uint8_t *arg)
{
    gh_Slice s;
    memcpy(&s, arg, sizeof s);
    if (s.ptr) {   /* the interface box of StringSlice(x) */
        gh_Addr box = gh_mallocgc(ex->sim, 24, gh_x_type_id(ex, n->list[0]->type), true);
        gh_x_check(ex);
        if (!gh_store(ex->sim, box, &s, 24)) gh_x_check(ex);
    }
    if (s.len < 2) return;
    if (s.len > (int64_t)(64 << 20) / 16) gh_x_unsupported(ex, n->pos, "sort.Strings of more than %d elements is not supported", (64 << 20) / 16);
    StrSort ss;
    ss.h = gh_x_alloc(ex, (size_t)s.len * sizeof *ss.h);
    ss.text = gh_x_alloc(ex, (size_t)s.len * sizeof *ss.text);
    gh_x_load(ex, s.ptr, ss.h, (uint64_t)s.len * 16);
    uint64_t total = 0;   /* every string's bytes in one host buffer */
    for (int64_t i = 0; i < s.len; i++) total += (uint64_t)ss.h[i].len;
    if (total > (64u << 20)) gh_x_unsupported(ex, n->pos, "sort.Strings of more than %u bytes of text is not supported", 64u << 20);
    char *text = gh_x_alloc(ex, (size_t)total + 1);
    size_t used = 0;
    for (int64_t i = 0; i < s.len; i++) {
        ss.text[i] = text + used;
        gh_x_host_string(ex, ss.h[i], text, (size_t)total + 1, &used);
    }
    gh_XSorter so = {str_less, str_swap, &ss};
    gh_x_pdqsort(&so, s.len);
    gh_GoType *st = ex->prog->u.basic[GH_K_STRING];
    for (int64_t i = 0; i < s.len; i++) gh_x_store(ex, s.ptr + (uint64_t)i * 16, st, &ss.h[i]);
    gh_x_release(ex, text);
    gh_x_release(ex, ss.text);
    gh_x_release(ex, ss.h);
}

/* sort.Slice's sorter: the slice and less live in pinned frame words (a call of less may
 * grow and move the stack, or run a GC), read back before each use. */
typedef struct SliceSort {
    gh_Exec *ex;
    const gh_GoNode *n;
    gh_GoType *elem, *any, *fnt;
    uint64_t esize;
    int xmark, fmark;
    uint8_t *a, *b;   /* two elements' bytes */
} SliceSort;

static gh_Addr slice_base(SliceSort *ss)
{
    uint64_t e[2];
    gh_Slice h;
    gh_x_unpin(ss->ex, ss->xmark, ss->any, e);
    gh_x_load(ss->ex, e[1], &h, 24);
    return h.ptr;
}

/* Calls the program's func value pinned at fmark (of type fnt) with int arguments; its bool. */
static bool call_bool(gh_Exec *ex, const gh_GoNode *n, int fmark, gh_GoType *fnt, int64_t *ints, int nints)
{
    gh_Addr fv = 0;
    gh_x_unpin(ex, fmark, fnt, &fv);
    if (!fv) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
    if (gh_x_is_bound_builtin(ex, fv)) gh_x_unsupported(ex, n->pos, "a library function or method value is not supported as a sort callback");
    gh_GoFunc *fn = gh_x_funcval_fn(ex, fv);
    uint8_t recv[X_VMAX];
    const void *args[3] = {NULL, NULL, NULL};
    int k = 0;
    if (gh_x_method_recv(ex, fv, recv)) args[k++] = recv;   /* a method value */
    for (int i = 0; i < nints; i++) args[k++] = &ints[i];
    uint8_t res[8] = {0};
    gh_x_call(ex, fn, fn->ncaptured ? fv : 0, args, res, n->pos.line);
    return res[0] != 0;
}

static bool slice_less(gh_XSorter *s, int64_t i, int64_t j)
{
    SliceSort *ss = s->ctx;
    int64_t ij[2] = {i, j};
    return call_bool(ss->ex, ss->n, ss->fmark, ss->fnt, ij, 2);
}

static void slice_swap(gh_XSorter *s, int64_t i, int64_t j)
{
    SliceSort *ss = s->ctx;
    gh_Addr base = slice_base(ss);
    gh_Addr pi = base + (uint64_t)i * ss->esize, pj = base + (uint64_t)j * ss->esize;
    gh_x_load(ss->ex, pi, ss->a, ss->esize);
    gh_x_load(ss->ex, pj, ss->b, ss->esize);
    gh_x_store(ss->ex, pi, ss->elem, ss->b);
    gh_x_store(ss->ex, pj, ss->elem, ss->a);
}

/* reflectlite.Swapper's allocations (see the header); returns the closure, 0 if none. */
static gh_Addr swapper(gh_Exec *ex, gh_GoType *slice, gh_GoType *elem, int64_t len)
{
    if (len < 2) return 0;
    gh_GoProgram *p = ex->prog;
    gh_GoType *up = p->u.basic[GH_K_UNSAFEPTR];
    uint64_t size = (uint64_t)gh_x_size(elem);
    bool ptrs = gh_go_type_has_pointers(elem);
    bool small = ptrs ? size == 8 || gh_go_type_is_string(elem) : size == 8 || size == 4 || size == 2 || size == 1;
    static const char small_key[1], big_key[1];
    gh_Addr c;
    if (small) {
        const char *names[1] = {"s"};
        gh_GoType *types[1] = {slice};
        gh_GoType *ct = gh_x_closure_struct(ex, small_key, "reflectlite.Swapper.func", 1, names, types);
        X_BY(ex, "reflectlite.Swapper's swap closure", c = gh_mallocgc(ex->sim, (uint64_t)gh_x_size(ct), gh_x_type_id(ex, ct), true));
        gh_x_check(ex);
        return c;
    }
    if (size) {   /* tmp := unsafe_New(typ): the swap's scratch element */
        gh_Addr tmp;
        X_BY(ex, "reflectlite.Swapper's scratch element", tmp = gh_mallocgc(ex->sim, size, gh_x_type_id(ex, elem), true));
        gh_x_check(ex);
        gh_temp_push(ex->sim, tmp);
    }
    const char *names[4] = {"typ", "size", "s", "tmp"};
    gh_GoType *types[4] = {up, p->u.basic[GH_K_UINTPTR], up, up};
    gh_GoType *ct = gh_x_closure_struct(ex, big_key, "reflectlite.Swapper.func", 4, names, types);
    X_BY(ex, "reflectlite.Swapper's swap closure", c = gh_mallocgc(ex->sim, (uint64_t)gh_x_size(ct), gh_x_type_id(ex, ct), true));
    gh_x_check(ex);
    return c;
}

void gh_x_sort_slice(gh_Exec *ex, const gh_GoNode *n, const uint8_t *x, const uint8_t *less, bool stable)
{
    uint64_t e[2];
    gh_Addr fv;
    memcpy(e, x, 16);
    memcpy(&fv, less, 8);
    gh_GoType *dt = e[0] ? gh_x_rtype_get(ex, e[0]) : NULL;
    if (!dt || gh_go_under(dt)->kind != GH_K_SLICE) {
        char tb[96] = "nil";
        if (dt) gh_go_type_format(dt, tb, sizeof tb);
        gh_x_unsupported(ex, n->list[0]->pos, "sort.%s of a value of type %s is not supported (not a slice: Go panics in reflectlite.Swapper)",
                         stable ? "SliceStable" : "Slice", tb);
    }
    SliceSort ss = {ex, n, gh_go_under(dt)->elem, ex->prog->u.any, n->list[1]->type, 0, 0, 0, NULL, NULL};
    ss.esize = (uint64_t)gh_x_size(ss.elem);
    gh_Slice h;
    gh_x_load(ex, e[1], &h, 24);
    ss.xmark = gh_x_pin(ex, ss.any, e);
    ss.fmark = gh_x_pin(ex, ss.fnt, &fv);
    gh_Addr c = swapper(ex, dt, ss.elem, h.len);
    gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
    gh_x_pin(ex, up, &c);   /* swap stays live while pdqsort runs */
    if (h.len >= 2) {
        ss.a = gh_x_alloc(ex, (size_t)ss.esize + 8);
        ss.b = gh_x_alloc(ex, (size_t)ss.esize + 8);
        gh_XSorter so = {slice_less, slice_swap, &ss};
        if (stable) gh_x_stable_sort(&so, h.len);
        else gh_x_pdqsort(&so, h.len);
        gh_x_release(ex, ss.a);
        gh_x_release(ex, ss.b);
    }
    gh_x_unpin_all(ex, ss.xmark);
}

/* sort.Search(n, f): the smallest i in [0, n) with f(i) true (n if none), by Go's bisection
 * (h = (i+j)/2 unsigned; f(h) false: i = h+1, else j = h). Nothing allocated. */
void gh_x_sort_search(gh_Exec *ex, const gh_GoNode *n, const uint8_t *count, const uint8_t *f, void *out)
{
    int64_t i = 0, j;
    gh_Addr fv;
    memcpy(&j, count, 8);
    memcpy(&fv, f, 8);
    gh_GoType *fnt = n->list[1]->type;
    int mark = gh_x_pin(ex, fnt, &fv);
    while (i < j) {
        int64_t h = (int64_t)(((uint64_t)i + (uint64_t)j) >> 1);
        if (!call_bool(ex, n, mark, fnt, &h, 1)) i = h + 1;
        else j = h;
    }
    gh_x_unpin_all(ex, mark);
    if (out) memcpy(out, &i, 8);
}
