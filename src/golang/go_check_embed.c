/* go_check_embed.c — embedded fields, as Go's type checker sees them.
 *
 * `type B struct { A; n int }` gives B a field named A whose fields and methods are promoted:
 * b.x means b.A.x, b.Get() means b.A.Get(). Go finds a selector breadth first (types2's
 * lookupFieldOrMethod): the type itself (depth 0: its methods, its struct's fields), then the
 * types of its embedded fields (depth 1), their embedded fields (depth 2)...; the shallowest
 * depth that has the name wins, and two candidates at that depth are Go's "ambiguous
 * selector b.x". An embedded *A is followed through the pointer, and then A's pointer
 * methods belong to B's method set too (the value holds the pointer they need).
 *
 * The checker writes the implicit steps into the tree: b.x becomes the selector chain
 * b.A.x, each step an ordinary field selector (DOT, or DOTPTR through a pointer). So the
 * interpreter and the escape analysis see plain field accesses, and -m prints them as Go
 * does ("b.A.x escapes to heap"). Interfaces may embed interfaces (`interface{ R; W }`):
 * the method set is the union, a name with two different signatures is Go's "duplicate
 * method".
 */
#include "golang/go_const_int.h"
#include <stdio.h>
#include <string.h>

typedef struct Cand { gh_GoType *t; int path[GH_EMBED_MAX_DEPTH]; int depth; int indirect; } Cand;
#define LEVEL_MAX 128

static int is_exported(const char *s) { return s[0] >= 'A' && s[0] <= 'Z'; }

/* The name among base's own methods and fields (depth 0 of base); fills out, 1 if found. */
static int find_here(gh_GoProgram *p, gh_GoType *base, const char *name, gh_GoSelection *out)
{
    if (base->kind == GH_K_NAMED) {
        for (int i = 0; i < base->nmethods; i++)
            if (!strcmp(base->methods[i]->decl->name, name)) {
                out->kind = GH_SEL_METHOD; out->fn = base->methods[i]; out->sig = base->methods[i]->sig;
                return 1;
            }
        gh_GoLibFunc *lf = base->lib_id >= 0 && p ? gh_go_library_method(p, base, name) : NULL;
        if (lf) { out->kind = GH_SEL_LIBMETHOD; out->lib = lf; out->sig = lf->type; return 1; }
    }
    gh_GoType *u = gh_go_under(base);
    if (!u) return 0;
    if (u->kind == GH_K_INTERFACE) {
        for (int i = 0; i < u->nfields; i++)
            if (!strcmp(u->fields[i].name, name)) { out->kind = GH_SEL_IMETHOD; out->sig = u->fields[i].type; return 1; }
        return 0;
    }
    if (u->kind == GH_K_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (!strcmp(u->fields[i].name, name)) {
                if (base->kind == GH_K_NAMED && base->lib_id >= 0 && !is_exported(name)) return 0;
                out->kind = GH_SEL_FIELD; out->field = i;
                return 1;
            }
    return 0;
}

static gh_GoType *deref(gh_GoType *t, int *indirect)
{
    if (t->kind == GH_K_NAMED) return t;   /* a named pointer type has no methods of its own to promote */
    gh_GoType *u = gh_go_under(t);
    if (u && u->kind == GH_K_POINTER && u->elem) { *indirect = 1; return u->elem; }
    return t;
}

gh_GoSelKind gh_go_lookup_selection(gh_GoProgram *p, gh_GoType *t, const char *name, gh_GoSelection *out)
{
    Cand level[2][LEVEL_MAX];   /* this level and the next */
    gh_GoType *seen[LEVEL_MAX * 2];
    int nseen = 0, cur = 0, n = 1, truncated = 0;
    memset(out, 0, sizeof *out);
    memset(&level[0][0], 0, sizeof level[0][0]);
    level[0][0].t = deref(t, &level[0][0].indirect);
    seen[nseen++] = level[0][0].t;
    for (int depth = 0; n && depth < GH_EMBED_MAX_DEPTH; depth++) {
        int found = 0, nn = 0;
        for (int i = 0; i < n; i++) {
            Cand *cd = &level[cur][i];
            gh_GoSelection here;
            memset(&here, 0, sizeof here);
            if (find_here(p, cd->t, name, &here)) {
                if (found++) { out->kind = GH_SEL_AMBIGUOUS; return out->kind; }
                *out = here;
                memcpy(out->path, cd->path, sizeof out->path);
                out->depth = cd->depth;
                out->indirect = cd->indirect;
            }
        }
        if (found) return out->kind;
        for (int i = 0; i < n; i++) {   /* the next depth: the embedded fields of this one's structs */
            Cand *cd = &level[cur][i];
            gh_GoType *u = gh_go_under(cd->t);
            if (!u || u->kind != GH_K_STRUCT || (cd->t->kind == GH_K_NAMED && cd->t->lib_id >= 0)) continue;
            for (int f = 0; f < u->nfields; f++) {
                if (!u->fields[f].embedded) continue;
                if (nn >= LEVEL_MAX || cd->depth + 1 >= GH_EMBED_MAX_DEPTH) { truncated = 1; continue; }
                Cand *nx = &level[!cur][nn];
                *nx = *cd;
                nx->path[nx->depth++] = f;
                nx->t = deref(u->fields[f].type, &nx->indirect);
                int dup = 0;   /* a type seen at a shallower depth shadows itself here (type T struct{ *T }) */
                for (int k = 0; k < nseen && !dup; k++) dup = seen[k] == nx->t && nx->t->kind == GH_K_NAMED;
                if (dup) continue;
                nn++;
            }
        }
        for (int i = 0; i < nn && nseen < LEVEL_MAX * 2; i++) seen[nseen++] = level[!cur][i].t;
        cur = !cur;
        n = nn;
    }
    out->kind = n || truncated ? GH_SEL_TOODEEP : GH_SEL_NONE;
    return out->kind;
}

/* b.x found through embedded fields: n->x becomes b.A (b.A.B...), each step a field
 * selector; returns the type of the new n->x. */
gh_GoType *gh_go_promote_selector(gh_GoChecker *c, gh_GoNode *n, gh_GoType *xt)
{
    gh_GoSelection s;
    gh_GoType *u = gh_go_under(xt);
    if (!u || (u->kind == GH_K_POINTER && (!u->elem || gh_go_under(u->elem)->kind == GH_K_POINTER))) return xt;
    gh_go_lookup_selection(c->prog, xt, n->name, &s);
    if (s.kind == GH_SEL_AMBIGUOUS) {
        char x[128];
        gh_go_source_expr(n->x, x, sizeof x);
        gh_GoPos sel = {n->pos.line, n->pos.col + 1};
        gh_go_fail(c->src, sel, "ambiguous selector %s.%s", x, n->name);
    }
    if (s.kind == GH_SEL_TOODEEP) {
        gh_GoPos sel = {n->pos.line, n->pos.col + 1};
        gh_go_fail(c->src, sel, "%s: embedded fields nested more than %d deep (or more than %d at one depth) are not searched by gohotel", n->name, GH_EMBED_MAX_DEPTH, LEVEL_MAX);
    }
    if (s.kind == GH_SEL_NONE || !s.depth) return xt;
    gh_GoType *t = xt;
    for (int k = 0; k < s.depth; k++) {
        int ptr = gh_go_under(t)->kind == GH_K_POINTER;
        gh_GoType *st = gh_go_under(ptr ? gh_go_under(t)->elem : t);
        gh_GoField *f = &st->fields[s.path[k]];
        gh_GoNode *step = gh_go_node_new(c->src, GH_N_SELECTOR, n->pos);
        step->x = n->x;
        step->name = f->name;
        step->field = s.path[k];
        step->type = f->type;
        step->op = ptr ? GH_OP_DOTPTR : GH_OP_DOT;
        step->implicit = 1;
        n->x = step;
        t = f->type;
    }
    return t;
}

/* An embedded struct field's type: a type name T or *T (Go: not a pointer type, not a
 * pointer to an interface). */
void gh_go_check_embedded_field(gh_GoChecker *c, gh_GoNode *fnode, gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    if (fnode->x->kind == GH_N_STAR) {
        gh_GoType *e = u->elem, *eu = gh_go_under(e);
        if (eu && eu->kind == GH_K_POINTER) gh_go_fail(c->src, fnode->pos, "embedded field type cannot be a pointer");
        if (eu && eu->kind == GH_K_INTERFACE) gh_go_fail(c->src, fnode->pos, "embedded field type cannot be a pointer to an interface");
    } else if (u && u->kind == GH_K_POINTER) {
        gh_go_fail(c->src, fnode->pos, "embedded field type cannot be a pointer");
    }
}

/* Go's "field and method with the same name": a method M of T whose struct has a field M. */
void gh_go_check_field_method_clash(gh_GoChecker *c, gh_GoType *named)
{
    gh_GoType *u = gh_go_under(named);
    if (!u || u->kind != GH_K_STRUCT) return;
    for (int i = 0; i < named->nmethods; i++)
        for (int k = 0; k < u->nfields; k++)
            if (!strcmp(u->fields[k].name, named->methods[i]->decl->name)) {
                gh_GoPos fp = u->fields[k].pos;
                gh_go_fail(c->src, named->methods[i]->pos, "field and method with the same name %s\n\t./%s:%d:%d: other declaration of %s",
                           u->fields[k].name, c->src->base, fp.line, fp.col, u->fields[k].name);
            }
}

/* interface{ R; ... }: R's methods join t's (positions are the embedding's, as types2
 * reports a clash there); the same method twice is fine, two signatures are not. */
void gh_go_iface_embed(gh_GoChecker *c, gh_GoNode *emb, gh_GoType *t, gh_GoPos *mpos)
{
    gh_GoType *et = gh_go_check_type(c, emb->x);
    gh_GoType *eu = gh_go_under(et);
    if (!eu || (eu->kind == GH_K_NAMED && !eu->underlying)) {   /* RW while RW itself is being resolved */
        gh_GoObj *o = emb->x->kind == GH_N_NAME ? gh_go_scope_lookup(c, emb->x->name) : NULL;
        gh_go_fail(c->src, o ? o->pos : emb->pos, "invalid recursive type %s", et->name ? et->name : "interface");
    }
    if (eu->kind != GH_K_INTERFACE) {
        char tb[96];
        gh_go_type_format_types2(et, tb, sizeof tb);
        gh_go_fail(c->src, emb->pos, "%s is not an interface: an interface embedding it is a type constraint, which gohotel does not support", tb);
    }
    gh_GoField err;
    gh_GoField *fs = eu->fields;
    int nf = eu->nfields;
    if (eu->nmethods && !eu->nfields) {   /* error: Error() string */
        gh_GoType *ft = gh_go_type_new(c->src, GH_K_FUNC);
        gh_GoField *r = gh_go_arena_push(&c->src->arena, &ft->results, &ft->nresults, sizeof *r);
        r->type = c->prog->u.basic[GH_K_STRING];
        memset(&err, 0, sizeof err);
        err.name = "Error"; err.type = ft;
        fs = &err; nf = 1;
    }
    for (int i = 0; i < nf; i++) {
        int dup = -1;
        for (int k = 0; k < t->nfields && dup < 0; k++)
            if (!strcmp(t->fields[k].name, fs[i].name)) dup = k;
        if (dup >= 0) {
            if (gh_go_type_identical(t->fields[dup].type, fs[i].type)) continue;
            gh_go_fail(c->src, emb->pos, "duplicate method %s\n\t./%s:%d:%d: other declaration of %s", fs[i].name,
                       c->src->base, mpos[dup].line, mpos[dup].col, fs[i].name);
        }
        if (t->nfields >= 256) gh_go_fail(c->src, emb->pos, "interfaces of more than 256 methods are not supported");
        mpos[t->nfields] = emb->pos;
        gh_GoField *f = gh_go_arena_push(&c->src->arena, &t->fields, &t->nfields, sizeof *f);
        *f = fs[i];
    }
}
