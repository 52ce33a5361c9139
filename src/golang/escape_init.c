/* escape_init.c — package-level var initializers. Go 1.19 lays out what it can as static
 * data (staticinit: constants, &T{...}, slice/array/struct literals, []byte("const"),
 * closures, boxes of such values, copies of other globals) and compiles the rest into the
 * package's init function, whose escape analysis runs after every other function's:
 * `var p = new(int)` prints "new(int) escapes to heap", `var s = []int{1, 2}` nothing.
 * Nodes laid out statically are marked esc = 3 (the interpreter puts them in the data
 * segment); the pieces left to init are analysed as assignments to the globals.
 */
#include "golang/escape_int.h"
#include <string.h>

typedef struct Init { gh_EscState *e; gh_GoNode *body; const gh_GoNode *lhs; } Init;

static void dynamic(Init *in, gh_GoNode *x)
{
    gh_GoSource *src = in->e->prog->src;
    gh_GoNode *a = gh_go_node_new(src, GH_N_ASSIGN, x->pos);
    a->tok = GH_T_ASSIGN;
    *(gh_GoNode **)gh_go_arena_push(in->e->arena, &a->list, &a->nlist, sizeof x) = (gh_GoNode *)in->lhs;
    *(gh_GoNode **)gh_go_arena_push(in->e->arena, &a->list2, &a->nlist2, sizeof x) = x;
    *(gh_GoNode **)gh_go_arena_push(in->e->arena, &in->body->list, &in->body->nlist, sizeof a) = a;
}

static gh_GoNode *elem_value(gh_GoNode *x) { return x->kind == GH_N_KEYVALUE ? x->y : x; }

/* staticinit's StaticAssign: lays x out statically where it can, else hands it to init. */
static void assign(Init *in, gh_GoNode *x)
{
    if (x->kind == GH_N_CONVIFACE || x->op == GH_OP_CONVIFACE) {
        gh_GoNode *v = x->kind == GH_N_CONVIFACE ? x->x : x->list[0];
        while (v->kind == GH_N_CONVIFACE || v->op == GH_OP_CONVIFACE) v = v->kind == GH_N_CONVIFACE ? v->x : v->list[0];
        if (gh_go_type_is_interface(v->type)) { if (v->op != GH_OP_NIL) dynamic(in, x); return; }
        if (!gh_go_type_is_direct_iface(v->type)) x->esc = 3;   /* a static box */
        assign(in, v);
        return;
    }
    if (x->kind == GH_N_FUNCLIT) { if (x->fn && x->fn->ncaptured) dynamic(in, x); return; }
    switch (x->op) {
    case GH_OP_CONST: case GH_OP_NIL: case GH_OP_FUNCNAME: case GH_OP_VAR:
        return;
    case GH_OP_ADDR:
        if (x->x->op == GH_OP_VAR && x->x->obj && x->x->obj->cls == GH_CLASS_GLOBAL) return;
        dynamic(in, x);
        return;
    case GH_OP_PTRLIT:
        x->esc = 3;
        assign(in, x->x);
        return;
    case GH_OP_STR2BYTES: case GH_OP_STR2RUNES:   /* of a constant: static data ([]rune("ab") is a literal) */
        if (x->list[0]->op == GH_OP_CONST) { x->esc = 3; return; }
        dynamic(in, x);
        return;
    case GH_OP_SLICELIT:
        x->esc = 3;
        /* fallthrough */
    case GH_OP_ARRAYLIT: case GH_OP_STRUCTLIT:
        for (int i = 0; i < x->nlist; i++) assign(in, elem_value(x->list[i]));
        return;
    default:
        dynamic(in, x);
    }
}

void gh_esc_analyze_init(gh_EscState *e)
{
    gh_GoProgram *prog = e->prog;
    gh_GoNode *file = prog->file;
    gh_GoFunc *fn = gh_go_arena_alloc(e->arena, sizeof *fn);
    fn->name = "init";
    fn->id = prog->nall;   /* the spare slot of the per-function tables */
    fn->body = gh_go_node_new(prog->src, GH_N_BLOCK, file->pos);
    Init in = {e, fn->body, NULL};
    for (int i = 0; i < prog->ninits; i++) {   /* in Go's initialization order (go_check_init.c) */
        gh_GoNode *d = prog->inits[i].decl;
        int k = prog->inits[i].k;
        if (d->nlist2 == 1 && d->nlist > 1) {   /* var a, b = f(): never static, one assignment of init */
            gh_GoNode *a = gh_go_node_new(prog->src, GH_N_ASSIGN, d->list2[0]->pos);
            a->tok = GH_T_ASSIGN;
            for (int j = 0; j < d->nlist; j++)
                *(gh_GoNode **)gh_go_arena_push(e->arena, &a->list, &a->nlist, sizeof a) = d->list[j];
            *(gh_GoNode **)gh_go_arena_push(e->arena, &a->list2, &a->nlist2, sizeof a) = d->list2[0];
            *(gh_GoNode **)gh_go_arena_push(e->arena, &fn->body->list, &fn->body->nlist, sizeof a) = a;
            continue;
        }
        if (d->nlist2 != d->nlist) continue;
        in.lhs = d->list[k];
        assign(&in, d->list2[k]);
    }
    if (fn->body->nlist) gh_esc_analyze_batch(e, &fn, 1);
}
