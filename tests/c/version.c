/* The version macros equal the crate version (passed in by run.sh as
 * EXPECTED_MAJOR/MINOR/PATCH/ABI, read from cargo metadata and the built
 * library's SONAME) at compile time, and what the linked library reports
 * at run time. */
#include <stdio.h>
#include <string.h>

#include "chat_errors.h"
#include "check.h"

_Static_assert(CHAT_ERRORS_VERSION_MAJOR == EXPECTED_MAJOR, "CHAT_ERRORS_VERSION_MAJOR is the crate's major version");
_Static_assert(CHAT_ERRORS_VERSION_MINOR == EXPECTED_MINOR, "CHAT_ERRORS_VERSION_MINOR is the crate's minor version");
_Static_assert(CHAT_ERRORS_VERSION_PATCH == EXPECTED_PATCH, "CHAT_ERRORS_VERSION_PATCH is the crate's patch version");
_Static_assert(CHAT_ERRORS_ABI_VERSION == EXPECTED_ABI, "CHAT_ERRORS_ABI_VERSION is the SONAME's number");

int main(void) {
    CHECK(chat_errors_version_major() == CHAT_ERRORS_VERSION_MAJOR, "major at run time");
    CHECK(chat_errors_version_minor() == CHAT_ERRORS_VERSION_MINOR, "minor at run time");
    CHECK(chat_errors_version_patch() == CHAT_ERRORS_VERSION_PATCH, "patch at run time");
    CHECK(chat_errors_abi_version() == CHAT_ERRORS_ABI_VERSION, "ABI at run time");
    char expected[64];
    snprintf(expected, sizeof expected, "%u.%u.%u", (unsigned)CHAT_ERRORS_VERSION_MAJOR,
             (unsigned)CHAT_ERRORS_VERSION_MINOR, (unsigned)CHAT_ERRORS_VERSION_PATCH);
    CHECK(strcmp(chat_errors_version(), expected) == 0, "version string %s", chat_errors_version());
    return finish("version");
}
