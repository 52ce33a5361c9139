/* go_ast.c — constructors for syntax-tree nodes.  All nodes live in the
 * source's arena, so they are never freed one by one.
 */
#include "golang/go_ast.h"

gh_GoNode *gh_go_node_new(gh_GoSource *src, gh_GoNodeKind kind, gh_GoPos pos)
{
    gh_GoNode *n = gh_go_arena_alloc(&src->arena, sizeof *n);
    n->kind = kind;
    n->pos = pos;
    return n;
}

void gh_go_node_append(gh_GoSource *src, gh_GoNode *n, int which, gh_GoNode *child)
{
    if (which == 1)
        *(gh_GoNode **)gh_go_arena_push(&src->arena, &n->list, &n->nlist, sizeof child) = child;
    else
        *(gh_GoNode **)gh_go_arena_push(&src->arena, &n->list2, &n->nlist2, sizeof child) = child;
}
