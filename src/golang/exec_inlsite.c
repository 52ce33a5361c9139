/* exec_inlsite.c — allocations of a callee Go 1.19 inlines, decided at the call site.
 * The interpreter runs every call as a frame of its own, but Go's compiler copies a
 * small callee into its caller and analyses the copy there: `p := newP()` keeps newP's
 * `&P{}` on main's stack when p does not escape main, although newP's own body returns
 * it.  The escape analysis records what each inlined copy decided (go_inlsite.h); here a
 * frame entered through such a call knows its site, and an allocation whose verdict at
 * the site differs from its body's own takes the site's:
 *   - on the stack at the site, on the heap in the body: a temporary in the *home*
 *     frame (the nearest caller that is not itself an inlined copy, where Go's copy
 *     lives), laid out with the home's other temporaries and a root while it lives;
 *   - a variable moved to heap in the body but not at the site: its home is such a
 *     temporary too (zeroed at the declaration, as Go zeroes the copy's local);
 *   - on the heap at the site, on the stack in the body (no program is known to do it):
 *     the heap.
 * Func literals, method values and `...` arrays get stack homes the same way, so a
 * closure a copy keeps on the stack and the variables it captures stay there together
 * (`c := counter()` of `func counter() func() int { n := 0; return func...}`).
 * Where the two agree nothing changes, so programs without such calls run as before. */
#include "golang/exec_int.h"
#include "golang/go_inlsite.h"

void gh_x_inlsite_enter(gh_Exec *ex, const gh_GoNode *call)
{
    XFrame *f = gh_x_frame(ex);
    ex->enter_site = call->inl && f ? gh_go_inlsite_child(ex->prog, f->site, call, 0) : 0;
}

/* The address of v's temporary in the running frame's home. */
static gh_Addr home_slot(gh_Exec *ex, const gh_GoInlVerdict *v)
{
    XG *g = gh_x_g(ex);
    XFrame *f = gh_x_frame(ex);
    XFrame *h = &g->frames[f->home];
    gh_x_layout(ex, h->fn);
    uint64_t *e = gh_xmap_get(&ex->nodes, v, false);
    if (!e || !e[0]) gh_x_panic(ex, "fatal error: inlined copy of %s has no stack slot in %s", f->fn->name, h->fn->name);
    return gh_x_frame_base(ex, h) + (e[0] - 1);
}

/* The stack home an allocating node of an inlined copy needs (0: none), and its type:
 * the temporaries of exec_types.c's layout, plus func literals' and method values'
 * closures and a `...` argument array, which the layout gives only to nodes whose own
 * verdict is the stack. */
static uint32_t site_temp(gh_Exec *ex, const gh_GoNode *n, gh_GoType **type)
{
    gh_GoType *t = NULL;
    if (n->kind == GH_N_FUNCLIT) t = n->fn && n->fn->ncaptured ? gh_x_closure_type(ex, n->fn) : NULL;
    else if (n->kind == GH_N_SELECTOR && (n->op == GH_OP_METHOD || n->op == GH_OP_IMETHOD)) t = gh_x_method_closure_type(ex, n);
    else if (n->kind == GH_N_DDDSLICE) t = gh_x_temp_type(ex, n);
    if (t) {
        *type = t;
        return (uint32_t)((gh_x_size(t) + 7) & ~7LL);
    }
    uint32_t sz = gh_x_temp_size_on_stack(n);
    if (sz) *type = gh_x_temp_type(ex, n);
    return sz;
}

/* The body's own verdict is the heap: 1, or 0 for a closure only ever called where it is
 * written, whose body Go analyses only as inlined copies (the interpreter's default: heap). */
static bool on_heap_in_body(const gh_GoNode *n) { return n->esc == 1 || n->esc == 0; }

bool gh_x_inlsite_temp(gh_Exec *ex, const gh_GoNode *n, gh_Addr *out)
{
    const gh_GoInlVerdict *v = gh_go_inlsite_verdict(ex->prog, gh_x_frame(ex)->site, n);
    if (!v || v->escapes == n->esc) return false;
    if (v->escapes == 1) { *out = 0; return true; }
    gh_GoType *t;
    if (!on_heap_in_body(n) || !site_temp(ex, n, &t)) return false;
    *out = home_slot(ex, v);
    return true;
}

gh_Addr gh_x_inlsite_var(gh_Exec *ex, gh_GoObj *o)
{
    const gh_GoInlVerdict *v = gh_go_inlsite_verdict(ex->prog, gh_x_frame(ex)->site, o);
    if (!v || v->escapes != 2 || !o->heap) return 0;
    gh_Addr a = home_slot(ex, v);
    gh_x_zero(ex, a, o->type);
    return a;
}

void gh_x_inlsite_layout(gh_Exec *ex, gh_GoFunc *fn, void (*add)(void *, const void *, gh_GoType *, uint32_t), void *ctx)
{
    for (int i = gh_go_inlsite_first(ex->prog, fn); i; i = gh_go_inlsite_at(ex->prog, i)->next) {
        const gh_GoInlVerdict *v = gh_go_inlsite_at(ex->prog, i);
        if (v->escapes != 2) continue;
        if (v->is_var) {
            gh_GoObj *o = (gh_GoObj *)v->key;
            long long sz = gh_x_size(o->type);
            if (o->heap && sz > 0) add(ctx, v, o->type, (uint32_t)((sz + 7) & ~7LL));
            continue;
        }
        const gh_GoNode *n = v->key;
        gh_GoType *t = NULL;
        uint32_t sz = on_heap_in_body(n) ? site_temp(ex, n, &t) : 0;
        if (sz) add(ctx, v, t, sz);
    }
}
