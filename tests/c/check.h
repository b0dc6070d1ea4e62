/* A minimal check counter shared by the C test programs: CHECK records one
 * check, prints the failing ones, and finish() prints the counts
 * and gives the exit status. */
#ifndef CHAT_ERRORS_TEST_CHECK_H
#define CHAT_ERRORS_TEST_CHECK_H

#include <stdio.h>

static unsigned checks_passed;
static unsigned checks_failed;

#define CHECK(condition, ...)                                            \
    do {                                                                 \
        if (condition) {                                                 \
            checks_passed++;                                             \
        } else {                                                         \
            checks_failed++;                                             \
            fprintf(stderr, "%s:%d: check failed: ", __FILE__, __LINE__); \
            fprintf(stderr, __VA_ARGS__);                                \
            fputc('\n', stderr);                                         \
        }                                                                \
    } while (0)

static int finish(const char *program) {
    printf("%s: %u checks ok, %u checks failed\n", program, checks_passed, checks_failed);
    return checks_failed == 0 ? 0 : 1;
}

#endif
