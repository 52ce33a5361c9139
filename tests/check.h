/* check.h — the one check kit of gohotel's C tests. A test file is a list of named cases,
 * each named after the behaviour it teaches; a check that fails prints file:line, what it
 * meant and the values it saw, and the case goes on. gh_check_main runs every case in
 * source order, prints one line per case and a summary, and fails the program when a check
 * failed or when a case checked nothing (a case that checks nothing cannot fail).
 *
 *     CASE("tiny allocs share one 16-byte block") {
 *         CHECK_EQ(b - a, 5, "the second 5-byte value sits right after the first");
 *     }
 *     int main(int argc, char **argv) { return gh_check_main(argc, argv); }
 *
 * `test NAME...` runs only the cases whose name contains one of the NAMEs. Every CHECK is
 * an expression that yields whether it held, so a case can stop early:
 * `if (!CHECK(p != NULL, "loads")) return;`. Messages are printf formats. */
#ifndef GH_TESTS_CHECK_H
#define GH_TESTS_CHECK_H
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GH_CHECK_MAX_CASES 256 /* cases per test program */

typedef struct gh_CheckCase { const char *name; void (*fn)(void); int line; } gh_CheckCase;

static struct {
    gh_CheckCase cases[GH_CHECK_MAX_CASES];
    int ncases;
    long checks, failures; /* in the whole program */
    long caseChecks, caseFailures;
} gh_check;

/* Called before main by each CASE (a constructor): cases then run sorted by line. */
static inline void gh_check_register(const char *name, void (*fn)(void), int line)
{
    if (gh_check.ncases == GH_CHECK_MAX_CASES) {
        fprintf(stderr, "check.h: more than %d cases\n", GH_CHECK_MAX_CASES);
        exit(2);
    }
    gh_check.cases[gh_check.ncases++] = (gh_CheckCase){name, fn, line};
}

#define GH_CHECK_CAT2(a, b) a##b
#define GH_CHECK_CAT(a, b) GH_CHECK_CAT2(a, b)
#define CASE(name)                                                                                     \
    static void GH_CHECK_CAT(gh_case_, __LINE__)(void);                                                \
    __attribute__((constructor)) static void GH_CHECK_CAT(gh_case_register_, __LINE__)(void)           \
    {                                                                                                  \
        gh_check_register(name, GH_CHECK_CAT(gh_case_, __LINE__), __LINE__);                           \
    }                                                                                                  \
    static void GH_CHECK_CAT(gh_case_, __LINE__)(void)

__attribute__((format(printf, 4, 5))) static inline bool gh_check_that(bool ok, const char *file, int line,
                                                                       const char *fmt, ...)
{
    gh_check.checks++, gh_check.caseChecks++;
    if (ok) return true;
    gh_check.failures++, gh_check.caseFailures++;
    fprintf(stderr, "%s:%d: FAIL ", file, line);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return false;
}

/* The caller's message, formatted into buf (a char array) from its own fmt and "...". */
#define GH_CHECK_FORMAT(buf, fmt)                  \
    do {                                           \
        va_list ap_;                               \
        va_start(ap_, fmt);                        \
        vsnprintf(buf, sizeof buf, fmt, ap_);      \
        va_end(ap_);                               \
    } while (0)

/* CHECK(cond, fmt, ...): cond holds; on failure the message and the condition's text. */
#define CHECK(cond, ...) gh_check_cond((cond) != 0, __FILE__, __LINE__, #cond, __VA_ARGS__)
__attribute__((format(printf, 5, 6))) static inline bool gh_check_cond(bool ok, const char *file, int line,
                                                                       const char *cond, const char *fmt, ...)
{
    char what[1024];
    GH_CHECK_FORMAT(what, fmt);
    return gh_check_that(ok, file, line, "%s (%s)", what, cond);
}

/* CHECK_EQ(actual, expected, fmt, ...): two integers (or addresses) are equal; on failure
 * both are printed signed and in hex. */
#define CHECK_EQ(actual, expected, ...)                                                          \
    gh_check_eq((int64_t)(actual), (int64_t)(expected), __FILE__, __LINE__, #actual, __VA_ARGS__)
__attribute__((format(printf, 6, 7))) static inline bool gh_check_eq(int64_t a, int64_t e, const char *file,
                                                                     int line, const char *expr,
                                                                     const char *fmt, ...)
{
    char what[1024];
    GH_CHECK_FORMAT(what, fmt);
    return gh_check_that(a == e, file, line, "%s: %s is %" PRId64 " (0x%" PRIx64 "), want %" PRId64 " (0x%" PRIx64 ")",
                         what, expr, a, (uint64_t)a, e, (uint64_t)e);
}

/* CHECK_STR(actual, expected, fmt, ...): two strings are equal (NULL equals only NULL). */
#define CHECK_STR(actual, expected, ...) gh_check_str((actual), (expected), __FILE__, __LINE__, #actual, __VA_ARGS__)
__attribute__((format(printf, 6, 7))) static inline bool gh_check_str(const char *a, const char *e, const char *file,
                                                                      int line, const char *expr,
                                                                      const char *fmt, ...)
{
    char what[1024];
    GH_CHECK_FORMAT(what, fmt);
    bool ok = (a && e) ? !strcmp(a, e) : a == e;
    return gh_check_that(ok, file, line, "%s: %s is \"%s\", want \"%s\"", what, expr, a ? a : "(null)",
                         e ? e : "(null)");
}

/* CHECK_NEAR(actual, expected, tolerance, fmt, ...): |actual - expected| <= tolerance. */
#define CHECK_NEAR(actual, expected, tol, ...)                                                   \
    gh_check_near((double)(actual), (double)(expected), (double)(tol), __FILE__, __LINE__, #actual, __VA_ARGS__)
__attribute__((format(printf, 7, 8))) static inline bool gh_check_near(double a, double e, double tol,
                                                                       const char *file, int line,
                                                                       const char *expr, const char *fmt, ...)
{
    char what[1024];
    GH_CHECK_FORMAT(what, fmt);
    return gh_check_that(fabs(a - e) <= tol, file, line, "%s: %s is %g, want %g within %g", what, expr, a, e, tol);
}

static inline int gh_check_by_line(const void *a, const void *b)
{
    return ((const gh_CheckCase *)a)->line - ((const gh_CheckCase *)b)->line;
}

static inline bool gh_check_selected(const char *name, int argc, char **argv)
{
    if (argc < 2) return true;
    for (int i = 1; i < argc; i++)
        if (strstr(name, argv[i])) return true;
    return false;
}

/* Runs the selected cases; returns the exit status (0: every case checked something and
 * every check held). */
static inline int gh_check_main(int argc, char **argv)
{
    qsort(gh_check.cases, (size_t)gh_check.ncases, sizeof gh_check.cases[0], gh_check_by_line);
    int ran = 0, bad = 0;
    for (int i = 0; i < gh_check.ncases; i++) {
        const gh_CheckCase *c = &gh_check.cases[i];
        if (!gh_check_selected(c->name, argc, argv)) continue;
        gh_check.caseChecks = gh_check.caseFailures = 0;
        c->fn();
        ran++;
        if (gh_check.caseChecks == 0) {
            fprintf(stderr, "FAIL %s: checked nothing\n", c->name);
            bad++;
        } else if (gh_check.caseFailures) {
            fprintf(stderr, "FAIL %s: %ld of %ld checks failed\n", c->name, gh_check.caseFailures, gh_check.caseChecks);
            bad++;
        } else {
            fprintf(stderr, "ok   %s (%ld checks)\n", c->name, gh_check.caseChecks);
        }
    }
    fprintf(stderr, "%d cases, %d failed; %ld checks, %ld failed\n", ran, bad, gh_check.checks, gh_check.failures);
    return ran > 0 && bad == 0 ? 0 : 1;
}

#endif
