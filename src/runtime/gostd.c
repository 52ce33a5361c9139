/* gostd.c — strings.Builder and bytes.Buffer, allocation for allocation as Go 1.19.
 *
 * strings.Builder: WriteString/WriteByte append to buf, so the buffer grows exactly as
 *   append does (growslice: 8, 16, 32, ... 512, 896, 1408 for one byte at a time: 9
 *   allocations for 1000 bytes). Grow(n) makes a new buffer of exactly 2×cap + n bytes.
 *   String() reuses the buffer's bytes: no allocation.
 * bytes.Buffer (bytes/buffer.go): writes first try to reslice within cap; a nil buffer
 *   asked for ≤ 64 bytes gets a 64-byte slice; otherwise, if the unread bytes fit in half
 *   the capacity they slide to the front, else a new, larger slice. Reset keeps the
 *   storage — the reason reusing one buffer allocates nothing. Since Go 1.19 the new slice
 *   has max(len + n, 2×cap) bytes rounded up to a size class (bytes.growSlice). */
#include <string.h>
#include "runtime/sim.h"
#include "runtime/access.h"
#include "runtime/runtime.h"

static bool read_slice(gh_Sim *sim, gh_Addr a, gh_Slice *s)
{
    uint64_t w[3];
    if (!gh_load(sim, a, w, 24)) return false;
    *s = (gh_Slice){w[0], (int64_t)w[1], (int64_t)w[2]};
    return true;
}

static bool write_slice(gh_Sim *sim, gh_Addr a, gh_Slice s)
{
    uint64_t lc[2] = {(uint64_t)s.len, (uint64_t)s.cap};
    return gh_store_ptr(sim, a, s.ptr) && gh_store(sim, a + 8, lc, 16);
}

static bool copy_string(gh_Sim *sim, gh_Addr dst, gh_String s)
{
    return s.len == 0 || gh_memmove(sim, dst, s.ptr, (uint64_t)s.len);
}

/* append(buf, s...) */
static bool append_string(gh_Sim *sim, gh_Slice *buf, gh_String s)
{
    if (buf->len + s.len > buf->cap) {
        gh_Slice ns;
        if (!gh_growslice(sim, GH_TYPE_BYTES, *buf, buf->len + s.len, &ns)) return false;
        ns.len = buf->len;
        *buf = ns;
    }
    if (!copy_string(sim, buf->ptr + (gh_Addr)buf->len, s)) return false;
    buf->len += s.len;
    return true;
}

bool gh_builder_buf(gh_Sim *sim, gh_Addr b, gh_Slice *buf) { return read_slice(sim, b + 8, buf); }

static bool builder_copy_check(gh_Sim *sim, gh_Addr b)
{
    uint64_t addr;
    if (!gh_load_word(sim, b, &addr)) return false;
    if (addr == 0) return gh_store_ptr(sim, b, b);
    if (addr != b)
        return gh_sim_fail(sim, GH_ERR_PANIC, "panic: strings: illegal use of non-zero Builder copied by value"), false;
    return true;
}

bool gh_builder_write_string(gh_Sim *sim, gh_Addr b, gh_String s)
{
    gh_Slice buf;
    if (!builder_copy_check(sim, b) || !read_slice(sim, b + 8, &buf)) return false;
    return append_string(sim, &buf, s) && write_slice(sim, b + 8, buf);
}

bool gh_builder_write_byte(gh_Sim *sim, gh_Addr b, uint8_t c)
{
    gh_Addr one = gh_staticuint64(c);
    return gh_builder_write_string(sim, b, (gh_String){one, 1});
}

bool gh_builder_grow(gh_Sim *sim, gh_Addr b, int64_t n)
{
    gh_Slice buf, nb;
    if (!builder_copy_check(sim, b) || !read_slice(sim, b + 8, &buf)) return false;
    if (n < 0) return gh_sim_fail(sim, GH_ERR_PANIC, "panic: strings.Builder.Grow: negative count"), false;
    if (buf.cap - buf.len >= n) return true;
    if (!gh_makeslice(sim, GH_TYPE_BYTES, buf.len, 2 * buf.cap + n, &nb)) return false;
    if (buf.len && !gh_memmove(sim, nb.ptr, buf.ptr, (uint64_t)buf.len)) return false;
    return write_slice(sim, b + 8, nb);
}

bool gh_builder_string(gh_Sim *sim, gh_Addr b, gh_String *out)
{
    gh_Slice buf;
    if (!read_slice(sim, b + 8, &buf)) return false;
    *out = (gh_String){buf.len ? buf.ptr : 0, buf.len};
    return true;
}

bool gh_builder_reset(gh_Sim *sim, gh_Addr b)
{
    return gh_store_ptr(sim, b, 0) && write_slice(sim, b + 8, (gh_Slice){0, 0, 0});
}

bool gh_buffer_state(gh_Sim *sim, gh_Addr b, gh_Slice *buf, int64_t *off)
{
    uint64_t o;
    if (!read_slice(sim, b, buf) || !gh_load_word(sim, b + 24, &o)) return false;
    *off = (int64_t)o;
    return true;
}

static bool buffer_save(gh_Sim *sim, gh_Addr b, gh_Slice buf, int64_t off)
{
    uint64_t o = (uint64_t)off;
    return write_slice(sim, b, buf) && gh_store(sim, b + 24, &o, 8);
}

/* Go's Buffer.grow: make room for n more bytes; returns the write index in *m. */
static bool buffer_grow(gh_Sim *sim, gh_Addr b, int64_t n, int64_t *m)
{
    gh_Slice buf;
    int64_t off;
    if (!gh_buffer_state(sim, b, &buf, &off)) return false;
    int64_t len = buf.len - off;
    if (len == 0 && off != 0) {
        buf.len = 0;
        off = 0;
    }
    if (n <= buf.cap - buf.len) { /* tryGrowByReslice */
        *m = buf.len;
        buf.len += n;
        return buffer_save(sim, b, buf, off);
    }
    if (buf.ptr == 0 && n <= GH_BUFFER_SMALL) {
        gh_Slice nb;
        if (!gh_makeslice(sim, GH_TYPE_BYTES, n, GH_BUFFER_SMALL, &nb)) return false;
        *m = 0;
        return buffer_save(sim, b, nb, 0);
    }
    int64_t c = buf.cap;
    if (n <= c / 2 - len) {
        if (len && !gh_memmove(sim, buf.ptr, buf.ptr + (gh_Addr)off, (uint64_t)len)) return false;
    } else {
        /* Go 1.19's growSlice(b.buf[b.off:], b.off+n): room for max(len+off+n, 2×cap(b)) bytes,
         * allocated as append([]byte(nil), make([]byte, c)...) — one growslice, so the
         * capacity is rounded up to the size class. */
        int64_t bcap = c - off, want = len + off + n;
        if (want < 2 * bcap) want = 2 * bcap;
        gh_Slice nb;
        if (!gh_growslice(sim, GH_TYPE_BYTES, (gh_Slice){0, 0, 0}, want, &nb)) return false;
        uint8_t *z = gh_mem(sim, nb.ptr, (uint64_t)want);
        if (!z) return false;
        memset(z, 0, (size_t)want); /* the append-make pattern clears what it appends */
        if (len && !gh_memmove(sim, nb.ptr, buf.ptr + (gh_Addr)off, (uint64_t)len)) return false;
        buf = nb;
    }
    buf.len = len + n;
    *m = len;
    return buffer_save(sim, b, buf, 0);
}

bool gh_buffer_write_string(gh_Sim *sim, gh_Addr b, gh_String s)
{
    int64_t m;
    if (!buffer_grow(sim, b, s.len, &m)) return false;
    gh_Slice buf;
    int64_t off;
    return gh_buffer_state(sim, b, &buf, &off) && copy_string(sim, buf.ptr + (gh_Addr)m, s);
}

bool gh_buffer_write_byte(gh_Sim *sim, gh_Addr b, uint8_t c)
{
    return gh_buffer_write_string(sim, b, (gh_String){gh_staticuint64(c), 1});
}

bool gh_buffer_grow(gh_Sim *sim, gh_Addr b, int64_t n)
{
    if (n < 0) return gh_sim_fail(sim, GH_ERR_PANIC, "panic: bytes.Buffer.Grow: negative count"), false;
    int64_t m;
    if (!buffer_grow(sim, b, n, &m)) return false;
    gh_Slice buf;
    int64_t off;
    if (!gh_buffer_state(sim, b, &buf, &off)) return false;
    buf.len = m;
    return buffer_save(sim, b, buf, off);
}

bool gh_buffer_reset(gh_Sim *sim, gh_Addr b)
{
    gh_Slice buf;
    int64_t off;
    if (!gh_buffer_state(sim, b, &buf, &off)) return false;
    buf.len = 0;
    return buffer_save(sim, b, buf, 0);
}

bool gh_buffer_string(gh_Sim *sim, gh_Addr b, gh_String *out)
{
    gh_Slice buf;
    int64_t off;
    if (!gh_buffer_state(sim, b, &buf, &off)) return false;
    return gh_slicebytetostring(sim, 0, buf.ptr + (gh_Addr)off, buf.len - off, out);
}
