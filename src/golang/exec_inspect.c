/* exec_inspect.c — where a stopped Go program stands, asked by name: its goroutine's
 * frames (function, line, call number), whether a function or a statement line exists,
 * and where a variable's value lives. A scene uses them to direct the program (run to a
 * call, a return, a line) and to show Go state by its Go names. Every read goes through
 * gh_peek: asking moves no virtual time and changes no MemStats figure.
 */
#include <string.h>
#include "golang/exec_int.h"

/* The goroutine the queries look at: the one that runs the next step (main before the first). */
static const XG *inspected(const gh_Exec *ex)
{
    if (!ex->ngs) return NULL;
    return ex->gs[ex->last >= 0 ? ex->last : 0];
}

int gh_exec_depth(const gh_Exec *ex)
{
    const XG *g = inspected(ex);
    return g && !ex->done && g->state != XG_DONE ? g->nframes : 0;
}

bool gh_exec_frame(const gh_Exec *ex, int i, gh_ExecFrame *out)
{
    const XG *g = inspected(ex);
    int n = gh_exec_depth(ex);
    if (i < 0 || i >= n) return false;
    const XFrame *f = &g->frames[n - 1 - i];
    out->fn = f->fn->name;
    out->line = i == 0 ? g->next_line : f->line; /* an outer frame stands at its call */
    out->call = f->call;
    return true;
}

uint64_t gh_exec_calls(const gh_Exec *ex) { return ex->ncalls; }

uint64_t gh_exec_mallocs(const gh_Exec *ex) { return ex->nmallocs; }

gh_Addr gh_exec_alloc_at(const gh_Exec *ex, uint64_t i)
{
    if (i >= ex->nmallocs || ex->nmallocs - i > X_RECENT_ALLOCS) return 0;
    return ex->recent[i % X_RECENT_ALLOCS];
}

static gh_GoFunc *find_func(gh_GoFunc **fs, int n, const char *name)
{
    for (int i = 0; i < n; i++) {
        if (!strcmp(fs[i]->name, name)) return fs[i];
        gh_GoFunc *c = find_func(fs[i]->closures, fs[i]->nclosures, name);
        if (c) return c;
    }
    return NULL;
}

bool gh_exec_has_func(const gh_Exec *ex, const char *fn, char *canon, size_t cap)
{
    gh_GoFunc *f = find_func(ex->prog->funcs, ex->prog->nfuncs, fn);   /* "createSlice", "main.func1" */
    if (!f && !strncmp(fn, "main.", 5)) f = find_func(ex->prog->funcs, ex->prog->nfuncs, fn + 5); /* Go's traceback spelling */
    if (f && cap) snprintf(canon, cap, "%s", f->name);
    return f != NULL;
}

/* Every statement kind a step stops before (blocks and constant declarations run none;
 * a send statement and a select are steps too, though their kinds come after the rest). */
static bool is_stmt(const gh_GoNode *n)
{
    if (n->kind == GH_N_CASE) return n->tok != GH_T_DEFAULT;   /* a case's test (exec_switch.c) */
    if (n->kind == GH_N_SEND || n->kind == GH_N_SELECT) return true;
    return n->kind >= GH_N_EXPRSTMT && n->kind <= GH_N_BRANCH && n->kind != GH_N_BLOCK && n->kind != GH_N_EMPTY;
}

/* Walks the whole tree (function literals included) for a statement at `line`. */
static bool has_stmt_at(const gh_GoNode *n, int line, int depth)
{
    if (!n || depth > 10000) return false;
    if (is_stmt(n) && n->pos.line == line) return true;
    const gh_GoNode *kids[4] = {n->x, n->y, n->z, n->w};
    for (int i = 0; i < 4; i++)
        if (has_stmt_at(kids[i], line, depth + 1)) return true;
    for (int i = 0; i < n->nlist; i++)
        if (has_stmt_at(n->list[i], line, depth + 1)) return true;
    for (int i = 0; i < n->nlist2; i++)
        if (has_stmt_at(n->list2[i], line, depth + 1)) return true;
    return false;
}

bool gh_exec_is_stmt_line(const gh_Exec *ex, int line)
{
    const gh_GoNode *file = ex->prog->file;
    for (int i = 0; file && i < file->nlist; i++) {
        const gh_GoNode *d = file->list[i];
        if (!d) continue;
        if (d->kind == GH_N_VARDECL && d->nlist2 && d->pos.line == line) return true; /* package var = v */
        if (d->kind == GH_N_FUNCDECL && has_stmt_at(d, line, 0)) return true;
    }
    return false;
}

static gh_ExecVarKind kind_of(gh_GoType *t)
{
    t = gh_go_under(t);
    switch (t->kind) {
    case GH_K_BOOL: return GH_EXECV_BOOL;
    case GH_K_INT: case GH_K_INT8: case GH_K_INT16: case GH_K_INT32: case GH_K_INT64: return GH_EXECV_INT;
    case GH_K_UINT: case GH_K_UINT8: case GH_K_UINT16: case GH_K_UINT32: case GH_K_UINT64: case GH_K_UINTPTR:
        return GH_EXECV_UINT;
    case GH_K_FLOAT32: case GH_K_FLOAT64: return GH_EXECV_FLOAT;
    case GH_K_STRING: return GH_EXECV_STRING;
    case GH_K_SLICE: return GH_EXECV_SLICE;
    case GH_K_POINTER: case GH_K_UNSAFEPTR: return GH_EXECV_POINTER;
    default: return GH_EXECV_OTHER;
    }
}

/* out's kind, size and spellings from t. */
static void set_type(gh_ExecVar *out, gh_GoType *t)
{
    out->gotype = t;
    out->kind = kind_of(t);
    out->size = (uint64_t)gh_go_type_size(t);
    gh_go_type_format(t, out->type, sizeof out->type);
    out->elem[0] = 0;
    gh_GoType *u = gh_go_under(t);
    if ((u->kind == GH_K_SLICE || u->kind == GH_K_POINTER) && u->elem) gh_go_type_format(u->elem, out->elem, sizeof out->elem);
}

/* o's value is at `where`, or (through) its address is there: a frame slot of a variable
 * moved to heap holds the heap object's address. */
static bool describe(const gh_Exec *ex, gh_GoObj *o, uint64_t where, bool through, gh_ExecVar *out)
{
    memset(out, 0, sizeof *out);
    out->addr = where;
    if (through) {
        const uint8_t *w = gh_peek(ex->sim, where, 8);
        if (!w) return false;
        memcpy(&out->addr, w, 8);
    }
    out->heap = o->heap != 0;
    out->global = o->cls == GH_CLASS_GLOBAL || !o->owner;
    out->fn = out->global ? NULL : o->owner->name;
    set_type(out, o->type);
    return true;
}

/* A variable the running closure captured: its closure object holds the value (small,
 * never reassigned) or the variable's address (see gh_x_closure_type). */
static bool captured(const gh_Exec *ex, const XFrame *f, uint64_t base, const char *name, gh_ExecVar *out)
{
    const gh_GoFunc *fn = f->fn;
    uint64_t *e = gh_xmap_get((XMap *)&ex->types, (const char *)fn + 1, false); /* made when the closure was */
    const uint8_t *w = gh_peek(ex->sim, base + f->lay->closure_off, 8);
    if (!e || !e[0] || !w) return false;
    uint64_t c;
    memcpy(&c, w, 8);
    gh_GoType *st = gh_go_under((gh_GoType *)(uintptr_t)e[0]);
    for (int i = 0; c && i < fn->ncaptured; i++) {
        gh_GoObj *o = fn->captured[i];
        if (strcmp(o->name, name)) continue;
        uint64_t fa = c + (uint64_t)st->fields[i + 1].offset;
        if (!gh_x_by_value(o)) {
            const uint8_t *pw = gh_peek(ex->sim, fa, 8);
            if (!pw) return false;
            memcpy(&fa, pw, 8);
        }
        return describe(ex, o, fa, false, out);
    }
    return false;
}

bool gh_exec_var(const gh_Exec *ex, const char *name, gh_ExecVar *out)
{
    const XG *g = inspected(ex);
    int n = gh_exec_depth(ex);
    if (n > 0) {
        const XFrame *f = &g->frames[n - 1];
        const gh_G *sg = gh_sim_g(ex->sim, g->gid - 1);
        gh_GoObj *best = NULL;
        for (int i = 0; i < f->fn->nlocals; i++) {
            gh_GoObj *o = f->fn->locals[i];
            if (strcmp(o->name, name) || (o->cls == GH_CLASS_AUTO && o->pos.line >= g->next_line)) continue;
            if (!best || o->pos.line >= best->pos.line) best = o;
        }
        if (best && sg && f->gframe < sg->nframes)
            return describe(ex, best, sg->frames[f->gframe].sp + f->lay->off[best->id], best->heap != 0, out);
        if (sg && f->gframe < sg->nframes && captured(ex, f, sg->frames[f->gframe].sp, name, out)) return true;
    }
    for (int i = 0; i < ex->prog->nglobals; i++)
        if (!strcmp(ex->prog->globals[i]->name, name)) return describe(ex, ex->prog->globals[i], ex->globals[i], false, out);
    return false;
}

/* One selector step: field `name` of the value out describes (a struct, or a pointer to
 * one, followed as Go's p.Z follows it). `sofar` is the path up to here, for errors. */
static bool select_field(const gh_Exec *ex, gh_ExecVar *out, const char *name, const char *sofar, char *err, size_t errcap)
{
    gh_GoType *t = gh_go_under(out->gotype);
    uint64_t base = out->addr;
    if (t->kind == GH_K_POINTER && t->elem && gh_go_under(t->elem)->kind == GH_K_STRUCT) {
        const uint8_t *w = gh_peek(ex->sim, base, 8);
        if (!w) return snprintf(err, errcap, "%s cannot be read", sofar), false;
        memcpy(&base, w, 8);
        if (!base) return snprintf(err, errcap, "%s is nil: it has no field %s", sofar, name), false;
        t = gh_go_under(t->elem);
    }
    if (t->kind != GH_K_STRUCT)
        return snprintf(err, errcap, "%s is of type %s: it has no field %s", sofar, out->type, name), false;
    for (int i = 0; i < t->nfields; i++) {
        if (!t->fields[i].name || strcmp(t->fields[i].name, name)) continue;
        out->addr = base + (uint64_t)t->fields[i].offset;
        set_type(out, t->fields[i].type);
        return true;
    }
    size_t n = (size_t)snprintf(err, errcap, "%s has no field %s (%s has", sofar, name, out->type);
    for (int i = 0; i < t->nfields && n < errcap; i++)
        n += (size_t)snprintf(err + n, errcap - n, "%s %s", i ? "," : "", t->fields[i].name ? t->fields[i].name : "_");
    if (n < errcap) snprintf(err + n, errcap - n, "%s)", t->nfields ? "" : " none");
    return false;
}

bool gh_exec_var_path(const gh_Exec *ex, const char *path, gh_ExecVar *out, char *err, size_t errcap)
{
    char buf[256];
    if (errcap) err[0] = 0;
    if (strlen(path) >= sizeof buf) return snprintf(err, errcap, "the path %.40s... is too long", path), false;
    snprintf(buf, sizeof buf, "%s", path);
    char *dot = strchr(buf, '.');
    if (dot) *dot = 0;
    if (!gh_exec_var(ex, buf, out)) return false;
    while (dot) {
        char *name = dot + 1, *next = strchr(name, '.');
        if (next) *next = 0;
        if (!*name) return snprintf(err, errcap, "%s: an empty field name", path), false;
        if (!select_field(ex, out, name, buf, err, errcap)) return false;
        *dot = '.';
        dot = next;
    }
    return true;
}
