/* go_check.h — the checked program: declared objects, functions (including
 * closures, with their captured variables and declaration order), library
 * callees, and the type checker that builds them from the syntax tree.
 */
#ifndef GH_GO_CHECK_H
#define GH_GO_CHECK_H
#include <stdio.h>
#include "golang/go_types.h"

typedef enum gh_GoObjKind {
    GH_OBJ_VAR, GH_OBJ_CONST, GH_OBJ_TYPE, GH_OBJ_FUNC, GH_OBJ_PKG, GH_OBJ_BUILTIN,
    GH_OBJ_NIL, GH_OBJ_LIBFUNC,
    GH_OBJ_LABEL            /* a statement label: defn is its GH_N_LABELED statement (go_check_branch.c) */
} gh_GoObjKind;

/* Storage class of a variable, in the compiler's terms. */
typedef enum gh_GoClass { GH_CLASS_AUTO, GH_CLASS_PARAM, GH_CLASS_RESULT, GH_CLASS_GLOBAL } gh_GoClass;

struct gh_GoObj {
    gh_GoObjKind kind;
    const char *name;       /* "~r0" for unnamed results */
    gh_GoPos pos;
    gh_GoType *type;
    gh_GoClass cls;
    gh_GoFunc *owner;       /* declaring function (NULL for package level) */
    gh_GoNode *defn;        /* statement that declared it with a value (:=, var x = v, range) */
    gh_GoFunc *fn;          /* GH_OBJ_FUNC */
    gh_GoLibFunc *lib;      /* GH_OBJ_LIBFUNC */
    const char *pkg;        /* GH_OBJ_PKG: import path */
    int builtin;            /* GH_OBJ_BUILTIN: a gh_GoOp */
    long long cval;         /* GH_OBJ_CONST */
    struct gh_GoConst *big; /* GH_OBJ_CONST wider than an int64, or a float (go_const.c) */
    int id;                 /* index in the owner's locals, or global index */
    int assigned_once;      /* var assigned only at its definition (for static callees) */
    int reassigned_syntax;  /* assigned after definition or address taken */
    gh_GoNode *funclit;     /* defn value when it is a func literal */
    int heap;               /* escape analysis: "moved to heap" */
};

struct gh_GoFunc {
    const char *name;       /* "main", "T.M", "(*T).M", "counter.func1" */
    gh_GoNode *decl;        /* FUNCDECL or FUNCLIT */
    gh_GoNode *body;
    gh_GoType *sig;
    gh_GoPos pos;           /* name (decl) or 'func' keyword (literal) */
    gh_GoObj *recv;
    gh_GoObj **params; int nparams;     /* receiver excluded */
    gh_GoObj **results; int nresults;
    gh_GoObj **locals; int nlocals;     /* Dcl order: receiver, params, results, locals */
    gh_GoObj **captured; int ncaptured; /* closures: free variables of enclosing funcs */
    gh_GoFunc *outer;       /* enclosing function of a closure */
    gh_GoFunc **closures; int nclosures; /* direct closures, in source order */
    int noinline;
    int has_go_or_defer;
    int open_defers;        /* its defers are open-coded (go_check_defer.c): a panic takes a _defer for the frame */
    int nclosure_seq;       /* counter for naming nested closures */
    int id;
    /* inliner results (go_inline.c) */
    int cost;               /* hairy-visitor cost; > 80 means not inlinable */
    int inlinable;
};

/* A function or method of an imported package, with the escape facts the
 * real compiler exports for it (see go_library.c for the table). */
struct gh_GoLibFunc {
    const char *pkg, *recv, *name;   /* recv: "Builder" etc., NULL for functions */
    const char *params;              /* type codes, see go_library.c */
    const char *results;
    const char *tags;                /* per param (receiver first): 'n' none, 'h' leak, 'c' content, 'r' to result 0 level 0, 'R' level 1 */
    int inlined;                     /* Go 1.19 inlines it at call sites */
    int effect;                      /* extra diagnostics when inlined (go_library.c) */
    int cost;                        /* its inlining cost (Go 1.19.8 -m=2), 0 if not inlinable, -1 an intrinsic */
    gh_GoType *type;                 /* built signature */
};

/* One package-level assignment `var x = e` (decl->list[k] = decl->list2[k], or no value),
 * in Go's initialization order (go_check_init.c). */
typedef struct gh_GoInit { gh_GoNode *decl; int k; } gh_GoInit;

typedef struct gh_GoProgram {
    gh_GoSource *src;
    gh_GoNode *file;
    gh_GoUniverseTypes u;
    gh_GoFunc **funcs; int nfuncs;      /* declared functions and methods, source order */
    gh_GoFunc **all; int nall;          /* funcs plus closures */
    gh_GoObj **globals; int nglobals;
    gh_GoInit *inits; int ninits;       /* every package variable, in initialization order */
    gh_GoLibFunc *libs; int nlibs;
    gh_GoType **libtypes; int nlibtypes;
    int nglobal_closures;               /* glob..funcN counter */
    gh_GoNode **imethvals; int nimethvals; /* method values of interface methods (f := s.Area), n->field their index */
    gh_GoNode **methexprs; int nmethexprs; /* method expressions Go makes a wrapper for ((*P).Sum, B.Get, Shape.Area) */
    struct gh_GoInlSites *inlsites;     /* escape verdicts per inlined call site (go_inlsite.h) */
    int imported[12];                   /* fmt, strings, bytes, sync, runtime, runtime/debug, os, unsafe, errors, strconv, sort, math */
} gh_GoProgram;

/* The function a call through the func value x always reaches, or NULL: a func literal,
 * or a local assigned a func literal once and never again nor addressed (f := func...;
 * f()). Escape analysis and the inliner both see such a call as a static one. */
gh_GoFunc *gh_go_static_closure(const gh_GoNode *x);

/* go_static_result.c: for a local defined once as `c := counter()` (counter a declared
 * function with one result), that call, else NULL; and the func literal counter's only
 * return statement returns, else NULL. With counter inlined, a call c() is a call of
 * that literal's copy in the caller (Go's ir.StaticValue through an inlined call). */
const gh_GoNode *gh_go_static_result_call(const gh_GoNode *x);
const gh_GoNode *gh_go_static_result_lit(const gh_GoNode *call);

/* Whether t's method set holds Error() string, so t implements error (a named type's
 * method, or errors.New's and fmt.Errorf's *errors.errorString and *fmt.wrapError). */
int gh_go_has_error_method(gh_GoType *t);
/* Whether t implements the interface it (go_check_itab.c); if not, why (n bytes) gets Go's
 * reason, "missing Area method". */
int gh_go_implements(gh_GoType *t, gh_GoType *it, char *why, int n);
/* A library type by package and name ("errors", "errorString"), or NULL (go_library.c). */
gh_GoType *gh_go_library_type(gh_GoProgram *p, const char *pkg, const char *name);

/* What a name selects in a type through its embedded fields, as Go's lookup finds it
 * (go_check_embed.c): breadth first, the shallowest depth wins, two at one depth are
 * ambiguous. path lists the embedded fields' indices from t's struct down to the type that
 * declares the name; indirect says an embedded pointer (*A) was followed on the way. */
#define GH_EMBED_MAX_DEPTH 32
typedef enum gh_GoSelKind {
    GH_SEL_NONE, GH_SEL_FIELD, GH_SEL_METHOD, GH_SEL_IMETHOD, GH_SEL_LIBMETHOD, GH_SEL_AMBIGUOUS,
    GH_SEL_TOODEEP          /* embedded fields nested deeper than GH_EMBED_MAX_DEPTH were left unsearched */
} gh_GoSelKind;
typedef struct gh_GoSelection {
    gh_GoSelKind kind;
    int path[GH_EMBED_MAX_DEPTH]; int depth;
    int indirect;
    gh_GoFunc *fn;          /* GH_SEL_METHOD */
    gh_GoLibFunc *lib;      /* GH_SEL_LIBMETHOD */
    gh_GoType *sig;         /* a method's signature */
    int field;              /* GH_SEL_FIELD: its index in the struct that holds it */
} gh_GoSelection;
/* t may be a pointer (its elem is searched); p may be NULL (then library methods are not looked up). */
gh_GoSelKind gh_go_lookup_selection(gh_GoProgram *p, gh_GoType *t, const char *name, gh_GoSelection *out);

/* Parses and type-checks src; returns 0 on success, -1 with src->err_* set. */
int gh_go_check_program(gh_GoSource *src, gh_GoProgram *prog);
/* go_defer_report.c: each defer's kind as `go build -gcflags=-d=defer` prints it  */
int gh_go_defer_report(const gh_GoProgram *prog, FILE *out);

#endif
