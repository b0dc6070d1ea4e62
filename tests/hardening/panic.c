/* No panic crosses the boundary: against a library built with the test-only
 * feature `test-panic`, looking up the trigger name panics inside Rust; the
 * call must return its documented default (NULL) and the process must go on
 * answering. Prints "panic: N passed, M failed". */
#include "chat_errors.h"

#include <stdio.h>
#include <string.h>

static int passed, failed;
#define CHECK(cond)                                                         \
    do {                                                                    \
        if (cond) {                                                         \
            passed++;                                                       \
        } else {                                                            \
            failed++;                                                       \
            fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                   \
    } while (0)

int main(void) {
    static const char trigger[] = "CHAT_ERRORS_TEST_PANIC";
    for (int round = 0; round < 3; round++) {
        CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, trigger) == NULL);
        CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_NATIVE, trigger) == NULL);
        CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_WEB, trigger, strlen(trigger)) == NULL);
        /* still alive and answering */
        const struct chat_errors_entry *entry = chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, "SERVER_BUSY");
        CHECK(entry != NULL && chat_errors_entry_code(entry) == CHAT_ERRORS_WEB_SERVER_BUSY);
    }
    printf("panic: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
