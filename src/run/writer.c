/* writer.c — the gh_Writer tables of strings.Builder and bytes.Buffer (writer.h). */
#include "run/writer.h"
#include "runtime/runtime.h"

static bool builder_state(struct gh_Sim *sim, gh_Addr w, gh_Slice *unread, int64_t *cap)
{
    if (!gh_builder_buf(sim, w, unread)) return false;
    *cap = unread->cap;
    return true;
}

/* A Buffer's bytes before off have been read: they are not Len() but still Cap(). */
static bool buffer_state(struct gh_Sim *sim, gh_Addr w, gh_Slice *unread, int64_t *cap)
{
    gh_Slice buf;
    int64_t off;
    if (!gh_buffer_state(sim, w, &buf, &off)) return false;
    *unread = (gh_Slice){buf.ptr + (uint64_t)off, buf.len - off, buf.cap - off};
    *cap = buf.cap;
    return true;
}

const gh_Writer gh_writer_builder = {"strings.Builder", GH_TYPE_BUILDER, false, gh_builder_write_string,
                                     gh_builder_write_byte, gh_builder_grow, gh_builder_reset,
                                     gh_builder_string, builder_state};
const gh_Writer gh_writer_buffer = {"bytes.Buffer", GH_TYPE_BUFFER, true, gh_buffer_write_string,
                                    gh_buffer_write_byte, gh_buffer_grow, gh_buffer_reset,
                                    gh_buffer_string, buffer_state};
