/* text.h — a source file loaded once: its exact bytes and where each line starts. The
 * scene's text is read here and nowhere else; the Lua loader, the stepper's code panel, the
 * report's profile lines and a Go program's lines (go.program, prog:source) all read it
 * through gh_text_line, so a line number means the same line everywhere, however long the
 * line is. Lines end at '\n'; a '\r' before it is not part of the line. */
#ifndef GH_RUN_TEXT_H
#define GH_RUN_TEXT_H
#include <stdbool.h>
#include <stddef.h>

typedef struct gh_Text {
    char *bytes;                /* the file as read, plus a NUL after the last byte */
    size_t length;              /* bytes in the file */
    size_t *starts;             /* offset of each line's first byte in bytes */
    int nlines;                 /* a final line without '\n' counts; an empty file has 0 */
    char *lineText;             /* a copy of bytes with each line end NUL: what lines point into */
    const char **lines;         /* lines[i] is line i + 1, NUL-terminated, without its line end */
} gh_Text;

/* What a file must be to load (the checks are made before a byte is read). */
typedef struct gh_TextRules {
    const char *what;           /* "scene", "module", "Go file": the word the errors use */
    size_t maxBytes;            /* larger is refused (0: 4 MiB) */
    bool allowEmpty;            /* else an empty file is refused */
    bool anyBytes;              /* else the text must be valid UTF-8 */
} gh_TextRules;

typedef enum { GH_TEXT_OK, GH_TEXT_MISSING, GH_TEXT_REFUSED, GH_TEXT_NO_MEMORY } gh_TextStatus;

/* Load path into *t. The file is opened with O_NONBLOCK and checked with fstat before it is
 * read, so a FIFO or a device never blocks: it must be a regular file, within maxBytes,
 * non-empty unless allowed, UTF-8 unless anyBytes. On failure *t is empty and err holds
 * "PATH: what is wrong" ("PATH:LINE: ..." for bad UTF-8), e.g. "x.lua: cannot open scene",
 * "x.lua: is a directory, not a scene file", "x.lua: the scene file is empty". */
gh_TextStatus gh_text_load(gh_Text *t, const char *path, const gh_TextRules *rules, char *err, size_t errn);
/* A text from n bytes in memory (copied). False if the host is out of memory. */
bool gh_text_set(gh_Text *t, const char *bytes, size_t n);
void gh_text_free(gh_Text *t);
/* Line `line` (1-based) without its line end; "" outside 1..nlines. */
const char *gh_text_line(const gh_Text *t, int line);
/* The line of the first byte of bytes[0..n) that is not valid UTF-8, or 0 if all is. */
long gh_text_bad_utf8_line(const char *bytes, size_t n);

#endif
