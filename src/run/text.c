/* text.c — loading a source file once, checked before it is read (see text.h).
 *
 * Why open(O_NONBLOCK) and fstat before any read: fopen on a FIFO blocks until a writer
 * comes, and stat-then-fopen checks a name that may be another file by the time it is
 * opened. Opening without blocking and asking the open descriptor what it is checks the
 * very file that will be read. The line table is built once, so every user numbers lines
 * the same way. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "run/text.h"

enum { DEFAULT_MAX = 4 << 20 };

long gh_text_bad_utf8_line(const char *s, size_t n)
{
    long line = 1;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + (size_t)len > n || (len > 1 && c < 0xc2 && len == 2)) return line;
        for (int k = 1; k < len; k++)
            if (((unsigned char)s[i + (size_t)k] >> 6) != 2) return line;
        if (c == '\n') line++;
        i += (size_t)len;
    }
    return 0;
}

void gh_text_free(gh_Text *t)
{
    free(t->bytes);
    free(t->starts);
    free(t->lineText);
    free(t->lines);
    memset(t, 0, sizeof *t);
}

/* Take ownership of bytes (n of them, a NUL after) and build the line table. */
static bool index_lines(gh_Text *t, char *bytes, size_t n)
{
    memset(t, 0, sizeof *t);
    t->bytes = bytes;
    t->length = n;
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += bytes[i] == '\n';
    if (n && bytes[n - 1] != '\n') count++; /* a last line without a line end */
    if (count > (size_t)(1 << 30)) return gh_text_free(t), false;
    t->starts = malloc((count ? count : 1) * sizeof *t->starts);
    t->lines = malloc((count ? count : 1) * sizeof *t->lines);
    t->lineText = malloc(n + 1);
    if (!t->starts || !t->lines || !t->lineText) return gh_text_free(t), false;
    memcpy(t->lineText, bytes, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && bytes[e] != '\n') e++;
        t->starts[k] = i;
        t->lines[k] = t->lineText + i;
        size_t end = e > i && bytes[e - 1] == '\r' ? e - 1 : e;
        t->lineText[end] = 0;
        if (e < n) t->lineText[e] = 0;
        k++;
        i = e + 1;
    }
    t->nlines = (int)k;
    return true;
}

bool gh_text_set(gh_Text *t, const char *bytes, size_t n)
{
    char *copy = malloc(n + 1);
    if (!copy) return memset(t, 0, sizeof *t), false;
    memcpy(copy, bytes, n);
    copy[n] = 0;
    return index_lines(t, copy, n);
}

const char *gh_text_line(const gh_Text *t, int line)
{
    return t && line >= 1 && line <= t->nlines ? t->lines[line - 1] : "";
}

/* The size limit as people say it: "4 MiB", "1 MiB", else bytes. */
static void say_size(size_t n, char *out, size_t cap)
{
    if (n % (1 << 20) == 0) snprintf(out, cap, "%zu MiB", n >> 20);
    else snprintf(out, cap, "%zu bytes", n);
}

gh_TextStatus gh_text_load(gh_Text *t, const char *path, const gh_TextRules *rules, char *err, size_t errn)
{
    memset(t, 0, sizeof *t);
    const char *what = rules->what ? rules->what : "file";
    size_t max = rules->maxBytes ? rules->maxBytes : DEFAULT_MAX;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errn, "%s: cannot open %s", path, what);
        return errno == ENOENT || errno == ENOTDIR ? GH_TEXT_MISSING : GH_TEXT_REFUSED;
    }
    struct stat sb;
    char limit[32];
    say_size(max, limit, sizeof limit);
    bool ok = false;
    if (fstat(fd, &sb) != 0) snprintf(err, errn, "%s: cannot open %s", path, what);
    else if (S_ISDIR(sb.st_mode)) snprintf(err, errn, "%s: is a directory, not a %s file", path, what);
    else if (!S_ISREG(sb.st_mode)) snprintf(err, errn, "%s: is not a regular file", path);
    else if (sb.st_size == 0 && !rules->allowEmpty) snprintf(err, errn, "%s: the %s file is empty", path, what);
    else if ((uint64_t)sb.st_size > max) snprintf(err, errn, "%s: the %s file is larger than %s", path, what, limit);
    else ok = true;
    if (!ok) {
        close(fd);
        return GH_TEXT_REFUSED;
    }
    /* Read to the end, at most max + 1 bytes: a file that grew since fstat is still caught. */
    size_t cap = (size_t)sb.st_size + 1, n = 0;
    char *buf = malloc(cap + 1);
    for (ssize_t got = 1; buf && got > 0 && n <= max;) {
        if (n == cap) {
            size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
            char *nb = ncap > cap ? realloc(buf, ncap + 1) : NULL;
            if (!nb) break;
            buf = nb, cap = ncap;
        }
        got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR) got = 1;
        else if (got > 0) n += (size_t)got;
    }
    close(fd);
    if (!buf) return snprintf(err, errn, "%s: out of memory reading the %s", path, what), GH_TEXT_NO_MEMORY;
    buf[n] = 0;
    if (n > max || (n == 0 && !rules->allowEmpty)) { /* it changed since fstat */
        free(buf);
        if (n) snprintf(err, errn, "%s: the %s file is larger than %s", path, what, limit);
        else snprintf(err, errn, "%s: the %s file is empty", path, what);
        return GH_TEXT_REFUSED;
    }
    long bad = rules->anyBytes ? 0 : gh_text_bad_utf8_line(buf, n);
    if (bad > 0) {
        free(buf);
        snprintf(err, errn, "%s:%ld: the %s is not valid UTF-8 text", path, bad, what);
        return GH_TEXT_REFUSED;
    }
    if (!index_lines(t, buf, n)) return snprintf(err, errn, "%s: out of memory reading the %s", path, what), GH_TEXT_NO_MEMORY;
    return GH_TEXT_OK;
}
