/* exec_stablesort.c — Go 1.19's stable sort (sort.stable_func, what sort.SliceStable runs),
 * through Less and Swap: insertion-sort blocks of 20 elements, then merge neighbouring
 * blocks of 20, 40, 80, ... in place with SymMerge (Kim and Kutzner's algorithm: find by
 * binary search where the two halves must exchange, rotate that middle part by block swaps,
 * merge the two sides left), so it calls Less and Swap as often, and in the same order, as Go.
 */
#include "golang/exec_libcalls_int.h"

static bool less(gh_XSorter *s, int64_t i, int64_t j) { return s->less(s, i, j); }
static void swap(gh_XSorter *s, int64_t i, int64_t j) { s->swap(s, i, j); }


static void swap_range(gh_XSorter *s, int64_t a, int64_t b, int64_t n)
{
    for (int64_t i = 0; i < n; i++) swap(s, a + i, b + i);
}

/* Exchanges the blocks [a, m) and [m, b). */
static void rotate(gh_XSorter *s, int64_t a, int64_t m, int64_t b)
{
    int64_t i = m - a, j = b - m;
    while (i != j) {
        if (i > j) {
            swap_range(s, m - i, m, j);
            i -= j;
        } else {
            swap_range(s, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(s, m - i, m, i);
}

static int64_t half(int64_t i, int64_t j) { return (int64_t)(((uint64_t)i + (uint64_t)j) >> 1); }

/* Merges the sorted runs [a, m) and [m, b). */
static void sym_merge(gh_XSorter *s, int64_t a, int64_t m, int64_t b)
{
    if (m - a == 1) {   /* one element on the left: binary-search its place, bubble it there */
        int64_t i = m, j = b;
        while (i < j) {
            int64_t h = half(i, j);
            if (less(s, h, a)) i = h + 1;
            else j = h;
        }
        for (int64_t k = a; k < i - 1; k++) swap(s, k, k + 1);
        return;
    }
    if (b - m == 1) {   /* one element on the right */
        int64_t i = a, j = m;
        while (i < j) {
            int64_t h = half(i, j);
            if (!less(s, m, h)) i = h + 1;
            else j = h;
        }
        for (int64_t k = m; k > i; k--) swap(s, k, k - 1);
        return;
    }
    int64_t mid = half(a, b), n = mid + m, start, r;
    if (m > mid) { start = n - b; r = mid; }
    else { start = a; r = m; }
    int64_t p = n - 1;
    while (start < r) {
        int64_t c = half(start, r);
        if (!less(s, p - c, c)) start = c + 1;
        else r = c;
    }
    int64_t end = n - start;
    if (start < m && m < end) rotate(s, start, m, end);
    if (a < start && start < mid) sym_merge(s, a, start, mid);
    if (mid < end && end < b) sym_merge(s, mid, end, b);
}

void gh_x_stable_sort(gh_XSorter *s, int64_t n)
{
    int64_t block = 20, a = 0, b = block;
    for (; b <= n; a = b, b += block) gh_x_insertion_sort(s, a, b);
    gh_x_insertion_sort(s, a, n);
    for (; block < n; block *= 2) {
        for (a = 0, b = 2 * block; b <= n; a = b, b += 2 * block) sym_merge(s, a, a + block, b);
        if (a + block < n) sym_merge(s, a, a + block, n);
    }
}
