/* Every case of the bad-input contract (docs/safety.md), called from C: NULL
 * and foreign pointers, out-of-range integers, extreme codes, non-UTF-8,
 * empty, overlong and 1 MiB names, interior NUL, indexes past the end,
 * unknown languages and tags, tiny buffers. The one suite of that contract:
 * tests/c/run.sh builds it with ASan/UBSan, statically and dynamically, and
 * runs it under valgrind, so a read or write out of bounds fails the run. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chat_errors.h"
#include "check.h"

#define MIB (1024u * 1024u)

/* Whether the NUL-terminated text is well-formed UTF-8. */
static int valid_utf8(const unsigned char *text) {
    while (*text) {
        size_t extra = *text < 0x80 ? 0 : (*text >> 5) == 6 ? 1 : (*text >> 4) == 14 ? 2 : (*text >> 3) == 30 ? 3 : 9;
        if (extra == 9) {
            return 0;
        }
        for (size_t i = 1; i <= extra; i++) {
            if ((text[i] & 0xC0) != 0x80) {
                return 0;
            }
        }
        text += extra + 1;
    }
    return 1;
}

/* Every accessor answers an entry handle that is not an entry as documented. */
static void check_not_an_entry(const chat_errors_entry *entry, const char *what) {
    CHECK(chat_errors_entry_space(entry) == CHAT_ERRORS_INVALID, "space of %s", what);
    CHECK(chat_errors_entry_code(entry) == CHAT_ERRORS_INVALID_CODE, "code of %s", what);
    CHECK(chat_errors_entry_name(entry) == NULL, "name of %s", what);
    CHECK(chat_errors_entry_alias_count(entry) == 0, "alias count of %s", what);
    CHECK(chat_errors_entry_alias(entry, 0) == NULL, "alias of %s", what);
    CHECK(chat_errors_entry_category(entry) == CHAT_ERRORS_INVALID, "category of %s", what);
    CHECK(!chat_errors_entry_transient(entry), "transient of %s", what);
    CHECK(chat_errors_entry_action(entry) == CHAT_ERRORS_INVALID, "action of %s", what);
    CHECK(chat_errors_entry_summary(entry, CHAT_ERRORS_LANGUAGE_EN) == NULL, "summary of %s", what);
    CHECK(chat_errors_entry_detail(entry, CHAT_ERRORS_LANGUAGE_ZH) == NULL, "detail of %s", what);
    CHECK(chat_errors_entry_equivalent_count(entry) == 0, "equivalent count of %s", what);
    CHECK(chat_errors_entry_equivalent(entry, 0) == NULL, "equivalent of %s", what);
    CHECK(chat_errors_entry_seed_count(entry) == 0, "seed count of %s", what);
    CHECK(chat_errors_entry_seed_page(entry, 0) == NULL, "seed page of %s", what);
    CHECK(chat_errors_entry_seed_name(entry, 0) == NULL, "seed name of %s", what);
}

static void check_codes_and_spaces(void) {
    const uint32_t bad_spaces[] = {CHAT_ERRORS_SPACE_COUNT, 7, 1000, INT32_MAX, 0x80000000u, CHAT_ERRORS_INVALID};
    const char *known = chat_errors_entry_name(chat_errors_at(0, 0));
    for (size_t i = 0; i < sizeof bad_spaces / sizeof bad_spaces[0]; i++) {
        uint32_t space = bad_spaces[i];
        CHECK(chat_errors_lookup(space, 0) == NULL, "lookup in space %u", space);
        CHECK(chat_errors_lookup_name(space, known) == NULL, "name lookup in space %u", space);
        CHECK(chat_errors_lookup_name_len(space, known, strlen(known)) == NULL, "name lookup by length in space %u",
              space);
        CHECK(chat_errors_count(space) == 0, "count of space %u", space);
        CHECK(chat_errors_at(space, 0) == NULL, "entry 0 of space %u", space);
        CHECK(chat_errors_space_name(space) == NULL, "name of space %u", space);
    }
    const int32_t extreme_codes[] = {INT32_MIN, INT32_MIN + 1, INT32_MAX - 1, INT32_MAX};
    for (uint32_t space = 0; space < CHAT_ERRORS_SPACE_COUNT; space++) {
        for (size_t c = 0; c < sizeof extreme_codes / sizeof extreme_codes[0]; c++) {
            CHECK(chat_errors_lookup(space, extreme_codes[c]) == NULL, "code %d in space %u", extreme_codes[c], space);
        }
        size_t count = chat_errors_count(space);
        CHECK(count > 0, "space %u has entries", space);
        CHECK(chat_errors_at(space, count) == NULL, "index count of space %u", space);
        CHECK(chat_errors_at(space, SIZE_MAX) == NULL, "index SIZE_MAX of space %u", space);
        /* Every entry's lists, one past their end and at SIZE_MAX. */
        for (size_t i = 0; i < count; i++) {
            const chat_errors_entry *e = chat_errors_at(space, i);
            int32_t code = chat_errors_entry_code(e);
            CHECK(chat_errors_entry_alias(e, chat_errors_entry_alias_count(e)) == NULL, "alias past the end of %d",
                  code);
            CHECK(chat_errors_entry_seed_page(e, chat_errors_entry_seed_count(e)) == NULL, "seed past the end of %d",
                  code);
            CHECK(chat_errors_entry_seed_name(e, SIZE_MAX) == NULL, "seed SIZE_MAX of %d", code);
            CHECK(chat_errors_entry_equivalent(e, chat_errors_entry_equivalent_count(e)) == NULL,
                  "equivalent past the end of %d", code);
        }
    }
    CHECK(chat_errors_language_name(CHAT_ERRORS_LANGUAGE_COUNT) == NULL, "name of an unknown language");
    CHECK(chat_errors_category_name(CHAT_ERRORS_CATEGORY_COUNT) == NULL, "name of an unknown category");
    CHECK(chat_errors_action_name(CHAT_ERRORS_ACTION_COUNT) == NULL, "name of an unknown action");
    CHECK(chat_errors_category_name(CHAT_ERRORS_INVALID) == NULL, "name of CHAT_ERRORS_INVALID category");
    CHECK(chat_errors_action_name(CHAT_ERRORS_INVALID) == NULL, "name of CHAT_ERRORS_INVALID action");
    CHECK(chat_errors_language_name(CHAT_ERRORS_INVALID) == NULL, "name of CHAT_ERRORS_INVALID language");
    for (uint32_t value = 0; value < CHAT_ERRORS_CATEGORY_COUNT; value++) {
        CHECK(chat_errors_category_name(value) != NULL, "category %u has a name", value);
    }
    for (uint32_t value = 0; value < CHAT_ERRORS_ACTION_COUNT; value++) {
        CHECK(chat_errors_action_name(value) != NULL, "action %u has a name", value);
    }
}

static void check_entry_handles(void) {
    check_not_an_entry(NULL, "NULL");
    static const char not_an_entry[64] = "not an entry";
    check_not_an_entry((const chat_errors_entry *)(const void *)not_an_entry, "a string");
    const chat_errors_entry *first = chat_errors_at(CHAT_ERRORS_SPACE_WEB, 0);
    check_not_an_entry((const chat_errors_entry *)(const void *)((const char *)first + 1), "a misaligned handle");
    check_not_an_entry((const chat_errors_entry *)(uintptr_t)1, "address 1");
    check_not_an_entry((const chat_errors_entry *)(uintptr_t)0xdeadbeef, "address 0xdeadbeef");
    int on_the_stack = 0;
    check_not_an_entry((const chat_errors_entry *)(const void *)&on_the_stack, "a stack address");
    check_not_an_entry((const chat_errors_entry *)UINTPTR_MAX, "the last address");
}

static void check_names(void) {
    const chat_errors_entry *entry = chat_errors_at(CHAT_ERRORS_SPACE_NATIVE, 0);
    const char *name = chat_errors_entry_name(entry);
    size_t length = strlen(name);

    CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, NULL) == NULL, "NULL name");
    CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, "") == NULL, "empty name");
    CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_NATIVE, NULL) == NULL, "NULL name, native");
    CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, "\xff\xfe\x80") == NULL, "non-UTF-8 name");
    CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, "SERVER_\xc3") == NULL, "name cut inside a character");
    CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_NATIVE, "NO_SUCH_ERROR_NAME") == NULL, "unknown name");
    CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, "server_busy") ==
              chat_errors_lookup(CHAT_ERRORS_SPACE_WEB, CHAT_ERRORS_WEB_SERVER_BUSY),
          "names match ignoring ASCII case");
    CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, "CHAT_ERRORS_TEST_PANIC") == NULL,
          "the test-panic trigger is an unknown name in the shipped build");

    /* 1 MiB name, NUL-terminated: answered NULL after at most the capped scan. */
    char *huge = malloc(MIB + 1);
    CHECK(huge != NULL, "allocate 1 MiB");
    if (huge != NULL) {
        memset(huge, 'A', MIB);
        huge[MIB] = '\0';
        CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_NATIVE, huge) == NULL, "1 MiB name");
        CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, huge, MIB) == NULL, "1 MiB name with length");
        /* A real name followed by padding past the cap is too long, not a prefix match. */
        memcpy(huge, name, length);
        CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_NATIVE, huge) == NULL, "name padded past the cap");
        free(huge);
    }
    /* Exactly CHAT_ERRORS_NAME_MAX_LEN + 1 readable bytes and no NUL: the scan
     * stops inside the allocation (ASan and valgrind watch the edge). */
    char *unterminated = malloc(CHAT_ERRORS_NAME_MAX_LEN + 1);
    CHECK(unterminated != NULL, "allocate the cap");
    if (unterminated != NULL) {
        memset(unterminated, 'B', CHAT_ERRORS_NAME_MAX_LEN + 1);
        CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, unterminated) == NULL, "name longer than the cap");
        CHECK(chat_errors_language_from_tag(unterminated) == CHAT_ERRORS_LANGUAGE_EN, "tag longer than the cap");
        free(unterminated);
    }
    /* A name of exactly the maximum length is scanned (and is unknown). */
    char at_cap[CHAT_ERRORS_NAME_MAX_LEN + 1];
    memset(at_cap, 'C', CHAT_ERRORS_NAME_MAX_LEN);
    at_cap[CHAT_ERRORS_NAME_MAX_LEN] = '\0';
    CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, at_cap) == NULL, "unknown name at the cap");

    /* The length variant: exactly `len` bytes, no NUL needed. */
    char *exact = malloc(length);
    CHECK(exact != NULL, "allocate a name");
    if (exact != NULL) {
        memcpy(exact, name, length);
        CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, exact, length) == entry,
              "unterminated name with its length");
        CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, exact, length - 1) != entry,
              "a prefix of a name is not that name");
        free(exact);
    }
    char with_nul[CHAT_ERRORS_NAME_MAX_LEN + 2];
    memcpy(with_nul, name, length);
    with_nul[length] = '\0';
    with_nul[length + 1] = 'X';
    CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, with_nul, length + 2) == NULL, "interior NUL");
    CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_NATIVE, with_nul) == entry, "a C string ends at its first NUL");
    CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, with_nul, length) == entry,
          "a length stopping before the NUL");
    CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, with_nul, length + 1) == NULL, "trailing NUL counted");
    CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, NULL, 0) == NULL, "NULL name, length 0");
    CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, NULL, length) == NULL, "NULL name with a length");
    CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, name, 0) == NULL, "length 0");
    CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, "\xc3\x28", 2) == NULL, "non-UTF-8 with length");
    CHECK(chat_errors_lookup_name_len(CHAT_ERRORS_SPACE_NATIVE, name, SIZE_MAX) == NULL, "length SIZE_MAX");
}

static void check_languages(void) {
    CHECK(chat_errors_language_from_tag("zh") == CHAT_ERRORS_LANGUAGE_ZH, "tag zh");
    CHECK(chat_errors_language_from_tag("zh-CN") == CHAT_ERRORS_LANGUAGE_ZH, "tag zh-CN");
    CHECK(chat_errors_language_from_tag("ZH_Hans") == CHAT_ERRORS_LANGUAGE_ZH, "tag ZH_Hans");
    CHECK(chat_errors_language_from_tag("en-US") == CHAT_ERRORS_LANGUAGE_EN, "tag en-US");
    CHECK(chat_errors_language_from_tag("fr") == CHAT_ERRORS_LANGUAGE_EN, "unknown tag falls back");
    CHECK(chat_errors_language_from_tag("") == CHAT_ERRORS_LANGUAGE_EN, "empty tag falls back");
    CHECK(chat_errors_language_from_tag(NULL) == CHAT_ERRORS_LANGUAGE_EN, "NULL tag falls back");
    CHECK(chat_errors_language_from_tag("\xff") == CHAT_ERRORS_LANGUAGE_EN, "non-UTF-8 tag falls back");
    const char *unknown_tags[] = {"de-DE", "x", "zz_ZZ", "-"};
    for (size_t i = 0; i < sizeof unknown_tags / sizeof unknown_tags[0]; i++) {
        CHECK(chat_errors_language_from_tag(unknown_tags[i]) == CHAT_ERRORS_LANGUAGE_EN, "tag %s falls back",
              unknown_tags[i]);
    }
    /* An out-of-range language value: names refuse it, texts and messages are English. */
    const uint32_t bad_languages[] = {CHAT_ERRORS_LANGUAGE_COUNT, 7, INT32_MAX, UINT32_MAX};
    const chat_errors_entry *entry = chat_errors_lookup(CHAT_ERRORS_SPACE_WEB, 16);
    char english[256], message[256];
    chat_errors_message(CHAT_ERRORS_SPACE_WEB, 16, CHAT_ERRORS_LANGUAGE_EN, english, sizeof english);
    for (size_t i = 0; i < sizeof bad_languages / sizeof bad_languages[0]; i++) {
        uint32_t language = bad_languages[i];
        CHECK(chat_errors_language_name(language) == NULL, "name of language %u", language);
        CHECK(chat_errors_entry_summary(entry, language) == chat_errors_entry_summary(entry, CHAT_ERRORS_LANGUAGE_EN),
              "summary in language %u", language);
        CHECK(chat_errors_entry_detail(entry, language) == chat_errors_entry_detail(entry, CHAT_ERRORS_LANGUAGE_EN),
              "detail in language %u", language);
        chat_errors_message(CHAT_ERRORS_SPACE_WEB, 16, language, message, sizeof message);
        CHECK(strcmp(message, english) == 0, "message in language %u", language);
    }
}

static void check_messages(void) {
    char buffer[256];
    /* The unknown-code text the issue specifies. */
    size_t length = chat_errors_message(CHAT_ERRORS_SPACE_WEB, 12345, CHAT_ERRORS_LANGUAGE_EN, buffer, sizeof buffer);
    CHECK(strcmp(buffer, "Unknown error (web 12345)") == 0 && length == strlen(buffer), "unknown web code: %s",
          buffer);
    length = chat_errors_message(CHAT_ERRORS_SPACE_NATIVE, INT32_MIN, 99, buffer, sizeof buffer);
    CHECK(strcmp(buffer, "Unknown error (native -2147483648)") == 0 && length == strlen(buffer),
          "INT32_MIN, unknown language falls back to English: %s", buffer);
    length = chat_errors_message(CHAT_ERRORS_SPACE_WEB, INT32_MAX, CHAT_ERRORS_LANGUAGE_ZH, buffer, sizeof buffer);
    CHECK(length == strlen(buffer) && strstr(buffer, "web 2147483647") != NULL && valid_utf8((unsigned char *)buffer) &&
              strncmp(buffer, "Unknown", 7) != 0,
          "INT32_MAX in Chinese: %s", buffer);
    length = chat_errors_message(7, 12345, CHAT_ERRORS_LANGUAGE_EN, buffer, sizeof buffer);
    CHECK(strcmp(buffer, "Unknown error (space 7, code 12345)") == 0 && length == strlen(buffer),
          "unknown space: %s", buffer);
    length = chat_errors_message(UINT32_MAX, -1, CHAT_ERRORS_LANGUAGE_ZH, buffer, sizeof buffer);
    CHECK(length == strlen(buffer) && strstr(buffer, "space 4294967295, code -1") != NULL, "unknown space in Chinese");

    /* Sizing calls write nothing. */
    size_t full = chat_errors_message(CHAT_ERRORS_SPACE_WEB, 12345, CHAT_ERRORS_LANGUAGE_ZH, NULL, 0);
    CHECK(full == chat_errors_message(CHAT_ERRORS_SPACE_WEB, 12345, CHAT_ERRORS_LANGUAGE_ZH, NULL, 64),
          "NULL buffer with a length only sizes");
    memset(buffer, '#', sizeof buffer);
    CHECK(chat_errors_message(CHAT_ERRORS_SPACE_WEB, 12345, CHAT_ERRORS_LANGUAGE_ZH, buffer, 0) == full &&
              buffer[0] == '#',
          "length 0 writes nothing");

    /* Every entry, both languages, every buffer length: NUL-terminated,
     * a UTF-8 prefix of the full text, nothing written past buf_len. */
    unsigned truncations = 0;
    for (uint32_t space = 0; space < CHAT_ERRORS_SPACE_COUNT; space++) {
        for (size_t i = 0; i < chat_errors_count(space); i++) {
            int32_t code = chat_errors_entry_code(chat_errors_at(space, i));
            for (uint32_t language = 0; language < CHAT_ERRORS_LANGUAGE_COUNT; language++) {
                char whole[1024];
                size_t needed = chat_errors_message(space, code, language, whole, sizeof whole);
                int ok = needed < sizeof whole && strlen(whole) == needed;
                for (size_t size = 1; ok && size <= needed + 1; size++) {
                    char *cut = malloc(size + 1);
                    if (cut == NULL) {
                        ok = 0;
                        break;
                    }
                    cut[size] = '#';
                    size_t reported = chat_errors_message(space, code, language, cut, size);
                    size_t kept = strlen(cut);
                    ok = reported == needed && kept < size && cut[size] == '#' && memcmp(cut, whole, kept) == 0 &&
                         valid_utf8((unsigned char *)cut) && size - 1 - kept < 4;
                    free(cut);
                    truncations++;
                }
                CHECK(ok, "truncating the message of %s %d", chat_errors_space_name(space), code);
            }
        }
    }
    CHECK(truncations > 1000, "the truncation sweep ran (%u calls)", truncations);
}

int main(void) {
    check_codes_and_spaces();
    check_entry_handles();
    check_names();
    check_languages();
    check_messages();
    return finish("bad_inputs");
}
