/* gorun.h — run a reference Go program from bench/go/ when a Go toolchain is installed,
 * so benchmarks can print the simulator's figures next to real Go's. */
#ifndef GH_BENCH_GORUN_H
#define GH_BENCH_GORUN_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Build bench/go/<dir> and run it with args and env; returns its stdout (malloc'd) or NULL
 * when Go is not installed or the build fails. */
static char *gh_gorun(const char *srcdir, const char *dir, const char *env, const char *args)
{
    if (system("command -v go >/dev/null 2>&1") != 0) return NULL;
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cd '%s/bench/go/%s' && GOCACHE=/tmp/gohotel-gocache go build -o /tmp/gohotel-go-%s main.go >/dev/null 2>&1",
             srcdir, dir, dir);
    if (system(cmd) != 0) return NULL;
    snprintf(cmd, sizeof cmd, "%s /tmp/gohotel-go-%s %s", env ? env : "", dir, args ? args : "");
    FILE *p = popen(cmd, "r");
    if (!p) return NULL;
    size_t cap = 4096, len = 0;
    char *out = malloc(cap);
    size_t k;
    while (out && (k = fread(out + len, 1, cap - len - 1, p)) > 0) {
        len += k;
        if (len + 1 == cap) out = realloc(out, cap *= 2);
    }
    pclose(p);
    if (out) out[len] = 0;
    return out;
}

/* The number after "name " in the output, or -1. */
static double gh_gorun_value(const char *out, const char *name)
{
    if (!out) return -1;
    const char *p = strstr(out, name);
    return p ? atof(p + strlen(name)) : -1;
}

#endif
