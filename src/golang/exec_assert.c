/* exec_assert.c — type assertions x.(T) in the interpreter, as Go's runtime runs them.
 *
 * x is two words: the type word (standing for the itab too) and the data word. To a
 * concrete T the assertion holds when x's dynamic type is T (Go compares the type word,
 * assertE2T / the inlined itab compare); the value is the data word itself for a type
 * stored directly in the interface word (pointers), else the T the data word points to.
 * To an interface (error, interface{}) it holds when x is not nil and its dynamic type
 * has the interface's methods (assertE2I); the two words are kept as they are.
 *
 * The single-value form panics with Go's runtime.TypeAssertionError text:
 *   interface conversion: interface {} is string, not int
 *   interface conversion: error is nil, not *main.E
 *   interface conversion: main.T is not error: missing method Error
 *   interface conversion: interface is nil, not error
 * The comma-ok form `v, ok := x.(T)` never panics: on failure v is T's zero value and ok
 * false (exec_stmt.c stores both).
 */
#include "golang/exec_int.h"
#include <string.h>

static const char *iface_name(gh_GoType *t)
{
    return t && t->kind == GH_K_NAMED && t->name && !strcmp(t->name, "error") ? "error" : "interface {}";
}

bool gh_x_type_assert(gh_Exec *ex, const gh_GoNode *n, void *out, bool comma_ok)
{
    uint64_t e[2];
    gh_x_eval(ex, n->x, e);
    gh_GoType *dt = e[0] ? gh_x_rtype_get(ex, e[0]) : NULL;
    gh_GoType *t = n->type;
    bool to_iface = gh_go_type_is_interface(t);
    gh_GoType *iu = gh_go_under(t);
    bool ok = dt && (to_iface ? gh_go_implements(dt, t, NULL, 0) : gh_go_type_identical(dt, t));
    if (!ok) {
        if (comma_ok) { memset(out, 0, (size_t)gh_x_size(t)); return false; }
        char want[160], have[160] = "nil";
        gh_x_reflect_type_string(t, want, sizeof want);
        if (dt) gh_x_reflect_type_string(dt, have, sizeof have);
        if (to_iface && dt) {   /* the runtime names the first method (in name order) dt lacks */
            const char *miss = iu->nfields ? NULL : "Error";
            for (int i = 0; i < iu->nfields; i++) {
                gh_GoType one = {.kind = GH_K_INTERFACE, .fields = &iu->fields[i], .nfields = 1, .nmethods = 1};
                if (!gh_go_implements(dt, &one, NULL, 0) && (!miss || strcmp(iu->fields[i].name, miss) < 0)) miss = iu->fields[i].name;
            }
            gh_x_panic(ex, "panic: interface conversion: %s is not %s: missing method %s", have, want, miss);
        }
        if (to_iface) gh_x_panic(ex, "panic: interface conversion: interface is nil, not %s", want);
        gh_x_panic(ex, "panic: interface conversion: %s is %s, not %s", iface_name(n->x->type), have, want);
    }
    if (to_iface) memcpy(out, e, 16);
    else if (gh_go_type_is_direct_iface(dt)) memcpy(out, &e[1], 8);
    else gh_x_load(ex, e[1], out, (uint64_t)gh_x_size(dt));
    return true;
}
