/* Built only against the library compiled with `--features test-panic`
 * (a separate target directory): looking up the documented trigger name
 * panics inside the library, and the call returns its documented default
 * (NULL) instead of unwinding into C; the process lives and the library
 * keeps answering. The one panic test of the C ABI: tests/c/run.sh runs it
 * statically and dynamically, with ASan/UBSan and under valgrind. */
#include <string.h>

#include "chat_errors.h"
#include "check.h"

int main(void) {
    const char trigger[] = "CHAT_ERRORS_TEST_PANIC";
    for (int round = 0; round < 3; round++) {
        CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, trigger) == NULL, "the panicking lookup gives NULL");
        CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_NATIVE, trigger) == NULL,
              "the panicking lookup gives NULL in the native space");
        CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, trigger, strlen(trigger)) == NULL,
              "the panicking lookup by length gives NULL");
        const chat_errors_entry *first = chat_errors_at(CHAT_ERRORS_SPACE_WEB, 0);
        CHECK(first != NULL && chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, chat_errors_entry_name(first)) == first,
              "lookups still work after the panic");
        const chat_errors_entry *busy = chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, "SERVER_BUSY");
        CHECK(busy != NULL && chat_errors_entry_code(busy) == CHAT_ERRORS_WEB_SERVER_BUSY,
              "a name lookup after the panic finds its entry");
    }
    return finish("panic");
}
