/* go_check_int.h — private state shared by the type checker's files
 * (go_check.c: declarations and statements; go_check_expr.c: expressions;
 * go_library.c: the imported packages).
 */
#ifndef GH_GO_CHECK_INT_H
#define GH_GO_CHECK_INT_H
#include "golang/go_check.h"

typedef struct gh_GoScope gh_GoScope;
struct gh_GoScope {
    gh_GoScope *parent;
    gh_GoObj **objs; int nobjs;
    gh_GoObj **index;       /* open-addressing hash of objs by name once a scope is big */
    int index_cap;          /* slots in index (a power of two, 0 = none yet) */
    gh_GoFunc *fn;          /* function whose body this scope belongs to (NULL = package) */
};

typedef struct gh_GoChecker {
    gh_GoProgram *prog;
    gh_GoSource *src;
    gh_GoScope *scope;
    gh_GoFunc *fn;          /* function being checked */
    gh_GoFunc *top;         /* its outermost declared function (for closure names) */
    int loop_depth;
    const gh_GoNode *callee; /* the call's callee being checked (a method there is called, not a value) */
    struct gh_GoPkgVars *pkgvars; /* go_check_init.c: package variables checked on first use */
} gh_GoChecker;

/* go_check_init.c: declares the package variables, then checks each initializer (on first
 * use, else in source order); a use of a package variable checks its declaration first. */
void gh_go_check_package_vars(gh_GoChecker *c);
void gh_go_check_global_use(gh_GoChecker *c, gh_GoObj *o);
/* Go's initialization order of the package variables (prog->inits), or its
 * "initialization loop" error. */
void gh_go_init_order(gh_GoChecker *c);

gh_GoObj *gh_go_scope_lookup(gh_GoChecker *c, const char *name);
/* The object named name declared in scope s itself (not its parents), or NULL. */
gh_GoObj *gh_go_scope_find_local(const gh_GoScope *s, const char *name);
void gh_go_scope_declare(gh_GoChecker *c, gh_GoObj *obj);
gh_GoObj *gh_go_obj_new(gh_GoChecker *c, gh_GoObjKind k, const char *name, gh_GoPos pos, gh_GoType *t);
/* Registers a function-local variable in the current function's Dcl list. */
void gh_go_declare_local(gh_GoChecker *c, gh_GoObj *v, gh_GoClass cls);

gh_GoType *gh_go_check_type(gh_GoChecker *c, gh_GoNode *n);
/* go_check_itab.c: interface{...} with methods; the implements check (why: Go's reason) */
gh_GoType *gh_go_check_iface_type(gh_GoChecker *c, gh_GoNode *n);
/* go_check_embed.c: embedded fields and interfaces */
gh_GoType *gh_go_promote_selector(gh_GoChecker *c, gh_GoNode *n, gh_GoType *xt);
void gh_go_check_embedded_field(gh_GoChecker *c, gh_GoNode *fnode, gh_GoType *t);
void gh_go_check_field_method_clash(gh_GoChecker *c, gh_GoType *named);
void gh_go_iface_embed(gh_GoChecker *c, gh_GoNode *emb, gh_GoType *t, gh_GoPos *mpos);
/* go_check_methexpr.c: method expressions P.Sum, (*P).Scale, and their direct calls */
void gh_go_check_method_expr(gh_GoChecker *c, gh_GoNode *n);
void gh_go_method_expr_call(gh_GoChecker *c, gh_GoNode *call);
void gh_go_method_expr_as_call(gh_GoChecker *c, gh_GoNode *call, const gh_GoNode *f);
/* go_check_staticcall.c: f(x) through a local that always holds a method expression. */
void gh_go_check_static_calls(gh_GoChecker *c);
/* go_check_map.c */
gh_GoType *gh_go_check_map_type(gh_GoChecker *c, gh_GoNode *n);
gh_GoType *gh_go_check_map_index(gh_GoChecker *c, gh_GoNode *n, gh_GoType *mt);
void gh_go_check_map_commaok(gh_GoChecker *c, gh_GoNode *n);
gh_GoType *gh_go_check_maplit(gh_GoChecker *c, gh_GoNode *n, gh_GoType *t);
gh_GoType *gh_go_check_make_map(gh_GoChecker *c, gh_GoNode *n, gh_GoType *t);
/* A builtin call (delete, close) with other than `want` arguments: Go's "not enough/too many
 * arguments for CALL (expected N, found M)" at the call's start (go_check_map.c). */
void gh_go_check_nargs(gh_GoChecker *c, gh_GoNode *n, int want);
gh_GoType *gh_go_check_delete(gh_GoChecker *c, gh_GoNode *n);
/* go_check_chan.c: channel types, <-c (and its comma-ok form), c <- v, make(chan T[, n]),
 * close(c), range over a channel (the element type), select */
gh_GoType *gh_go_check_chan_type(gh_GoChecker *c, gh_GoNode *n);
gh_GoType *gh_go_check_recv(gh_GoChecker *c, gh_GoNode *n);
void gh_go_check_recv_commaok(gh_GoChecker *c, gh_GoNode *n);
void gh_go_check_send(gh_GoChecker *c, gh_GoNode *s);
gh_GoType *gh_go_check_make_chan(gh_GoChecker *c, gh_GoNode *n, gh_GoType *t);
gh_GoType *gh_go_check_close(gh_GoChecker *c, gh_GoNode *n);
gh_GoType *gh_go_check_range_chan(gh_GoChecker *c, gh_GoNode *s, gh_GoType *xt);
void gh_go_check_select(gh_GoChecker *c, gh_GoNode *s);
/* Go's errors for &m[k] and m[k].f = v (a map element is not addressable) */
void gh_go_map_not_addressable(gh_GoChecker *c, gh_GoNode *x);
void gh_go_map_field_assign(gh_GoChecker *c, gh_GoNode *lhs);
gh_GoType *gh_go_check_expr(gh_GoChecker *c, gh_GoNode *n, gh_GoType *hint);
/* Checks that x can be assigned to t; converts untyped constants and wraps
 * value->interface conversions in CONVIFACE (name operands take name_pos). */
gh_GoNode *gh_go_assign_conv(gh_GoChecker *c, gh_GoNode *x, gh_GoType *t, gh_GoPos name_pos, const char *ctx);
/* The same, but a value->interface conversion is positioned at pos whatever x is. */
gh_GoNode *gh_go_assign_conv_at(gh_GoChecker *c, gh_GoNode *x, gh_GoType *t, gh_GoPos pos, const char *ctx);
/* The position current in Go's compiler after it translates n, when it was pos before
 * (go_check_pos.c): where a conversion made after a list of expressions is reported. */
gh_GoPos gh_go_trail_pos(const gh_GoNode *n, gh_GoPos pos);
gh_GoType *gh_go_check_funclit_sig(gh_GoChecker *c, gh_GoNode *ft, gh_GoFunc *fn);
void gh_go_check_body(gh_GoChecker *c, gh_GoFunc *fn);
int gh_go_is_addressable(gh_GoNode *n);
/* The operand as types2 prints it in messages: "1 << 3 (untyped int constant 8)",
 * "w (variable of type uint)", "f() (value of type int)". */
/* go_check_defer.c: `defer CALL` (Go's errors for what cannot be deferred) */
void gh_go_check_defer(gh_GoChecker *c, gh_GoNode *s);
/* once branches are resolved: a defer in a function with a label gotos jump back to (a loop) */
void gh_go_check_defer_gotos(gh_GoChecker *c, gh_GoFunc *fn);
/* recover(): no arguments, an interface{} (go_check_defer.c) */
gh_GoType *gh_go_check_recover(gh_GoChecker *c, gh_GoNode *n);
void gh_go_describe_operand(const gh_GoNode *x, gh_GoType *xt, char *op, size_t size);
/* go_check_float.c: x (checked) is the left operand of tok (or of tok=): fails with Go's
 * message if x is a float and tok an integer-only operator (% & | ^ &^ << >>) */
void gh_go_check_float_op(gh_GoChecker *c, gh_GoTok tok, gh_GoNode *x);
/* A type as types2 spells it in messages ("interface{}", no space). */
void gh_go_type_format_types2(gh_GoType *t, char *buf, int size);
/* Go's assignability of a value of type from to a variable of type to. */
int gh_go_assignable(gh_GoType *from, gh_GoType *to);
/* Marks obj as written after its definition (affects closure capture). */
void gh_go_note_assigned(gh_GoChecker *c, gh_GoNode *lhs);

/* go_check_stmt.c: Go's errors for a declaration whose names and values do not pair up
 * (tuple_ok: one call may give a variable declaration all its values). */
void gh_go_check_decl_counts(gh_GoChecker *c, gh_GoNode *d, int tuple_ok);
/* go_check_stmt.c: Go's message for n variables given one expression of another count. */
void gh_go_tuple_mismatch(gh_GoChecker *c, gh_GoNode *rhs, int n);
/* go_check_tuple.c: package-level `var a, b [T] = x`, x one call or comma-ok form: x checked
 * and each variable given its value's type (or T). */
void gh_go_check_tuple_values(gh_GoChecker *c, gh_GoNode *d, gh_GoType *t);
/* go_check_tuple.c: `a, b = x` (x one call or comma-ok form; also := redeclaring, and
 * `var a, b T = x` with decl_t = T): each part assignable to its variable, Go's messages. */
void gh_go_check_tuple_targets(gh_GoChecker *c, gh_GoNode *s, gh_GoType *decl_t);

/* Inserts a package-level function literal among the declared functions by position. */
void gh_go_add_toplevel_func(gh_GoChecker *c, gh_GoFunc *f);

/* go_check_stmt.c: one statement; a block's statements in the current scope; a new scope. */
void gh_go_check_stmt(gh_GoChecker *c, gh_GoNode *s);
void gh_go_check_stmts(gh_GoChecker *c, gh_GoNode *b);
void gh_go_scope_push(gh_GoChecker *c);
/* go_check_switch.c: expression and type switches. */
void gh_go_check_switch(gh_GoChecker *c, gh_GoNode *s);
void gh_go_check_typeswitch(gh_GoChecker *c, gh_GoNode *s);
/* go_check_branch.c: labels, break/continue/goto/fallthrough targets (Go's checkBranches),
 * and Go's terminating statements (a function with results must end in one). */
void gh_go_check_branches(gh_GoChecker *c, gh_GoFunc *fn);
int gh_go_is_terminating(const gh_GoNode *s);

/* go_check_iface.c: refuses interface method calls Go 1.19 would devirtualize. */
void gh_go_check_devirtualize(gh_GoChecker *c);

/* go_library.c */
void gh_go_library_init(gh_GoChecker *c);
gh_GoLibFunc *gh_go_library_func(gh_GoProgram *p, const char *pkg, const char *name);
gh_GoLibFunc *gh_go_library_method(gh_GoProgram *p, gh_GoType *recv_named, const char *name);
gh_GoType *gh_go_library_type(gh_GoProgram *p, const char *pkg, const char *name);
gh_GoType *gh_go_library_var(gh_GoChecker *c, const char *pkg, const char *name);
/* go_library_const.c: n (pkg.Name) made the library's constant (math.Pi): 1, or 0 if there is none. */
int gh_go_library_const(gh_GoChecker *c, gh_GoNode *n, const char *pkg);

#endif
