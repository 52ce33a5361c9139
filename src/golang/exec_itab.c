/* exec_itab.c — dynamic dispatch of a call through an interface value. Go's interface word
 * 0 points to an itab, made by the compiler for each (interface, concrete type) pair it
 * converts between and kept in read-only data, never on the heap; its fun[] array lists the
 * concrete methods in the interface's (name) order, and s.Area() loads fun[k] and calls it
 * with word 1 as the receiver. The simulator keeps the dynamic type in word 0 and finds the
 * method by name, which reaches the same function. Word 1 is the receiver itself when the
 * method has a pointer receiver or the type is pointer-shaped; otherwise it points to the
 * boxed copy, which the value method receives by value.
 */
#include "golang/exec_int.h"
#include <string.h>

gh_GoFunc *gh_x_itab_method(gh_Exec *ex, const uint64_t iv[2], const char *name, gh_GoPos pos, void *recv)
{
    if (!iv[0]) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
    gh_GoType *dt = gh_x_rtype_get(ex, iv[0]);
    bool ptr = dt->kind != GH_K_NAMED && gh_go_under(dt)->kind == GH_K_POINTER;
    gh_GoType *base = ptr ? gh_go_under(dt)->elem : dt;
    gh_GoFunc *m = NULL;
    for (int i = 0; base->kind == GH_K_NAMED && i < base->nmethods && !m; i++)
        if (!strcmp(base->methods[i]->decl->name, name)) m = base->methods[i];
    if (!m) return gh_x_promoted_method(ex, dt, iv, name, pos, recv);   /* through an embedded field (exec_embed.c) */
    bool want_ptr = gh_go_under(m->recv->type)->kind == GH_K_POINTER;
    long long rs = gh_x_size(m->recv->type);
    if (rs > X_VMAX) gh_x_unsupported(ex, pos, "receivers larger than %d bytes are not supported", X_VMAX);
    memset(recv, 0, X_VMAX);
    if (want_ptr || (!ptr && gh_go_type_is_direct_iface(dt))) {
        memcpy(recv, &iv[1], 8);
    } else {
        if (!iv[1]) gh_x_panic(ex, "panic: value method main.%s called using nil *%s pointer", m->name, base->name);
        gh_x_load(ex, iv[1], recv, (uint64_t)rs);
    }
    return m;
}
