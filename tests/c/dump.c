/* Walks every entry of both spaces through the C API: checks that each one
 * is found again by code, by name, by alias and through its equivalents, and
 * that chat_errors_message() gives its summary; then writes every field of
 * every entry, every meaning included, as JSON (the shape of `chat-errors
 * export --format json`, schema 2) to the file named by argv[1], with the
 * answers of the SDK-context lookups for the codes and names in CONTEXT_CODES
 * and CONTEXT_NAMES, for compare.py to match against the export. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chat_errors.h"
#include "check.h"

static void json_string(FILE *out, const char *text) {
    if (text == NULL) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        if (*c == '"' || *c == '\\') {
            fprintf(out, "\\%c", *c);
        } else if (*c < 0x20) {
            fprintf(out, "\\u%04x", *c);
        } else {
            fputc(*c, out);
        }
    }
    fputc('"', out);
}

/* ,"key":"value" (or null): a member after the first of an object. */
static void member_string(FILE *out, const char *key, const char *value) {
    fprintf(out, ",\"%s\":", key);
    json_string(out, value);
}

/* ,"key":true or false. */
static void member_bool(FILE *out, const char *key, int value) {
    fprintf(out, ",\"%s\":%s", key, value ? "true" : "false");
}

/* ,"key":{"en":...,"zh":...}. */
static void member_text(FILE *out, const char *key, const char *en, const char *zh) {
    fprintf(out, ",\"%s\":{\"en\":", key);
    json_string(out, en);
    member_string(out, "zh", zh);
    fputc('}', out);
}

/* ,"key":{"en":...,"zh":...} of the text an accessor (language as its last argument) gives. */
#define MEMBER_TEXT(out, key, text, ...) \
    member_text(out, key, text(__VA_ARGS__, CHAT_ERRORS_LANGUAGE_EN), text(__VA_ARGS__, CHAT_ERRORS_LANGUAGE_ZH))

/* ,"key":[...]: the items item(owner, i) for i below count(owner), each written by write(out, item). */
#define MEMBER_ARRAY(out, key, owner, count, item, write)          \
    do {                                                           \
        fprintf(out, ",\"%s\":[", key);                            \
        for (size_t index_ = 0; index_ < count(owner); index_++) { \
            fputs(index_ ? "," : "", out);                         \
            write(out, item(owner, index_));                       \
        }                                                          \
        fputc(']', out);                                           \
    } while (0)

/* ,{"first":...,"second":...} (no leading comma for the item at index 0): an item of an array of pairs. */
static void item_pair(FILE *out, size_t index, const char *first, const char *first_value, const char *second,
                      const char *second_value) {
    fprintf(out, "%s{\"%s\":", index ? "," : "", first);
    json_string(out, first_value);
    member_string(out, second, second_value);
    fputc('}', out);
}

/* A scope bound: "3.9" or null. */
static void json_release(FILE *out, chat_errors_release release) {
    if (release.parts == 0) {
        fputs("null", out);
        return;
    }
    const uint32_t parts[3] = {release.major, release.minor, release.patch};
    fputc('"', out);
    for (uint32_t i = 0; i < release.parts && i < 3; i++) {
        fprintf(out, i ? ".%u" : "%u", parts[i]);
    }
    fputc('"', out);
}

/* {"canonical", "<platform>"..., "aliases"} of a meaning. */
static void json_names(FILE *out, const chat_errors_meaning *meaning) {
    fputs("{\"canonical\":", out);
    json_string(out, chat_errors_meaning_name(meaning, CHAT_ERRORS_PLATFORM_CANONICAL));
    for (uint32_t platform = 0; platform < CHAT_ERRORS_PLATFORM_COUNT; platform++) {
        const char *name = chat_errors_meaning_name(meaning, platform);
        if (platform != CHAT_ERRORS_PLATFORM_CANONICAL && name != NULL) {
            fputc(',', out);
            json_string(out, chat_errors_platform_name(platform));
            fputc(':', out);
            json_string(out, name);
        }
    }
    MEMBER_ARRAY(out, "aliases", meaning, chat_errors_meaning_alias_count, chat_errors_meaning_alias, json_string);
    fputc('}', out);
}

static void json_sources(FILE *out, const chat_errors_meaning *meaning) {
    fputc('[', out);
    for (size_t i = 0; i < chat_errors_meaning_source_count(meaning); i++) {
        item_pair(out, i, "source", chat_errors_meaning_source_file(meaning, i), "name",
                  chat_errors_meaning_source_name(meaning, i));
    }
    fputc(']', out);
}

/* One meaning, every member of the export's "meanings" items. */
static void dump_meaning(FILE *out, const chat_errors_meaning *meaning) {
    fputs("{\"names\":", out);
    json_names(out, meaning);
    member_string(out, "category", chat_errors_category_name(chat_errors_meaning_category(meaning)));
    member_bool(out, "transient", chat_errors_meaning_transient(meaning));
    member_string(out, "action", chat_errors_action_name(chat_errors_meaning_action(meaning)));
    member_string(out, "status", chat_errors_status_name(chat_errors_meaning_status(meaning)));
    fputs(",\"scope\":[", out);
    for (size_t i = 0; i < chat_errors_meaning_scope_count(meaning); i++) {
        fputs(i ? ",{\"family\":" : "{\"family\":", out);
        json_string(out, chat_errors_family_name(chat_errors_meaning_scope_family(meaning, i)));
        fputs(",\"from\":", out);
        json_release(out, chat_errors_meaning_scope_from(meaning, i));
        fputs(",\"until\":", out);
        json_release(out, chat_errors_meaning_scope_until(meaning, i));
        fputc('}', out);
    }
    fputc(']', out);
    MEMBER_TEXT(out, "summary", chat_errors_meaning_summary, meaning);
    MEMBER_TEXT(out, "detail", chat_errors_meaning_detail, meaning);
    MEMBER_TEXT(out, "user", chat_errors_meaning_user, meaning);
    fputs(",\"sources\":", out);
    json_sources(out, meaning);
    fputc('}', out);
}

/* Every meaning of the entry is found back: its entry, its index, by its names. */
static void check_meanings(uint32_t space, const chat_errors_entry *entry, const char *name) {
    size_t count = chat_errors_entry_meaning_count(entry);
    CHECK(count >= 1, "%s has a default meaning", name);
    for (size_t i = 0; i < count; i++) {
        const chat_errors_meaning *meaning = chat_errors_entry_meaning(entry, i);
        CHECK(meaning != NULL && chat_errors_meaning_entry(meaning) == entry, "%s: meaning %zu belongs to it", name, i);
        CHECK(chat_errors_meaning_index(meaning) == i, "%s: meaning %zu has its index", name, i);
        for (uint32_t platform = 0; platform < CHAT_ERRORS_PLATFORM_COUNT; platform++) {
            const char *platform_name = chat_errors_meaning_name(meaning, platform);
            const chat_errors_meaning *named = chat_errors_lookup_name_in(space, platform_name, NULL);
            CHECK(platform_name == NULL || (named != NULL && chat_errors_meaning_entry(named) != NULL),
                  "%s: meaning %zu is found by its %s name", name, i, chat_errors_platform_name(platform));
        }
    }
    CHECK(chat_errors_entry_meaning(entry, count) == NULL, "%s: no meaning past the end", name);
    CHECK(chat_errors_lookup_in(space, chat_errors_entry_code(entry), NULL) == chat_errors_entry_meaning(entry, 0),
          "%s: the lookup without an SDK gives the default meaning", name);
}

static void check_entry(uint32_t space, const chat_errors_entry *entry) {
    int32_t code = chat_errors_entry_code(entry);
    const char *name = chat_errors_entry_name(entry);
    CHECK(name != NULL, "entry %d has a name", code);
    if (name == NULL) {
        return;
    }
    CHECK(chat_errors_entry_space(entry) == space, "%s is in its space", name);
    CHECK(chat_errors_lookup(space, code) == entry, "%s is found by code %d", name, code);
    /* A code no SDK emits (native 902) shares its name with the code that
     * carries the meaning today, which the name finds: the same name either way. */
    const chat_errors_entry *owner = chat_errors_lookup_name(space, name);
    CHECK(owner == entry || (owner != NULL && strcmp(chat_errors_entry_name(owner), name) == 0),
          "%s is found by name", name);
    CHECK(chat_errors_lookup_name_len(space, name, strlen(name)) == owner, "%s is found by name and length", name);
    char lower[CHAT_ERRORS_NAME_MAX_LEN + 1];
    size_t i = 0;
    for (; name[i] && i < CHAT_ERRORS_NAME_MAX_LEN; i++) {
        lower[i] = (char)tolower((unsigned char)name[i]);
    }
    lower[i] = '\0';
    CHECK(chat_errors_lookup_name(space, lower) == owner, "%s is found in lower case", name);
    for (size_t a = 0; a < chat_errors_entry_alias_count(entry); a++) {
        const char *alias = chat_errors_entry_alias(entry, a);
        CHECK(alias != NULL && chat_errors_lookup_name(space, alias) == entry, "%s is found by alias %zu", name, a);
    }
    for (size_t e = 0; e < chat_errors_entry_equivalent_count(entry); e++) {
        const chat_errors_entry *other = chat_errors_entry_equivalent(entry, e);
        CHECK(other != NULL && chat_errors_entry_space(other) != space, "%s: equivalent %zu is in the other space",
              name, e);
        int back = 0;
        for (size_t b = 0; other != NULL && b < chat_errors_entry_equivalent_count(other); b++) {
            back |= chat_errors_entry_equivalent(other, b) == entry;
        }
        CHECK(back, "%s: equivalent %zu lists it back", name, e);
    }
    for (uint32_t language = 0; language < CHAT_ERRORS_LANGUAGE_COUNT; language++) {
        const char *summary = chat_errors_entry_summary(entry, language);
        char message[4096];
        size_t length = chat_errors_message(space, code, language, message, sizeof message);
        CHECK(summary != NULL && length == strlen(summary) && strcmp(message, summary) == 0,
              "%s: the message in %s is the summary", name, chat_errors_language_name(language));
    }
    CHECK(chat_errors_entry_summary(entry, CHAT_ERRORS_LANGUAGE_COUNT) ==
              chat_errors_entry_summary(entry, CHAT_ERRORS_LANGUAGE_EN),
          "%s: an unknown language gives the English summary", name);
    CHECK(chat_errors_entry_detail(entry, UINT32_MAX) == chat_errors_entry_detail(entry, CHAT_ERRORS_LANGUAGE_EN),
          "%s: an unknown language gives the English detail", name);
    check_meanings(space, entry, name);
}

static void dump_entry(FILE *out, const chat_errors_entry *entry) {
    fputs("{\"space\":", out);
    json_string(out, chat_errors_space_name(chat_errors_entry_space(entry)));
    fprintf(out, ",\"code\":%d,\"name\":", (int)chat_errors_entry_code(entry));
    json_string(out, chat_errors_entry_name(entry));
    MEMBER_ARRAY(out, "aliases", entry, chat_errors_entry_alias_count, chat_errors_entry_alias, json_string);
    member_string(out, "category", chat_errors_category_name(chat_errors_entry_category(entry)));
    member_bool(out, "transient", chat_errors_entry_transient(entry));
    member_string(out, "action", chat_errors_action_name(chat_errors_entry_action(entry)));
    MEMBER_TEXT(out, "summary", chat_errors_entry_summary, entry);
    MEMBER_TEXT(out, "detail", chat_errors_entry_detail, entry);
    fputs(",\"seeds\":[", out);
    for (size_t i = 0; i < chat_errors_entry_seed_count(entry); i++) {
        item_pair(out, i, "page", chat_errors_entry_seed_page(entry, i), "name", chat_errors_entry_seed_name(entry, i));
    }
    fputs("],\"equivalents\":[", out);
    for (size_t i = 0; i < chat_errors_entry_equivalent_count(entry); i++) {
        const chat_errors_entry *other = chat_errors_entry_equivalent(entry, i);
        fputs(i ? ",{\"space\":" : "{\"space\":", out);
        json_string(out, chat_errors_space_name(chat_errors_entry_space(other)));
        fprintf(out, ",\"code\":%d}", (int)chat_errors_entry_code(other));
    }
    fputc(']', out);
    member_bool(out, "documented", chat_errors_entry_documented(entry));
    MEMBER_TEXT(out, "user", chat_errors_entry_user, entry);
    member_string(out, "status", chat_errors_status_name(chat_errors_entry_status(entry)));
    const chat_errors_meaning *main_meaning = chat_errors_entry_meaning(entry, 0);
    fputs(",\"names\":", out);
    json_names(out, main_meaning);
    fputs(",\"sources\":", out);
    json_sources(out, main_meaning);
    MEMBER_ARRAY(out, "meanings", entry, chat_errors_entry_meaning_count, chat_errors_entry_meaning, dump_meaning);
    fputs(",\"conflicts\":[", out);
    for (size_t i = 0; i < chat_errors_entry_conflict_count(entry); i++) {
        fputs(i ? ",{\"source\":" : "{\"source\":", out);
        json_string(out, chat_errors_entry_conflict_source(entry, i));
        member_string(out, "says", chat_errors_entry_conflict_says(entry, i));
        MEMBER_TEXT(out, "reason", chat_errors_entry_conflict_reason, entry, i);
        fputc('}', out);
    }
    fputs("]}", out);
}

/* The SDK contexts of the disagreement checks ("" is no SDK), the native
 * codes the catalog's SDKs disagree about, and names to look up in context. */
static const char *const CONTEXTS[] = {"", "easemob-android", "easemob-ios@3.9", "easemob-ios@4.15.0",
                                       "agora-ios@1.2.0", "agora-ios", "easemob-cpp"};
static const int32_t CONTEXT_CODES[] = {605, 606, 900, 901, 902, 706, 1403, 209, 221};
static const char *const CONTEXT_NAMES[] = {"EMErrorGroupNotExist", "AgoraChatErrorGroupNotExist",
                                            "EMErrorTokeWillExpire", "GROUP_NOT_EXIST", "group_shared_file_invalidid"};
#define COUNT_OF(array) (sizeof(array) / sizeof((array)[0]))

/* {"code" or "name", "sdk", "entry": [space, code], "meaning": index, "name_for", "emitted"}. */
static void dump_answer(FILE *out, const chat_errors_meaning *meaning, const chat_errors_sdk *sdk) {
    const chat_errors_entry *entry = chat_errors_meaning_entry(meaning);
    fputs(",\"space\":", out);
    json_string(out, chat_errors_space_name(chat_errors_entry_space(entry)));
    fprintf(out, ",\"found\":%d,\"meaning\":%zu,\"name_for\":", (int)chat_errors_entry_code(entry),
            chat_errors_meaning_index(meaning));
    json_string(out, chat_errors_meaning_name_for(meaning, sdk));
    fprintf(out, ",\"emitted\":%s}", chat_errors_meaning_emitted_by(meaning, sdk) ? "true" : "false");
}

static void dump_contexts(FILE *out) {
    fputs("\"contexts\":[", out);
    int first = 1;
    for (size_t c = 0; c < COUNT_OF(CONTEXTS); c++) {
        chat_errors_sdk parsed;
        const chat_errors_sdk *sdk = NULL;
        if (CONTEXTS[c][0] != '\0') {
            CHECK(chat_errors_sdk_parse(CONTEXTS[c], &parsed) == CHAT_ERRORS_SDK_OK, "%s parses", CONTEXTS[c]);
            sdk = &parsed;
        }
        for (size_t i = 0; i < COUNT_OF(CONTEXT_CODES); i++) {
            const chat_errors_meaning *meaning = chat_errors_lookup_in(CHAT_ERRORS_SPACE_NATIVE, CONTEXT_CODES[i], sdk);
            CHECK(meaning != NULL, "native %d in %s", CONTEXT_CODES[i], CONTEXTS[c]);
            fprintf(out, "%s\n{\"code\":%d,\"sdk\":", first ? "" : ",", (int)CONTEXT_CODES[i]);
            first = 0;
            json_string(out, sdk ? CONTEXTS[c] : NULL);
            dump_answer(out, meaning, sdk);
        }
        for (size_t i = 0; i < COUNT_OF(CONTEXT_NAMES); i++) {
            const chat_errors_meaning *meaning = chat_errors_lookup_name_in(CHAT_ERRORS_SPACE_NATIVE, CONTEXT_NAMES[i], sdk);
            CHECK(meaning != NULL, "%s resolves in %s", CONTEXT_NAMES[i], CONTEXTS[c]);
            CHECK(meaning == chat_errors_lookup_name_in_len(CHAT_ERRORS_SPACE_NATIVE, CONTEXT_NAMES[i],
                                                            strlen(CONTEXT_NAMES[i]), sdk),
                  "%s resolves alike by length in %s", CONTEXT_NAMES[i], CONTEXTS[c]);
            fputs(",\n{\"name\":", out);
            json_string(out, CONTEXT_NAMES[i]);
            fputs(",\"sdk\":", out);
            json_string(out, sdk ? CONTEXTS[c] : NULL);
            dump_answer(out, meaning, sdk);
        }
    }
    fputs("],\n\"any\":[", out);
    for (size_t i = 0; i < COUNT_OF(CONTEXT_NAMES); i++) {
        const chat_errors_entry *found[CHAT_ERRORS_SPACE_COUNT];
        size_t count = chat_errors_lookup_name_any(CONTEXT_NAMES[i], found, COUNT_OF(found));
        CHECK(count <= COUNT_OF(found), "%s: at most one entry per space", CONTEXT_NAMES[i]);
        fputs(i ? ",\n{\"name\":" : "\n{\"name\":", out);
        json_string(out, CONTEXT_NAMES[i]);
        fputs(",\"found\":[", out);
        for (size_t f = 0; f < count && f < COUNT_OF(found); f++) {
            fputs(f ? ",[" : "[", out);
            json_string(out, chat_errors_space_name(chat_errors_entry_space(found[f])));
            fprintf(out, ",%d]", (int)chat_errors_entry_code(found[f]));
        }
        fputs("]}", out);
    }
    fputc(']', out);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s <output.json>\n", argv[0]);
        return 2;
    }
    FILE *out = fopen(argv[1], "w");
    if (out == NULL) {
        perror(argv[1]);
        return 2;
    }
    fprintf(out, "{\"version\":\"%s\",\"entries\":[", chat_errors_version());
    int first = 1;
    for (uint32_t space = 0; space < CHAT_ERRORS_SPACE_COUNT; space++) {
        size_t count = chat_errors_count(space);
        CHECK(count > 0, "space %u has entries", space);
        for (size_t i = 0; i < count; i++) {
            const chat_errors_entry *entry = chat_errors_at(space, i);
            CHECK(entry != NULL, "space %u has entry %zu", space, i);
            if (entry == NULL) {
                continue;
            }
            check_entry(space, entry);
            fputs(first ? "\n" : ",\n", out);
            first = 0;
            dump_entry(out, entry);
        }
        CHECK(chat_errors_at(space, count) == NULL, "space %u has nothing past its end", space);
    }
    fputs("\n],\n", out);
    dump_contexts(out);
    fputs("}\n", out);
    CHECK(fclose(out) == 0, "the dump is written");
    return finish("dump");
}
