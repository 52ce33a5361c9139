/* exec_pdqsort.c — Go 1.19's pattern-defeating quicksort (sort.pdqsort_func), driven through
 * a Less(i, j) and a Swap(i, j) as sort.Slice drives it. The order of equal elements after
 * an unstable sort depends on every step, so gohotel takes the same steps as Go:
 *   - a range of at most 12 elements is insertion-sorted (each element moved left by
 *     adjacent swaps while it is less than its neighbour: stable, the usual case in lessons);
 *   - after `limit` (bits.Len(n)) unbalanced partitions the range is heap-sorted;
 *   - after an unbalanced partition three elements near the middle are swapped with
 *     places picked by a xorshift generator seeded with the range's length (breakPatterns);
 *   - the pivot is the median of three (ranges of 8 or more; of three medians of three, a
 *     "ninther", from 50), and the number of swaps that choice took says whether the range
 *     looked increasing (0: try a partial insertion sort first, which gives up after 5
 *     out-of-order pairs, or at once below 50 elements) or decreasing (12: reverse it);
 *   - a pivot not greater than the element before the range puts the elements equal to it
 *     on the left (partitionEqual); otherwise partition around it and recurse into the
 *     shorter side, looping on the longer.
 * Written from the description of the algorithm (Orson Peters' pdqsort) and Go's choices.
 */
#include "golang/exec_libcalls_int.h"

static bool less(gh_XSorter *s, int64_t i, int64_t j) { return s->less(s, i, j); }
static void swap(gh_XSorter *s, int64_t i, int64_t j) { s->swap(s, i, j); }

void gh_x_insertion_sort(gh_XSorter *s, int64_t a, int64_t b)
{
    for (int64_t i = a + 1; i < b; i++)
        for (int64_t j = i; j > a && less(s, j, j - 1); j--) swap(s, j, j - 1);
}

/* Restores the heap property below root in the heap data[first+lo, first+hi). */
static void sift_down(gh_XSorter *s, int64_t lo, int64_t hi, int64_t first)
{
    int64_t root = lo;
    for (;;) {
        int64_t child = 2 * root + 1;
        if (child >= hi) return;
        if (child + 1 < hi && less(s, first + child, first + child + 1)) child++;
        if (!less(s, first + root, first + child)) return;
        swap(s, first + root, first + child);
        root = child;
    }
}

static void heap_sort(gh_XSorter *s, int64_t a, int64_t b)
{
    int64_t hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; i--) sift_down(s, i, hi, a);
    for (int64_t i = hi - 1; i >= 0; i--) {
        swap(s, a, a + i);
        sift_down(s, 0, i, a);
    }
}

static int bit_len(uint64_t x)
{
    int n = 0;
    while (x) { n++; x >>= 1; }
    return n;
}

static void break_patterns(gh_XSorter *s, int64_t a, int64_t b)
{
    int64_t length = b - a;
    if (length < 8) return;
    uint64_t random = (uint64_t)length;
    uint64_t modulus = 1ULL << bit_len((uint64_t)length);
    for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >> 17;
        random ^= random << 5;
        int64_t other = (int64_t)(random & (modulus - 1));
        if (other >= length) other -= length;
        swap(s, idx, a + other);
    }
}

/* Orders the indices *x, *y by their elements, counting a swap of the two. */
static void order2(gh_XSorter *s, int64_t *x, int64_t *y, int *swaps)
{
    if (less(s, *y, *x)) {
        int64_t t = *x;
        *x = *y;
        *y = t;
        ++*swaps;
    }
}

static int64_t median(gh_XSorter *s, int64_t a, int64_t b, int64_t c, int *swaps)
{
    order2(s, &a, &b, swaps);
    order2(s, &b, &c, swaps);
    order2(s, &a, &b, swaps);
    return b;
}

enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING };

static int64_t choose_pivot(gh_XSorter *s, int64_t a, int64_t b, int *hint)
{
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
        if (l >= 50) {
            i = median(s, i - 1, i, i + 1, &swaps);
            j = median(s, j - 1, j, j + 1, &swaps);
            k = median(s, k - 1, k, k + 1, &swaps);
        }
        j = median(s, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? HINT_INCREASING : swaps == 12 ? HINT_DECREASING : HINT_UNKNOWN;
    return j;
}

static void reverse_range(gh_XSorter *s, int64_t a, int64_t b)
{
    for (int64_t i = a, j = b - 1; i < j; i++, j--) swap(s, i, j);
}

/* Shifts at most 5 out-of-order elements into place; true if [a, b) ends up sorted. */
static bool partial_insertion_sort(gh_XSorter *s, int64_t a, int64_t b)
{
    int64_t i = a + 1;
    for (int step = 0; step < 5; step++) {
        while (i < b && !less(s, i, i - 1)) i++;
        if (i == b) return true;
        if (b - a < 50) return false;
        swap(s, i, i - 1);
        if (i - a >= 2)
            for (int64_t j = i - 1; j >= 1 && less(s, j, j - 1); j--) swap(s, j, j - 1);
        if (b - i >= 2)
            for (int64_t j = i + 1; j < b && less(s, j, j - 1); j++) swap(s, j, j - 1);
    }
    return false;
}

/* Elements equal to the pivot go left of the returned index (all are >= data[a-1]). */
static int64_t partition_equal(gh_XSorter *s, int64_t a, int64_t b, int64_t pivot)
{
    swap(s, a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !less(s, a, i)) i++;
        while (i <= j && less(s, a, j)) j--;
        if (i > j) return i;
        swap(s, i, j);
        i++;
        j--;
    }
}

/* Partitions [a, b) around data[pivot]; returns the pivot's new place. */
static int64_t partition(gh_XSorter *s, int64_t a, int64_t b, int64_t pivot, bool *already)
{
    swap(s, a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && less(s, i, a)) i++;
    while (i <= j && !less(s, j, a)) j--;
    *already = i > j;
    if (i > j) {
        swap(s, j, a);
        return j;
    }
    swap(s, i, j);
    i++;
    j--;
    for (;;) {
        while (i <= j && less(s, i, a)) i++;
        while (i <= j && !less(s, j, a)) j--;
        if (i > j) break;
        swap(s, i, j);
        i++;
        j--;
    }
    swap(s, j, a);
    return j;
}

static void pdqsort(gh_XSorter *s, int64_t a, int64_t b, int limit)
{
    bool balanced = true, partitioned = true;
    for (;;) {
        int64_t length = b - a;
        if (length <= 12) {
            gh_x_insertion_sort(s, a, b);
            return;
        }
        if (limit == 0) {
            heap_sort(s, a, b);
            return;
        }
        if (!balanced) {
            break_patterns(s, a, b);
            limit--;
        }
        int hint;
        int64_t pivot = choose_pivot(s, a, b, &hint);
        if (hint == HINT_DECREASING) {
            reverse_range(s, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = HINT_INCREASING;
        }
        if (balanced && partitioned && hint == HINT_INCREASING && partial_insertion_sort(s, a, b)) return;
        if (a > 0 && !less(s, a - 1, pivot)) {
            a = partition_equal(s, a, b, pivot);
            continue;
        }
        bool already;
        int64_t mid = partition(s, a, b, pivot, &already);
        partitioned = already;
        int64_t left = mid - a, right = b - mid;
        if (left < right) {
            balanced = left >= length / 8;
            pdqsort(s, a, mid, limit);
            a = mid + 1;
        } else {
            balanced = right >= length / 8;
            pdqsort(s, mid + 1, b, limit);
            b = mid;
        }
    }
}

void gh_x_pdqsort(gh_XSorter *s, int64_t n)
{
    pdqsort(s, 0, n, bit_len((uint64_t)n));
}
