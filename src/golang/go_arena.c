/* go_arena.c — block allocator behind the Go front end (see go_arena.h).
 * Growing arrays copy into a fresh slot of double size, which wastes a little
 * memory but keeps every pointer stable.
 *
 * Blocks come straight from mmap, so they are already zero and nothing is ever
 * cleared by hand; memory handed out is never reused before the arena is freed,
 * so it stays zero until its owner writes it. A file of 100 000 functions needs
 * about 170 MiB of nodes, and touching that many fresh 4 KiB pages one by one
 * was most of the front end's time: blocks double from 256 KiB to 16 MiB and the
 * big ones ask for transparent huge pages (2 MiB each, 512 times fewer faults).
 * Every page touched is one the kernel zeroes first (on this project's machine about
 * 1 GB/s, half of the front end's time), so bytes are what costs: requests round to 8
 * bytes, not 16 (token spellings are mostly 2-8 bytes), and node lists start small.
 */
#include "golang/go_arena.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct gh_GoArenaBlock {
    gh_GoArenaBlock *next;
    size_t used, cap;       /* payload bytes; the mapping is HDR + cap bytes */
    /* payload follows, aligned by the 16-byte header rounding below */
};

#define BLOCK_MIN ((size_t)256 << 10) /* bytes: the first block */
#define BLOCK_MAX ((size_t)16 << 20)  /* bytes: blocks stop doubling here */
#define HUGE_PAGE ((size_t)2 << 20)
#define HDR ((sizeof(gh_GoArenaBlock) + 15u) & ~(size_t)15u)

static gh_GoArenaBlock *new_block(gh_GoArenaBlock *prev, size_t n)
{
    size_t cap = prev ? prev->cap * 2 : BLOCK_MIN;
    if (cap > BLOCK_MAX) cap = BLOCK_MAX;
    if (cap < n) cap = n;
    void *m = mmap(NULL, HDR + cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) { fputs("gohotel: out of memory\n", stderr); abort(); }
#ifdef MADV_HUGEPAGE
    if (HDR + cap >= 2 * HUGE_PAGE) madvise(m, HDR + cap, MADV_HUGEPAGE); /* a hint; fine if refused */
#endif
    gh_GoArenaBlock *b = m;
    b->next = prev; b->used = 0; b->cap = cap;
    return b;
}

void *gh_go_arena_alloc(gh_GoArena *a, size_t n)
{
    n = (n + 7u) & ~(size_t)7u; /* 8: nothing in the front end needs more alignment */
    gh_GoArenaBlock *b = a->head;
    if (!b || b->used + n > b->cap) b = a->head = new_block(b, n);
    char *p = (char *)b + HDR + b->used;
    b->used += n;
    return p; /* zero: fresh from mmap, never handed out before */
}

char *gh_go_arena_strndup(gh_GoArena *a, const char *s, size_t n)
{
    char *p = gh_go_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    return p;
}

char *gh_go_arena_printf(gh_GoArena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = gh_go_arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

/* Capacity is implicit: the first slot holds FIRST_CAP elements and we grow when n
 * reaches a power of two at or above it. Most node lists hold one or two pointers
 * (call arguments, assignment sides), so pointer arrays start at two (16 bytes);
 * larger elements start at four. */
#define FIRST_CAP(elem) ((elem) <= sizeof(void *) ? 2 : 4)
void *gh_go_arena_push(gh_GoArena *a, void *arr_ptr, int *n, size_t elem)
{
    char **arr = arr_ptr;
    int k = *n;
    int first = FIRST_CAP(elem);
    if (k == 0 || (k >= first && (k & (k - 1)) == 0)) {
        int cap = k == 0 ? first : k * 2;
        char *fresh = gh_go_arena_alloc(a, (size_t)cap * elem);
        if (k) memcpy(fresh, *arr, (size_t)k * elem);
        *arr = fresh;
    }
    *n = k + 1;
    return *arr + (size_t)k * elem;
}

void gh_go_arena_free(gh_GoArena *a)
{
    gh_GoArenaBlock *b = a->head;
    while (b) { gh_GoArenaBlock *n = b->next; munmap(b, HDR + b->cap); b = n; }
    a->head = NULL;
}
