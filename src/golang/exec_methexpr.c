/* exec_methexpr.c — method expressions whose function is one of Go's generated wrappers:
 * `(*P).Sum` of a value method (func(*P) int: load *p, call P.Sum), `B.Get` promoted from an
 * embedded field (walk b to b.A, call A.Get), `Shape.Area` (call the Area of the argument's
 * dynamic type). Such a function value is a static word in the data segment, as Go's
 * `main.(*P).Sum·f`, holding an index past the program's functions, library methods and
 * interface method values (2·nall + 1 + nlibs + nimethvals + k for prog->methexprs[k]); a call
 * through it walks from the first argument to the method's receiver — along the embedded
 * fields, loading each pointer on the way (a nil one panics with Go's nil dereference) — and
 * calls the method with the other arguments. A library method's expression
 * ((*strings.Builder).WriteString, `strings.(*Builder).WriteString·f` in Go) is listed the
 * same way: a call through it is the library method on the first argument (a pointer).
 */
#include "golang/exec_int.h"
#include <stdio.h>
#include <string.h>

static uint64_t first_index(const gh_GoProgram *p)
{
    return 2 * (uint64_t)p->nall + 1 + (uint64_t)p->nlibs + (uint64_t)p->nimethvals;
}

gh_Addr gh_x_methexpr_funcval(gh_Exec *ex, const gh_GoNode *n)
{
    uint64_t *e = gh_xmap_get(&ex->funcvals, n, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return e[0];
    char tb[96], name[GH_SLOT_NAME_MAX];
    gh_go_type_format(n->x->type, tb, sizeof tb);
    if (n->lib) snprintf(name, sizeof name, "%s.(*%s).%s·f", n->lib->pkg, n->lib->recv, n->name);
    else snprintf(name, sizeof name, n->x->type->kind == GH_K_NAMED ? "main.%s.%s·f" : "main.(%s).%s·f", tb, n->name);
    gh_Addr a = gh_global(ex->sim, name, GH_TYPE_INT64, 8);
    gh_x_check(ex);
    uint64_t idx = first_index(ex->prog) + (uint64_t)n->field;
    gh_store(ex->sim, a, &idx, 8);
    return e[0] = a;
}

bool gh_x_is_methexpr(gh_Exec *ex, uint64_t idx)
{
    return idx >= first_index(ex->prog) && idx < first_index(ex->prog) + (uint64_t)ex->prog->nmethexprs;
}

static _Noreturn void nil_deref(gh_Exec *ex)
{
    gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
}

void gh_x_methexpr_call(gh_Exec *ex, gh_GoNode *call, uint64_t idx, const void *const *args, int nargs, void *out)
{
    const gh_GoNode *site = ex->prog->methexprs[idx - first_index(ex->prog)];
    gh_GoType *t = site->x->type;
    if (nargs < 1 || nargs > 63) gh_x_unsupported(ex, call->pos, "this call of %s is not supported", site->name);
    if (site->lib) {   /* (*strings.Builder).WriteString(sb, s): the library method on sb */
        gh_Addr r;
        memcpy(&r, args[0], 8);
        if (!r) nil_deref(ex);
        uint8_t arg[X_VMAX] = {0};
        if (nargs > 2) gh_x_unsupported(ex, call->pos, "this call of %s is not supported", site->name);
        if (nargs == 2) memcpy(arg, args[1], (size_t)gh_x_size(call->list[1]->type));
        gh_x_call_lib_method(ex, site->lib, r, arg, out);
        return;
    }
    uint8_t recv[X_VMAX] = {0};
    gh_GoFunc *m;
    gh_GoSelection s;
    gh_go_lookup_selection(ex->prog, t, site->name, &s);
    bool ptr = t->kind != GH_K_NAMED && gh_go_under(t)->kind == GH_K_POINTER;
    gh_GoType *cur = ptr ? gh_go_under(t)->elem : t;
    const uint8_t *bytes = args[0];
    uint64_t boff = 0;
    gh_Addr a = 0;
    bool have_addr = ptr;
    if (ptr) memcpy(&a, bytes, 8);
    for (int k = 0; k < s.depth; k++) {
        gh_GoType *st = gh_go_under(cur);
        gh_x_size(st);   /* field offsets */
        gh_GoField *f = &st->fields[s.path[k]];
        if (have_addr) { if (!a) nil_deref(ex); a += (gh_Addr)f->offset; }
        else boff += (uint64_t)f->offset;
        cur = f->type;
        if (cur->kind != GH_K_NAMED && gh_go_under(cur)->kind == GH_K_POINTER) {
            if (have_addr) gh_x_load(ex, a, &a, 8);
            else memcpy(&a, bytes + boff, 8);
            have_addr = true;
            cur = gh_go_under(cur)->elem;
        }
    }
    if (s.kind == GH_SEL_IMETHOD) {   /* an interface: its dynamic type's method */
        uint64_t iv[2];
        if (have_addr) { if (!a) nil_deref(ex); gh_x_load(ex, a, iv, 16); }
        else memcpy(iv, bytes + boff, 16);
        m = gh_x_itab_method(ex, iv, site->name, call->pos, recv);
    } else {
        m = s.fn;
        long long rs = gh_x_size(m->recv->type);
        if (rs > X_VMAX) gh_x_unsupported(ex, call->pos, "receivers larger than %d bytes are not supported", X_VMAX);
        if (gh_go_under(m->recv->type)->kind == GH_K_POINTER) memcpy(recv, &a, 8);
        else if (have_addr) { if (!a) nil_deref(ex); gh_x_load(ex, a, recv, (uint64_t)rs); }
        else memcpy(recv, bytes + boff, (size_t)rs);
    }
    const void *all[64];
    all[0] = recv;
    for (int i = 1; i < nargs; i++) all[i] = args[i];
    gh_x_call(ex, m, 0, all, out, call->pos.line);
}
