/* escape_int.h — private data of the escape analysis: locations, edges, holes,
 * function instances and the walk context (see the essay in escape.c).
 */
#ifndef GH_ESCAPE_INT_H
#define GH_ESCAPE_INT_H
#include "golang/escape.h"

#define GH_ESC_NUM_RESULTS 7  /* results tracked per parameter tag, as in Go */

typedef struct gh_EscLoc gh_EscLoc;
typedef struct gh_EscFunc gh_EscFunc;

typedef struct gh_EscEdge { gh_EscLoc *src; int derefs; } gh_EscEdge;

/* Parameter leak summary: derefs+1 of the cheapest flow to the heap and to each
 * result; 0 means "no flow". */
typedef struct gh_EscLeaks { unsigned char heap, res[GH_ESC_NUM_RESULTS]; } gh_EscLeaks;

struct gh_EscLoc {
    gh_GoObj *var;          /* named variable, or NULL */
    const gh_GoNode *expr;  /* allocating expression, or NULL */
    const char *text;       /* synthetic expression text (inlined library code, ~R0) */
    gh_GoPos pos;           /* reported position */
    gh_EscFunc *curfn;
    gh_EscEdge *edges; int nedges;
    int loop_depth;
    int result_index;       /* 1-based for result parameters of curfn, else 0 */
    int is_param;           /* a real (non-inlined) parameter of curfn */
    int derefs; unsigned walkgen;
    int queued, escapes;
    int captured, reassigned, addrtaken;
    gh_EscLeaks leaks;
    long long key;          /* report order (Go's allLocs order) */
    int original;           /* belongs to the un-inlined body of a declared function */
    int site;               /* the inlined call site it belongs to (go_inlsite.h), 0: none */
};

typedef struct gh_EscHole { gh_EscLoc *dst; int derefs; int addrtaken; } gh_EscHole;

/* One function body being analysed: a declared function, a closure, or a copy
 * of a closure made by inlining.  vars are indexed by gh_GoObj.id. */
struct gh_EscFunc {
    gh_GoFunc *fn;
    gh_EscFunc *outer;       /* enclosing function (closures) */
    gh_EscLoc **vars;
    int closure_called;      /* a closure literal called where it is written */
    gh_GoPos pos_override;   /* copies made by inlining report at the call site */
    int order;               /* index in the batch (report order of its Dcl) */
    int original;
};

/* Lexical context for resolving variables: a function instance or an inlined
 * call (whose callee variables are fresh locations of the caller). */
typedef struct gh_EscCtx gh_EscCtx;
struct gh_EscCtx {
    gh_EscCtx *parent;
    gh_GoFunc *fn;
    gh_EscLoc **vars;
    gh_EscLoc **results;     /* where return statements assign */
    int nresults;
    gh_EscFunc *curfn;       /* owner of new locations */
    gh_GoPos pos;            /* non-zero: outermost inlined call position */
    int inline_depth;
    int site;                /* go_inlsite.h id of this inlined copy (0: a body, or not tracked) */
};

typedef struct gh_EscClosure { gh_EscHole k; gh_EscFunc *clo; gh_EscLoc **cvs; } gh_EscClosure;

typedef struct gh_EscState {
    gh_GoProgram *prog;
    gh_GoArena *arena;
    gh_EscLoc heap, blank;
    gh_EscLoc **locs; int nlocs;            /* current batch */
    gh_EscFunc **fns; int nfns;             /* current batch: instances in report order */
    gh_EscClosure *closures; int nclosures;
    gh_EscLeaks **tags;                      /* by gh_GoFunc.id: per-parameter tags (receiver first) */
    int *state;                              /* by gh_GoFunc.id: 0 unknown, 1 in batch, 2 tagged */
    gh_EscDiag *out; int nout;
    gh_EscDiag *notes; int nnotes;           /* walk-time notes of the current batch */
    gh_EscCtx *ctx;
    int loop_depth;
    int in_go;                               /* walking the call of a go statement */
    long long seq;                           /* location creation counter */
    const gh_GoNode **lit_nodes; gh_EscFunc **lit_insts; int nlits; /* closure literal -> instance */
    gh_GoPos wrapper_pos;                    /* analysing a method wrapper: where it all reports */
} gh_EscState;

/* escape.c: graph primitives and solver */
gh_EscLoc *gh_esc_new_loc(gh_EscState *e, gh_GoObj *var, const gh_GoNode *expr, gh_GoPos pos);
gh_EscHole gh_esc_hole(gh_EscLoc *l);
gh_EscHole gh_esc_heap_hole(gh_EscState *e);
gh_EscHole gh_esc_discard_hole(gh_EscState *e);
gh_EscHole gh_esc_shift(gh_EscHole k, int delta);
gh_EscHole gh_esc_deref(gh_EscHole k);
gh_EscHole gh_esc_addr(gh_EscHole k);
void gh_esc_flow(gh_EscState *e, gh_EscHole k, gh_EscLoc *src);
gh_EscHole gh_esc_spill(gh_EscState *e, gh_EscHole k, const gh_GoNode *n);
gh_EscHole gh_esc_tee(gh_EscState *e, gh_EscHole *ks, int n);
void gh_esc_solve(gh_EscState *e);
gh_GoPos gh_esc_pos(gh_EscState *e, gh_GoPos p);

/* escape_walk.c */
void gh_esc_stmt(gh_EscState *e, const gh_GoNode *n);
void gh_esc_block(gh_EscState *e, const gh_GoNode *b);
/* escape_switch.c: switch statements and labels; 0 when s is neither */
int gh_esc_switch_stmt(gh_EscState *e, const gh_GoNode *s);
/* escape_chan.c: a send (its value stored in the heap: the channel's buffer or a receiver)
 * and a select (each case's communication, then its body); 0 if s is neither. */
int gh_esc_chan_stmt(gh_EscState *e, const gh_GoNode *s);
void gh_esc_expr(gh_EscState *e, gh_EscHole k, const gh_GoNode *n);
void gh_esc_discard(gh_EscState *e, const gh_GoNode *n);
gh_EscLoc *gh_esc_var_loc(gh_EscState *e, gh_GoObj *v);
gh_EscHole gh_esc_addr_of(gh_EscState *e, const gh_GoNode *n);
void gh_esc_assign_list(gh_EscState *e, const gh_GoNode **dsts, gh_EscHole *ks, const gh_GoNode **srcs, int n, const gh_GoNode *where);
void gh_esc_reassigned(gh_EscState *e, gh_EscHole *ks, int n, const gh_GoNode *where);
gh_EscFunc *gh_esc_func_instance(gh_EscState *e, gh_GoFunc *fn, gh_EscFunc *outer, gh_EscCtx *parent_ctx, gh_GoPos override);
void gh_esc_note(gh_EscState *e, gh_GoPos pos, const char *text);
/* escape_batch.c: analyses fns (one strongly connected batch) and reports it. */
void gh_esc_analyze_batch(gh_EscState *e, gh_GoFunc **fns, int n);
/* escape_init.c: the package-level var initializers Go cannot lay out as static data,
 * analysed as the body of the package's init function (after every other batch). */
void gh_esc_analyze_init(gh_EscState *e);
/* escape_wrapper.c: the <autogenerated> wrappers of value-receiver methods, analysed last. */
void gh_esc_analyze_wrappers(gh_EscState *e);

/* escape_call.c */
void gh_esc_call(gh_EscState *e, gh_EscHole *ks, int nks, const gh_GoNode *call);
/* Where the receiver of the method value n (x.m, not called) flows besides its closure:
 * into m's receiver parameter by m's tag, with m's results taken to the heap. */
gh_EscHole gh_esc_method_value_recv(gh_EscState *e, const gh_GoNode *n);
void gh_esc_go_stmt(gh_EscState *e, const gh_GoNode *n);

/* escape_report.c */
void gh_esc_finish(gh_EscState *e);

#endif
