/* test_bad_input.c — every tests/golang/bad/NAME.go must be rejected with
 * exit code 1 and exactly the message in NAME.expected ("file.go:line:col: msg").
 */
#include "golang/escape_cli.h"
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp_stream(FILE *f)
{
    static const size_t cap = 1 << 16; /* bytes: one error line */
    char *buf = calloc(1, cap + 1);
    rewind(f);
    size_t n = fread(buf, 1, cap, f);
    buf[n] = 0;
    return buf;
}

int main(void)
{
    const char *dir = GOHOTEL_SOURCE_DIR "/tests/golang/bad";
    DIR *d = opendir(dir);
    if (!d) { printf("cannot open %s\n", dir); return 1; }
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
        if (!ef || !out || !err) { printf("FAIL %s: cannot open files\n", ent->d_name); continue; }
        char *want = slurp_stream(ef);
        fclose(ef);
        int rc = gh_escape_cli_run(gopath, out, err);
        char *got = slurp_stream(err);
        if (rc == 1 && !strcmp(want, got)) pass++;
        else printf("FAIL %s (exit %d)\n  want: %s  got:  %s", ent->d_name, rc, want, got);
        free(want);
        free(got);
        fclose(out);
        fclose(err);
    }
    closedir(d);
    printf("bad input: %d/%d rejected with the expected message\n", pass, n);
    return pass == n && n > 0 ? 0 : 1;
}
