/* Every case of the bad-input contract (docs/safety.md), called from C.
 * Each CHECK is one case; prints "bad_input: N passed, M failed". */
#define _POSIX_C_SOURCE 200809L /* strnlen */
#include "chat_errors.h"

#include <stdio.h>
#include <stdlib.h>
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

static const uint32_t spaces[] = {CHAT_ERRORS_SPACE_WEB, CHAT_ERRORS_SPACE_NATIVE};
static const uint32_t bad_values[] = {CHAT_ERRORS_SPACE_COUNT, 7, 1000, INT32_MAX, UINT32_MAX};

static void null_pointers(void) {
    const struct chat_errors_entry *null_entry = NULL;
    char buf[64];
    for (size_t s = 0; s < 2; s++) {
        CHECK(chat_errors_lookup_name(spaces[s], NULL) == NULL);
        CHECK(chat_errors_lookup_name_len(spaces[s], NULL, 0) == NULL);
        CHECK(chat_errors_lookup_name_len(spaces[s], NULL, 5) == NULL);
    }
    CHECK(chat_errors_entry_space(null_entry) == CHAT_ERRORS_INVALID);
    CHECK(chat_errors_entry_code(null_entry) == CHAT_ERRORS_INVALID_CODE);
    CHECK(chat_errors_entry_name(null_entry) == NULL);
    CHECK(chat_errors_entry_alias_count(null_entry) == 0);
    CHECK(chat_errors_entry_alias(null_entry, 0) == NULL);
    CHECK(chat_errors_entry_category(null_entry) == CHAT_ERRORS_INVALID);
    CHECK(chat_errors_entry_transient(null_entry) == false);
    CHECK(chat_errors_entry_action(null_entry) == CHAT_ERRORS_INVALID);
    CHECK(chat_errors_entry_summary(null_entry, CHAT_ERRORS_LANGUAGE_EN) == NULL);
    CHECK(chat_errors_entry_detail(null_entry, CHAT_ERRORS_LANGUAGE_ZH) == NULL);
    CHECK(chat_errors_entry_equivalent_count(null_entry) == 0);
    CHECK(chat_errors_entry_equivalent(null_entry, 0) == NULL);
    CHECK(chat_errors_entry_seed_count(null_entry) == 0);
    CHECK(chat_errors_entry_seed_page(null_entry, 0) == NULL);
    CHECK(chat_errors_entry_seed_name(null_entry, 0) == NULL);
    CHECK(chat_errors_language_from_tag(NULL) == CHAT_ERRORS_LANGUAGE_EN);
    /* NULL buffer: only the length is returned, whatever buf_len says. */
    size_t len = chat_errors_message(CHAT_ERRORS_SPACE_WEB, 16, CHAT_ERRORS_LANGUAGE_EN, NULL, 100);
    CHECK(len > 0);
    CHECK(chat_errors_message(CHAT_ERRORS_SPACE_WEB, 16, CHAT_ERRORS_LANGUAGE_EN, buf, sizeof buf) == len);
}

static void foreign_handles(void) {
    int local = 0;
    const struct chat_errors_entry *first = chat_errors_at(CHAT_ERRORS_SPACE_WEB, 0);
    const struct chat_errors_entry *foreign[] = {
        (const struct chat_errors_entry *)&local,
        (const struct chat_errors_entry *)((const char *)first + 1),
        (const struct chat_errors_entry *)(uintptr_t)0xdeadbeef,
        (const struct chat_errors_entry *)(uintptr_t)1,
    };
    for (size_t i = 0; i < sizeof foreign / sizeof *foreign; i++) {
        CHECK(chat_errors_entry_code(foreign[i]) == CHAT_ERRORS_INVALID_CODE);
        CHECK(chat_errors_entry_name(foreign[i]) == NULL);
        CHECK(chat_errors_entry_summary(foreign[i], CHAT_ERRORS_LANGUAGE_ZH) == NULL);
    }
}

static void bad_names(void) {
    for (size_t s = 0; s < 2; s++) {
        uint32_t space = spaces[s];
        const char *name = chat_errors_entry_name(chat_errors_at(space, 0));
        /* non-UTF-8 bytes */
        CHECK(chat_errors_lookup_name(space, "\xff\xfe\xfd") == NULL);
        CHECK(chat_errors_lookup_name(space, "SERVER_\xc3") == NULL);
        CHECK(chat_errors_lookup_name_len(space, "\xc3\x28", 2) == NULL);
        /* empty */
        CHECK(chat_errors_lookup_name(space, "") == NULL);
        CHECK(chat_errors_lookup_name_len(space, name, 0) == NULL);
        /* interior NUL: as a C string the name ends there; with a length it never matches */
        char with_nul[300];
        size_t n = strlen(name);
        memcpy(with_nul, name, n);
        memcpy(with_nul + n, "\0TAIL", 5);
        CHECK(chat_errors_lookup_name(space, with_nul) == chat_errors_at(space, 0));
        CHECK(chat_errors_lookup_name_len(space, with_nul, n + 5) == NULL);
        CHECK(chat_errors_lookup_name_len(space, with_nul, n) == chat_errors_at(space, 0));
        /* 1 MiB name (and one just past the cap): NULL, nothing read past the cap */
        size_t huge_len = (size_t)1 << 20;
        char *huge = malloc(huge_len + 1);
        memset(huge, 'A', huge_len);
        huge[huge_len] = '\0';
        CHECK(chat_errors_lookup_name(space, huge) == NULL);
        CHECK(chat_errors_lookup_name_len(space, huge, huge_len) == NULL);
        CHECK(chat_errors_language_from_tag(huge) == CHAT_ERRORS_LANGUAGE_EN);
        huge[CHAT_ERRORS_NAME_MAX_LEN + 1] = '\0';
        CHECK(chat_errors_lookup_name(space, huge) == NULL);
        free(huge);
        /* a name of the right space only */
        CHECK(chat_errors_lookup_name(space, "NO_SUCH_ERROR_NAME") == NULL);
    }
    /* names are matched ignoring ASCII case */
    CHECK(chat_errors_lookup_name(CHAT_ERRORS_SPACE_WEB, "server_busy") != NULL);
}

static void extreme_codes(void) {
    char buf[128];
    const int32_t codes[] = {INT32_MIN, INT32_MIN + 1, INT32_MAX, INT32_MAX - 1};
    for (size_t s = 0; s < 2; s++) {
        for (size_t c = 0; c < 4; c++) {
            CHECK(chat_errors_lookup(spaces[s], codes[c]) == NULL);
            size_t len = chat_errors_message(spaces[s], codes[c], CHAT_ERRORS_LANGUAGE_EN, buf, sizeof buf);
            CHECK(len > 0 && len < sizeof buf && strlen(buf) == len);
            CHECK(strstr(buf, "Unknown error") != NULL);
        }
    }
    chat_errors_message(CHAT_ERRORS_SPACE_NATIVE, INT32_MIN, CHAT_ERRORS_LANGUAGE_EN, buf, sizeof buf);
    CHECK(strstr(buf, "-2147483648") != NULL);
}

static void out_of_range_integers(void) {
    char buf[128];
    for (size_t i = 0; i < sizeof bad_values / sizeof *bad_values; i++) {
        uint32_t v = bad_values[i];
        /* space */
        CHECK(chat_errors_lookup(v, 16) == NULL);
        CHECK(chat_errors_lookup_name(v, "SERVER_BUSY") == NULL);
        CHECK(chat_errors_lookup_name_len(v, "SERVER_BUSY", 11) == NULL);
        CHECK(chat_errors_count(v) == 0);
        CHECK(chat_errors_at(v, 0) == NULL);
        CHECK(chat_errors_space_name(v) == NULL);
        size_t len = chat_errors_message(v, 16, CHAT_ERRORS_LANGUAGE_EN, buf, sizeof buf);
        CHECK(len > 0 && strstr(buf, "Unknown error (space") != NULL);
        /* language: names refuse it, texts fall back to English */
        CHECK(chat_errors_language_name(v) == NULL);
        const struct chat_errors_entry *entry = chat_errors_lookup(CHAT_ERRORS_SPACE_WEB, 16);
        CHECK(chat_errors_entry_summary(entry, v) == chat_errors_entry_summary(entry, CHAT_ERRORS_LANGUAGE_EN));
        CHECK(chat_errors_entry_detail(entry, v) == chat_errors_entry_detail(entry, CHAT_ERRORS_LANGUAGE_EN));
        char en[128];
        chat_errors_message(CHAT_ERRORS_SPACE_WEB, 16, CHAT_ERRORS_LANGUAGE_EN, en, sizeof en);
        chat_errors_message(CHAT_ERRORS_SPACE_WEB, 16, v, buf, sizeof buf);
        CHECK(strcmp(en, buf) == 0);
    }
    /* category and action */
    CHECK(chat_errors_category_name(CHAT_ERRORS_CATEGORY_COUNT) == NULL);
    CHECK(chat_errors_category_name(UINT32_MAX) == NULL);
    CHECK(chat_errors_action_name(CHAT_ERRORS_ACTION_COUNT) == NULL);
    CHECK(chat_errors_action_name(UINT32_MAX) == NULL);
    CHECK(chat_errors_category_name(CHAT_ERRORS_CATEGORY_COUNT - 1) != NULL);
    CHECK(chat_errors_action_name(CHAT_ERRORS_ACTION_COUNT - 1) != NULL);
}

static void indexes_past_the_end(void) {
    for (size_t s = 0; s < 2; s++) {
        size_t count = chat_errors_count(spaces[s]);
        CHECK(count > 0);
        CHECK(chat_errors_at(spaces[s], count - 1) != NULL);
        CHECK(chat_errors_at(spaces[s], count) == NULL);
        CHECK(chat_errors_at(spaces[s], SIZE_MAX) == NULL);
        for (size_t i = 0; i < count; i++) {
            const struct chat_errors_entry *e = chat_errors_at(spaces[s], i);
            CHECK(chat_errors_entry_alias(e, chat_errors_entry_alias_count(e)) == NULL);
            CHECK(chat_errors_entry_seed_page(e, chat_errors_entry_seed_count(e)) == NULL);
            CHECK(chat_errors_entry_seed_name(e, SIZE_MAX) == NULL);
            CHECK(chat_errors_entry_equivalent(e, chat_errors_entry_equivalent_count(e)) == NULL);
        }
    }
}

static void unknown_languages(void) {
    const char *unknown[] = {"fr", "de-DE", "", "x", "zz_ZZ", "-", "\xff"};
    for (size_t i = 0; i < sizeof unknown / sizeof *unknown; i++) {
        CHECK(chat_errors_language_from_tag(unknown[i]) == CHAT_ERRORS_LANGUAGE_EN);
    }
    CHECK(chat_errors_language_from_tag("zh-CN") == CHAT_ERRORS_LANGUAGE_ZH);
    CHECK(chat_errors_language_from_tag("ZH_hans") == CHAT_ERRORS_LANGUAGE_ZH);
    CHECK(chat_errors_language_from_tag("en-US") == CHAT_ERRORS_LANGUAGE_EN);
}

static void small_buffers(void) {
    /* A Chinese message cut at every buffer size: always terminated, never cut inside a character. */
    size_t full = chat_errors_message(CHAT_ERRORS_SPACE_WEB, 16, CHAT_ERRORS_LANGUAGE_ZH, NULL, 0);
    for (size_t size = 1; size <= full + 1; size++) {
        char *buf = malloc(size);
        size_t len = chat_errors_message(CHAT_ERRORS_SPACE_WEB, 16, CHAT_ERRORS_LANGUAGE_ZH, buf, size);
        size_t written = strnlen(buf, size);
        int ok = len == full && written < size;
        /* the byte after the cut is not a UTF-8 continuation byte of the full text */
        char *whole = malloc(full + 1);
        chat_errors_message(CHAT_ERRORS_SPACE_WEB, 16, CHAT_ERRORS_LANGUAGE_ZH, whole, full + 1);
        ok = ok && memcmp(buf, whole, written) == 0 && (written == full || (whole[written] & 0xC0) != 0x80);
        CHECK(ok);
        free(whole);
        free(buf);
    }
    /* buf_len 0: nothing is written, the length is still returned */
    char untouched[4] = {'x', 'y', 'z', 'w'};
    CHECK(chat_errors_message(CHAT_ERRORS_SPACE_WEB, 16, CHAT_ERRORS_LANGUAGE_ZH, untouched, 0) == full);
    CHECK(untouched[0] == 'x');
}

int main(void) {
    null_pointers();
    foreign_handles();
    bad_names();
    extreme_codes();
    out_of_range_integers();
    indexes_past_the_end();
    unknown_languages();
    small_buffers();
    printf("bad_input: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
