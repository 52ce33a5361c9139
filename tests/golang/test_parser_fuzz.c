/* test_parser_fuzz.c — truncated and randomly mutated versions of every escape
 * test program must be accepted or rejected cleanly: never a crash, a hang or
 * a sanitizer report.  Deterministic: a fixed-seed generator of our own.
 */
#include <dirent.h>
#include "check.h"
#include "golang/escape_cli.h"

#define MUTANTS_PER_FILE 300 /* random edits per program */

static unsigned long long next_rand(unsigned long long *s)
{
    *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
    return *s >> 33;
}

static const char alphabet[] = "(){}[];:,.=+-*&!<>\"'`/ \n\tabcxyz019_";
static const char *tokens[] = {"func", "go", "for", "range", "if", "else", "return", "var", "type", "struct",
                               "interface{}", "*", "&", "...", ":=", "{", "}", "(", ")", "make(", "new(", "append(",
                               "[]", "nil", "\"s\"", "x", "fmt.Println(", "//go:noinline\n", "\n", "0x", "'a'"};

/* Analyses text[0..len) as a fresh NUL-terminated copy (ASan sees reads past its end);
 * returns the exit code: 0 accepted, 1 rejected with a message. */
static int run(const char *name, const char *text, size_t len, FILE *sink)
{
    char *copy = malloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = 0;
    rewind(sink);
    int rc = gh_escape_text(name, copy, len, sink, sink);
    free(copy);
    return rc;
}

CASE("cut and mutated programs are accepted or rejected cleanly, never a crash or a hang")
{
    const char *dir = GOHOTEL_SOURCE_DIR "/tests/golang/escape";
    DIR *d = opendir(dir);
    if (!CHECK(d != NULL, "open %s", dir)) return;
    FILE *sink = tmpfile();
    unsigned long long seed = 0x60607ULL;
    struct dirent *ent;
    int files = 0;
    long runs = 0, unclean = 0; /* runs whose exit code was neither 0 nor 1 */
    while ((ent = readdir(d))) {
        size_t l = strlen(ent->d_name);
        if (l < 4 || strcmp(ent->d_name + l - 3, ".go")) continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
        FILE *f = fopen(path, "rb");
        if (!f) continue;
        static char text[1 << 16];
        size_t n = fread(text, 1, sizeof text - 1, f);
        fclose(f);
        files++;
        CHECK_EQ(run(ent->d_name, text, n, sink), 0, "%s itself is accepted", ent->d_name);
        for (size_t cut = 0; cut <= n; cut += 3, runs++) {
            int rc = run(ent->d_name, text, cut, sink);
            unclean += rc != 0 && rc != 1;
        }
        for (int m = 0; m < MUTANTS_PER_FILE; m++, runs++) {
            static char buf[1 << 17];
            size_t len = n;
            memcpy(buf, text, n);
            int edits = 1 + (int)(next_rand(&seed) % 4);
            for (int k = 0; k < edits && len > 0; k++) {
                size_t at = next_rand(&seed) % len;
                switch (next_rand(&seed) % 3) {
                case 0: buf[at] = alphabet[next_rand(&seed) % (sizeof alphabet - 1)]; break;
                case 1: memmove(buf + at, buf + at + 1, len - at - 1); len--; break;
                default: {
                    const char *t = tokens[next_rand(&seed) % (sizeof tokens / sizeof tokens[0])];
                    size_t tl = strlen(t);
                    if (len + tl >= sizeof buf) break;
                    memmove(buf + at + tl, buf + at, len - at);
                    memcpy(buf + at, t, tl);
                    len += tl;
                }
                }
            }
            int rc = run(ent->d_name, buf, len, sink);
            unclean += rc != 0 && rc != 1;
        }
    }
    closedir(d);
    fclose(sink);
    printf("fuzz: %ld inputs from %d programs, no crash\n", runs, files);
    CHECK_EQ(unclean, 0, "every input is accepted (0) or rejected with a message (1)");
    CHECK(files >= 30, "the escape programs were read (%d)", files);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
