/* exec_errors.c — the errors the library makes, errors.Is and errors.As. errors.New(text) is Go's
 * `return &errorString{text}` inlined at the call, so the 16-byte errorString is the caller's
 * stack temporary when the escape analysis kept it there and a heap object otherwise;
 * fmt.Errorf's result is a heap errorString (or a 32-byte wrapError {msg, err} after %w)
 * holding the formatted string.
 */
#include <string.h>
#include "golang/exec_int.h"
#include "golang/exec_pprof_lib.h"

/* Fills a new errorString/wrapError of library type `name` (stack slot tmp, or the heap) and
 * returns the error interface {*T, pointer}. */
static void make_error(gh_Exec *ex, const char *pkg, const char *name, gh_Addr tmp, const uint8_t *val, void *out)
{
    gh_GoType *t = gh_go_library_type(ex->prog, pkg, name);
    gh_Addr p = tmp;
    if (!p) {
        p = gh_newobject(ex->sim, gh_x_type_id(ex, t));
        gh_x_check(ex);
        gh_temp_push(ex->sim, p);
    }
    gh_x_store(ex, p, t, val);
    uint64_t e[2] = {gh_x_rtype(ex, gh_go_type_ptr(ex->prog->src, t)), p};
    if (out) memcpy(out, e, 16);
}

void gh_x_errors_new(gh_Exec *ex, gh_GoNode *n, void *out)
{
    gh_String s;
    gh_x_eval(ex, n->list[0], &s);
    int mark = gh_x_pin(ex, n->list[0]->type, &s);
    gh_Addr tmp = gh_x_temp(ex, n);   /* "&errors.errorString{...} does not escape" */
    gh_x_unpin(ex, mark, n->list[0]->type, &s);
    gh_x_unpin_all(ex, mark);
    XLibCall lc;   /* text evaluated: the errorString is errors.New's (inlined into the caller) */
    gh_x_lib_enter(ex, &lc, n->lib);
    make_error(ex, "errors", "errorString", tmp, (const uint8_t *)&s, out);
    gh_x_lib_leave(ex, &lc);
}

void gh_x_errorf_result(gh_Exec *ex, gh_String s, void *out)
{
    if (!ex->fmt_wrapped[0]) { make_error(ex, "errors", "errorString", 0, (const uint8_t *)&s, out); return; }
    uint8_t v[32];
    memcpy(v, &s, 16);
    memcpy(v + 16, ex->fmt_wrapped, 16);
    ex->fmt_wrapped[0] = ex->fmt_wrapped[1] = 0;
    make_error(ex, "fmt", "wrapError", 0, v, out);
}

/* The error err wraps (Unwrap() error): a *fmt.wrapError's err, a *strconv.NumError's Err,
 * or the program's own Unwrap method; false when err has none. */
static bool unwrap(gh_Exec *ex, gh_GoPos pos, const uint64_t err[2], uint64_t out[2])
{
    gh_GoType *dt = gh_x_rtype_get(ex, err[0]);
    gh_GoType *base = dt->kind != GH_K_NAMED && gh_go_under(dt)->kind == GH_K_POINTER ? gh_go_under(dt)->elem : dt;
    if (base->lib_id >= 0) {
        long long off = !strcmp(base->name, "fmt.wrapError") ? 16 : !strcmp(base->name, "strconv.NumError") ? 32 : -1;
        if (off < 0 || !err[1]) return false;
        gh_x_load(ex, err[1] + (gh_Addr)off, out, 16);
        return true;
    }
    gh_GoSelection s;
    if (gh_go_lookup_selection(ex->prog, dt, "Unwrap", &s) != GH_SEL_METHOD || s.fn->sig->nfields || s.fn->sig->nresults != 1 ||
        s.fn->sig->results[0].type != ex->prog->u.error)
        return false;
    if (gh_go_under(s.fn->recv->type)->kind == GH_K_POINTER && !s.indirect &&
        (dt->kind == GH_K_NAMED || gh_go_under(dt)->kind != GH_K_POINTER))
        return false;   /* a pointer method is not in a value's method set */
    uint8_t recv[X_VMAX] = {0};
    gh_GoFunc *m = gh_x_itab_method(ex, err, "Unwrap", pos, recv);
    const void *args[1] = {recv};
    gh_x_call(ex, m, 0, args, out, pos.line);
    return true;
}

/* err := Unwrap(err) for Is's and As's loops: false when err wraps nothing; else err and
 * target (of type tt) are pinned again, as roots while the next error's methods run. */
static bool next_in_chain(gh_Exec *ex, gh_GoPos pos, uint64_t err[2], uint64_t target[2], gh_GoType *tt, int *mark)
{
    uint64_t next[2] = {0, 0};
    if (!unwrap(ex, pos, err, next)) return false;
    gh_x_unpin_all(ex, *mark);
    memcpy(err, next, 16);
    *mark = gh_x_pin(ex, ex->prog->u.error, err);
    gh_x_pin(ex, tt, target);
    return true;
}

/* err's own Is(error) bool or As(any) bool method called with arg, if its method set has
 * one (the assertion err.(interface{ Is(error) bool }) Go's loops make). */
static bool bool_method(gh_Exec *ex, gh_GoPos pos, const uint64_t err[2], const char *name, gh_GoType *param,
                        const uint64_t arg[2], bool *res)
{
    gh_GoType *dt = gh_x_rtype_get(ex, err[0]);
    gh_GoSelection s;
    if (gh_go_lookup_selection(ex->prog, dt, name, &s) != GH_SEL_METHOD || s.fn->sig->nfields != 1 ||
        !gh_go_type_identical(s.fn->sig->fields[0].type, param) || s.fn->sig->nresults != 1)
        return false;
    char why[8];
    gh_GoType *it = gh_go_type_new(ex->prog->src, GH_K_INTERFACE);
    gh_GoField f = {name, s.fn->sig, {0, 0}, 0, 0};
    it->fields = &f; it->nfields = 1; it->nmethods = 1;
    if (!gh_go_implements(dt, it, why, sizeof why)) return false;
    uint8_t recv[X_VMAX] = {0};
    gh_GoFunc *m = gh_x_itab_method(ex, err, name, pos, recv);
    const void *args[2] = {recv, arg};
    uint8_t r = 0;
    gh_x_call(ex, m, 0, args, &r, pos.line);
    *res = r != 0;
    return true;
}

/* Whether values of t can be compared with == (no slice, map or func inside). */
static bool comparable(gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    switch (u->kind) {
    case GH_K_SLICE: case GH_K_MAP: case GH_K_FUNC: return false;
    case GH_K_ARRAY: return comparable(u->elem);
    case GH_K_STRUCT:
        for (int i = 0; i < u->nfields; i++) if (!comparable(u->fields[i].type)) return false;
        return true;
    default: return true;
    }
}

/* errors.Is(err, target), Go 1.19's loop: err == target (when target's type is comparable),
 * else err's own Is(target), else the error it wraps, until there is none. Nothing allocates. */
void gh_x_errors_is(gh_Exec *ex, const gh_GoNode *n, const uint8_t *a, const uint8_t *b, void *out)
{
    uint64_t err[2], target[2];
    memcpy(err, a, 16);
    memcpy(target, b, 16);
    gh_GoType *et = ex->prog->u.error;
    int mark = gh_x_pin(ex, et, err);
    gh_x_pin(ex, et, target);
    bool res = false;
    if (!target[0]) {
        res = !err[0];
    } else {
        bool cmp = comparable(gh_x_rtype_get(ex, target[0]));
        for (int guard = 0; err[0] && guard < 1 << 20; guard++) {
            if (cmp && !gh_x_compare_vals(ex, (gh_GoNode *)n, et, (const uint8_t *)err, (const uint8_t *)target)) { res = true; break; }
            bool r = false;
            if (bool_method(ex, n->pos, err, "Is", et, target, &r) && r) { res = true; break; }
            if (!next_in_chain(ex, n->pos, err, target, et, &mark)) break;
        }
    }
    gh_x_unpin_all(ex, mark);
    if (out) *(uint8_t *)out = res;
}

/* errors.As(err, target), Go 1.19's: target must be a non-nil pointer to an interface type
 * or to a type that implements error (else it panics with Go's text); then, along err's
 * chain of wrapped errors, the first whose dynamic type is assignable to *target's type is
 * stored through target (both words for an interface, else the value the interface holds),
 * or the first whose own As(target) says true. Nothing allocates; the target escapes (Go's
 * reflectlite.ValueOf), so `var e *MyErr; errors.As(err, &e)` moves e to the heap. */
void gh_x_errors_as(gh_Exec *ex, const gh_GoNode *n, const uint8_t *a, const uint8_t *b, void *out)
{
    uint64_t err[2], target[2];
    memcpy(err, a, 16);
    memcpy(target, b, 16);
    if (!target[0]) gh_x_panic(ex, "panic: errors: target cannot be nil");
    gh_GoType *tt = gh_x_rtype_get(ex, target[0]), *tu = gh_go_under(tt);
    if (tu->kind != GH_K_POINTER || !target[1]) gh_x_panic(ex, "panic: errors: target must be a non-nil pointer");
    gh_GoType *want = tu->elem, *et = ex->prog->u.error, *any = ex->prog->u.any;
    bool to_iface = gh_go_type_is_interface(want);
    if (!to_iface && !gh_go_implements(want, et, NULL, 0)) gh_x_panic(ex, "panic: errors: *target must be interface or implement error");
    int mark = gh_x_pin(ex, et, err);
    gh_x_pin(ex, any, target);
    bool res = false;
    for (int guard = 0; err[0] && guard < 1 << 20; guard++) {
        gh_GoType *dt = gh_x_rtype_get(ex, err[0]);
        if (to_iface ? gh_go_implements(dt, want, NULL, 0) : gh_go_type_identical(dt, want)) {
            uint8_t v[X_VMAX] = {0};
            if (to_iface) memcpy(v, err, 16);
            else if (gh_go_type_is_direct_iface(dt)) memcpy(v, &err[1], 8);
            else {
                if (gh_x_size(dt) > X_VMAX) gh_x_unsupported(ex, n->pos, "errors.As of an error value larger than %d bytes is not supported", X_VMAX);
                gh_x_load(ex, err[1], v, (uint64_t)gh_x_size(dt));
            }
            gh_x_store(ex, target[1], want, v);
            res = true;
            break;
        }
        bool r = false;
        if (bool_method(ex, n->pos, err, "As", any, target, &r) && r) { res = true; break; }
        if (!next_in_chain(ex, n->pos, err, target, any, &mark)) break;
    }
    gh_x_unpin_all(ex, mark);
    if (out) *(uint8_t *)out = res;
}
