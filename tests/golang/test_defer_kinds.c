/* test_defer_kinds.c — the kind of every defer, as `gohotel escape -d=defer` prints it, is
 * the kind real Go 1.19.8 gives it (`go build -gcflags=-d=defer`, in NAME.expected, written
 * by tests/golang/defers/regen.sh): open-coded, stack-allocated, heap-allocated. The kind
 * decides what a defer costs (docs/go-subset.md, "defer, panic and recover"), so a wrong
 * one would be a wrong figure.
 */
#include <dirent.h>
#include "check.h"
#include "golang/escape_cli.h"

enum { MAX_TEXT = 1 << 16 };

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = calloc(1, MAX_TEXT + 1);
    size_t n = buf ? fread(buf, 1, MAX_TEXT, f) : 0;
    if (buf) buf[n] = 0;
    fclose(f);
    return buf;
}

static char *kinds_of(const char *gopath, int *rc)
{
    char outpath[] = "/tmp/gh_defer_kinds_XXXXXX";
    int fd = mkstemp(outpath);
    FILE *out = fd >= 0 ? fdopen(fd, "w+") : NULL;
    if (!out) return NULL;
    *rc = gh_escape_defers_run(gopath, out, stderr);
    fclose(out);
    char *got = slurp(outpath);
    remove(outpath);
    return got;
}

CASE("every defer gets the kind go build -gcflags=-d=defer gives it")
{
    const char *dir = GOHOTEL_SOURCE_DIR "/tests/golang/defers";
    DIR *d = opendir(dir);
    if (!CHECK(d != NULL, "open %s", dir)) return;
    struct dirent *ent;
    int n = 0, lines = 0;
    while ((ent = readdir(d))) {
        size_t l = strlen(ent->d_name);
        if (l < 4 || strcmp(ent->d_name + l - 3, ".go")) continue;
        char gopath[1024], exppath[1024];
        snprintf(gopath, sizeof gopath, "%s/%s", dir, ent->d_name);
        snprintf(exppath, sizeof exppath, "%s/%.*s.expected", dir, (int)l - 3, ent->d_name);
        char *want = slurp(exppath);
        int rc = -1;
        char *got = kinds_of(gopath, &rc);
        CHECK(rc == 0, "%s is accepted", ent->d_name);
        CHECK_STR(got ? got : "", want ? want : "(no expected file)", "%s: the kinds Go printed", ent->d_name);
        for (const char *p = want; p && *p; p++) lines += *p == '\n';
        free(want);
        free(got);
        n++;
    }
    closedir(d);
    CHECK(n >= 2, "at least 2 programs (%d)", n);
    CHECK(lines >= 20, "at least 20 defers checked (%d)", lines);
}

CASE("a program that does not check prints its error, not kinds")
{
    char path[] = "/tmp/gh_defer_bad_XXXXXX.go";
    int fd = mkstemps(path, 3);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!CHECK(f != NULL, "temp file")) return;
    fputs("package main\n\nfunc main() {\n\tdefer recover\n}\n", f);
    fclose(f);
    int rc = -1;
    char *got = kinds_of(path, &rc);
    remove(path);
    CHECK(rc == 1, "exit 1 (%d)", rc);
    CHECK_STR(got ? got : "", "", "no kind printed");
    free(got);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
