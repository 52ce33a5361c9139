/* go_source.h — one Go source file being compiled: its text, its arena, and the
 * first error found in it ("file.go:line:col: message").  Every front-end stage
 * takes this struct; an error long-jumps back to the stage's entry point.
 */
#ifndef GH_GO_SOURCE_H
#define GH_GO_SOURCE_H
#include <setjmp.h>
#include <stddef.h>
#include "golang/go_arena.h"
#include "run/text.h"

/* A position as the Go compiler prints it: 1-based line, 1-based byte column. */
typedef struct gh_GoPos { int line, col; } gh_GoPos;

typedef struct gh_GoSource {
    const char *path;     /* as given on the command line */
    const char *base;     /* basename: Go prints "./" + base */
    const char *text;     /* NUL-terminated contents */
    size_t len;
    gh_GoArena arena;     /* owns everything derived from this file */
    int failed;           /* set once an error was recorded */
    gh_GoPos err_pos;
    char err_msg[2048];     /* Go prints a constant in full: 1 << 1074 has 324 digits */
    jmp_buf *on_error;    /* where gh_go_fail jumps; NULL = just record */
} gh_GoSource;

/* Wraps text (not copied; must outlive src) under the given path. */
void gh_go_source_init(gh_GoSource *src, const char *path, const char *text, size_t len);
/* Releases the arena. */
void gh_go_source_free(gh_GoSource *src);
/* Records the first error and jumps to src->on_error (never returns if set). */
void gh_go_fail(gh_GoSource *src, gh_GoPos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Formats the recorded error as "file.go:line:col: message" into buf. */
void gh_go_error_string(const gh_GoSource *src, char *buf, size_t n);

/* What a Go file read by exec, escape or go.program must be (exec_run.c): a regular file
 * of at most 4 MiB, checked before it is read; its bytes are judged with Go's messages. */
extern const gh_TextRules gh_go_file_rules;

#endif
