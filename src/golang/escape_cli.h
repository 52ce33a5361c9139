/* escape_cli.h — `gohotel escape FILE.go`: prints Go's -gcflags=-m escape
 * lines for a Go-subset program.
 */
#ifndef GH_ESCAPE_CLI_H
#define GH_ESCAPE_CLI_H
#include <stdio.h>

/* argv[0] is "escape", argv[1] the file.  Exit code: 0 ok, 1 bad input
 * (message "file.go:line:col: msg" on stderr), 2 usage error. */
int gh_escape_cli(int argc, char **argv);

/* Same, writing to the given streams (used by tests). */
int gh_escape_cli_run(const char *path, FILE *out, FILE *err);

/* `gohotel escape -d=defer FILE.go`: each defer's kind, as go build -gcflags=-d=defer. */
int gh_escape_defers_run(const char *path, FILE *out, FILE *err);

/* Analyses in-memory source text (NUL-terminated, len bytes) named path. */
int gh_escape_text(const char *path, const char *text, size_t len, FILE *out, FILE *err);

#endif
