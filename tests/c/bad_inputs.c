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

/* Every meaning accessor answers a handle that is not a meaning as documented. */
static void check_not_a_meaning(const chat_errors_meaning *meaning, const char *what) {
    chat_errors_sdk sdk;
    CHECK(chat_errors_sdk_parse("easemob-ios", &sdk) == CHAT_ERRORS_SDK_OK, "parse for %s", what);
    CHECK(chat_errors_meaning_entry(meaning) == NULL, "entry of %s", what);
    CHECK(chat_errors_meaning_index(meaning) == SIZE_MAX, "index of %s", what);
    CHECK(!chat_errors_meaning_emitted_by(meaning, &sdk), "emitted by of %s", what);
    CHECK(chat_errors_meaning_name(meaning, CHAT_ERRORS_PLATFORM_CANONICAL) == NULL, "name of %s", what);
    CHECK(chat_errors_meaning_name_for(meaning, NULL) == NULL, "name for of %s", what);
    CHECK(chat_errors_meaning_alias_count(meaning) == 0 && chat_errors_meaning_alias(meaning, 0) == NULL,
          "aliases of %s", what);
    CHECK(chat_errors_meaning_category(meaning) == CHAT_ERRORS_INVALID, "category of %s", what);
    CHECK(!chat_errors_meaning_transient(meaning), "transient of %s", what);
    CHECK(chat_errors_meaning_action(meaning) == CHAT_ERRORS_INVALID, "action of %s", what);
    CHECK(chat_errors_meaning_status(meaning) == CHAT_ERRORS_INVALID, "status of %s", what);
    CHECK(chat_errors_meaning_summary(meaning, CHAT_ERRORS_LANGUAGE_EN) == NULL, "summary of %s", what);
    CHECK(chat_errors_meaning_detail(meaning, CHAT_ERRORS_LANGUAGE_ZH) == NULL, "detail of %s", what);
    CHECK(chat_errors_meaning_user(meaning, UINT32_MAX) == NULL, "user of %s", what);
    CHECK(chat_errors_meaning_scope_count(meaning) == 0, "scope count of %s", what);
    CHECK(chat_errors_meaning_scope_family(meaning, 0) == CHAT_ERRORS_INVALID, "scope family of %s", what);
    CHECK(chat_errors_meaning_scope_from(meaning, 0).parts == 0 && chat_errors_meaning_scope_until(meaning, 0).parts == 0,
          "scope bounds of %s", what);
    CHECK(chat_errors_meaning_source_count(meaning) == 0, "source count of %s", what);
    CHECK(chat_errors_meaning_source_file(meaning, 0) == NULL && chat_errors_meaning_source_name(meaning, 0) == NULL,
          "source of %s", what);
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
    /* The entry accessors of schema 2. */
    const chat_errors_entry *foreign[] = {NULL, (const chat_errors_entry *)(const void *)not_an_entry,
                                          (const chat_errors_entry *)(const void *)((const char *)first + 1),
                                          (const chat_errors_entry *)(const void *)chat_errors_entry_meaning(first, 0)};
    for (size_t i = 0; i < sizeof foreign / sizeof foreign[0]; i++) {
        const chat_errors_entry *entry = foreign[i];
        CHECK(chat_errors_entry_meaning_count(entry) == 0 && chat_errors_entry_meaning(entry, 0) == NULL,
              "meanings of foreign entry %zu", i);
        CHECK(chat_errors_entry_status(entry) == CHAT_ERRORS_INVALID, "status of foreign entry %zu", i);
        CHECK(!chat_errors_entry_documented(entry), "documented of foreign entry %zu", i);
        CHECK(chat_errors_entry_user(entry, CHAT_ERRORS_LANGUAGE_ZH) == NULL, "user of foreign entry %zu", i);
        CHECK(chat_errors_entry_conflict_count(entry) == 0 && chat_errors_entry_conflict_source(entry, 0) == NULL &&
                  chat_errors_entry_conflict_says(entry, 0) == NULL &&
                  chat_errors_entry_conflict_reason(entry, 0, CHAT_ERRORS_LANGUAGE_EN) == NULL,
              "conflicts of foreign entry %zu", i);
    }
    /* Meaning handles: NULL, foreign, misaligned, an entry handle, one past a meaning table. */
    check_not_a_meaning(NULL, "NULL");
    check_not_a_meaning((const chat_errors_meaning *)(const void *)not_an_entry, "a string");
    check_not_a_meaning((const chat_errors_meaning *)(const void *)first, "an entry handle");
    const chat_errors_meaning *meaning = chat_errors_entry_meaning(first, 0);
    check_not_a_meaning((const chat_errors_meaning *)(const void *)((const char *)meaning + 1), "a misaligned meaning");
    check_not_a_meaning((const chat_errors_meaning *)(uintptr_t)1, "address 1");
    check_not_a_meaning((const chat_errors_meaning *)UINTPTR_MAX, "the last address");
    check_not_a_meaning((const chat_errors_meaning *)(const void *)&on_the_stack, "a stack address");
}

/* SDK values: text that is not an SDK, fields out of range, NULL. */
static void check_sdks(void) {
    chat_errors_sdk sdk = {CHAT_ERRORS_FAMILY_EASEMOB_IOS, {2, 3, 9, 0}};
    const chat_errors_sdk untouched = sdk;
    const struct {
        const char *text;
        uint32_t answer;
    } texts[] = {
        {"easemob-ios@3.9", CHAT_ERRORS_SDK_OK},
        {"easemob-ios", CHAT_ERRORS_SDK_OK},
        {"agora-ios@1.2.0", CHAT_ERRORS_SDK_OK},
        {"easemob-ios@65535.65535.65535", CHAT_ERRORS_SDK_OK},
        {"", CHAT_ERRORS_SDK_UNKNOWN_FAMILY},
        {"@3.9", CHAT_ERRORS_SDK_UNKNOWN_FAMILY},
        {"EASEMOB-IOS", CHAT_ERRORS_SDK_UNKNOWN_FAMILY},
        {"symbian@1.0", CHAT_ERRORS_SDK_UNKNOWN_FAMILY},
        {"easemob-ios@", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@3.", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@.9", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@1.2.3.4", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@65536", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@99999999999999999999999", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@18446744073709551617.0", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@-1", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@+1", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@3.9 ", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@3.9@1", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@\xef\xbc\x93", CHAT_ERRORS_SDK_MALFORMED_VERSION},
        {"easemob-ios@\xff", CHAT_ERRORS_SDK_BAD_TEXT},
        {"\xc3", CHAT_ERRORS_SDK_BAD_TEXT},
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        chat_errors_sdk out = untouched;
        uint32_t answer = chat_errors_sdk_parse(texts[i].text, &out);
        CHECK(answer == texts[i].answer, "parse \"%s\": %u", texts[i].text, answer);
        CHECK(answer == CHAT_ERRORS_SDK_OK || memcmp(&out, &untouched, sizeof out) == 0,
              "a refused \"%s\" leaves out untouched", texts[i].text);
        CHECK(answer == CHAT_ERRORS_SDK_OK ? chat_errors_sdk_valid(&out) : 1, "parsed \"%s\" is valid", texts[i].text);
        CHECK(chat_errors_sdk_parse(texts[i].text, NULL) == answer, "parse \"%s\" with a NULL out", texts[i].text);
        CHECK(chat_errors_sdk_parse_len(texts[i].text, strlen(texts[i].text), &out) == answer,
              "parse \"%s\" by length", texts[i].text);
    }
    CHECK(chat_errors_sdk_parse(NULL, &sdk) == CHAT_ERRORS_SDK_BAD_TEXT, "NULL text");
    CHECK(chat_errors_sdk_parse_len(NULL, 3, &sdk) == CHAT_ERRORS_SDK_BAD_TEXT, "NULL text with a length");
    CHECK(chat_errors_sdk_parse_len("easemob-ios", SIZE_MAX, &sdk) == CHAT_ERRORS_SDK_BAD_TEXT, "length SIZE_MAX");
    CHECK(chat_errors_sdk_parse_len("easemob-ios@3.9", 0, &sdk) == CHAT_ERRORS_SDK_UNKNOWN_FAMILY, "length 0");
    /* NUL inside the text given by length: part of the text, so not an SDK. */
    CHECK(chat_errors_sdk_parse_len("easemob-ios\0@3.9", 16, &sdk) == CHAT_ERRORS_SDK_UNKNOWN_FAMILY,
          "NUL in the family");
    CHECK(chat_errors_sdk_parse_len("easemob-ios@3\0.9", 16, &sdk) == CHAT_ERRORS_SDK_MALFORMED_VERSION,
          "NUL in the version");
    CHECK(chat_errors_sdk_parse_len("easemob-ios@3.9", 11, &sdk) == CHAT_ERRORS_SDK_OK &&
              sdk.family == CHAT_ERRORS_FAMILY_EASEMOB_IOS && sdk.version.parts == 0,
          "a length stopping before the version");
    CHECK(memcmp(&sdk, &(chat_errors_sdk){CHAT_ERRORS_FAMILY_EASEMOB_IOS, {0, 0, 0, 0}}, sizeof sdk) == 0,
          "no version: parts 0");
    /* 1000 characters, and just past the cap: too long. */
    char long_text[1001];
    memset(long_text, '9', 1000);
    memcpy(long_text, "easemob-ios@", 12);
    long_text[1000] = '\0';
    CHECK(chat_errors_sdk_parse(long_text, &sdk) == CHAT_ERRORS_SDK_BAD_TEXT, "1000 characters");
    CHECK(chat_errors_sdk_parse_len(long_text, 1000, &sdk) == CHAT_ERRORS_SDK_BAD_TEXT, "1000 characters by length");
    long_text[CHAT_ERRORS_NAME_MAX_LEN] = '\0';
    CHECK(chat_errors_sdk_parse(long_text, &sdk) == CHAT_ERRORS_SDK_MALFORMED_VERSION, "a version at the cap");
    char *unterminated = malloc(CHAT_ERRORS_NAME_MAX_LEN + 1);
    if (unterminated != NULL) {
        memset(unterminated, 'x', CHAT_ERRORS_NAME_MAX_LEN + 1);
        CHECK(chat_errors_sdk_parse(unterminated, &sdk) == CHAT_ERRORS_SDK_BAD_TEXT, "no NUL within the cap");
        free(unterminated);
    }

    /* Invalid values, whether made by hand or garbage: lookups answer NULL. */
    const chat_errors_sdk invalid[] = {
        {CHAT_ERRORS_FAMILY_COUNT, {0, 0, 0, 0}},      {UINT32_MAX, {0, 0, 0, 0}},
        {CHAT_ERRORS_FAMILY_EASEMOB_IOS, {4, 1, 1, 1}}, {CHAT_ERRORS_FAMILY_EASEMOB_IOS, {UINT32_MAX, 1, 1, 1}},
        {CHAT_ERRORS_FAMILY_EASEMOB_IOS, {1, 65536, 0, 0}}, {CHAT_ERRORS_FAMILY_EASEMOB_IOS, {3, 1, 1, UINT32_MAX}},
        {CHAT_ERRORS_FAMILY_EASEMOB_IOS, {2, 1, UINT32_MAX, 0}},
    };
    const chat_errors_meaning *known = chat_errors_lookup_in(CHAT_ERRORS_SPACE_NATIVE, 605, NULL);
    for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
        const chat_errors_sdk *bad = &invalid[i];
        CHECK(!chat_errors_sdk_valid(bad), "invalid SDK %zu", i);
        CHECK(chat_errors_lookup_in(CHAT_ERRORS_SPACE_NATIVE, 605, bad) == NULL, "lookup with invalid SDK %zu", i);
        CHECK(chat_errors_lookup_name_in(CHAT_ERRORS_SPACE_NATIVE, "GROUP_NOT_EXIST", bad) == NULL,
              "name lookup with invalid SDK %zu", i);
        CHECK(chat_errors_lookup_name_in_len(CHAT_ERRORS_SPACE_NATIVE, "GROUP_NOT_EXIST", 15, bad) == NULL,
              "name lookup by length with invalid SDK %zu", i);
        CHECK(!chat_errors_meaning_emitted_by(known, bad), "emitted by invalid SDK %zu", i);
        CHECK(chat_errors_meaning_name_for(known, bad) == NULL, "name for invalid SDK %zu", i);
    }
    /* Parts past `parts` are not read: garbage there is fine. */
    const chat_errors_sdk partial = {CHAT_ERRORS_FAMILY_EASEMOB_IOS, {1, 3, UINT32_MAX, UINT32_MAX}};
    CHECK(chat_errors_sdk_valid(&partial) && chat_errors_lookup_in(CHAT_ERRORS_SPACE_NATIVE, 605, &partial) != NULL,
          "parts past `parts` are ignored");
    CHECK(!chat_errors_sdk_valid(NULL), "NULL is no SDK value");
    CHECK(!chat_errors_meaning_emitted_by(known, NULL), "no SDK emits nothing");
    CHECK(chat_errors_meaning_name_for(known, NULL) == chat_errors_meaning_name(known, CHAT_ERRORS_PLATFORM_CANONICAL),
          "no SDK: the canonical name");
    /* An SDK value read from an odd address. */
    unsigned char raw[sizeof(chat_errors_sdk) + 1];
    CHECK(chat_errors_sdk_parse("agora-ios@1.2.0", (chat_errors_sdk *)(void *)(raw + 1)) == CHAT_ERRORS_SDK_OK,
          "parse into a misaligned out");
    CHECK(chat_errors_lookup_in(CHAT_ERRORS_SPACE_NATIVE, 605, (const chat_errors_sdk *)(const void *)(raw + 1)) ==
              chat_errors_entry_meaning(chat_errors_lookup(CHAT_ERRORS_SPACE_NATIVE, 605), 1),
          "a misaligned SDK value is read");

    /* Lookups in context: unknown space and code, bad names. */
    CHECK(chat_errors_lookup_in(CHAT_ERRORS_SPACE_COUNT, 605, NULL) == NULL, "lookup in an unknown space");
    CHECK(chat_errors_lookup_in(CHAT_ERRORS_SPACE_NATIVE, INT32_MIN, NULL) == NULL, "INT32_MIN in context");
    CHECK(chat_errors_lookup_in(CHAT_ERRORS_SPACE_NATIVE, INT32_MAX, &partial) == NULL, "INT32_MAX in context");
    CHECK(chat_errors_lookup_name_in(UINT32_MAX, "GROUP_NOT_EXIST", NULL) == NULL, "name in an unknown space");
    CHECK(chat_errors_lookup_name_in(CHAT_ERRORS_SPACE_NATIVE, NULL, NULL) == NULL, "NULL name in context");
    CHECK(chat_errors_lookup_name_in(CHAT_ERRORS_SPACE_NATIVE, "", NULL) == NULL, "empty name in context");
    CHECK(chat_errors_lookup_name_in(CHAT_ERRORS_SPACE_NATIVE, "\xff", NULL) == NULL, "non-UTF-8 name in context");
    CHECK(chat_errors_lookup_name_in_len(CHAT_ERRORS_SPACE_NATIVE, NULL, 4, NULL) == NULL, "NULL name by length");
    CHECK(chat_errors_lookup_name_in_len(CHAT_ERRORS_SPACE_NATIVE, "GROUP_NOT_EXIST", SIZE_MAX, NULL) == NULL,
          "name length SIZE_MAX in context");
    CHECK(chat_errors_lookup_name_in_len(CHAT_ERRORS_SPACE_NATIVE, "GROUP_NOT_EXIST\0X", 17, NULL) == NULL,
          "interior NUL in context");
    CHECK(chat_errors_lookup_name_in_len(CHAT_ERRORS_SPACE_NATIVE, "GROUP_NOT_EXISTX", 15, NULL) ==
              chat_errors_lookup_in(CHAT_ERRORS_SPACE_NATIVE, CHAT_ERRORS_NATIVE_GROUP_NOT_EXIST, NULL),
          "a name by length needs no NUL");
}

/* Name lookups in both spaces: counting, capacity, bad names. */
static void check_name_any(void) {
    const chat_errors_entry *out[3] = {NULL, NULL, NULL};
    const chat_errors_entry *sentinel = chat_errors_at(CHAT_ERRORS_SPACE_WEB, 0);
    CHECK(chat_errors_lookup_name_any("GROUP_NOT_EXIST", NULL, 0) == 2, "count only, NULL out");
    out[0] = sentinel;
    CHECK(chat_errors_lookup_name_any("GROUP_NOT_EXIST", out, 0) == 2 && out[0] == sentinel, "capacity 0 writes nothing");
    CHECK(chat_errors_lookup_name_any("GROUP_NOT_EXIST", out, 1) == 2 && out[1] == NULL &&
              chat_errors_entry_space(out[0]) == CHAT_ERRORS_SPACE_WEB,
          "capacity 1 writes the web entry only");
    CHECK(chat_errors_lookup_name_any("GROUP_NOT_EXIST", out, 3) == 2 && out[2] == NULL &&
              out[1] == chat_errors_lookup(CHAT_ERRORS_SPACE_NATIVE, CHAT_ERRORS_NATIVE_GROUP_NOT_EXIST),
          "web, then native");
    CHECK(chat_errors_lookup_name_any("EMErrorTokeWillExpire", out, 3) == 1 &&
              chat_errors_entry_space(out[0]) == CHAT_ERRORS_SPACE_NATIVE,
          "an iOS name, native only");
    CHECK(chat_errors_lookup_name_any(NULL, out, 3) == 0, "NULL name in both spaces");
    CHECK(chat_errors_lookup_name_any("", out, 3) == 0, "empty name in both spaces");
    CHECK(chat_errors_lookup_name_any("NO_SUCH_ERROR_NAME", out, 3) == 0, "unknown name in both spaces");
    CHECK(chat_errors_lookup_name_any("\xff\xfe", out, 3) == 0, "non-UTF-8 name in both spaces");
    CHECK(chat_errors_lookup_name_any_len(NULL, 5, out, 3) == 0, "NULL name by length in both spaces");
    CHECK(chat_errors_lookup_name_any_len("GROUP_NOT_EXIST", SIZE_MAX, out, 3) == 0, "SIZE_MAX in both spaces");
    CHECK(chat_errors_lookup_name_any_len("GROUP_NOT_EXIST\0", 16, out, 3) == 0, "trailing NUL in both spaces");
    CHECK(chat_errors_lookup_name_any_len("GROUP_NOT_EXISTS", 15, out, 3) == 2, "by length, no NUL needed");
    char *huge = malloc(MIB + 1);
    if (huge != NULL) {
        memset(huge, 'A', MIB);
        huge[MIB] = '\0';
        CHECK(chat_errors_lookup_name_any(huge, out, 3) == 0, "1 MiB name in both spaces");
        CHECK(chat_errors_lookup_name_in(CHAT_ERRORS_SPACE_WEB, huge, NULL) == NULL, "1 MiB name in context");
        CHECK(chat_errors_sdk_parse(huge, NULL) == CHAT_ERRORS_SDK_BAD_TEXT, "1 MiB SDK text");
        free(huge);
    }
    /* An out array at an odd address. */
    unsigned char raw[2 * sizeof(const chat_errors_entry *) + 1];
    CHECK(chat_errors_lookup_name_any("GROUP_NOT_EXIST", (const chat_errors_entry **)(void *)(raw + 1), 2) == 2,
          "a misaligned out array");
}

/* Every meaning's lists, one past their end and at SIZE_MAX; names of closed sets. */
static void check_meaning_indexes(void) {
    for (uint32_t space = 0; space < CHAT_ERRORS_SPACE_COUNT; space++) {
        for (size_t i = 0; i < chat_errors_count(space); i++) {
            const chat_errors_entry *e = chat_errors_at(space, i);
            int32_t code = chat_errors_entry_code(e);
            CHECK(chat_errors_entry_meaning(e, SIZE_MAX) == NULL, "meaning SIZE_MAX of %d", code);
            size_t conflicts = chat_errors_entry_conflict_count(e);
            CHECK(chat_errors_entry_conflict_source(e, conflicts) == NULL &&
                      chat_errors_entry_conflict_reason(e, SIZE_MAX, CHAT_ERRORS_LANGUAGE_ZH) == NULL,
                  "conflict past the end of %d", code);
            for (size_t m = 0; m < chat_errors_entry_meaning_count(e); m++) {
                const chat_errors_meaning *meaning = chat_errors_entry_meaning(e, m);
                size_t scopes = chat_errors_meaning_scope_count(meaning);
                CHECK(chat_errors_meaning_scope_family(meaning, scopes) == CHAT_ERRORS_INVALID &&
                          chat_errors_meaning_scope_from(meaning, SIZE_MAX).parts == 0 &&
                          chat_errors_meaning_scope_until(meaning, scopes).parts == 0,
                      "scope past the end of %d/%zu", code, m);
                CHECK(chat_errors_meaning_source_file(meaning, chat_errors_meaning_source_count(meaning)) == NULL &&
                          chat_errors_meaning_source_name(meaning, SIZE_MAX) == NULL,
                      "source past the end of %d/%zu", code, m);
                CHECK(chat_errors_meaning_alias(meaning, chat_errors_meaning_alias_count(meaning)) == NULL,
                      "alias past the end of %d/%zu", code, m);
                CHECK(chat_errors_meaning_name(meaning, CHAT_ERRORS_PLATFORM_COUNT) == NULL &&
                          chat_errors_meaning_name(meaning, UINT32_MAX) == NULL,
                      "unknown platform of %d/%zu", code, m);
                CHECK(chat_errors_meaning_user(meaning, UINT32_MAX) ==
                          chat_errors_meaning_user(meaning, CHAT_ERRORS_LANGUAGE_EN),
                      "unknown language of %d/%zu", code, m);
            }
        }
    }
    CHECK(chat_errors_family_name(CHAT_ERRORS_FAMILY_COUNT) == NULL && chat_errors_family_name(UINT32_MAX) == NULL,
          "name of an unknown family");
    CHECK(chat_errors_status_name(CHAT_ERRORS_STATUS_COUNT) == NULL, "name of an unknown status");
    CHECK(chat_errors_platform_name(CHAT_ERRORS_PLATFORM_COUNT) == NULL, "name of an unknown platform");
    for (uint32_t family = 0; family < CHAT_ERRORS_FAMILY_COUNT; family++) {
        chat_errors_sdk sdk;
        CHECK(chat_errors_sdk_parse(chat_errors_family_name(family), &sdk) == CHAT_ERRORS_SDK_OK && sdk.family == family,
              "family %u parses by its name", family);
    }
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
    check_sdks();
    check_name_any();
    check_meaning_indexes();
    check_languages();
    check_messages();
    return finish("bad_inputs");
}
