/* exec_libfuncval.c — a library function as a value: `up := strings.ToLower`,
 * `sort.Slice(x, less)` handed on as `order := sort.Ints`. As in Go, nothing is allocated: the
 * value points at a static word in the data segment (Go's `strings.ToLower·f`) holding the
 * function's index past the program's functions (2·nall + 1 + its index among the library's,
 * the range the library's method values use too: a function has no receiver to bind). A call
 * through it runs the library function on the call's evaluated arguments. A call through a
 * local that always holds one is the direct call already (go_check_staticcall.c), as in Go.
 * fmt's functions (variadic), errors.New (inlined into its caller) and runtime's, os's and
 * sync's are not values here (exec_check.c refuses them before the program runs).
 */
#include <stdio.h>
#include <string.h>
#include "golang/exec_libcalls_int.h"

bool gh_x_lib_func_as_value(const gh_GoLibFunc *l)
{
    if (l->recv) return false;
    if (!strcmp(l->pkg, "errors")) return !strcmp(l->name, "Is");
    return !strcmp(l->pkg, "strings") || !strcmp(l->pkg, "strconv") || !strcmp(l->pkg, "sort");
}

gh_Addr gh_x_lib_funcval(gh_Exec *ex, const gh_GoNode *n)
{
    const gh_GoLibFunc *l = n->lib;
    uint64_t *e = gh_xmap_get(&ex->funcvals, l, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return e[0];
    char name[GH_SLOT_NAME_MAX];
    snprintf(name, sizeof name, "%s.%s·f", l->pkg, l->name);
    gh_Addr a = gh_global(ex->sim, name, GH_TYPE_INT64, 8);
    gh_x_check(ex);
    uint64_t idx = 2 * (uint64_t)ex->prog->nall + 1 + (uint64_t)(l - ex->prog->libs);
    gh_store(ex->sim, a, &idx, 8);
    return e[0] = a;
}

void gh_x_lib_funcval_call(gh_Exec *ex, gh_GoNode *call, const gh_GoLibFunc *l, const void *const *args, int nargs, void *out)
{
    uint8_t a[4][X_VMAX];
    if (nargs > 4) gh_x_unsupported(ex, call->pos, "too many arguments");
    for (int i = 0; i < 4; i++) memset(a[i], 0, 32);
    for (int i = 0; i < nargs; i++) {
        long long sz = gh_x_size(call->list[i]->type);
        if (sz > X_VMAX) gh_x_unsupported(ex, call->pos, "arguments over %d bytes are not supported", X_VMAX);
        memcpy(a[i], args[i], (size_t)sz);
    }
    gh_x_call_lib_values(ex, call, l, a, out);
}
