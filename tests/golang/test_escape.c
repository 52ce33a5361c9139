/* test_escape.c — runs the escape analysis on every NAME.go in tests/golang/escape
 * and compares with the lines real Go 1.19.8 printed for it (NAME.expected,
 * from `go build -gcflags=-m`, minus inlining lines).  Prints a diff on mismatch.
 */
#include <dirent.h>
#include "check.h"
#include "golang/escape_cli.h"

#define MAX_TEXT (1 << 20) /* bytes of expected/actual output per program */

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = calloc(1, MAX_TEXT + 1);
    size_t n = fread(buf, 1, MAX_TEXT, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

/* Line-by-line report of the first differences. */
static void show_diff(const char *want, const char *got)
{
    const char *w = want, *g = got;
    int line = 1, shown = 0;
    while ((*w || *g) && shown < 12) {
        const char *we = strchr(w, '\n'), *ge = strchr(g, '\n');
        size_t wl = we ? (size_t)(we - w) : strlen(w), gl = ge ? (size_t)(ge - g) : strlen(g);
        if (wl != gl || strncmp(w, g, wl) != 0) {
            printf("    line %d\n      go:   %.*s\n      ours: %.*s\n", line, (int)wl, w, (int)gl, g);
            shown++;
        }
        w = we ? we + 1 : w + wl;
        g = ge ? ge + 1 : g + gl;
        line++;
    }
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

CASE("every program's escape analysis prints what go build -gcflags=-m printed")
{
    const char *dir = GOHOTEL_SOURCE_DIR "/tests/golang/escape";
    DIR *d = opendir(dir);
    if (!CHECK(d != NULL, "open %s", dir)) return;
    char *names[512];
    int n = 0;
    struct dirent *ent;
    while ((ent = readdir(d)) && n < 512) {
        size_t l = strlen(ent->d_name);
        if (l > 3 && !strcmp(ent->d_name + l - 3, ".go")) names[n++] = strdup(ent->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, cmp_names);
    int pass = 0;
    for (int i = 0; i < n; i++) {
        char gopath[1024], exppath[1024], outpath[] = "/tmp/gh_escape_test_XXXXXX";
        snprintf(gopath, sizeof gopath, "%s/%s", dir, names[i]);
        snprintf(exppath, sizeof exppath, "%s/%.*s.expected", dir, (int)strlen(names[i]) - 3, names[i]);
        char *want = slurp(exppath);
        int fd = mkstemp(outpath);
        FILE *out = fd >= 0 ? fdopen(fd, "w+") : NULL;
        if (!CHECK(want && out, "%s: its expected file and a temp file open", names[i])) continue;
        int rc = gh_escape_cli_run(gopath, out, stdout);
        fclose(out);
        char *got = slurp(outpath);
        remove(outpath);
        bool same = rc == 0 && got && !strcmp(want, got);
        pass += CHECK(same, "%s (exit %d) prints what Go printed", names[i], rc);
        if (!same) show_diff(want, got ? got : "");
        free(want);
        free(got);
        free(names[i]);
    }
    printf("escape: %d/%d programs match Go 1.19.8 exactly\n", pass, n);
    CHECK(n >= 30, "at least 30 programs (%d)", n);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
