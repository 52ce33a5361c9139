/* exec_const.c — constants: string literals unquoted into read-only data (cached per
 * node, as Go's linker puts them in rodata), named string constants, rune literals, and
 * string(r) of a constant r (folded by the checker, encoded here).
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

/* Unquotes a Go string literal (interpreted or raw) into buf; returns its length. */
size_t gh_x_unquote(const char *lit, char *buf, size_t cap)
{
    size_t n = 0, len = strlen(lit);
    if (lit[0] == '`') {
        for (size_t i = 1; i + 1 < len && n < cap; i++) if (lit[i] != '\r') buf[n++] = lit[i];
        return n;
    }
    for (size_t i = 1; i + 1 < len && n + 4 < cap; i++) {
        char c = lit[i];
        if (c != '\\') { buf[n++] = c; continue; }
        c = lit[++i];
        switch (c) {
        case 'n': buf[n++] = '\n'; break; case 't': buf[n++] = '\t'; break;
        case 'r': buf[n++] = '\r'; break; case 'a': buf[n++] = '\a'; break;
        case 'b': buf[n++] = '\b'; break; case 'f': buf[n++] = '\f'; break;
        case 'v': buf[n++] = '\v'; break;
        case 'x': {
            char h[3] = {lit[i + 1], lit[i + 2], 0};
            buf[n++] = (char)strtol(h, NULL, 16);
            i += 2;
            break;
        }
        case 'u': case 'U': {
            int k = c == 'u' ? 4 : 8;
            char h[9] = {0};
            memcpy(h, lit + i + 1, (size_t)k);
            unsigned long r = strtoul(h, NULL, 16);
            i += (size_t)k;
            if (r < 0x80) buf[n++] = (char)r;
            else if (r < 0x800) { buf[n++] = (char)(0xc0 | (r >> 6)); buf[n++] = (char)(0x80 | (r & 0x3f)); }
            else if (r < 0x10000) { buf[n++] = (char)(0xe0 | (r >> 12)); buf[n++] = (char)(0x80 | ((r >> 6) & 0x3f)); buf[n++] = (char)(0x80 | (r & 0x3f)); }
            else { buf[n++] = (char)(0xf0 | (r >> 18)); buf[n++] = (char)(0x80 | ((r >> 12) & 0x3f)); buf[n++] = (char)(0x80 | ((r >> 6) & 0x3f)); buf[n++] = (char)(0x80 | (r & 0x3f)); }
            break;
        }
        default:
            if (c >= '0' && c <= '7') {
                char o[4] = {lit[i], lit[i + 1], lit[i + 2], 0};
                buf[n++] = (char)strtol(o, NULL, 8);
                i += 2;
            } else buf[n++] = c;
        }
    }
    return n;
}

/* The value expression of a named string constant. */
static gh_GoNode *const_defn(gh_Exec *ex, gh_GoObj *o, gh_GoNode *b)
{
    if (!b) return NULL;
    if (b->kind == GH_N_CONSTDECL) {
        for (int i = 0; i < b->nlist && i < b->nlist2; i++) if (b->list[i]->obj == o) return b->list2[i];
        return NULL;
    }
    gh_GoNode *kids[4] = {b->x, b->y, b->z, b->w};
    for (int i = 0; i < b->nlist; i++) { gh_GoNode *r = const_defn(ex, o, b->list[i]); if (r) return r; }
    for (int i = 0; i < 4; i++)
        if (kids[i] && (kids[i]->kind == GH_N_BLOCK || kids[i]->kind == GH_N_FUNCDECL || kids[i]->kind == GH_N_IF ||
                        kids[i]->kind == GH_N_FOR || kids[i]->kind == GH_N_RANGE || kids[i]->kind == GH_N_SWITCH ||
                        kids[i]->kind == GH_N_TYPESWITCH || kids[i]->kind == GH_N_CASE || kids[i]->kind == GH_N_LABELED)) {
            gh_GoNode *r = const_defn(ex, o, kids[i]);
            if (r) return r;
        }
    return NULL;
}

/* An upper bound of const_bytes's result: unquoting never lengthens a literal. */
static size_t const_bound(gh_Exec *ex, gh_GoNode *n)
{
    n = n->kind == GH_N_CONVIFACE ? n->x : n;
    if (n->kind == GH_N_BASICLIT) return strlen(n->name);
    if (n->kind == GH_N_BINARY) return const_bound(ex, n->x) + const_bound(ex, n->y);
    if (n->kind == GH_N_NAME && n->obj) {
        gh_GoNode *d = const_defn(ex, n->obj, ex->prog->file);
        if (d) return const_bound(ex, d);
    }
    if (n->kind == GH_N_CALL && n->nlist == 1 && gh_go_type_is_integer(n->list[0]->type)) return 4;   /* string(rune) */
    if (n->kind == GH_N_CALL && n->nlist == 1) return const_bound(ex, n->list[0]);
    return 0;
}

static size_t const_bytes(gh_Exec *ex, gh_GoNode *n, char *buf, size_t cap)
{
    n = n->kind == GH_N_CONVIFACE ? n->x : n;
    if (n->kind == GH_N_BASICLIT) return gh_x_unquote(n->name, buf, cap);
    if (n->kind == GH_N_BINARY) {
        size_t a = const_bytes(ex, n->x, buf, cap);
        return a + const_bytes(ex, n->y, buf + a, cap - a);
    }
    if (n->kind == GH_N_NAME && n->obj) {
        gh_GoNode *d = const_defn(ex, n->obj, ex->prog->file);
        if (d) return const_bytes(ex, d, buf, cap);
    }
    if (n->kind == GH_N_CALL && n->nlist == 1 && gh_go_type_is_integer(n->list[0]->type)) {
        /* string(rune constant), folded by the checker: the rune's UTF-8 bytes */
        const gh_GoNode *r = n->list[0];
        uint8_t b[4];
        int k = gh_encoderune(b, r->big || r->cval < 0 || r->cval > 0x10ffff ? 0xfffd : (int32_t)r->cval);
        if ((size_t)k > cap) return 0;
        memcpy(buf, b, (size_t)k);
        return (size_t)k;
    }
    if (n->kind == GH_N_CALL && n->nlist == 1) return const_bytes(ex, n->list[0], buf, cap);
    gh_x_unsupported(ex, n->pos, "unsupported constant string expression");
}

gh_String gh_x_const_string(gh_Exec *ex, gh_GoNode *n)
{
    uint64_t *e = gh_xmap_get(&ex->lits, n, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return (gh_String){e[0] == 1 ? 0 : e[0], (int64_t)e[1]};
    /* as long as the constant is: Go has no limit on a string constant's length */
    size_t cap = const_bound(ex, n) + 8;
    char *buf = malloc(cap);
    if (!buf) gh_x_panic(ex, "fatal error: out of memory");
    size_t len = const_bytes(ex, n, buf, cap);
    gh_Addr a = gh_rodata_string(ex->sim, buf, (int64_t)len);
    free(buf);
    gh_x_check(ex);
    e[0] = a ? a : 1;
    e[1] = len;
    return (gh_String){a, (int64_t)len};
}

void gh_x_const_value(gh_Exec *ex, gh_GoNode *n, void *out)
{
    gh_GoType *t = n->type;
    if (gh_go_type_is_string(t)) { gh_String s = gh_x_const_string(ex, n); memcpy(out, &s, 16); return; }
    gh_GoKind k = gh_go_under(t)->kind;
    if (k == GH_K_FLOAT32 || k == GH_K_FLOAT64 || k == GH_K_UNTYPED_FLOAT) { gh_x_float_const(n, out); return; }
    if (gh_go_type_is_interface(t)) gh_x_unsupported(ex, n->pos, "constant of interface type");
    int64_t v = n->cval;
    const unsigned char *lit = (const unsigned char *)n->name;
    if (n->kind == GH_N_BASICLIT && n->tok == GH_T_CHAR && lit[1] >= 0xc0) {  /* multi-byte rune literal */
        int len = lit[1] >= 0xf0 ? 4 : lit[1] >= 0xe0 ? 3 : 2;
        v = lit[1] & (0x3f >> (len - 1));
        for (int i = 2; i <= len && lit[i]; i++) v = (v << 6) | (lit[i] & 0x3f);
    }
    if (k == GH_K_UNTYPED_INT || k == GH_K_UNTYPED_RUNE) { memcpy(out, &v, k == GH_K_UNTYPED_RUNE ? 4 : 8); return; }
    if (k == GH_K_UNTYPED_BOOL || k == GH_K_BOOL) { *(uint8_t *)out = v != 0; return; }
    gh_x_put_int(t, out, gh_x_norm(t, v));
}

