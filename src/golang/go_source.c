/* go_source.c — source-file bookkeeping and the single error path of the Go
 * front end.  Only the first error is kept, as a learner fixes one at a time.
 */
#include "golang/go_source.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void gh_go_source_init(gh_GoSource *src, const char *path, const char *text, size_t len)
{
    memset(src, 0, sizeof *src);
    src->path = path;
    const char *slash = strrchr(path, '/');
    src->base = slash ? slash + 1 : path;
    src->text = text;
    src->len = len;
}

void gh_go_source_free(gh_GoSource *src) { gh_go_arena_free(&src->arena); }

void gh_go_fail(gh_GoSource *src, gh_GoPos pos, const char *fmt, ...)
{
    if (!src->failed) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(src->err_msg, sizeof src->err_msg, fmt, ap);
        va_end(ap);
        src->err_pos = pos;
        src->failed = 1;
    }
    if (src->on_error) longjmp(*src->on_error, 1);
}

void gh_go_error_string(const gh_GoSource *src, char *buf, size_t n)
{
    snprintf(buf, n, "%s:%d:%d: %s", src->base, src->err_pos.line, src->err_pos.col,
             src->err_msg);
}
