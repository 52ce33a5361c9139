/* go_check.c — type checker, part 1: scopes, package-level declarations,
 * function signatures and statements.  Every variable gets its storage class
 * and its place in its function's declaration list (Go's fn.Dcl order), which
 * is the order the escape analysis reports "moved to heap" in.
 */
#include "golang/go_check_int.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

gh_GoObj *gh_go_obj_new(gh_GoChecker *c, gh_GoObjKind k, const char *name, gh_GoPos pos, gh_GoType *t)
{
    gh_GoObj *o = gh_go_arena_alloc(&c->src->arena, sizeof *o);
    o->kind = k;
    o->name = name;
    o->pos = pos;
    o->type = t;
    o->id = -1;
    return o;
}

/* Scopes. A package with 100 000 functions or a body with 100 000 locals must not make
 * every lookup and every declaration a scan of all of them: a scope keeps its objects in
 * declaration order and, once it holds more than SCOPE_SCAN of them, also a hash index
 * (open addressing, at most half full, rebuilt when it doubles). A name is declared at
 * most once per scope ("redeclared in this block"), so the index needs no order. */
enum { SCOPE_SCAN = 16 };

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void index_put(gh_GoObj **index, int cap, gh_GoObj *o)
{
    uint32_t i = name_hash(o->name) & (uint32_t)(cap - 1);
    while (index[i]) i = (i + 1) & (uint32_t)(cap - 1);
    index[i] = o;
}

gh_GoObj *gh_go_scope_find_local(const gh_GoScope *s, const char *name)
{
    if (!s->index_cap) {
        for (int i = s->nobjs - 1; i >= 0; i--)
            if (!strcmp(s->objs[i]->name, name)) return s->objs[i];
        return NULL;
    }
    uint32_t i = name_hash(name) & (uint32_t)(s->index_cap - 1);
    for (gh_GoObj *o; (o = s->index[i]); i = (i + 1) & (uint32_t)(s->index_cap - 1))
        if (!strcmp(o->name, name)) return o;
    return NULL;
}

static void resolve_typedecl(gh_GoChecker *c, gh_GoObj *o);

gh_GoObj *gh_go_scope_lookup(gh_GoChecker *c, const char *name)
{
    for (gh_GoScope *s = c->scope; s; s = s->parent) {
        gh_GoObj *o = gh_go_scope_find_local(s, name);
        if (o && o->kind == GH_OBJ_TYPE && o->defn) resolve_typedecl(c, o);
        if (o) return o;
    }
    return NULL;
}

void gh_go_scope_declare(gh_GoChecker *c, gh_GoObj *obj)
{
    if (!strcmp(obj->name, "_")) return;
    gh_GoScope *s = c->scope;
    if (gh_go_scope_find_local(s, obj->name))
        gh_go_fail(c->src, obj->pos, "%s redeclared in this block", obj->name);
    *(gh_GoObj **)gh_go_arena_push(&c->src->arena, &s->objs, &s->nobjs, sizeof obj) = obj;
    if (s->nobjs <= SCOPE_SCAN) return;
    if (2 * s->nobjs > s->index_cap) { /* (re)build at twice the size: stays at most half full */
        int cap = s->index_cap ? 2 * s->index_cap : 4 * SCOPE_SCAN;
        s->index = gh_go_arena_alloc(&c->src->arena, (size_t)cap * sizeof *s->index);
        s->index_cap = cap;
        for (int i = 0; i < s->nobjs; i++) index_put(s->index, cap, s->objs[i]);
    } else {
        index_put(s->index, s->index_cap, obj);
    }
}

static void push_scope(gh_GoChecker *c)
{
    gh_GoScope *s = gh_go_arena_alloc(&c->src->arena, sizeof *s);
    s->parent = c->scope;
    s->fn = c->fn;
    c->scope = s;
}

static void pop_scope(gh_GoChecker *c) { c->scope = c->scope->parent; }

void gh_go_declare_local(gh_GoChecker *c, gh_GoObj *v, gh_GoClass cls)
{
    v->cls = cls;
    v->owner = c->fn;
    v->id = c->fn->nlocals;
    *(gh_GoObj **)gh_go_arena_push(&c->src->arena, &c->fn->locals, &c->fn->nlocals, sizeof v) = v;
}

static void universe(gh_GoChecker *c)
{
    gh_GoUniverseTypes *u = &c->prog->u;
    gh_GoPos none = {0, 0};
    static const struct { const char *n; int k; } basics[] = {
        {"bool", GH_K_BOOL}, {"int", GH_K_INT}, {"int8", GH_K_INT8}, {"int16", GH_K_INT16},
        {"int32", GH_K_INT32}, {"int64", GH_K_INT64}, {"uint", GH_K_UINT}, {"uint8", GH_K_UINT8},
        {"uint16", GH_K_UINT16}, {"uint32", GH_K_UINT32}, {"uint64", GH_K_UINT64},
        {"uintptr", GH_K_UINTPTR}, {"float32", GH_K_FLOAT32}, {"float64", GH_K_FLOAT64},
        {"string", GH_K_STRING},
    };
    for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++)
        gh_go_scope_declare(c, gh_go_obj_new(c, GH_OBJ_TYPE, basics[i].n, none, u->basic[basics[i].k]));
    gh_GoType *byte = gh_go_type_new(c->src, GH_K_UINT8);
    byte->name = "byte";
    gh_GoType *rune = gh_go_type_new(c->src, GH_K_INT32);
    rune->name = "rune";
    u->byte_slice->elem = byte;
    gh_go_scope_declare(c, gh_go_obj_new(c, GH_OBJ_TYPE, "byte", none, byte));
    gh_go_scope_declare(c, gh_go_obj_new(c, GH_OBJ_TYPE, "rune", none, rune));
    gh_go_scope_declare(c, gh_go_obj_new(c, GH_OBJ_TYPE, "any", none, u->anyAlias));
    gh_go_scope_declare(c, gh_go_obj_new(c, GH_OBJ_TYPE, "error", none, u->error));
    gh_GoObj *t = gh_go_obj_new(c, GH_OBJ_CONST, "true", none, u->basic[GH_K_UNTYPED_BOOL]);
    t->cval = 1;
    gh_go_scope_declare(c, t);
    gh_go_scope_declare(c, gh_go_obj_new(c, GH_OBJ_CONST, "false", none, u->basic[GH_K_UNTYPED_BOOL]));
    gh_go_scope_declare(c, gh_go_obj_new(c, GH_OBJ_NIL, "nil", none, u->basic[GH_K_UNTYPED_NIL]));
    static const struct { const char *n; gh_GoOp op; } builtins[] = {
        {"len", GH_OP_LEN}, {"cap", GH_OP_CAP}, {"new", GH_OP_NEW}, {"make", GH_OP_MAKESLICE},
        {"append", GH_OP_APPEND}, {"copy", GH_OP_COPY}, {"print", GH_OP_PRINT},
        {"println", GH_OP_PRINTLN}, {"panic", GH_OP_PANIC}, {"delete", GH_OP_DELETE},
        {"close", GH_OP_CLOSE}, {"recover", GH_OP_RECOVER},
    };
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
        gh_GoObj *b = gh_go_obj_new(c, GH_OBJ_BUILTIN, builtins[i].n, none, NULL);
        b->builtin = builtins[i].op;
        gh_go_scope_declare(c, b);
    }
}

#define NIMPORTS 12
static const char *supported_imports[NIMPORTS] = {"fmt", "strings", "bytes", "sync", "runtime", "runtime/debug", "os", "unsafe", "errors",
                                                  "strconv", "sort", "math"};

static void declare_imports(gh_GoChecker *c)
{
    gh_GoNode *file = c->prog->file;
    for (int i = 0; i < file->nlist; i++) {
        gh_GoNode *d = file->list[i];
        if (d->kind != GH_N_IMPORT) continue;
        int k;
        for (k = 0; k < NIMPORTS; k++) if (!strcmp(d->name, supported_imports[k])) break;
        if (k == NIMPORTS) gh_go_fail(c->src, d->pos, "import \"%s\" is not supported (only fmt, strings, bytes, sync, runtime, runtime/debug, os, unsafe, errors, strconv, sort, math)", d->name);
        if (c->prog->imported[k]) gh_go_fail(c->src, d->pos, "%s redeclared in this block", d->name);
        c->prog->imported[k] = 1;
        const char *local = strrchr(d->name, '/') ? strrchr(d->name, '/') + 1 : d->name;
        gh_GoObj *o = gh_go_obj_new(c, GH_OBJ_PKG, local, d->pos, NULL);
        o->pkg = d->name;
        gh_go_scope_declare(c, o);
    }
}

static gh_GoFunc *new_func(gh_GoChecker *c, const char *name, gh_GoNode *decl, gh_GoPos pos)
{
    gh_GoFunc *f = gh_go_arena_alloc(&c->src->arena, sizeof *f);
    f->name = name;
    f->decl = decl;
    f->pos = pos;
    f->id = c->prog->nall;
    *(gh_GoFunc **)gh_go_arena_push(&c->src->arena, &c->prog->all, &c->prog->nall, sizeof f) = f;
    return f;
}

/* Builds a func type from a FUNCTYPE node; when fn is given, declares the
 * parameters and results as its variables (results unnamed -> ~r0, ~r1...). */
gh_GoType *gh_go_check_funclit_sig(gh_GoChecker *c, gh_GoNode *ft, gh_GoFunc *fn)
{
    gh_GoType *t = gh_go_type_new(c->src, GH_K_FUNC);
    for (int pass = 1; pass <= 2; pass++) {
        gh_GoNode **list = pass == 1 ? ft->list : ft->list2;
        int n = pass == 1 ? ft->nlist : ft->nlist2;
        for (int i = 0; i < n; i++) {
            gh_GoNode *f = list[i];
            gh_GoType *pt;
            if (f->x->kind == GH_N_ELLIPSIS) {
                if (pass == 2 || i != n - 1) gh_go_fail(c->src, f->x->pos, "can only use ... with final parameter in list");
                pt = gh_go_type_slice(c->src, gh_go_check_type(c, f->x->x));
                t->variadic = 1;
            } else {
                pt = gh_go_check_type(c, f->x);
            }
            gh_GoField *fld = gh_go_arena_push(&c->src->arena, pass == 1 ? &t->fields : &t->results,
                                               pass == 1 ? &t->nfields : &t->nresults, sizeof *fld);
            fld->type = pt;
            fld->name = f->name;
            fld->pos = f->pos;
            if (!fn) continue;
            const char *nm = f->name ? f->name : gh_go_arena_printf(&c->src->arena, "~r%d", i);
            gh_GoObj *v = gh_go_obj_new(c, GH_OBJ_VAR, nm, f->pos, pt);
            gh_go_declare_local(c, v, pass == 1 ? GH_CLASS_PARAM : GH_CLASS_RESULT);
            if (f->name) gh_go_scope_declare(c, v);
            gh_GoObj ***arr = pass == 1 ? &fn->params : &fn->results;
            int *cnt = pass == 1 ? &fn->nparams : &fn->nresults;
            *(gh_GoObj **)gh_go_arena_push(&c->src->arena, arr, cnt, sizeof v) = v;
        }
    }
    return t;
}

static void check_package_values(gh_GoChecker *c, gh_GoNodeKind kind);

/* A package-level type is resolved when it is first needed, so that a constant may be
 * typed with a type declared below it and an array type may take its length from a
 * constant declared anywhere (Go resolves package declarations by dependency, not by
 * order). While T is being resolved its object has no pending declaration, so a
 * pointer to T inside T (type node struct{ next *node }) sees the named type as it is. */
static void resolve_typedecl(gh_GoChecker *c, gh_GoObj *o)
{
    gh_GoNode *d = o->defn;
    o->defn = NULL;
    d->type->underlying = gh_go_under(gh_go_check_type(c, d->x));
    if (!d->type->underlying || d->type->underlying == d->type)
        gh_go_fail(c->src, d->pos, "invalid recursive type %s", d->name);
}

/* A type may not contain itself by value (type T [2]T, or A holding a B holding an A):
 * it would have no finite size. A depth-first search over the "holds by value" edges
 * (array elements, struct fields; not pointers, slices, funcs or interfaces) finds such a
 * cycle; each named type is searched once, so the whole check is linear. */
#define CYCLE_MAX_DEPTH 10000

static void find_cycle(gh_GoChecker *c, gh_GoType *t, gh_GoNode *decl, int depth)
{
    if (depth > CYCLE_MAX_DEPTH)
        gh_go_fail(c->src, decl->pos, "type %s: types nested more than %d deep", decl->name, CYCLE_MAX_DEPTH);
    while (t && t->kind == GH_K_ARRAY) t = t->elem;
    if (!t) return;
    if (t->kind == GH_K_NAMED) {
        if (t->lib_id >= 0 || t->cycle_state == 2) return;
        if (t->cycle_state == 1) {
            gh_GoObj *o = gh_go_scope_find_local(c->scope, t->name);
            gh_go_fail(c->src, o ? o->pos : decl->pos, "invalid recursive type %s", t->name);
        }
        t->cycle_state = 1;
        find_cycle(c, t->underlying, decl, depth + 1);
        t->cycle_state = 2;
    } else if (t->kind == GH_K_STRUCT) {
        for (int i = 0; i < t->nfields; i++) find_cycle(c, t->fields[i].type, decl, depth + 1);
    }
}

static void collect_decls(gh_GoChecker *c)
{
    gh_GoNode *file = c->prog->file;
    /* type names first, so constants, signatures and types may mention them in any order */
    for (int i = 0; i < file->nlist; i++) {
        gh_GoNode *d = file->list[i];
        if (d->kind != GH_N_TYPEDECL) continue;
        gh_GoType *t = gh_go_type_new(c->src, GH_K_NAMED);
        t->name = d->name;
        d->type = t;
        gh_GoObj *o = gh_go_obj_new(c, GH_OBJ_TYPE, d->name, d->pos, t);
        o->defn = d;
        d->obj = o;
        gh_go_scope_declare(c, o);
    }
    check_package_values(c, GH_N_CONSTDECL);   /* before types: [n]T needs n */
    for (int i = 0; i < file->nlist; i++) {
        gh_GoNode *d = file->list[i];
        if (d->kind == GH_N_TYPEDECL && d->obj->defn) resolve_typedecl(c, d->obj);
    }
    for (int i = 0; i < file->nlist; i++)
        if (file->list[i]->kind == GH_N_TYPEDECL) find_cycle(c, file->list[i]->type, file->list[i], 0);
    for (int i = 0; i < file->nlist; i++) {
        gh_GoNode *d = file->list[i];
        if (d->kind != GH_N_FUNCDECL) continue;
        const char *name = d->name;
        gh_GoType *recv_named = NULL;
        int ptr_recv = 0;
        if (d->x) {
            gh_GoNode *rt = d->x->x;
            if (rt->kind == GH_N_STAR) { ptr_recv = 1; rt = rt->x; }
            recv_named = rt->kind == GH_N_NAME ? gh_go_check_type(c, rt) : NULL;
            if (!recv_named || recv_named->kind != GH_K_NAMED || recv_named->lib_id >= 0)
                gh_go_fail(c->src, d->x->pos, "invalid receiver type");
            name = ptr_recv ? gh_go_arena_printf(&c->src->arena, "(*%s).%s", recv_named->name, d->name)
                            : gh_go_arena_printf(&c->src->arena, "%s.%s", recv_named->name, d->name);
        } else if (!strcmp(d->name, "init")) {
            gh_go_fail(c->src, d->pos, "func init is not supported");
        }
        gh_GoFunc *f = new_func(c, name, d, d->pos);
        f->noinline = d->noinline;
        f->body = d->z;
        d->fn = f;
        *(gh_GoFunc **)gh_go_arena_push(&c->src->arena, &c->prog->funcs, &c->prog->nfuncs, sizeof f) = f;
        if (recv_named) {
            for (int m = 0; m < recv_named->nmethods; m++)
                if (!strcmp(recv_named->methods[m]->decl->name, d->name))
                    gh_go_fail(c->src, d->pos, "method %s.%s already declared", recv_named->name, d->name);
            *(gh_GoFunc **)gh_go_arena_push(&c->src->arena, &recv_named->methods, &recv_named->nmethods, sizeof f) = f;
        } else {
            gh_GoObj *o = gh_go_obj_new(c, GH_OBJ_FUNC, d->name, d->pos, NULL);
            o->fn = f;
            gh_go_scope_declare(c, o);
        }
    }
    for (int i = 0; i < file->nlist; i++)   /* go_check_embed.c */
        if (file->list[i]->kind == GH_N_TYPEDECL) gh_go_check_field_method_clash(c, file->list[i]->type);
    /* signatures (need a scope per function for parameter objects) */
    for (int i = 0; i < c->prog->nfuncs; i++) {
        gh_GoFunc *f = c->prog->funcs[i];
        gh_GoNode *d = f->decl;
        c->fn = f;
        push_scope(c);
        if (d->x) {
            gh_GoType *rt = gh_go_check_type(c, d->x->x);
            gh_GoObj *r = gh_go_obj_new(c, GH_OBJ_VAR, d->x->name ? d->x->name : "~recv", d->x->pos, rt);
            gh_go_declare_local(c, r, GH_CLASS_PARAM);
            if (d->x->name) gh_go_scope_declare(c, r);
            f->recv = r;
        }
        f->sig = gh_go_check_funclit_sig(c, d->y, f);
        d->obj = (gh_GoObj *)c->scope; /* parameter scope, reopened by check_body */
        pop_scope(c);
        c->fn = NULL;
    }
}

void gh_go_add_toplevel_func(gh_GoChecker *c, gh_GoFunc *f)
{
    gh_GoProgram *p = c->prog;
    gh_GoFunc **slot = gh_go_arena_push(&c->src->arena, &p->funcs, &p->nfuncs, sizeof f);
    (void)slot;
    int i = p->nfuncs - 1;
    while (i > 0 && (p->funcs[i - 1]->pos.line > f->pos.line ||
                     (p->funcs[i - 1]->pos.line == f->pos.line && p->funcs[i - 1]->pos.col > f->pos.col))) {
        p->funcs[i] = p->funcs[i - 1];
        i--;
    }
    p->funcs[i] = f;
}

/* Package constants (kind GH_N_CONSTDECL), checked before the types, or package
 * variables (GH_N_VARDECL), after the functions' signatures, each in source order.
 * Only variables get storage: a constant is folded where it is used, as in Go. */
static void check_package_values(gh_GoChecker *c, gh_GoNodeKind kind)
{
    gh_GoNode *file = c->prog->file;
    for (int i = 0; i < file->nlist; i++) {
        gh_GoNode *d = file->list[i];
        if (d->kind != kind) continue;
        gh_GoType *t = d->x ? gh_go_check_type(c, d->x) : NULL;
        gh_go_check_decl_counts(c, d, 0);
        for (int k = 0; k < d->nlist; k++) {
            gh_GoType *vt = t;
            long long cv = 0;
            if (d->nlist2) {
                gh_GoType *xt = gh_go_check_expr(c, d->list2[k], t);
                if (!vt) vt = gh_go_type_default(&c->prog->u, xt);
                if (d->kind != GH_N_CONSTDECL || t)   /* an untyped constant stays untyped */
                    d->list2[k] = gh_go_assign_conv(c, d->list2[k], vt, d->list2[k]->pos,
                                                    d->kind == GH_N_CONSTDECL ? "constant declaration" : "variable declaration");
                cv = d->list2[k]->cval;
            } else if (d->kind == GH_N_CONSTDECL) {
                gh_go_fail(c->src, d->pos, "missing init expr for const declaration");
            }
            if (d->kind == GH_N_CONSTDECL && d->list2[k]->op != GH_OP_CONST)
                gh_go_fail(c->src, d->list2[k]->pos, "%s is not constant", d->list[k]->name);
            gh_GoObj *o = gh_go_obj_new(c, d->kind == GH_N_CONSTDECL ? GH_OBJ_CONST : GH_OBJ_VAR,
                                        d->list[k]->name, d->list[k]->pos,
                                        d->kind == GH_N_CONSTDECL && !t ? d->list2[k]->type : vt);
            o->cls = GH_CLASS_GLOBAL;
            o->cval = cv;
            if (d->nlist2) o->big = d->list2[k]->big;
            d->list[k]->obj = o;
            d->list[k]->type = o->type;
            if (kind == GH_N_VARDECL) {
                o->id = c->prog->nglobals;
                *(gh_GoObj **)gh_go_arena_push(&c->src->arena, &c->prog->globals, &c->prog->nglobals, sizeof o) = o;
            }
            gh_go_scope_declare(c, o);
        }
    }
}

/* Everything after parsing; kept out of gh_go_check_program so no local lives
 * across its setjmp. */
static void check_all(gh_GoSource *src, gh_GoProgram *prog)
{
    gh_GoChecker c;
    memset(&c, 0, sizeof c);
    c.prog = prog;
    c.src = src;
    gh_go_types_init(src, &prog->u);
    push_scope(&c);
    universe(&c);
    gh_go_library_init(&c);
    push_scope(&c);
    declare_imports(&c);
    collect_decls(&c);
    gh_go_check_package_vars(&c);   /* go_check_init.c */
    gh_GoObj *mainobj = gh_go_scope_lookup(&c, "main");
    gh_GoPos first = {1, 1};
    if (!mainobj || mainobj->kind != GH_OBJ_FUNC)
        gh_go_fail(src, first, "function main is undeclared in the main package");
    if (mainobj->fn->nparams || mainobj->fn->nresults)
        gh_go_fail(src, mainobj->pos, "func main must have no arguments and no return values");
    for (int i = 0; i < prog->nfuncs; i++) {
        gh_GoFunc *f = prog->funcs[i];
        if (f->decl->kind == GH_N_FUNCLIT) continue; /* package-level literal, checked with its variable */
        gh_GoScope *ps = (gh_GoScope *)f->decl->obj;
        f->decl->obj = NULL;
        gh_GoScope *saved_scope = c.scope;
        c.scope = ps;
        c.fn = f;
        c.top = f;
        gh_go_check_body(&c, f);
        c.scope = saved_scope;
        c.fn = NULL;
    }
    gh_go_check_static_calls(&c);   /* before inlining decides: go_check_staticcall.c */
    gh_go_check_devirtualize(&c);
    gh_go_init_order(&c);
}

int gh_go_check_program(gh_GoSource *src, gh_GoProgram *prog)
{
    memset(prog, 0, sizeof *prog);
    prog->src = src;
    prog->file = gh_go_parse_file(src);
    if (!prog->file) return -1;
    jmp_buf jb;
    jmp_buf *saved = src->on_error;
    src->on_error = &jb;
    if (setjmp(jb)) { src->on_error = saved; return -1; }
    check_all(src, prog);
    src->on_error = saved;
    return 0;
}
