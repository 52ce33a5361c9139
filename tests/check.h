/* check.h — the tiny assertion kit every C test uses: each check names what it teaches,
 * prints expected and actual values on failure, and main() returns the failure count. */
#ifndef GH_TESTS_CHECK_H
#define GH_TESTS_CHECK_H
#include <inttypes.h>
#include <stdio.h>

static int gh_failures;

#define CHECK(cond, what)                                                              \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "%s:%d: FAIL %s (%s)\n", __FILE__, __LINE__, what, #cond); \
            gh_failures++;                                                             \
        }                                                                              \
    } while (0)

#define CHECK_EQ(actual, expected, what)                                                            \
    do {                                                                                            \
        uint64_t a_ = (uint64_t)(actual), e_ = (uint64_t)(expected);                                \
        if (a_ != e_) {                                                                             \
            fprintf(stderr, "%s:%d: FAIL %s: got %" PRIu64 " (0x%" PRIx64 "), want %" PRIu64 "\n", \
                    __FILE__, __LINE__, what, a_, a_, e_);                                          \
            gh_failures++;                                                                          \
        }                                                                                           \
    } while (0)

#define TEST(name) static void name(void)
#define RUN(name)                          \
    do {                                   \
        int before_ = gh_failures;         \
        name();                            \
        fprintf(stderr, "%s %s\n", gh_failures == before_ ? "ok  " : "FAIL", #name); \
    } while (0)

#endif
