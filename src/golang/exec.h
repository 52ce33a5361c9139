/* exec.h — runs a checked Go-subset program on the simulated runtime, one statement
 * per step: frames on simulated goroutine stacks, escaped variables in the heap through
 * mallocgc, goroutines round-robin, Go's panics with a trace of simulated frames.
 */
#ifndef GH_EXEC_H
#define GH_EXEC_H
#include <stdbool.h>
#include <stdio.h>
#include "run/heap_profile.h"
#include "runtime/runtime.h"

typedef struct gh_Exec gh_Exec;
struct gh_GoProgram;

/* Ready to run prog (checked and escape-analysed; must outlive ex) on sim, starting at
 * main.main on a new goroutine. Program output goes to out, println and panics to err.
 * NULL if the host is out of memory. It listens to sim's events (allocation profile)
 * and forwards them to the listener installed before it; install yours first. */
gh_Exec *gh_exec_new(struct gh_GoProgram *prog, gh_Sim *sim, FILE *out, FILE *err);
void gh_exec_free(gh_Exec *ex);
/* Runs one statement (the one gh_exec_line gives) and returns its source line; 0 when the
 * program has finished or failed. When the goroutine then blocks, finishes or is switched
 * out, the step ends with the next goroutine standing before its own next statement. */
int gh_exec_step(gh_Exec *ex);
/* Runs up to n statements; returns how many ran. */
long long gh_exec_run(gh_Exec *ex, long long n);
/* Source line of the statement the next step will run (0 if none). */
int gh_exec_line(const gh_Exec *ex);
bool gh_exec_done(const gh_Exec *ex);
/* Id of the simulated goroutine that runs the next step, whose next statement
 * gh_exec_line gives (1 = main; 0 before the first step). */
int gh_exec_goroutine(const gh_Exec *ex);
/* The process exit status Go would give: 0 ok, 2 panic or fatal error, 1 bad program. */
int gh_exec_status(const gh_Exec *ex);
/* The failure message ("panic: ..." or "file.go:line:col: ..."), NULL when none. */
const char *gh_exec_error(const gh_Exec *ex);
/* Prints Go's gctrace line for each finished GC cycle to f (NULL: off). */
void gh_exec_gctrace(gh_Exec *ex, FILE *f);
/* Prints Go's gcpacertrace line (pacer: ... in T B -> H B ...) for each finished GC cycle to
 * f, before its gctrace line (NULL: off). */
void gh_exec_gcpacertrace(gh_Exec *ex, FILE *f);
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
/* The same with the run's parameters, "K=V" each (go_param.h): before the program runs, each
 * sets the package-level `var K = <constant>` (int, string or bool) to V, as Go's
 * `-ldflags=-X main.K=V` does; an unknown K or a V of the wrong type is an error. */
gh_Exec *gh_exec_load_params(const char *path, const char *text, size_t len, const char *const *params, int nparams,
                             gh_Sim *sim, FILE *out, FILE *err);
/* Source line whose statement allocated the heap object at addr (0 if unknown), and the
 * k-th compiler diagnostic on a line ("moved to heap: y", "make([]int, 1000) escapes to
 * heap"), so a view can label an allocation with the reason it is in the heap. */
int gh_exec_alloc_line(const gh_Exec *ex, uint64_t addr);
const char *gh_exec_diagnostic(const gh_Exec *ex, int line, int k);
/* What the library or runtime allocated the object at addr for on the program's behalf
 * ("fmt's printer", "the goroutine's g"), NULL when it holds one of the program's values:
 * then the line's escape verdict says why it is in the heap. */
const char *gh_exec_alloc_by(const gh_Exec *ex, uint64_t addr);
/* How gh_exec_alloc_by's text begins for an object Go's runtime made before main.main
 * (exec_startup.c); gh_exec_alloc_line is 0 for those. */
#define GH_EXEC_BY_STARTUP "Go's runtime start-up"
/* Where the program's output goes from now on (os.Stdout / fmt, and println / os.Stderr). */
void gh_exec_set_output(gh_Exec *ex, FILE *out, FILE *err);
/* The program text (for a code panel). */
const char *gh_exec_source_text(const gh_Exec *ex);
/* Whole pipeline for the CLI and tests: parse, check, analyse and run the file at path
 * (or text when not NULL) on sim to the end. Returns the exit status; errors go to err. */
int gh_exec_source(const char *path, const char *text, size_t len, gh_Sim *sim, FILE *out, FILE *err,
                   gh_Exec **keep);

/* ---- exec_inspect.c: where a stopped program stands, for a scene that directs it ----
 * Between two steps every goroutine stands before a statement. These queries look at the
 * goroutine that runs the next step (main before the first step): the one whose next
 * statement gh_exec_line gives. They read simulated memory without charging it, so asking
 * changes no figure. */
typedef struct gh_ExecFrame {
    const char *fn;         /* the Go function as Go names it: "createSlice", "main", "main.func1" */
    int line;               /* the line it stands at (the next statement of the innermost frame) */
    uint64_t call;          /* which call: 1, 2, ... in the order calls began (a recursion's
                             * frames differ; a function called twice gets two numbers) */
} gh_ExecFrame;
/* Frames of that goroutine (1 = main.main alone; 0 before it starts or once it ended). */
int gh_exec_depth(const gh_Exec *ex);
/* Frame i counted from the innermost (0); false past the outermost. */
bool gh_exec_frame(const gh_Exec *ex, int i, gh_ExecFrame *out);
/* Calls begun so far by the whole program (the newest frame's call number). */
uint64_t gh_exec_calls(const gh_Exec *ex);
/* Heap allocations the program has made so far (each mallocgc, a tiny fit too), and the
 * address of allocation i (0-based, < that count) while it is among the newest
 * GH_EXEC_RECENT_ALLOCS, else 0. */
#define GH_EXEC_RECENT_ALLOCS 16
uint64_t gh_exec_mallocs(const gh_Exec *ex);
gh_Addr gh_exec_alloc_at(const gh_Exec *ex, uint64_t i);
/* Does the program declare a function named fn ("createSlice", or "main.createSlice" as in
 * Go's tracebacks; a closure as Go names it, "main.func1")? Writes the name frames carry
 * (gh_ExecFrame.fn) to canon. */
bool gh_exec_has_func(const gh_Exec *ex, const char *fn, char *canon, size_t cap);
/* Does a statement start at this source line (a line a step can stop before)? */
bool gh_exec_is_stmt_line(const gh_Exec *ex, int line);

/* A variable by its Go name: a parameter or result of the innermost frame, or a local of
 * it declared above the line it stands at (the nearest such when a name is declared
 * twice), else a variable the running closure captured, else a package variable. */
typedef enum {
    GH_EXECV_INT, GH_EXECV_UINT, GH_EXECV_BOOL, GH_EXECV_FLOAT, GH_EXECV_STRING,
    GH_EXECV_SLICE, GH_EXECV_POINTER, GH_EXECV_OTHER /* arrays, structs, maps, interfaces, funcs */
} gh_ExecVarKind;
typedef struct gh_ExecVar {
    gh_ExecVarKind kind;
    uint64_t addr;          /* where its value is: the frame slot, the global, or the heap
                             * object for one "moved to heap" */
    uint64_t size;          /* bytes of the value */
    bool heap, global;      /* moved to heap by the escape analysis; a package variable */
    char type[64];          /* Go's spelling: "int", "[]int", "*[]int", "T" */
    char elem[64];          /* slice and pointer: the element's spelling */
    const char *fn;         /* the owning function (NULL for a global) */
    struct gh_GoType *gotype; /* its Go type (the checker's), for field paths */
} gh_ExecVar;
bool gh_exec_var(const gh_Exec *ex, const char *name, gh_ExecVar *out);
/* A field path "q.X", "p.Z" (through a pointer, as Go's selector follows it), "a.b.c":
 * the variable named by its first part (as gh_exec_var finds it), then each field in turn.
 * out->fn, heap and global describe the variable the path starts at. False, with why in
 * err ("q has no field W (Point has X, Y, Z)", "p is nil"), when a step fails; a path
 * without dots is gh_exec_var (err "" when the variable does not exist). */
bool gh_exec_var_path(const gh_Exec *ex, const char *path, gh_ExecVar *out, char *err, size_t errcap);

/* The source lines on the running goroutine's call stack, innermost first, each once: the
 * lines an allocation made now is charged to for cum (a function's cum holds what its
 * callees allocate). *lines is valid until the program runs on; returns the count. */
int gh_exec_stack_lines(gh_Exec *ex, const int **lines);

/* --pprof (exec_pprof.c): from now on every heap allocation the program makes is recorded
 * in hp with the running goroutine's call stack, and every object the collector frees is
 * counted off (hp NULL: stop recording). False when out of host memory. */
bool gh_exec_pprof(gh_Exec *ex, gh_HeapProfile *hp);
/* The running goroutine's call stack as a profile names it, innermost first: "main.f" at
 * the file (absolute when known) and line running in each frame, calls Go inlines marked
 * so, and (root) runtime.main under the main goroutine's, as in Go's profiles; while a go
 * statement makes its g, the runtime's frames that make it (on the system stack). names[i]
 * holds frame i's name; at most max frames (the outermost are cut); returns the count.
 * An allocation a library call makes (of size bytes) has the library's frames above the
 * program's that called it, as Go's (exec_pprof_lib.c). */
int gh_exec_heap_frames(gh_Exec *ex, uint64_t size, gh_HeapFrame *out, char (*names)[GH_HEAP_NAME_MAX], int max, bool root);

#endif
