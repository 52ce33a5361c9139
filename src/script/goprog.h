/* goprog.h — a go.program handle, shared by lib_goprog.c (loading, stepping, the code
 * panel) and lib_goprog_direct.c (the scene directing it: run_to, var, addr). */
#ifndef GH_GOPROG_H
#define GH_GOPROG_H
#include <stdbool.h>
#include <lua.h>
#include "golang/exec.h"
#include "script/script.h"

#define GH_MT_GOPROG "go.program"

typedef struct GoProg {
    uint32_t gen;
    gh_Exec *ex;
    gh_Text text;      /* the source (the interpreter keeps pointers into it) */
    char name[64];
    int ran;           /* line of the statement that ran last (the code panel's marker) */
} GoProg;

/* Argument 1 as a live go.program of this simulator (raises for a stale one). */
GoProg *gh_goprog_check(lua_State *L);
/* Runs one statement as one scripted operation, the code panel marking it (narrate: the
 * stack index of a function(line, diagnostics) giving the narration, or 0); raises the
 * program's failure. False once the program has ended. */
bool gh_goprog_step(lua_State *L, GoProg *p, int narrate);
/* The compiler's reason a value made on `line` is in the heap ("moved to heap: c",
 * "make([]int, n) escapes to heap"), NULL when the line has none. */
const char *gh_goprog_reason(const GoProg *p, int line);
/* The variable (or field path) named by argument 2 of prog:METHOD, or a scene error saying
 * where it was looked for (lib_goprog_direct.c). */
gh_ExecVar gh_goprog_lookup(lua_State *L, GoProg *p, const char *method);
/* prog:map(name): a map variable's hmap and bucket arrays, read from simulated memory
 * (lib_goprog_map.c). */
int gh_goprog_m_map(lua_State *L);
/* Adds the directing methods to the methods table on top of the stack. */
void gh_goprog_direct_methods(lua_State *L);

/* go.program's options table at stack index opts: {vars = {name = integer}} rewrites each
 * `var name = <integer>` line of t (the file `file`) to that value (lib_goprog_vars.c). */
void gh_goprog_set_vars(lua_State *L, int opts, gh_Text *t, const char *file);

#endif
