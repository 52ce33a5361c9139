/* exec_libcalls_int.h — the library calls with more than one argument or a callback into the
 * program: strings.Split/Fields/Join/Replace/ReplaceAll/ToLower/TrimSpace/Index
 * (exec_strings.c), sort.Strings, sort.Slice, SliceStable and Search (exec_sort.c) over Go's
 * pdqsort (exec_pdqsort.c) and stable sort (exec_stablesort.c).
 */
#ifndef GH_EXEC_LIBCALLS_INT_H
#define GH_EXEC_LIBCALLS_INT_H
#include "golang/exec_int.h"

/* What pdqsort sorts: Less and Swap of two indices, as sort's lessSwap. */
typedef struct gh_XSorter gh_XSorter;
struct gh_XSorter {
    bool (*less)(gh_XSorter *s, int64_t i, int64_t j);
    void (*swap)(gh_XSorter *s, int64_t i, int64_t j);
    void *ctx;
};
void gh_x_pdqsort(gh_XSorter *s, int64_t n);
void gh_x_stable_sort(gh_XSorter *s, int64_t n);   /* exec_stablesort.c */
/* Sorts [a, b) by insertion, as sort's insertionSort (both sorts use it on short runs). */
void gh_x_insertion_sort(gh_XSorter *s, int64_t a, int64_t b);

/* strings.<name>(args...): false if l is not one of exec_strings.c's. */
bool gh_x_call_strings(gh_Exec *ex, const gh_GoNode *n, const gh_GoLibFunc *l, uint8_t args[][X_VMAX], void *out);

/* sort.Strings(x), sort.Slice(x, less) and sort.SliceStable (stable), sort.Search(n, f). */
void gh_x_sort_strings(gh_Exec *ex, const gh_GoNode *n, const uint8_t *arg);
void gh_x_sort_slice(gh_Exec *ex, const gh_GoNode *n, const uint8_t *x, const uint8_t *less, bool stable);
void gh_x_sort_search(gh_Exec *ex, const gh_GoNode *n, const uint8_t *count, const uint8_t *f, void *out);

/* exec_lib.c: library function l on evaluated arguments (4 at most). */
void gh_x_call_lib_values(gh_Exec *ex, gh_GoNode *n, const gh_GoLibFunc *l, uint8_t args[][X_VMAX], void *out);

/* exec_libfuncval.c: `up := strings.ToLower` — a library function as a value, and a call of it. */
bool gh_x_lib_func_as_value(const gh_GoLibFunc *l);
gh_Addr gh_x_lib_funcval(gh_Exec *ex, const gh_GoNode *n);
void gh_x_lib_funcval_call(gh_Exec *ex, gh_GoNode *call, const gh_GoLibFunc *l, const void *const *args, int nargs, void *out);

#endif
