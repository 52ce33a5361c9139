/* go_arena.h — the bump allocator that owns every token, node, type and escape
 * location of one parsed Go program.  Freed in one call; nothing inside it is
 * freed alone, so the front end never has to track lifetimes.
 */
#ifndef GH_GO_ARENA_H
#define GH_GO_ARENA_H
#include <stddef.h>

typedef struct gh_GoArenaBlock gh_GoArenaBlock;

typedef struct gh_GoArena {
    gh_GoArenaBlock *head; /* most recent block; older blocks chain behind it */
} gh_GoArena;

/* Returns zeroed memory that lives until gh_go_arena_free; aborts on OOM. */
void *gh_go_arena_alloc(gh_GoArena *a, size_t n);
/* Copies n bytes of s and appends a NUL. */
char *gh_go_arena_strndup(gh_GoArena *a, const char *s, size_t n);
/* printf into arena memory. */
char *gh_go_arena_printf(gh_GoArena *a, const char *fmt, ...);
/* Grows *arr (of *n elements, elem bytes each) by one slot; returns the slot. */
void *gh_go_arena_push(gh_GoArena *a, void *arr_ptr, int *n, size_t elem);
/* Releases every block. */
void gh_go_arena_free(gh_GoArena *a);

#endif
