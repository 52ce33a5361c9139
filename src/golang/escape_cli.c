/* escape_cli.c — the `gohotel escape` command: read a file, check it, run the
 * escape analysis and print "./file.go:line:col: text" lines like `go build
 * -gcflags=-m` run from the file's directory.
 */
#include "golang/escape_cli.h"
#include "golang/escape.h"
#include "run/text.h"
#include <stdlib.h>
#include <string.h>

int gh_escape_text(const char *path, const char *text, size_t len, FILE *out, FILE *err)
{
    if (memchr(text, 0, len)) {
        const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
        fprintf(err, "%s:1:1: invalid NUL character in source\n", base);
        return 1;
    }
    gh_GoSource src;
    gh_go_source_init(&src, path, text, len);
    gh_GoProgram prog;
    int rc = 0;
    if (gh_go_check_program(&src, &prog) != 0) {
        char msg[512];
        gh_go_error_string(&src, msg, sizeof msg);
        fprintf(err, "%s\n", msg);
        rc = 1;
    } else {
        gh_EscResult res;
        gh_go_escape_analyze(&prog, &res);
        for (int i = 0; i < res.ndiags; i++)
            fprintf(out, "./%s:%d:%d: %s\n", src.base, res.diags[i].pos.line, res.diags[i].pos.col, res.diags[i].text);
    }
    gh_go_source_free(&src);
    return rc;
}

int gh_escape_cli_run(const char *path, FILE *out, FILE *err)
{
    gh_Text t;
    char why[1200];
    gh_TextStatus st = gh_text_load(&t, path, &gh_go_file_rules, why, sizeof why);
    if (st == GH_TEXT_MISSING) { fprintf(err, "gohotel escape: cannot read %s\n", path); return 1; }
    if (st != GH_TEXT_OK) { fprintf(err, "gohotel escape: %s\n", why); return 1; }
    int rc = gh_escape_text(path, t.bytes, t.length, out, err);
    gh_text_free(&t);
    return rc;
}

int gh_escape_cli(int argc, char **argv)
{
    if (argc != 2 || !argv[1][0] || argv[1][0] == '-') {
        fprintf(stderr, "usage: gohotel escape FILE.go\n");
        return 2;
    }
    return gh_escape_cli_run(argv[1], stdout, stderr);
}
