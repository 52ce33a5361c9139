/* exec_check.c — before running, finds what the checker accepts but the interpreter
 * cannot run (library methods and functions as values, deferred library
 * calls and builtins), so a
 * program fails with "file.go:line:col: message" before printing anything.
 */
#include <stdio.h>
#include <string.h>
#include "golang/exec_libcalls_int.h"

typedef struct Bad { gh_GoPos pos; const char *msg; } Bad;

static void walk(const gh_GoNode *n, const gh_GoNode *parent, Bad *bad)
{
    if (!n || bad->msg) return;
    if (n->kind == GH_N_FUNCLIT) { walk(n->z, n, bad); return; }
    bool called = parent && parent->kind == GH_N_CALL && parent->x == n;
    bool discarded = parent && parent->kind == GH_N_ASSIGN && parent->nlist == 1 && parent->list[0]->kind == GH_N_NAME &&
                     parent->list[0]->name[0] == '_' && !parent->list[0]->name[1];   /* _ = strings.ToUpper */
    if (n->kind == GH_N_SELECTOR && n->op == GH_OP_PKGMEMBER && n->lib && !called && !discarded &&
        !gh_x_lib_func_as_value(n->lib)) {   /* exec_libfuncval.c */
        *bad = (Bad){n->pos, "this library function as a value is not supported by the interpreter (strings, strconv, sort and errors.Is are)"};
        return;
    }
    if (n->kind == GH_N_DEFER && (n->x->op == GH_OP_COPY || n->x->op == GH_OP_DELETE)) {
        *bad = (Bad){n->pos, "defer of copy or delete is not supported yet; wrap it in a func literal: defer func() { ... }()"};
        return;
    }
    if (n->kind == GH_N_DEFER && n->x->op == GH_OP_CALLLIB) {
        const gh_GoLibFunc *l = n->x->lib;
        bool fmtcall = !strcmp(l->pkg, "fmt") && strcmp(l->name, "Errorf") && l->name[0] != 'S';
        if ((!l->recv && !fmtcall) || (l->recv && n->x->nlist > 1)) {
            *bad = (Bad){n->pos, "defer of this library function is not supported yet (library methods and fmt's Print, "
                                 "Println, Printf, Fprint* are); wrap it in a func literal: defer func() { ... }()"};
            return;
        }
    }
    if (n->kind == GH_N_ARRAYTYPE || n->kind == GH_N_STRUCTTYPE || n->kind == GH_N_FUNCTYPE) return;
    walk(n->x, n, bad); walk(n->y, n, bad); walk(n->z, n, bad); walk(n->w, n, bad);
    for (int i = 0; i < n->nlist; i++) walk(n->list[i], n, bad);
    for (int i = 0; i < n->nlist2; i++) walk(n->list2[i], n, bad);
}

bool gh_x_precheck(gh_GoProgram *prog, char *msg, size_t cap)
{
    Bad bad = {{0, 0}, NULL};
    for (int i = 0; i < prog->file->nlist && !bad.msg; i++) {
        const gh_GoNode *d = prog->file->list[i];
        if (!d) continue;
        if (d->kind == GH_N_FUNCDECL) walk(d->z, d, &bad);
        else if (d->kind == GH_N_VARDECL) walk(d, NULL, &bad);
    }
    if (!bad.msg) return true;
    snprintf(msg, cap, "%s:%d:%d: %s", prog->src->base, bad.pos.line, bad.pos.col, bad.msg);
    return false;
}
