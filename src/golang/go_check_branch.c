/* go_check_branch.c — labels and branch statements, checked as Go's compiler checks
 * them once a function body is parsed (cmd/compile/internal/syntax's checkBranches),
 * plus the fallthrough rules of its type checker and Go's "terminating statement".
 *
 * The walk goes over each statement list (a "block": a function body, a {...}, an if's
 * branches, a loop body, a switch clause) with what an unlabelled break or continue
 * would leave (the innermost for/switch, the innermost for).  A label is declared in
 * the block holding it; a goto finds it in its own block or an enclosing one, else the
 * goto is *forward*: it waits in its block's list until a label of that name is declared
 * there (and is told it jumps over a `:=`/`var` seen in between), and a block hands the
 * gotos it could not resolve to its parent.  Whatever is left at the end jumps into a
 * block (the label exists, inside some block the goto is not in) or names no label.
 * `break L`/`continue L` must name the label of a statement enclosing them.
 *
 * Resolved targets are recorded for the escape analysis and the interpreter: a label is a
 * GH_OBJ_LABEL object (defn = its LABELED statement), set as obj on the LABELED node, on
 * the for/switch it labels, and on every branch naming it.  A clause ending in a valid
 * fallthrough gets define = 1, and so does a label a goto jumps back to (a looping label,
 * which the escape analysis counts as a loop).
 */
#include "golang/go_const_int.h"
#include <stdio.h>
#include <string.h>

typedef struct Blk Blk;
struct Blk {
    Blk *parent;
    gh_GoPos start;
    gh_GoNode *lstmt;          /* the labeled statement whose body this block is, or NULL */
};

typedef struct Label { gh_GoObj *obj; Blk *blk; int used; } Label;

typedef struct Gotos { gh_GoNode **v; int n, cap; } Gotos;

typedef struct BCtx {
    gh_GoChecker *c;
    Label *labels; int nlabels, caplabels;
} BCtx;

typedef struct Targets { gh_GoNode *breaks, *continues; } Targets;

/* fallthrough context of a statement list (types2's stmtContext bits) */
enum { FT_OK = 1, FT_FINAL = 2, FT_TYPE = 4 };

static void push_goto(BCtx *b, Gotos *g, gh_GoNode *s)
{
    if (g->n == g->cap) {
        int nc = g->cap ? g->cap * 2 : 8;
        gh_GoNode **nv = gh_go_arena_alloc(&b->c->src->arena, sizeof *nv * (size_t)nc);
        if (g->n) memcpy(nv, g->v, sizeof *nv * (size_t)g->n);
        g->v = nv;
        g->cap = nc;
    }
    g->v[g->n++] = s;
}

static Label *find_label(BCtx *b, const char *name)
{
    for (int i = 0; i < b->nlabels; i++)
        if (!strcmp(b->labels[i].obj->name, name)) return &b->labels[i];
    return NULL;
}

static Label *declare(BCtx *b, Blk *blk, gh_GoNode *s)
{
    gh_GoChecker *c = b->c;
    Label *alt = find_label(b, s->name);
    if (alt) gh_go_fail(c->src, s->pos, "label %s already defined at ./%s:%d:%d", s->name, c->src->base, alt->obj->pos.line, alt->obj->pos.col);
    if (b->nlabels == b->caplabels) {
        int nc = b->caplabels ? b->caplabels * 2 : 8;
        Label *nl = gh_go_arena_alloc(&c->src->arena, sizeof *nl * (size_t)nc);
        if (b->nlabels) memcpy(nl, b->labels, sizeof *nl * (size_t)b->nlabels);
        b->labels = nl;
        b->caplabels = nc;
    }
    gh_GoObj *o = gh_go_obj_new(c, GH_OBJ_LABEL, s->name, s->pos, NULL);
    o->defn = s;
    s->obj = o;
    gh_GoNode *k = s->x;
    if (k && (k->kind == GH_N_FOR || k->kind == GH_N_RANGE || k->kind == GH_N_SWITCH || k->kind == GH_N_TYPESWITCH || k->kind == GH_N_SELECT)) k->obj = o;
    Label *l = &b->labels[b->nlabels++];
    *l = (Label){o, blk, 0};
    return l;
}

static int is_loop(const gh_GoNode *s) { return s && (s->kind == GH_N_FOR || s->kind == GH_N_RANGE); }
static int is_switch(const gh_GoNode *s) { return s && (s->kind == GH_N_SWITCH || s->kind == GH_N_TYPESWITCH || s->kind == GH_N_SELECT); }

/* The innermost enclosing block labelled l, as its labeled statement; NULL when none. */
static gh_GoNode *enclosing(Blk *blk, Label *l)
{
    for (; blk; blk = blk->parent)
        if (blk->lstmt && blk->lstmt == l->obj->defn) return blk->lstmt;
    return NULL;
}

static void block_branches(BCtx *b, Blk *parent, Targets t, gh_GoNode *lstmt, gh_GoPos start,
                           gh_GoNode **body, int n, int ft, Gotos *out);

static void inner(BCtx *b, Blk *blk, Targets t, gh_GoNode *lstmt, gh_GoPos start, gh_GoNode **body, int n, int ft, Gotos *fwd)
{
    Gotos g = {0};
    block_branches(b, blk, t, lstmt, start, body, n, ft, &g);
    for (int i = 0; i < g.n; i++) push_goto(b, fwd, g.v[i]);
}

static void fallthrough_stmt(BCtx *b, gh_GoNode *s, int ft, int last)
{
    if ((ft & FT_OK) && last) return;
    const char *msg = "fallthrough statement out of place";
    if (ft & FT_TYPE) msg = "cannot fallthrough in type switch";   /* Go tells this first, even in the final case */
    else if (ft & FT_FINAL) msg = "cannot fallthrough final case in switch";
    gh_go_fail(b->c->src, s->pos, "%s", msg);
}

static void branch_stmt(BCtx *b, Blk *blk, Targets t, gh_GoNode *s, Gotos *fwd)
{
    gh_GoSource *src = b->c->src;
    if (!s->name) {
        if (s->tok == GH_T_BREAK && !t.breaks) gh_go_fail(src, s->pos, "break is not in a loop, switch, or select");
        if (s->tok == GH_T_CONTINUE && !t.continues) gh_go_fail(src, s->pos, "continue is not in a loop");
        return;
    }
    Label *l = find_label(b, s->name);
    if (s->tok == GH_T_GOTO) {
        if (l) {
            l->used = 1;
            for (Blk *k = blk; k; k = k->parent)
                if (l->blk == k) { s->obj = l->obj; l->obj->defn->define = 1; return; }   /* backward: a loop */
        }
        push_goto(b, fwd, s);   /* the label may come later in this block or an enclosing one */
        return;
    }
    const char *what = s->tok == GH_T_BREAK ? "break" : "continue";
    if (!l) gh_go_fail(src, s->end, "%s label not defined: %s", what, s->name);
    l->used = 1;
    gh_GoNode *ls = enclosing(blk, l);
    gh_GoNode *k = ls ? ls->x : NULL;
    if (s->tok == GH_T_BREAK ? !(is_loop(k) || is_switch(k)) : !is_loop(k))
        gh_go_fail(src, s->end, "invalid %s label %s", what, s->name);
    s->obj = l->obj;
}

static void block_branches(BCtx *b, Blk *parent, Targets t, gh_GoNode *lstmt, gh_GoPos start,
                           gh_GoNode **body, int n, int ft, Gotos *fwd)
{
    gh_GoChecker *c = b->c;
    Blk *blk = gh_go_arena_alloc(&c->src->arena, sizeof *blk);
    *blk = (Blk){parent, start, lstmt};
    gh_GoPos var_pos = {0, 0};
    char var_name[256] = "";
    Gotos bad = {0};   /* forward gotos already waiting when the last declaration was seen */
    int last = n - 1;
    while (last >= 0 && body[last]->kind == GH_N_EMPTY) last--;
    for (int i = 0; i < n; i++) {
        gh_GoNode *s = body[i];
        gh_GoNode *ls = NULL;
        while (s->kind == GH_N_LABELED) {   /* L1: L2: for ...: the innermost label is the for's */
            if (strcmp(s->name, "_")) {
                Label *l = declare(b, blk, s);
                int keep = 0;
                for (int k = 0; k < fwd->n; k++) {
                    gh_GoNode *g = fwd->v[k];
                    if (strcmp(g->name, s->name)) { fwd->v[keep++] = g; continue; }
                    g->obj = l->obj;
                    l->used = 1;
                    for (int j = 0; var_pos.line && j < bad.n; j++)
                        if (bad.v[j] == g)
                            gh_go_fail(c->src, g->end, "goto %s jumps over declaration of %s at ./%s:%d:%d", s->name, var_name,
                                       c->src->base, var_pos.line, var_pos.col);
                }
                fwd->n = keep;
                ls = s;
            }
            s = s->x;
        }
        switch (s->kind) {
        case GH_N_VARDECL: case GH_N_ASSIGN:
            if (s->kind == GH_N_ASSIGN && !s->define) break;
            var_pos = s->pos;
            if (s->kind == GH_N_VARDECL) snprintf(var_name, sizeof var_name, "%s", s->list[0]->name);
            else {
                size_t len = 0;
                var_name[0] = 0;
                for (int k = 0; k < s->nlist && len + 4 < sizeof var_name; k++) {
                    char e[200];
                    gh_go_source_expr(s->list[k], e, sizeof e);
                    len += (size_t)snprintf(var_name + len, sizeof var_name - len, "%s%s", k ? ", " : "", e);
                    if (len >= sizeof var_name) len = sizeof var_name - 1;
                }
            }
            bad.n = 0;
            for (int k = 0; k < fwd->n; k++) push_goto(b, &bad, fwd->v[k]);
            break;
        case GH_N_BRANCH:
            if (s->tok == GH_T_FALLTHROUGH) fallthrough_stmt(b, s, ft, i == last);
            else branch_stmt(b, blk, t, s, fwd);
            break;
        case GH_N_BLOCK: inner(b, blk, t, ls, s->pos, s->list, s->nlist, 0, fwd); break;
        case GH_N_IF:
            inner(b, blk, t, ls, s->z->pos, s->z->list, s->z->nlist, 0, fwd);
            if (s->w) inner(b, blk, t, ls, s->w->pos, &s->w, 1, 0, fwd);
            break;
        case GH_N_FOR: case GH_N_RANGE: {
            Targets lt = {s, s};
            inner(b, blk, lt, ls, s->w->pos, s->w->list, s->w->nlist, 0, fwd);
            break;
        }
        case GH_N_SWITCH: case GH_N_TYPESWITCH: {
            Targets st = {s, t.continues};
            for (int k = 0; k < s->nlist; k++) {
                gh_GoNode *cl = s->list[k];
                int cft = s->kind == GH_N_TYPESWITCH ? FT_TYPE : FT_OK;
                if (k == s->nlist - 1) cft = (cft & ~FT_OK) | FT_FINAL;
                inner(b, blk, st, ls, cl->pos, cl->z->list, cl->z->nlist, cft, fwd);
                gh_GoNode *end = NULL;
                for (int j = cl->z->nlist - 1; j >= 0 && !end; j--)
                    if (cl->z->list[j]->kind != GH_N_EMPTY) end = cl->z->list[j];
                cl->define = end && end->kind == GH_N_BRANCH && end->tok == GH_T_FALLTHROUGH;
            }
            break;
        }
        case GH_N_SELECT: {   /* break leaves the select; no fallthrough in a select */
            Targets st = {s, t.continues};
            for (int k = 0; k < s->nlist; k++)
                inner(b, blk, st, ls, s->list[k]->pos, s->list[k]->z->list, s->list[k]->z->nlist, 0, fwd);
            break;
        }
        default: break;
        }
    }
}

void gh_go_check_branches(gh_GoChecker *c, gh_GoFunc *fn)
{
    BCtx b = {.c = c};
    Gotos fwd = {0};
    Targets none = {NULL, NULL};
    block_branches(&b, NULL, none, NULL, fn->body->pos, fn->body->list, fn->body->nlist, 0, &fwd);
    for (int i = 0; i < fwd.n; i++) {
        gh_GoNode *g = fwd.v[i];
        Label *l = find_label(&b, g->name);
        if (l) gh_go_fail(c->src, g->end, "goto %s jumps into block starting at ./%s:%d:%d", g->name, c->src->base,
                          l->blk->start.line, l->blk->start.col);
        gh_go_fail(c->src, g->end, "label %s not defined", g->name);
    }
    for (int i = 0; i < b.nlabels; i++)
        if (!b.labels[i].used)
            gh_go_fail(c->src, b.labels[i].obj->pos, "label %s defined and not used", b.labels[i].obj->name);
}

/* --- terminating statements (the Go spec's list, as types2 decides it) -------------- */

/* Does s hold a break leaving the statement labelled label (implicit: an unlabelled break
 * counts too, i.e. s is not inside a nested for/switch)? */
static int has_break(const gh_GoNode *s, const gh_GoObj *label, int implicit)
{
    if (!s) return 0;
    switch (s->kind) {
    case GH_N_BRANCH:
        return s->tok == GH_T_BREAK && ((!s->name && implicit) || (s->name && label && s->obj == label));
    case GH_N_BLOCK:
        for (int i = 0; i < s->nlist; i++) if (has_break(s->list[i], label, implicit)) return 1;
        return 0;
    case GH_N_IF: return has_break(s->z, label, implicit) || has_break(s->w, label, implicit);
    case GH_N_LABELED: return has_break(s->x, label, implicit);
    case GH_N_CASE: return has_break(s->z, label, implicit);
    case GH_N_FOR: case GH_N_RANGE: return label && has_break(s->w, label, 0);
    case GH_N_SWITCH: case GH_N_TYPESWITCH: case GH_N_SELECT:
        for (int i = 0; label && i < s->nlist; i++) if (has_break(s->list[i], label, 0)) return 1;
        return 0;
    default: return 0;
    }
}

static const gh_GoNode *last_stmt(const gh_GoNode *b)
{
    for (int i = b->nlist - 1; i >= 0; i--) if (b->list[i]->kind != GH_N_EMPTY) return b->list[i];
    return NULL;
}

int gh_go_is_terminating(const gh_GoNode *s)
{
    if (!s) return 0;
    const gh_GoObj *label = s->obj && s->obj->kind == GH_OBJ_LABEL ? s->obj : NULL;
    switch (s->kind) {
    case GH_N_RETURN: return 1;
    case GH_N_BRANCH: return s->tok == GH_T_GOTO || s->tok == GH_T_FALLTHROUGH;
    case GH_N_EXPRSTMT: return s->x->op == GH_OP_PANIC;
    case GH_N_BLOCK: return gh_go_is_terminating(last_stmt(s));
    case GH_N_LABELED: return gh_go_is_terminating(s->x);
    case GH_N_IF: return s->w && gh_go_is_terminating(s->z) && gh_go_is_terminating(s->w);
    case GH_N_FOR: return !s->y && !has_break(s->w, label, 1);
    case GH_N_SWITCH: case GH_N_TYPESWITCH: {
        int dflt = 0;
        for (int i = 0; i < s->nlist; i++) {
            const gh_GoNode *cl = s->list[i];
            if (cl->tok == GH_T_DEFAULT) dflt = 1;
            if (!gh_go_is_terminating(cl->z) || has_break(cl->z, label, 1)) return 0;
        }
        return dflt;
    }
    case GH_N_SELECT:   /* every clause terminates and none breaks out (no default needed) */
        for (int i = 0; i < s->nlist; i++)
            if (!gh_go_is_terminating(s->list[i]->z) || has_break(s->list[i]->z, label, 1)) return 0;
        return 1;
    default: return 0;
    }
}
