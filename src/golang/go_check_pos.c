/* go_check_pos.c — the position Go 1.19 gives an implicit conversion that takes it from
 * context. Go's compiler (its "irgen" pass) translates each expression in source order and
 * notes the position of every non-constant expression it starts as the "current position";
 * a call of a function also leaves its own position there once its arguments are done.
 * Conversions made after a whole list is translated (append's arguments, a declaration's
 * or an assignment's values) take whatever position was current last: the trail position.
 */
#include <string.h>
#include "golang/go_check_int.h"

static gh_GoPos trail_list(gh_GoNode **l, int n, gh_GoPos pos)
{
    for (int i = 0; i < n; i++) pos = gh_go_trail_pos(l[i], pos);
    return pos;
}

/* A call that is a built-in or a conversion, not a call of a function. */
static int builtin_call(const gh_GoNode *n)
{
    switch (n->op) {
    case GH_OP_CONV: case GH_OP_CONVIFACE: case GH_OP_STR2BYTES: case GH_OP_BYTES2STR: case GH_OP_RUNE2STR: case GH_OP_STR2RUNES: case GH_OP_RUNES2STR:
    case GH_OP_LEN: case GH_OP_CAP: case GH_OP_NEW: case GH_OP_MAKESLICE: case GH_OP_APPEND:
    case GH_OP_COPY: case GH_OP_PRINT: case GH_OP_PRINTLN: case GH_OP_PANIC: case GH_OP_RECOVER:
        return 1;
    default:
        return 0;
    }
}

gh_GoPos gh_go_trail_pos(const gh_GoNode *n, gh_GoPos pos)
{
    if (!n || n->op == GH_OP_CONST || n->op == GH_OP_TYPE) return pos;   /* constants and types are not translated as expressions */
    switch (n->kind) {
    case GH_N_CONVIFACE: case GH_N_ADDR_IMPLICIT: case GH_N_DEREF_IMPLICIT:   /* the checker's, not the source's */
        return gh_go_trail_pos(n->x, pos);
    case GH_N_DDDSLICE:
        return trail_list(n->list, n->nlist, pos);
    case GH_N_NAME:
        return n->name && !strcmp(n->name, "_") ? pos : n->pos;
    case GH_N_SELECTOR:   /* pkg.Name is one name; x.f goes on into x */
        return n->op == GH_OP_PKGMEMBER ? n->pos : gh_go_trail_pos(n->x, n->pos);
    case GH_N_INDEX: case GH_N_BINARY:
        return gh_go_trail_pos(n->y, gh_go_trail_pos(n->x, n->pos));
    case GH_N_SLICE:
        return gh_go_trail_pos(n->w, gh_go_trail_pos(n->z, gh_go_trail_pos(n->y, gh_go_trail_pos(n->x, n->pos))));
    case GH_N_TYPEASSERT: case GH_N_STAR: case GH_N_UNARY:
        return gh_go_trail_pos(n->x, n->pos);
    case GH_N_CALL:   /* a function call leaves its own position; a built-in its arguments' */
        return builtin_call(n) ? trail_list(n->list, n->nlist, n->pos) : n->pos;
    case GH_N_COMPOSITE:
        pos = n->pos;
        for (int i = 0; i < n->nlist; i++) {
            const gh_GoNode *e = n->list[i];
            if (e->kind == GH_N_KEYVALUE) {   /* a struct literal's keys are field names */
                if (n->op != GH_OP_STRUCTLIT) pos = gh_go_trail_pos(e->x, pos);
                pos = gh_go_trail_pos(e->y, pos);
            } else {
                pos = gh_go_trail_pos(e, pos);
            }
        }
        return pos;
    default:   /* a function literal, and anything else: its own position */
        return n->pos;
    }
}
