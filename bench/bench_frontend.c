/* bench_frontend.c — the Go front end on files of many functions: time per phase
 * (parse, check, inlining + escape analysis), per function, and peak RSS, at 10 000,
 * 50 000, 100 000 and 200 000 functions (or the sizes given), next to real Go's
 * `go vet`, `go build` and `go build -gcflags=-m` on the same file when Go is installed.
 * The files come from bench/gen_many_funcs.py (each function: locals, a loop, an append,
 * a struct literal, a call to the previous one; --empty for empty functions).
 * Linear scaling shows as a flat "per function" column. Never fails on time.
 *
 * usage: bench_frontend [--empty] [--no-go] [N ...]   (run from anywhere)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include "golang/escape.h"
#include "golang/go_ast.h"

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double cpu_s(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (!b || fread(b, 1, (size_t)n, f) != (size_t)n) { fclose(f); free(b); return NULL; }
    fclose(f);
    b[n] = 0;
    *len = (size_t)n;
    return b;
}

/* CPU seconds to parse the file alone, in a child process of its own (the arena's fresh
 * pages cost the same there as in the full run). */
static double parse_alone(const char *text, size_t len, const char *path)
{
    int fd[2];
    double t = -1;
    if (pipe(fd) != 0) return -1;
    pid_t pid = fork();
    if (pid == 0) {
        gh_GoSource src;
        gh_go_source_init(&src, path, text, len);
        double c0 = cpu_s();
        gh_GoNode *file = gh_go_parse_file(&src);
        t = file ? cpu_s() - c0 : -1;
        if (write(fd[1], &t, sizeof t) != sizeof t) _exit(1);
        _exit(0);
    }
    close(fd[1]);
    if (read(fd[0], &t, sizeof t) != sizeof t) t = -1;
    close(fd[0]);
    waitpid(pid, NULL, 0);
    return t;
}

/* In a child process (so each size's peak RSS is its own): parse + check, then inlining +
 * escape analysis; prints one table row. */
static void measure(const char *path, int n)
{
    size_t len;
    char *text = slurp(path, &len);
    if (!text) { fprintf(stderr, "cannot read %s\n", path); exit(1); }
    double t_parse = parse_alone(text, len, path);
    gh_GoSource src;
    gh_go_source_init(&src, path, text, len);
    gh_GoProgram prog;
    double w0 = now_s(), c0 = cpu_s();
    if (gh_go_check_program(&src, &prog) != 0) { fprintf(stderr, "check failed\n"); exit(1); }
    double c1 = cpu_s();
    gh_EscResult res;
    gh_go_escape_analyze(&prog, &res);
    double c2 = cpu_s(), wall = now_s() - w0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double total = c2 - c0;
    printf("%8d %8.3f %8.3f %8.3f %8.3f %8.3f %8.2f %8.0f %8.2f %7d\n", n, t_parse, c1 - c0, c2 - c1,
           total, wall, total / n * 1e6, (double)ru.ru_maxrss / 1024.0, (double)ru.ru_maxrss * 1024.0 / n / 1024.0,
           res.ndiags);
    fflush(stdout);
    gh_go_source_free(&src);
    free(text);
}

static double run_timed(const char *cmd)
{
    double t0 = now_s();
    int rc = system(cmd);
    double t = now_s() - t0;
    return rc == 0 ? t : -1;
}

int main(int argc, char **argv)
{
    int empty = 0, go = system("command -v go >/dev/null 2>&1") == 0;
    int sizes[32], ns = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--empty")) empty = 1;
        else if (!strcmp(argv[i], "--no-go")) go = 0;
        else if (ns < 32 && atoi(argv[i]) > 0) sizes[ns++] = atoi(argv[i]);
    }
    if (!ns) { sizes[0] = 10000; sizes[1] = 50000; sizes[2] = 100000; sizes[3] = 200000; ns = 4; }
    printf("Go front end on N %s functions (CPU seconds, user+sys, one thread;\n"
           " parse = parsing alone, in a process of its own; wall = parse+check+escape elapsed, which a loaded machine inflates)\n",
           empty ? "empty" : "small");
    printf("%8s %8s %8s %8s %8s %8s %8s %8s %8s %7s\n", "N", "parse", "p+check", "escape", "total", "wall",
           "us/func", "peakMB", "KB/func", "-m");
    char path[256], cmd[1024];
    double ours[32];
    for (int k = 0; k < ns; k++) {
        snprintf(path, sizeof path, "/tmp/gohotel_bench_frontend/%d%s/main.go", sizes[k], empty ? "e" : "");
        snprintf(cmd, sizeof cmd, "mkdir -p $(dirname %s) && python3 '%s/bench/gen_many_funcs.py' %d %s > %s",
                 path, GOHOTEL_SOURCE_DIR, sizes[k], empty ? "--empty" : "", path);
        if (system(cmd) != 0) { fprintf(stderr, "cannot generate %s\n", path); return 1; }
        fflush(stdout);
        double t0 = now_s();
        pid_t pid = fork();
        if (pid == 0) { measure(path, sizes[k]); _exit(0); }
        int st;
        waitpid(pid, &st, 0);
        ours[k] = now_s() - t0;
    }
    if (!go) return 0;
    printf("\nreal Go 1.19 on the same files (wall seconds, fresh GOCACHE each; ratio = gohotel "
           "parse+check+escape process / go build -gcflags=-m)\n");
    printf("%8s %8s %8s %8s %8s\n", "N", "vet", "build", "build-m", "ratio");
    fflush(stdout);
    for (int k = 0; k < ns; k++) {
        char dir[256];
        snprintf(dir, sizeof dir, "/tmp/gohotel_bench_frontend/%d%s", sizes[k], empty ? "e" : "");
        double t[3];
        const char *what[3] = {"vet", "build -o /dev/null", "build -o /dev/null -gcflags=-m"};
        for (int i = 0; i < 3; i++) {
            snprintf(cmd, sizeof cmd, "cd %s && rm -rf gocache && (test -f go.mod || go mod init bench >/dev/null 2>&1) "
                     "&& GOCACHE=%s/gocache go %s >/dev/null 2>&1", dir, dir, what[i]);
            t[i] = run_timed(cmd);
        }
        snprintf(cmd, sizeof cmd, "rm -rf %s/gocache", dir);
        if (system(cmd) != 0) { /* a leftover cache is harmless */ }
        printf("%8d %8.2f %8.2f %8.2f %8.2f\n", sizes[k], t[0], t[1], t[2], t[2] > 0 ? ours[k] / t[2] : -1);
        fflush(stdout);
    }
    return 0;
}
