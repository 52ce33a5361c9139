/* exec.h — runs a checked Go-subset program on the simulated runtime, one statement
 * per step: frames on simulated goroutine stacks, escaped variables in the heap through
 * mallocgc, goroutines round-robin, Go's panics with a trace of simulated frames.
 */
#ifndef GH_EXEC_H
#define GH_EXEC_H
#include <stdbool.h>
#include <stdio.h>
#include "runtime/runtime.h"

typedef struct gh_Exec gh_Exec;
struct gh_GoProgram;

/* Ready to run prog (checked and escape-analysed; must outlive ex) on sim, starting at
 * main.main on a new goroutine. Program output goes to out, println and panics to err.
 * NULL if the host is out of memory. It listens to sim's events (allocation profile)
 * and forwards them to the listener installed before it; install yours first. */
gh_Exec *gh_exec_new(struct gh_GoProgram *prog, gh_Sim *sim, FILE *out, FILE *err);
void gh_exec_free(gh_Exec *ex);
/* Runs one statement (of the next goroutine in round-robin order) and returns its source
 * line; 0 when the program has finished or failed. */
int gh_exec_step(gh_Exec *ex);
/* Runs up to n statements; returns how many ran. */
long long gh_exec_run(gh_Exec *ex, long long n);
/* Source line of the statement the next step will run (0 if none). */
int gh_exec_line(const gh_Exec *ex);
bool gh_exec_done(const gh_Exec *ex);
/* Id of the simulated goroutine that ran the last step (1 = main). */
int gh_exec_goroutine(const gh_Exec *ex);
/* The process exit status Go would give: 0 ok, 2 panic or fatal error, 1 bad program. */
int gh_exec_status(const gh_Exec *ex);
/* The failure message ("panic: ..." or "file.go:line:col: ..."), NULL when none. */
const char *gh_exec_error(const gh_Exec *ex);
/* Prints Go's gctrace line for each finished GC cycle to f (NULL: off). */
void gh_exec_gctrace(gh_Exec *ex, FILE *f);
/* Stop the program, as a gohotel error naming the statement (exit status 1), once it has
 * done max operations (a statement counts 1, a goroutine switch 20, a go statement and a
 * GC cycle 1000 each): `for {}`, `for { runtime.GC() }` and goroutine bombs end within
 * seconds instead of never. how names the way to allow more ("--max-ops N"). */
void gh_exec_limit(gh_Exec *ex, long long max, const char *how);
/* Statements run so far. */
long long gh_exec_steps(const gh_Exec *ex);

/* Parses, checks and analyses the file at path (or text when not NULL) and returns an
 * interpreter ready to step on sim (it owns the program), or NULL after printing
 * "file.go:line:col: message" to err. This is how a scene steps through Go source. */
gh_Exec *gh_exec_load(const char *path, const char *text, size_t len, gh_Sim *sim, FILE *out, FILE *err);
/* Source line whose statement allocated the heap object at addr (0 if unknown), and the
 * k-th compiler diagnostic on a line ("moved to heap: y", "make([]int, 1000) escapes to
 * heap"), so a view can label an allocation with the reason it is in the heap. */
int gh_exec_alloc_line(const gh_Exec *ex, uint64_t addr);
const char *gh_exec_diagnostic(const gh_Exec *ex, int line, int k);
/* Where the program's output goes from now on (os.Stdout / fmt, and println / os.Stderr). */
void gh_exec_set_output(gh_Exec *ex, FILE *out, FILE *err);
/* The program text (for a code panel). */
const char *gh_exec_source_text(const gh_Exec *ex);
/* Whole pipeline for the CLI and tests: parse, check, analyse and run the file at path
 * (or text when not NULL) on sim to the end. Returns the exit status; errors go to err. */
int gh_exec_source(const char *path, const char *text, size_t len, gh_Sim *sim, FILE *out, FILE *err,
                   gh_Exec **keep);

#endif
