/* escape.h — Go's escape analysis over a checked program: which variables move
 * to the heap, which allocations escape, which parameters leak, printed in the
 * format and order of `go build -gcflags=-m` (escape lines only).
 */
#ifndef GH_ESCAPE_H
#define GH_ESCAPE_H
#include "golang/escape_limits.h"
#include "golang/go_check.h"

/* One -m line: "./main.go:14:13: z escapes to heap" without the file prefix. */
typedef struct gh_EscDiag {
    gh_GoPos pos;
    const char *text;   /* arena string */
} gh_EscDiag;

typedef struct gh_EscResult {
    gh_EscDiag *diags; int ndiags;   /* in Go's print order */
} gh_EscResult;

/* Runs inlining decisions and escape analysis on prog (which must have been
 * checked).  Diagnostics live in prog->src's arena.  Also records, on the
 * original (non-inlined) function bodies, obj->heap for moved variables and
 * node->esc for allocating expressions, for the interpreter. */
void gh_go_escape_analyze(gh_GoProgram *prog, gh_EscResult *out);

/* go_inline.c: computes each function's inlining cost and marks call sites
 * that Go 1.19 would inline (node->inl). */
void gh_go_inline_decide(gh_GoProgram *prog);

/* go_exprfmt.c: writes Go's -m spelling of an expression into buf. */
void gh_go_expr_format(const gh_GoNode *n, char *buf, int size);

#endif
