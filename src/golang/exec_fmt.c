/* exec_fmt.c — printing: fmt's %v spelling of values read from simulated memory
 * ({1 2}, [a b], &{...}, <nil>, String()/Error() methods), a small Printf (%v %d %s %q
 * %x %c %t %T %p with width and '-'/'0' flags), and the println built-in (to stderr).
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

static void put(char *buf, size_t cap, size_t *len, const char *s, size_t n)
{
    for (size_t i = 0; i < n && *len + 1 < cap; i++) buf[(*len)++] = s[i];
    if (*len < cap) buf[*len] = 0;
}

static void putf(char *buf, size_t cap, size_t *len, const char *fmt, long long v, int hex)
{
    char t[40];
    int n = snprintf(t, sizeof t, fmt, hex ? (unsigned long long)v : (unsigned long long)v);
    if (!hex) n = snprintf(t, sizeof t, fmt, v);
    put(buf, cap, len, t, (size_t)n);
}

void gh_x_host_string(gh_Exec *ex, gh_String s, char *buf, size_t cap, size_t *len)
{
    uint8_t tmp[256];
    for (int64_t i = 0; i < s.len && *len + 1 < cap; i += 256) {
        int64_t k = s.len - i < 256 ? s.len - i : 256;
        gh_x_load(ex, s.ptr + (uint64_t)i, tmp, (uint64_t)k);
        put(buf, cap, len, (const char *)tmp, (size_t)k);
    }
}

/* A String() or Error() method of t (or *t) that fmt would call, or NULL. */
static gh_GoFunc *stringer(gh_GoType *t, bool *ptr_recv)
{
    gh_GoType *base = t;
    *ptr_recv = false;
    if (gh_go_under(t)->kind == GH_K_POINTER) { base = gh_go_under(t)->elem; *ptr_recv = true; }
    if (!base || base->kind != GH_K_NAMED) return NULL;
    const char *names[2] = {"Error", "String"};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < base->nmethods; i++) {
            gh_GoFunc *m = base->methods[i];
            bool mp = m->recv && gh_go_under(m->recv->type)->kind == GH_K_POINTER;
            if (strcmp(m->decl->name, names[k]) || m->nparams || m->nresults != 1 || !gh_go_type_is_string(m->results[0]->type)) continue;
            if (mp && !*ptr_recv) continue;   /* not in the method set of the value type */
            return m;
        }
    return NULL;
}

static bool call_stringer(gh_Exec *ex, gh_GoType *t, const uint8_t *v, char *buf, size_t cap, size_t *len);

void gh_x_format(gh_Exec *ex, gh_GoType *t, const void *v, char *buf, size_t cap, size_t *len, int depth)
{
    gh_GoType *u = gh_go_under(t);
    const uint8_t *b = v;
    if (depth > 8) { put(buf, cap, len, "...", 3); return; }
    if (call_stringer(ex, t, v, buf, cap, len)) return;
    switch (u->kind) {
    case GH_K_BOOL: case GH_K_UNTYPED_BOOL: put(buf, cap, len, *b ? "true" : "false", *b ? 4 : 5); return;
    case GH_K_STRING: case GH_K_UNTYPED_STRING: gh_x_host_string(ex, *(const gh_String *)v, buf, cap, len); return;
    case GH_K_POINTER: case GH_K_UNSAFEPTR: case GH_K_FUNC: {
        uint64_t p;
        memcpy(&p, v, 8);
        if (!p) { put(buf, cap, len, u->kind == GH_K_POINTER ? "<nil>" : "0x0", u->kind == GH_K_POINTER ? 5 : 3); return; }
        gh_GoType *e = u->kind == GH_K_POINTER ? gh_go_under(u->elem) : NULL;
        if (depth == 0 && e && (e->kind == GH_K_STRUCT || e->kind == GH_K_ARRAY || e->kind == GH_K_SLICE) &&
            gh_x_size(u->elem) <= X_VMAX) {
            uint8_t tmp[X_VMAX];
            gh_x_load(ex, p, tmp, (uint64_t)gh_x_size(u->elem));
            put(buf, cap, len, "&", 1);
            int w = gh_x_watch(ex, tmp, u->elem);
            gh_x_format(ex, u->elem, tmp, buf, cap, len, depth + 1);
            gh_x_unwatch(ex, w);
            return;
        }
        putf(buf, cap, len, "0x%llx", (long long)p, 1);
        return;
    }
    case GH_K_SLICE: case GH_K_ARRAY: {
        gh_Addr p = 0;
        int64_t n = u->len;
        if (u->kind == GH_K_SLICE) { memcpy(&p, b, 8); memcpy(&n, b + 8, 8); }
        long long es = gh_x_size(u->elem);
        uint8_t tmp[X_VMAX];
        int w = gh_x_watch(ex, &p, ex->prog->u.basic[GH_K_UNSAFEPTR]);
        gh_x_watch(ex, tmp, u->elem);
        put(buf, cap, len, "[", 1);
        for (int64_t i = 0; i < n && *len + 1 < cap && es <= X_VMAX; i++) {
            if (u->kind == GH_K_SLICE) gh_x_load(ex, p + (uint64_t)(i * es), tmp, (uint64_t)es);
            else memcpy(tmp, b + i * es, (size_t)es);
            if (i) put(buf, cap, len, " ", 1);
            gh_x_format(ex, u->elem, tmp, buf, cap, len, depth + 1);
        }
        gh_x_unwatch(ex, w);
        put(buf, cap, len, "]", 1);
        return;
    }
    case GH_K_STRUCT:
        put(buf, cap, len, "{", 1);
        for (int i = 0; i < u->nfields; i++) {
            if (i) put(buf, cap, len, " ", 1);
            gh_x_format(ex, u->fields[i].type, b + u->fields[i].offset, buf, cap, len, depth + 1);
        }
        put(buf, cap, len, "}", 1);
        return;
    case GH_K_INTERFACE: gh_x_format_iface(ex, v, buf, cap, len, depth); return;
    case GH_K_FLOAT32: case GH_K_FLOAT64: case GH_K_UNTYPED_FLOAT: put(buf, cap, len, "%!v(float)", 10); return;
    default: {
        int64_t x = gh_x_int(t, v);
        if (!gh_x_is_signed(t)) { char tmp[32]; int k = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)x); put(buf, cap, len, tmp, (size_t)k); }
        else putf(buf, cap, len, "%lld", x, 0);
    }
    }
}

void gh_x_format_iface(gh_Exec *ex, const uint64_t e[2], char *buf, size_t cap, size_t *len, int depth)
{
    gh_GoType *dt = gh_x_rtype_get(ex, e[0]);
    if (!dt) { put(buf, cap, len, "<nil>", 5); return; }
    uint8_t v[X_VMAX] = {0};
    if (gh_go_type_is_direct_iface(dt)) memcpy(v, &e[1], 8);
    else if (gh_x_size(dt) <= X_VMAX) gh_x_load(ex, e[1], v, (uint64_t)gh_x_size(dt));
    int w = gh_x_watch(ex, v, dt);
    gh_x_format(ex, dt, v, buf, cap, len, depth);
    gh_x_unwatch(ex, w);
}

/* fmt calls a value's Error() or String() method when its type has one. */
static bool call_stringer(gh_Exec *ex, gh_GoType *t, const uint8_t *v, char *buf, size_t cap, size_t *len)
{
    bool ptr;
    gh_GoFunc *m = stringer(t, &ptr);
    if (!m) return false;
    uint8_t recv[X_VMAX];
    bool want_ptr = gh_go_under(m->recv->type)->kind == GH_K_POINTER;
    if (ptr && !want_ptr) {
        uint64_t p;
        memcpy(&p, v, 8);
        if (!p) { put(buf, cap, len, "<nil>", 5); return true; }
        gh_x_load(ex, p, recv, (uint64_t)gh_x_size(m->recv->type));
    } else {
        memcpy(recv, v, (size_t)gh_x_size(t));
    }
    const void *args[1] = {recv};
    gh_String s = {0, 0};
    gh_x_call(ex, m, 0, args, &s, gh_x_frame(ex)->line);
    gh_x_host_string(ex, s, buf, cap, len);
    return true;
}

static void emit(gh_Exec *ex, FILE *f, const char *buf, size_t len)
{
    fwrite(buf, 1, len, f);
    (void)ex;
}

/* println/print: the runtime's own printer (no fmt, no allocation), on stderr. */
void gh_x_println(gh_Exec *ex, gh_GoNode *n)
{
    char buf[4096];
    size_t len = 0;
    for (int i = 0; i < n->nlist; i++) {
        gh_GoNode *a = n->list[i];
        uint8_t v[X_VMAX] = {0};
        if (gh_x_size(a->type) > X_VMAX) gh_x_unsupported(ex, a->pos, "value too large to print");
        gh_x_eval(ex, a, v);
        if (i && n->op == GH_OP_PRINTLN) put(buf, sizeof buf, &len, " ", 1);
        gh_GoType *u = gh_go_under(a->type);
        if (u->kind == GH_K_INTERFACE) {
            char t[64];
            int k = snprintf(t, sizeof t, "(0x%llx,0x%llx)", (unsigned long long)((uint64_t *)v)[0], (unsigned long long)((uint64_t *)v)[1]);
            put(buf, sizeof buf, &len, t, (size_t)k);
        } else if (u->kind == GH_K_SLICE) {
            char t[96];
            int64_t w[3];
            memcpy(w, v, 24);
            int k = snprintf(t, sizeof t, "[%lld/%lld]0x%llx", (long long)w[1], (long long)w[2], (unsigned long long)w[0]);
            put(buf, sizeof buf, &len, t, (size_t)k);
        } else if (u->kind == GH_K_POINTER || u->kind == GH_K_FUNC || u->kind == GH_K_UNSAFEPTR) {
            putf(buf, sizeof buf, &len, "0x%llx", (long long)*(uint64_t *)v, 1);
        } else {
            gh_x_format(ex, a->type, v, buf, sizeof buf, &len, 1);
        }
    }
    if (n->op == GH_OP_PRINTLN) put(buf, sizeof buf, &len, "\n", 1);
    fflush(ex->out);
    emit(ex, ex->err, buf, len);
}

/* One operand of Printf, formatted by verb. */
static void verb(gh_Exec *ex, char c, bool plus, const uint64_t e[2], char *buf, size_t cap, size_t *len)
{
    gh_GoType *dt = gh_x_rtype_get(ex, e[0]);
    uint8_t v[X_VMAX] = {0};
    if (dt && gh_go_type_is_direct_iface(dt)) memcpy(v, &e[1], 8);
    else if (dt && gh_x_size(dt) <= X_VMAX) gh_x_load(ex, e[1], v, (uint64_t)gh_x_size(dt));
    (void)plus;
    switch (c) {
    case 'd':   /* the number itself, even for a type with a String method */
        if (dt && gh_go_type_is_integer(dt)) {
            int64_t x = gh_x_int(dt, v);
            char t[32];
            int k = gh_x_is_signed(dt) ? snprintf(t, sizeof t, "%lld", (long long)x) : snprintf(t, sizeof t, "%llu", (unsigned long long)x);
            put(buf, cap, len, t, (size_t)k);
            return;
        }
        break;
    case 'x': case 'X':
        if (dt && gh_go_type_is_integer(dt)) { putf(buf, cap, len, c == 'x' ? "%llx" : "%llX", gh_x_int(dt, v), 1); return; }
        if (dt && gh_go_type_is_string(dt)) {
            char s[4096]; size_t n = 0;
            gh_x_host_string(ex, *(gh_String *)v, s, sizeof s, &n);
            for (size_t i = 0; i < n; i++) putf(buf, cap, len, c == 'x' ? "%02llx" : "%02llX", (unsigned char)s[i], 1);
            return;
        }
        break;
    case 'c': if (dt && gh_go_type_is_integer(dt)) { char ch = (char)gh_x_int(dt, v); put(buf, cap, len, &ch, 1); return; } break;
    case 'q':
        if (dt && gh_go_type_is_string(dt)) {
            put(buf, cap, len, "\"", 1);
            gh_x_host_string(ex, *(gh_String *)v, buf, cap, len);
            put(buf, cap, len, "\"", 1);
            return;
        }
        break;
    case 'T': {
        char t[96] = "<nil>";
        if (dt) gh_go_type_format(dt, t, sizeof t);
        if (dt && dt->kind == GH_K_NAMED && dt->lib_id < 0) put(buf, cap, len, "main.", 5);
        put(buf, cap, len, t, strlen(t));
        return;
    }
    case 'p': putf(buf, cap, len, "0x%llx", (long long)e[1], 1); return;
    case 's': case 'v': case 't': gh_x_format_iface(ex, e, buf, cap, len, 0); return;
    default: break;
    }
    put(buf, cap, len, "%!", 2);
    put(buf, cap, len, &c, 1);
    put(buf, cap, len, "(", 1);
    gh_x_format_iface(ex, e, buf, cap, len, 0);
    put(buf, cap, len, ")", 1);
}

void gh_x_sprintf(gh_Exec *ex, gh_String fmt, gh_Slice args, char *buf, size_t cap, size_t *len)
{
    char f[4096];
    size_t fl = 0;
    gh_x_host_string(ex, fmt, f, sizeof f, &fl);
    int64_t argi = 0;
    int w = gh_x_watch(ex, &args.ptr, ex->prog->u.basic[GH_K_UNSAFEPTR]);
    for (size_t i = 0; i < fl; i++) {
        if (f[i] != '%') { put(buf, cap, len, &f[i], 1); continue; }
        bool minus = false, zero = false, plus = false;
        for (i++; i < fl && (f[i] == '-' || f[i] == '0' || f[i] == '+' || f[i] == ' ' || f[i] == '#'); i++) {
            minus |= f[i] == '-'; zero |= f[i] == '0'; plus |= f[i] == '+';
        }
        int width = 0;
        while (i < fl && f[i] >= '0' && f[i] <= '9') width = width * 10 + (f[i++] - '0');
        if (i >= fl) { put(buf, cap, len, "%!(NOVERB)", 10); break; }
        if (f[i] == '%') { put(buf, cap, len, "%", 1); continue; }
        if (argi >= args.len) { put(buf, cap, len, "%!", 2); put(buf, cap, len, &f[i], 1); put(buf, cap, len, "(MISSING)", 9); continue; }
        uint64_t e[2];
        gh_x_load(ex, args.ptr + (uint64_t)argi++ * 16, e, 16);
        char one[4096];
        size_t ol = 0;
        verb(ex, f[i], plus, e, one, sizeof one, &ol);
        int pad = width > (int)ol ? width - (int)ol : 0;
        if (!minus) for (int k = 0; k < pad; k++) put(buf, cap, len, zero ? "0" : " ", 1);
        put(buf, cap, len, one, ol);
        if (minus) for (int k = 0; k < pad; k++) put(buf, cap, len, " ", 1);
    }
    if (argi < args.len) {
        put(buf, cap, len, "%!(EXTRA ", 9);
        for (; argi < args.len; argi++) {
            uint64_t e[2];
            gh_x_load(ex, args.ptr + (uint64_t)argi * 16, e, 16);
            char t[96] = "<nil>";
            gh_GoType *dt = gh_x_rtype_get(ex, e[0]);
            if (dt) gh_go_type_format(dt, t, sizeof t);
            put(buf, cap, len, t, strlen(t));
            put(buf, cap, len, "=", 1);
            gh_x_format_iface(ex, e, buf, cap, len, 0);
        }
        put(buf, cap, len, ")", 1);
    }
    gh_x_unwatch(ex, w);
}
