/* exec_run.c — the whole pipeline behind `gohotel exec` and the tests: read the file,
 * parse, type-check, run the escape analysis, then run main.main to the end.
 */
#include <stdlib.h>
#include <string.h>
#include "golang/escape.h"
#include "golang/exec_int.h"
#include "golang/go_param.h"

/* A Go file as the commands read it: regular (a FIFO is refused, never waited on), at most
 * 4 MiB; its bytes are judged by the front end with Go's messages. */
const gh_TextRules gh_go_file_rules = {.what = "Go source", .maxBytes = 4 << 20, .allowEmpty = true, .anyBytes = true};

gh_Exec *gh_exec_load(const char *path, const char *text, size_t len, gh_Sim *sim, FILE *out, FILE *err)
{
    return gh_exec_load_params(path, text, len, NULL, 0, sim, out, err);
}

gh_Exec *gh_exec_load_params(const char *path, const char *text, size_t len, const char *const *params, int nparams,
                             gh_Sim *sim, FILE *out, FILE *err)
{
    char *owned = NULL;
    if (!text) {
        gh_Text t;
        char why[1200];
        gh_TextStatus st = gh_text_load(&t, path, &gh_go_file_rules, why, sizeof why);
        if (st == GH_TEXT_MISSING) { fprintf(err, "gohotel exec: cannot read %s\n", path); return NULL; }
        if (st != GH_TEXT_OK) { fprintf(err, "gohotel exec: %s\n", why); return NULL; }
        owned = t.bytes, len = t.length; /* the interpreter keeps pointers into the bytes */
        t.bytes = NULL;
        gh_text_free(&t);
        text = owned;
    }
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    if (memchr(text, 0, len)) {
        fprintf(err, "%s:1:1: invalid NUL character in source\n", base);
        free(owned);
        return NULL;
    }
    gh_GoSource *src = calloc(1, sizeof *src);
    gh_GoProgram *prog = calloc(1, sizeof *prog);
    gh_Exec *ex = NULL;
    if (!src || !prog) fprintf(err, "gohotel: out of memory\n");
    else {
        gh_go_source_init(src, path, text, len);
        char msg[512];
        if (gh_go_check_program(src, prog) != 0) {
            gh_go_error_string(src, msg, sizeof msg);
            fprintf(err, "%s\n", msg);
        } else if (!gh_go_param_apply(prog, params, nparams, msg, sizeof msg) || !gh_x_precheck(prog, msg, sizeof msg)) {
            fprintf(err, "%s\n", msg);
        } else {
            gh_EscResult res;
            gh_go_escape_analyze(prog, &res);
            ex = gh_exec_new(prog, sim, out, err);
            if (!ex) fprintf(err, "gohotel: out of memory\n");
            else { ex->diags = res.diags; ex->ndiags = res.ndiags; }
        }
    }
    if (ex) {
        ex->owned_src = src;
        ex->owned_prog = prog;
        ex->owned_text = owned;
        return ex;
    }
    if (src) gh_go_source_free(src);
    free(src);
    free(prog);
    free(owned);
    return NULL;
}

int gh_exec_source(const char *path, const char *text, size_t len, gh_Sim *sim, FILE *out, FILE *err,
                   gh_Exec **keep)
{
    if (keep) *keep = NULL;
    gh_Exec *ex = gh_exec_load(path, text, len, sim, out, err);
    if (!ex) return 1;
    while (!gh_exec_done(ex)) gh_exec_run(ex, 1000000);
    fflush(out);
    if (gh_exec_error(ex)) fprintf(err, "%s\n", gh_exec_error(ex));
    int rc = gh_exec_status(ex);
    if (keep) *keep = ex;
    else gh_exec_free(ex);
    return rc;
}
