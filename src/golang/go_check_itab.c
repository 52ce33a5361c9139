/* go_check_itab.c — whether a type implements an interface, the check Go's compiler makes
 * wherever a value becomes an interface (the itab it needs lists one function per method).
 * A concrete type's method set: a method with a value receiver belongs to T and *T, one
 * with a pointer receiver to *T only. An interface value implements another when its own
 * methods include each of the other's with an identical signature. When t does not
 * implement it, why gets Go 1.19's reason: "missing Area method", "Area method has pointer
 * receiver", or "wrong type for Area method" with the have/want lines. The predeclared
 * error keeps its own test (gh_go_has_error_method), which also knows the library's errors.
 */
#include "golang/go_check_int.h"
#include <stdio.h>
#include <string.h>

/* "Area() int": a method as Go prints it in have/want lines. */
static void sig_text(const char *name, gh_GoType *sig, char *buf, int n)
{
    char tb[160];
    gh_go_type_format_types2(sig, tb, sizeof tb);
    snprintf(buf, (size_t)n, "%s%s", name, strncmp(tb, "func", 4) ? tb : tb + 4);
}

static int reason(char *why, int n, const char *fmt, const char *name)
{
    if (why) snprintf(why, (size_t)n, fmt, name);
    return 0;
}

int gh_go_implements(gh_GoType *t, gh_GoType *it, char *why, int n)
{
    gh_GoType *iu = gh_go_under(it);
    if (why && n) why[0] = 0;
    if (!iu || iu->kind != GH_K_INTERFACE || !iu->nmethods) return 1;
    if (!iu->nfields) {   /* error */
        if (gh_go_type_is_interface(t)) {
            gh_GoType *tu = gh_go_under(t);
            for (int k = 0; k < tu->nfields; k++)
                if (!strcmp(tu->fields[k].name, "Error") && tu->fields[k].type->nfields == 0 && tu->fields[k].type->nresults == 1 &&
                    tu->fields[k].type->results[0].type->kind == GH_K_STRING)
                    return 1;
            return tu->nmethods > 0 && !tu->nfields;
        }
        return gh_go_has_error_method(t) ? 1 : reason(why, n, "missing %s method", "Error");
    }
    if (gh_go_type_is_interface(t)) {
        gh_GoType *tu = gh_go_under(t);
        for (int i = 0; i < iu->nfields; i++) {
            int found = 0;
            for (int k = 0; k < tu->nfields && !found; k++)
                found = !strcmp(tu->fields[k].name, iu->fields[i].name) &&
                        gh_go_type_identical(tu->fields[k].type, iu->fields[i].type);
            if (!found) return reason(why, n, "missing %s method", iu->fields[i].name);
        }
        return 1;
    }
    int ptr = t->kind != GH_K_NAMED && gh_go_under(t)->kind == GH_K_POINTER;
    if (ptr && gh_go_under(gh_go_under(t)->elem)->kind == GH_K_POINTER) return reason(why, n, "missing %s method", iu->fields[0].name);
    for (int i = 0; i < iu->nfields; i++) {
        const char *name = iu->fields[i].name;
        gh_GoSelection s;   /* its own methods, or promoted through embedded fields (go_check_embed.c) */
        gh_GoSelKind k = gh_go_lookup_selection(NULL, t, name, &s);
        if (k != GH_SEL_METHOD && k != GH_SEL_IMETHOD) return reason(why, n, "missing %s method", name);
        gh_GoFunc *m = s.fn;
        if (!gh_go_type_identical(s.sig, iu->fields[i].type)) {
            if (why) {
                char have[200], want[200];
                sig_text(name, s.sig, have, sizeof have);
                sig_text(name, iu->fields[i].type, want, sizeof want);
                snprintf(why, (size_t)n, "wrong type for %s method)\n\t\thave %s\n\t\twant %s", name, have, want);
            }
            return 0;
        }
        if (!ptr && !s.indirect && m && m->recv && gh_go_under(m->recv->type)->kind == GH_K_POINTER)
            return reason(why, n, "%s method has pointer receiver", name);
    }
    return 1;
}

gh_GoType *gh_go_check_iface_type(gh_GoChecker *c, gh_GoNode *n)
{
    if (!n->nlist) return c->prog->u.any;
    gh_GoType *t = gh_go_type_new(c->src, GH_K_INTERFACE);
    gh_GoPos mpos[256];   /* where each method came from: its declaration or the embedding */
    for (int i = 0; i < n->nlist; i++) {
        if (n->list[i]->define) continue;   /* embedded interfaces after the explicit methods, as types2 */
        if (t->nfields >= 256) gh_go_fail(c->src, n->list[i]->pos, "interfaces of more than 256 methods are not supported");
        for (int k = 0; k < i; k++)
            if (!n->list[k]->define && !strcmp(n->list[k]->name, n->list[i]->name))
                gh_go_fail(c->src, n->list[i]->pos, "duplicate method %s\n\t./%s:%d:%d: other declaration of %s", n->list[i]->name,
                           c->src->base, n->list[k]->pos.line, n->list[k]->pos.col, n->list[i]->name);
        gh_GoField *f = gh_go_arena_push(&c->src->arena, &t->fields, &t->nfields, sizeof *f);
        f->name = n->list[i]->name;
        f->pos = n->list[i]->pos;
        f->type = gh_go_check_type(c, n->list[i]->x);
        mpos[t->nfields - 1] = f->pos;
    }
    for (int i = 0; i < n->nlist; i++)
        if (n->list[i]->define) gh_go_iface_embed(c, n->list[i], t, mpos);   /* go_check_embed.c */
    if (!t->nfields) return c->prog->u.any;
    /* Go keeps an interface's methods sorted by name (the itab's fun[] order): the first
     * missing method a message names is the first in that order */
    for (int i = 1; i < t->nfields; i++)
        for (int k = i; k > 0 && strcmp(t->fields[k - 1].name, t->fields[k].name) > 0; k--) {
            gh_GoField f = t->fields[k];
            t->fields[k] = t->fields[k - 1];
            t->fields[k - 1] = f;
        }
    t->nmethods = t->nfields;
    return t;
}
