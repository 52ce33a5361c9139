/* exec_errors.c — the errors the library makes: errors.New(text) is Go's
 * `return &errorString{text}` inlined at the call, so the 16-byte errorString is the caller's
 * stack temporary when the escape analysis kept it there and a heap object otherwise;
 * fmt.Errorf's result is a heap errorString (or a 32-byte wrapError {msg, err} after %w)
 * holding the formatted string.
 */
#include <string.h>
#include "golang/exec_int.h"

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
    make_error(ex, "errors", "errorString", tmp, (const uint8_t *)&s, out);
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
