/* go_arena.c — block allocator behind the Go front end (see go_arena.h).
 * Blocks are at least 64 KiB; growing arrays copy into a fresh slot of double
 * size, which wastes a little memory but keeps every pointer stable.
 */
#include "golang/go_arena.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gh_GoArenaBlock {
    gh_GoArenaBlock *next;
    size_t used, cap;
    /* payload follows, aligned by the 16-byte header rounding below */
};

#define BLOCK_MIN (64u * 1024u) /* bytes: amortises malloc over many nodes */
#define HDR ((sizeof(gh_GoArenaBlock) + 15u) & ~(size_t)15u)

void *gh_go_arena_alloc(gh_GoArena *a, size_t n)
{
    n = (n + 15u) & ~(size_t)15u;
    gh_GoArenaBlock *b = a->head;
    if (!b || b->used + n > b->cap) {
        size_t cap = n > BLOCK_MIN ? n : BLOCK_MIN;
        b = malloc(HDR + cap);
        if (!b) { fputs("gohotel: out of memory\n", stderr); abort(); }
        b->next = a->head; b->used = 0; b->cap = cap;
        a->head = b;
    }
    char *p = (char *)b + HDR + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
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

/* Capacity is implicit: we grow when n reaches a power of two (>= 4). */
void *gh_go_arena_push(gh_GoArena *a, void *arr_ptr, int *n, size_t elem)
{
    char **arr = arr_ptr;
    int k = *n;
    if (k == 0 || (k >= 4 && (k & (k - 1)) == 0)) {
        int cap = k == 0 ? 4 : k * 2;
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
    while (b) { gh_GoArenaBlock *n = b->next; free(b); b = n; }
    a->head = NULL;
}
