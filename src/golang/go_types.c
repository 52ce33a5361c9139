/* go_types.c — constructors, identity, sizes (linux/amd64: 8-byte words,
 * string = 16 bytes, slice = 24, interface = 16) and printing of Go types in
 * the form the compiler's -m diagnostics use.
 */
#include "golang/go_types.h"
#include <stdio.h>
#include <string.h>

gh_GoType *gh_go_type_new(gh_GoSource *src, gh_GoKind k)
{
    gh_GoType *t = gh_go_arena_alloc(&src->arena, sizeof *t);
    t->kind = k;
    t->size = -1;
    t->align = -1;
    t->has_ptrs = -1;
    t->lib_id = -1;
    return t;
}

gh_GoType *gh_go_type_ptr(gh_GoSource *src, gh_GoType *elem)
{
    gh_GoType *t = gh_go_type_new(src, GH_K_POINTER);
    t->elem = elem;
    return t;
}

gh_GoType *gh_go_type_slice(gh_GoSource *src, gh_GoType *elem)
{
    gh_GoType *t = gh_go_type_new(src, GH_K_SLICE);
    t->elem = elem;
    return t;
}

gh_GoType *gh_go_type_array(gh_GoSource *src, gh_GoType *elem, long long len)
{
    gh_GoType *t = gh_go_type_new(src, GH_K_ARRAY);
    t->elem = elem;
    t->len = len;
    return t;
}

gh_GoType *gh_go_type_map(gh_GoSource *src, gh_GoType *key, gh_GoType *elem)
{
    gh_GoType *t = gh_go_type_new(src, GH_K_MAP);
    t->key = key;
    t->elem = elem;
    return t;
}

gh_GoType *gh_go_type_chan(gh_GoSource *src, gh_GoType *elem, int dir)
{
    gh_GoType *t = gh_go_type_new(src, GH_K_CHAN);
    t->elem = elem;
    t->chandir = dir;
    return t;
}

static const char *basic_names[] = {
    "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
    "uint64", "uintptr", "float32", "float64", "string", "unsafe.Pointer",
    "untyped int", "untyped rune", "untyped float", "untyped string", "untyped bool", "untyped nil",
};

void gh_go_types_init(gh_GoSource *src, gh_GoUniverseTypes *u)
{
    for (int k = 0; k <= GH_K_UNTYPED_NIL; k++) {
        u->basic[k] = gh_go_type_new(src, (gh_GoKind)k);
        u->basic[k]->name = basic_names[k];
    }
    u->any = gh_go_type_new(src, GH_K_INTERFACE);
    u->anyAlias = gh_go_type_new(src, GH_K_INTERFACE);
    u->anyAlias->name = "any";
    u->error = gh_go_type_new(src, GH_K_NAMED);
    u->error->name = "error";
    u->error->underlying = gh_go_type_new(src, GH_K_INTERFACE);
    u->error->underlying->nmethods = 1;
    u->byte_slice = gh_go_type_slice(src, u->basic[GH_K_UINT8]);
}

gh_GoType *gh_go_under(gh_GoType *t)
{
    while (t && t->kind == GH_K_NAMED && t->underlying) t = t->underlying;
    return t;
}

static void layout(gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    long long size = 8, align = 8;
    switch (u->kind) {
    case GH_K_BOOL: case GH_K_INT8: case GH_K_UINT8: size = align = 1; break;
    case GH_K_INT16: case GH_K_UINT16: size = align = 2; break;
    case GH_K_INT32: case GH_K_UINT32: case GH_K_FLOAT32: size = align = 4; break;
    case GH_K_STRING: case GH_K_INTERFACE: size = 16; break;
    case GH_K_SLICE: size = 24; break;
    case GH_K_ARRAY: {
        long long es = gh_go_type_size(u->elem);
        align = gh_go_type_align(u->elem);
        size = u->len > 0 && es > (1LL << 50) / u->len ? (1LL << 50) : es * u->len;
        break;
    }
    case GH_K_STRUCT: {
        long long off = 0;
        align = 1;
        for (int i = 0; i < u->nfields; i++) {
            long long fa = gh_go_type_align(u->fields[i].type);
            off = (off + fa - 1) / fa * fa;
            u->fields[i].offset = off;
            off += gh_go_type_size(u->fields[i].type);
            if (fa > align) align = fa;
        }
        /* a trailing zero-size field gets one byte of padding in Go */
        if (u->nfields && gh_go_type_size(u->fields[u->nfields - 1].type) == 0 && off > 0) off++;
        size = (off + align - 1) / align * align;
        break;
    }
    case GH_K_TUPLE: size = 0; break;
    default: break;
    }
    t->size = size;
    t->align = align;
}

long long gh_go_type_size(gh_GoType *t)
{
    if (!t) return 0;
    if (t->size < 0) layout(t);
    return t->size;
}

long long gh_go_type_align(gh_GoType *t)
{
    if (!t) return 1;
    if (t->align < 0) layout(t);
    return t->align;
}

int gh_go_type_has_pointers(gh_GoType *t)
{
    if (!t) return 0;
    if (t->has_ptrs >= 0) return t->has_ptrs;
    t->has_ptrs = 0; /* breaks cycles through named types */
    gh_GoType *u = gh_go_under(t);
    int r = 0;
    switch (u->kind) {
    case GH_K_STRING: case GH_K_POINTER: case GH_K_SLICE: case GH_K_INTERFACE: case GH_K_FUNC: case GH_K_MAP: case GH_K_CHAN:
    case GH_K_UNSAFEPTR: case GH_K_UNTYPED_STRING: case GH_K_UNTYPED_NIL:
        r = 1; break;
    case GH_K_ARRAY: r = u->len > 0 && gh_go_type_has_pointers(u->elem); break;
    case GH_K_STRUCT:
        for (int i = 0; i < u->nfields; i++) r |= gh_go_type_has_pointers(u->fields[i].type);
        break;
    case GH_K_TUPLE:
        for (int i = 0; i < u->nfields; i++) r |= gh_go_type_has_pointers(u->fields[i].type);
        break;
    default: break;
    }
    t->has_ptrs = r;
    return r;
}

int gh_go_type_is_untyped(gh_GoType *t) { return t && t->kind >= GH_K_UNTYPED_INT && t->kind <= GH_K_UNTYPED_NIL; }
int gh_go_type_is_interface(gh_GoType *t) { t = gh_go_under(t); return t && t->kind == GH_K_INTERFACE; }

int gh_go_type_is_integer(gh_GoType *t)
{
    t = gh_go_under(t);
    return t && ((t->kind >= GH_K_INT && t->kind <= GH_K_UINTPTR) || t->kind == GH_K_UNTYPED_INT ||
                 t->kind == GH_K_UNTYPED_RUNE);
}

int gh_go_type_is_numeric(gh_GoType *t)
{
    t = gh_go_under(t);
    if (!t) return 0;
    return gh_go_type_is_integer(t) || t->kind == GH_K_FLOAT32 || t->kind == GH_K_FLOAT64 ||
           t->kind == GH_K_UNTYPED_FLOAT;
}

int gh_go_type_is_string(gh_GoType *t)
{
    t = gh_go_under(t);
    return t && (t->kind == GH_K_STRING || t->kind == GH_K_UNTYPED_STRING);
}

int gh_go_type_is_direct_iface(gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    if (!u) return 0;
    switch (u->kind) {
    case GH_K_POINTER: case GH_K_FUNC: case GH_K_UNSAFEPTR: case GH_K_MAP: case GH_K_CHAN: return 1;
    case GH_K_ARRAY: return u->len == 1 && gh_go_type_is_direct_iface(u->elem);
    case GH_K_STRUCT: return u->nfields == 1 && gh_go_type_is_direct_iface(u->fields[0].type);
    default: return 0;
    }
}

int gh_go_type_identical(gh_GoType *a, gh_GoType *b)
{
    if (a == b) return 1;
    if (!a || !b || a->kind != b->kind) return 0;
    switch (a->kind) {
    case GH_K_NAMED: return 0;
    case GH_K_POINTER: case GH_K_SLICE: return gh_go_type_identical(a->elem, b->elem);
    case GH_K_ARRAY: return a->len == b->len && gh_go_type_identical(a->elem, b->elem);
    case GH_K_MAP: return gh_go_type_identical(a->key, b->key) && gh_go_type_identical(a->elem, b->elem);
    case GH_K_CHAN: return a->chandir == b->chandir && gh_go_type_identical(a->elem, b->elem);
    case GH_K_INTERFACE:   /* the same methods, by name and signature (in declaration order here) */
        if (a->nmethods != b->nmethods || a->nfields != b->nfields) return 0;
        for (int i = 0; i < a->nfields; i++)
            if (strcmp(a->fields[i].name, b->fields[i].name) || !gh_go_type_identical(a->fields[i].type, b->fields[i].type))
                return 0;
        return 1;
    case GH_K_STRUCT:
        if (a->nfields != b->nfields) return 0;
        for (int i = 0; i < a->nfields; i++)
            if (strcmp(a->fields[i].name, b->fields[i].name) || !gh_go_type_identical(a->fields[i].type, b->fields[i].type))
                return 0;
        return 1;
    case GH_K_FUNC:
        if (a->nfields != b->nfields || a->nresults != b->nresults || a->variadic != b->variadic) return 0;
        for (int i = 0; i < a->nfields; i++)
            if (!gh_go_type_identical(a->fields[i].type, b->fields[i].type)) return 0;
        for (int i = 0; i < a->nresults; i++)
            if (!gh_go_type_identical(a->results[i].type, b->results[i].type)) return 0;
        return 1;
    default:
        return a->kind < GH_K_POINTER; /* same basic kind */
    }
}

gh_GoType *gh_go_type_default(gh_GoUniverseTypes *u, gh_GoType *t)
{
    if (!t) return t;
    switch (t->kind) {
    case GH_K_UNTYPED_INT: return u->basic[GH_K_INT];
    case GH_K_UNTYPED_RUNE: return u->basic[GH_K_INT32];
    case GH_K_UNTYPED_FLOAT: return u->basic[GH_K_FLOAT64];
    case GH_K_UNTYPED_STRING: return u->basic[GH_K_STRING];
    case GH_K_UNTYPED_BOOL: return u->basic[GH_K_BOOL];
    default: return t;
    }
}

/* Appends formatted text; returns the number of characters written. */
static int put(char *buf, int n, int at, const char *s)
{
    int len = (int)strlen(s);
    for (int i = 0; i < len && at + i < n - 1; i++) buf[at + i] = s[i];
    int end = at + len < n - 1 ? at + len : n - 1;
    if (n > 0) buf[end] = 0;
    return at + len;
}

static int fmt_type(gh_GoType *t, char *buf, int n, int at)
{
    char tmp[32];
    if (!t) return put(buf, n, at, "<nil>");
    switch (t->kind) {
    case GH_K_NAMED: return put(buf, n, at, t->name);
    case GH_K_POINTER: at = put(buf, n, at, "*"); return fmt_type(t->elem, buf, n, at);
    case GH_K_SLICE: at = put(buf, n, at, "[]"); return fmt_type(t->elem, buf, n, at);
    case GH_K_MAP:
        at = put(buf, n, at, "map[");
        at = fmt_type(t->key, buf, n, at);
        at = put(buf, n, at, "]");
        return fmt_type(t->elem, buf, n, at);
    case GH_K_CHAN: {   /* chan (<-chan int): the parentheses keep a receive-only element apart */
        at = put(buf, n, at, t->chandir == GH_CHAN_RECV ? "<-chan " : t->chandir == GH_CHAN_SEND ? "chan<- " : "chan ");
        int paren = t->chandir == GH_CHAN_BOTH && t->elem && t->elem->kind == GH_K_CHAN && t->elem->chandir == GH_CHAN_RECV;
        if (paren) at = put(buf, n, at, "(");
        at = fmt_type(t->elem, buf, n, at);
        return paren ? put(buf, n, at, ")") : at;
    }
    case GH_K_ARRAY:
        snprintf(tmp, sizeof tmp, "[%lld]", t->len);
        at = put(buf, n, at, tmp);
        return fmt_type(t->elem, buf, n, at);
    case GH_K_INTERFACE:
        if (t->name) return put(buf, n, at, t->name); /* `any` */
        if (!t->nfields) return put(buf, n, at, t->nmethods ? "interface { Error() string }" : "interface {}");
        at = put(buf, n, at, "interface {");   /* "interface { Area() int; Scale(int) int }" */
        for (int i = 0; i < t->nfields; i++) {
            char sig[256];
            fmt_type(t->fields[i].type, sig, sizeof sig, 0);
            at = put(buf, n, at, i ? "; " : " ");
            at = put(buf, n, at, t->fields[i].name);
            at = put(buf, n, at, strncmp(sig, "func", 4) ? sig : sig + 4);
        }
        return put(buf, n, at, " }");
    case GH_K_STRUCT:
        at = put(buf, n, at, "struct {");
        for (int i = 0; i < t->nfields; i++) {
            at = put(buf, n, at, i ? "; " : " ");
            at = put(buf, n, at, t->fields[i].name);
            at = put(buf, n, at, " ");
            at = fmt_type(t->fields[i].type, buf, n, at);
        }
        return put(buf, n, at, t->nfields ? " }" : "}");
    case GH_K_FUNC:
        at = put(buf, n, at, "func(");
        for (int i = 0; i < t->nfields; i++) {
            if (i) at = put(buf, n, at, ", ");
            if (t->variadic && i == t->nfields - 1) { at = put(buf, n, at, "..."); at = fmt_type(t->fields[i].type->elem, buf, n, at); }
            else at = fmt_type(t->fields[i].type, buf, n, at);
        }
        at = put(buf, n, at, ")");
        if (t->nresults == 1) { at = put(buf, n, at, " "); at = fmt_type(t->results[0].type, buf, n, at); }
        else if (t->nresults > 1) {
            at = put(buf, n, at, " (");
            for (int i = 0; i < t->nresults; i++) {
                if (i) at = put(buf, n, at, ", ");
                at = fmt_type(t->results[i].type, buf, n, at);
            }
            at = put(buf, n, at, ")");
        }
        return at;
    default:
        return put(buf, n, at, t->name ? t->name : "?");
    }
}

int gh_go_type_format(gh_GoType *t, char *buf, int n)
{
    if (n > 0) buf[0] = 0;
    return fmt_type(t, buf, n, 0);
}
