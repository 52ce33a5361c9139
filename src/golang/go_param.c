/* go_param.c — run parameters for a Go program (`gohotel exec FILE.go --param K=V`).
 *
 * A scene takes `--param K=V`; a Go program has no such thing, but Go's linker has the
 * nearest: `go build -ldflags="-X main.K=V"` replaces the string a package variable K is
 * initialised with before any code runs. gohotel does the same for the three kinds a lesson
 * varies (sizes and counts, names, switches): a package-level `var K = <constant>` of type
 * int, string or bool. After type checking, and before the escape analysis and the
 * interpreter see the tree, the initializer node of K is replaced by a constant node of
 * the same type holding V, so K starts with V exactly as if the file said so: the escape
 * analysis lays it out statically like any constant, and the initialization order is
 * the file's. Anything else is refused with the file, the line of K and why.
 */
#include "golang/go_param.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { KEY_MAX = 64 };

typedef enum { P_INT, P_STRING, P_BOOL, P_OTHER } PKind;

static PKind kind_of(const gh_GoType *t)
{
    if (!t || t->kind == GH_K_NAMED) return P_OTHER; /* a named type (type T int) is not int */
    switch (t->kind) {
    case GH_K_INT: return P_INT;
    case GH_K_STRING: return P_STRING;
    case GH_K_BOOL: return P_BOOL;
    default: return P_OTHER;
    }
}

/* The package variable named key, as one of the program's initializations. */
static const gh_GoInit *find_var(const gh_GoProgram *prog, const char *key)
{
    for (int i = 0; i < prog->ninits; i++) {
        const gh_GoInit *in = &prog->inits[i];
        const gh_GoNode *name = in->decl->list[in->k];
        if (name->name && !strcmp(name->name, key)) return in;
    }
    return NULL;
}

/* The constant node that in's variable is initialised with, or NULL. */
static gh_GoNode **init_value(const gh_GoInit *in)
{
    gh_GoNode *d = in->decl;
    if (d->nlist2 != d->nlist || in->k >= d->nlist2) return NULL; /* no value, or a multi-value call */
    gh_GoNode **v = &d->list2[in->k];
    return (*v)->op == GH_OP_CONST ? v : NULL;
}

/* The variables --param may set, "n, name, on", for the message of an unknown key. */
static void candidates(const gh_GoProgram *prog, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = 0;
    for (int i = 0; i < prog->ninits && n < cap; i++) {
        const gh_GoInit *in = &prog->inits[i];
        const gh_GoNode *name = in->decl->list[in->k];
        if (!name->obj || kind_of(name->obj->type) == P_OTHER || !init_value(in)) continue;
        int w = snprintf(out + n, cap - n, "%s%s", n ? ", " : "", name->name);
        n += w > 0 ? (size_t)w : 0;
    }
}

/* V as a Go string literal: printable ASCII as is, every other byte (and " and \) escaped. */
static char *quote(gh_GoArena *a, const char *v)
{
    size_t len = strlen(v);
    char *q = gh_go_arena_alloc(a, 4 * len + 3), *p = q;
    *p++ = '"';
    for (const unsigned char *s = (const unsigned char *)v; *s; s++) {
        if (*s >= 0x20 && *s < 0x7f && *s != '"' && *s != '\\') *p++ = (char)*s;
        else p += sprintf(p, "\\x%02x", *s);
    }
    *p++ = '"';
    *p = 0;
    return q;
}

static bool refuse(const gh_GoProgram *prog, const gh_GoNode *at, const char *kv, char *why, size_t cap,
                   const char *fmt, const char *a, const char *b)
{
    char msg[512];
    snprintf(msg, sizeof msg, fmt, a, b);
    if (at) snprintf(why, cap, "%s:%d:%d: --param %s: %s", prog->src->base, at->pos.line, at->pos.col, kv, msg);
    else snprintf(why, cap, "%s: --param %s: %s", prog->src->base, kv, msg);
    return false;
}

static bool apply_one(gh_GoProgram *prog, const char *kv, char *why, size_t cap)
{
    const char *eq = strchr(kv, '=');
    size_t klen = eq ? (size_t)(eq - kv) : strlen(kv);
    char key[KEY_MAX + 1];
    snprintf(key, sizeof key, "%.*s", (int)(klen < KEY_MAX ? klen : KEY_MAX), kv);
    const char *val = eq ? eq + 1 : "";
    const gh_GoInit *in = find_var(prog, key);
    if (!in) {
        char have[256];
        candidates(prog, have, sizeof have);
        if (!have[0]) return refuse(prog, NULL, kv, why, cap, "no package-level variable %s (none is a var of type int, string or bool with a constant value%s)", key, "");
        return refuse(prog, NULL, kv, why, cap, "no package-level variable %s (--param can set %s)", key, have);
    }
    const gh_GoNode *name = in->decl->list[in->k];
    PKind pk = kind_of(name->obj ? name->obj->type : NULL);
    if (pk == P_OTHER)
        return refuse(prog, name, kv, why, cap, "%s is not of type int, string or bool%s", key,
                      " (--param sets a package-level var K = <constant> of those types)");
    gh_GoNode **slot = init_value(in);
    if (!slot)
        return refuse(prog, name, kv, why, cap, "%s is not initialised with a constant%s", key,
                      " (--param replaces the value of a package-level var K = <constant>)");
    gh_GoNode *old = *slot, *n = gh_go_arena_alloc(&prog->src->arena, sizeof *n);
    *n = *old;                           /* its type, position and place in the tree */
    n->x = n->y = n->z = n->w = NULL;
    n->list = n->list2 = NULL;
    n->nlist = n->nlist2 = 0;
    n->big = NULL;
    n->parens = 0;
    if (pk == P_INT) {
        char *end;
        errno = 0;
        long long v = strtoll(val, &end, 10);
        if (!*val || *end || errno == ERANGE || val[0] == ' ')
            return refuse(prog, name, kv, why, cap, "%s is an int and '%s' is not a whole number from -9223372036854775808 to 9223372036854775807", key, val);
        n->kind = GH_N_BASICLIT;
        n->tok = GH_T_INT;
        n->cval = v;
        n->name = gh_go_arena_printf(&prog->src->arena, "%lld", v);
    } else if (pk == P_BOOL) {
        if (strcmp(val, "true") && strcmp(val, "false"))
            return refuse(prog, name, kv, why, cap, "%s is a bool and '%s' is neither true nor false", key, val);
        n->cval = !strcmp(val, "true");
        n->name = n->cval ? "true" : "false";
    } else {
        n->kind = GH_N_BASICLIT;
        n->tok = GH_T_STRING;
        n->cval = (long long)strlen(val);
        n->name = quote(&prog->src->arena, val);
    }
    *slot = n;
    return true;
}

bool gh_go_param_apply(gh_GoProgram *prog, const char *const *params, int nparams, char *why, size_t cap)
{
    for (int i = 0; i < nparams; i++)
        if (!apply_one(prog, params[i], why, cap)) return false;
    return true;
}
