/* test_bad_input.c — every tests/golang/bad/NAME.go must be rejected with
 * exit code 1 and exactly the message in NAME.expected ("file.go:line:col: msg").
 */
#include <dirent.h>
#include "check.h"
#include "golang/escape_cli.h"

static char *slurp_stream(FILE *f)
{
    static const size_t cap = 1 << 16; /* bytes: one error line */
    char *buf = calloc(1, cap + 1);
    rewind(f);
    size_t n = fread(buf, 1, cap, f);
    buf[n] = 0;
    return buf;
}

CASE("every bad program is rejected with exit 1 and exactly its expected file:line:col message")
{
    const char *dir = GOHOTEL_SOURCE_DIR "/tests/golang/bad";
    DIR *d = opendir(dir);
    if (!CHECK(d != NULL, "open %s", dir)) return;
    struct dirent *ent;
    int n = 0, pass = 0;
    while ((ent = readdir(d))) {
        size_t l = strlen(ent->d_name);
        if (l < 4 || strcmp(ent->d_name + l - 3, ".go")) continue;
        char gopath[1024], exppath[1024];
        snprintf(gopath, sizeof gopath, "%s/%s", dir, ent->d_name);
        snprintf(exppath, sizeof exppath, "%s/%.*s.expected", dir, (int)l - 3, ent->d_name);
        FILE *ef = fopen(exppath, "rb");
        FILE *out = tmpfile(), *err = tmpfile();
        n++;
        if (!CHECK(ef && out && err, "%s: its expected file and temp files open", ent->d_name)) continue;
        char *want = slurp_stream(ef);
        fclose(ef);
        int rc = gh_escape_cli_run(gopath, out, err);
        char *got = slurp_stream(err);
        CHECK_EQ(rc, 1, "%s is rejected", ent->d_name);
        pass += CHECK_STR(got, want, "%s's message", ent->d_name);
        free(want);
        free(got);
        fclose(out);
        fclose(err);
    }
    closedir(d);
    printf("bad input: %d/%d rejected with the expected message\n", pass, n);
    CHECK(n >= 20, "at least 20 bad programs (%d)", n);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
