/* peek.c — the short value and size formats the panels and tooltips share. Values are
 * read with the runtime's queries (gh_peek, gh_sim_type): a view never records an error
 * or charges the virtual clock. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "view/view_impl.h"

void gh_fmt_bytes(char *buf, size_t n, uint64_t b)
{
    static const char *const unit[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    double x = (double)b;
    while (x >= 1024 && u < 4) { x /= 1024; u++; }
    if (u == 0) snprintf(buf, n, "%" PRIu64 " B", b);
    else if (x == (double)(uint64_t)x) snprintf(buf, n, "%.0f %s", x, unit[u]);
    else snprintf(buf, n, x < 10 ? "%.2f %s" : "%.1f %s", x, unit[u]);
}

static uint64_t word(const uint8_t *p, int i)
{
    uint64_t w;
    memcpy(&w, p + 8 * i, 8);
    return w;
}

/* Up to 14 characters of string data as Go would quote them. */
static void quote(const gh_Sim *sim, gh_Addr data, int64_t len, char *buf, size_t n)
{
    const uint8_t *p = len > 0 ? gh_peek(sim, data, (uint64_t)(len < 14 ? len : 14)) : NULL;
    char q[64];
    size_t k = 0;
    q[k++] = '"';
    for (int64_t i = 0; p && i < len && i < 14; i++) q[k++] = p[i] >= 32 && p[i] < 127 ? (char)p[i] : '.';
    if (len > 14) { memcpy(q + k, "…", 3); k += 3; }
    q[k++] = '"';
    q[k] = 0;
    snprintf(buf, n, "%s", len == 0 ? "\"\"" : q);
}

bool gh_fmt_local(const gh_Sim *sim, const gh_Slot *s, gh_Addr at, char *buf, size_t n, gh_Addr *ptr)
{
    *ptr = 0;
    const uint8_t *p = gh_peek(sim, at, s->size < 8 ? s->size : 8);
    if (!p) { snprintf(buf, n, "?"); return false; }
    const gh_Type *ty = gh_sim_type(sim, s->type);
    uint64_t w0 = s->size >= 8 ? word(p, 0) : 0;
    if (s->escaped || s->type == GH_TYPE_POINTER || (ty && s->size == 8 && gh_type_word_is_ptr(ty, 0))) {
        *ptr = w0;
        if (w0 == 0) snprintf(buf, n, "nil");
        else snprintf(buf, n, "0x%" PRIx64, w0);
        return w0 != 0;
    }
    const uint8_t *full = gh_peek(sim, at, s->size);
    /* Go's own types (the Go interpreter registers them): a string local is a string header
     * and a slice local a slice header, shown as their value, not their size */
    bool goString = ty && ty->kind == GH_KIND_STRING && s->size == 16;
    bool goSlice = ty && ty->kind == GH_KIND_SLICE && s->size == 24;
    if ((s->type == GH_TYPE_STRING_HDR || goString) && full && s->size >= 16) {
        quote(sim, w0, (int64_t)word(full, 1), buf, n);
        *ptr = w0;
        return w0 >= GH_ARENA_BASE;
    }
    int bufWord = s->type == GH_TYPE_BUILDER ? 1 : 0;
    if ((s->type == GH_TYPE_SLICE_HDR || goSlice || s->type == GH_TYPE_BUILDER || s->type == GH_TYPE_BUFFER) && full &&
        s->size >= 24 + 8u * bufWord) {
        *ptr = word(full, bufWord);
        snprintf(buf, n, "len %" PRId64 " cap %" PRId64, (int64_t)word(full, bufWord + 1), (int64_t)word(full, bufWord + 2));
        return *ptr >= GH_ARENA_BASE;
    }
    if (s->size == 8) snprintf(buf, n, "%" PRId64, (int64_t)w0);
    else if (s->size < 8) {
        int64_t x = 0;
        memcpy(&x, p, s->size);
        snprintf(buf, n, "%" PRId64, x);
    } else {
        char sz[32];
        gh_fmt_bytes(sz, sizeof sz, s->size);
        snprintf(buf, n, "%s %s", ty ? ty->name : "?", sz);
    }
    return false;
}
