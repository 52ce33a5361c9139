/* exec_embed.c — calling a promoted method through an interface. When B embeds A, B's
 * method set has A's methods, and Go's compiler writes a wrapper for each (B.Get, (*B).Get:
 * `func (b *B) Get() int { return b.A.Get() }`) that the itab lists. The simulator follows
 * the same steps when s.Get() finds no method of B itself: from the interface's data word
 * (a *B, a boxed B, or a pointer-shaped B held in the word) it walks the embedded fields the
 * checker's lookup names (gh_go_lookup_selection), loading each embedded pointer on the
 * way (a nil one panics as the wrapper's load does), then hands the method its receiver: the
 * field's address for a pointer method, its value for a value method. A promoted method of an
 * embedded interface is called through that interface value.
 */
#include "golang/exec_int.h"
#include <string.h>

gh_GoFunc *gh_x_promoted_method(gh_Exec *ex, gh_GoType *dt, const uint64_t iv[2], const char *name, gh_GoPos pos, void *recv)
{
    gh_GoSelection s;
    if (gh_go_lookup_selection(ex->prog, dt, name, &s) != GH_SEL_METHOD && s.kind != GH_SEL_IMETHOD)
        gh_x_panic(ex, "fatal error: %s has no method %s", dt->name ? dt->name : "type", name);
    bool ptr = dt->kind != GH_K_NAMED && gh_go_under(dt)->kind == GH_K_POINTER;
    gh_GoType *cur = ptr ? gh_go_under(dt)->elem : dt;
    bool have_addr = ptr || !gh_go_type_is_direct_iface(dt);   /* else the value is the word itself */
    gh_Addr a = iv[1];
    uint64_t word = iv[1];
    for (int k = 0; k < s.depth; k++) {
        gh_GoType *st = gh_go_under(cur);
        gh_x_size(st);   /* field offsets */
        gh_GoField *f = &st->fields[s.path[k]];
        if (have_addr) {
            if (!a) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
            a += (gh_Addr)f->offset;
        }
        cur = f->type;
        if (cur->kind != GH_K_NAMED && gh_go_under(cur)->kind == GH_K_POINTER) {   /* embedded *A: follow it */
            if (have_addr) gh_x_load(ex, a, &a, 8);
            else a = word;
            have_addr = true;
            cur = gh_go_under(cur)->elem;
        }
    }
    if (s.kind == GH_SEL_IMETHOD) {   /* an embedded interface: its own dynamic type's method */
        uint64_t inner[2];
        if (!a) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
        gh_x_load(ex, a, inner, 16);
        if (inner[0] && gh_x_rtype_get(ex, inner[0])->kind == GH_K_POINTER &&
            gh_go_under(gh_x_rtype_get(ex, inner[0]))->elem->lib_id >= 0)
            gh_x_unsupported(ex, pos, "a library error's %s promoted through an embedded interface is not supported", name);
        return gh_x_itab_method(ex, inner, name, pos, recv);
    }
    gh_GoFunc *m = s.fn;
    bool want_ptr = gh_go_under(m->recv->type)->kind == GH_K_POINTER;
    long long rs = gh_x_size(m->recv->type);
    if (rs > X_VMAX) gh_x_unsupported(ex, pos, "receivers larger than %d bytes are not supported", X_VMAX);
    memset(recv, 0, X_VMAX);
    if (want_ptr) {
        memcpy(recv, &a, 8);
    } else if (have_addr) {
        if (!a) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
        gh_x_load(ex, a, recv, (uint64_t)rs);
    } else {
        memcpy(recv, &word, (size_t)rs);
    }
    return m;
}
