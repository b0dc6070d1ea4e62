/* Walks every entry of both spaces through the C API: checks that each one
 * is found again by code, by name, by alias and through its equivalents, and
 * that chat_errors_message() gives its summary; then writes every field of
 * every entry as JSON (the shape of `chat-errors export --format json`) to
 * the file named by argv[1], for compare.py to match against the export. */
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

static void json_localized(FILE *out, const chat_errors_entry *entry,
                           const char *(*text)(const chat_errors_entry *, uint32_t)) {
    fputs("{\"en\":", out);
    json_string(out, text(entry, CHAT_ERRORS_LANGUAGE_EN));
    fputs(",\"zh\":", out);
    json_string(out, text(entry, CHAT_ERRORS_LANGUAGE_ZH));
    fputc('}', out);
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
}

static void dump_entry(FILE *out, const chat_errors_entry *entry) {
    fputs("{\"space\":", out);
    json_string(out, chat_errors_space_name(chat_errors_entry_space(entry)));
    fprintf(out, ",\"code\":%d,\"name\":", (int)chat_errors_entry_code(entry));
    json_string(out, chat_errors_entry_name(entry));
    fputs(",\"aliases\":[", out);
    for (size_t i = 0; i < chat_errors_entry_alias_count(entry); i++) {
        fputs(i ? "," : "", out);
        json_string(out, chat_errors_entry_alias(entry, i));
    }
    fputs("],\"category\":", out);
    json_string(out, chat_errors_category_name(chat_errors_entry_category(entry)));
    fprintf(out, ",\"transient\":%s,\"action\":", chat_errors_entry_transient(entry) ? "true" : "false");
    json_string(out, chat_errors_action_name(chat_errors_entry_action(entry)));
    fputs(",\"summary\":", out);
    json_localized(out, entry, chat_errors_entry_summary);
    fputs(",\"detail\":", out);
    json_localized(out, entry, chat_errors_entry_detail);
    fputs(",\"seeds\":[", out);
    for (size_t i = 0; i < chat_errors_entry_seed_count(entry); i++) {
        fputs(i ? ",{\"page\":" : "{\"page\":", out);
        json_string(out, chat_errors_entry_seed_page(entry, i));
        fputs(",\"name\":", out);
        json_string(out, chat_errors_entry_seed_name(entry, i));
        fputc('}', out);
    }
    fputs("],\"equivalents\":[", out);
    for (size_t i = 0; i < chat_errors_entry_equivalent_count(entry); i++) {
        const chat_errors_entry *other = chat_errors_entry_equivalent(entry, i);
        fputs(i ? ",{\"space\":" : "{\"space\":", out);
        json_string(out, chat_errors_space_name(chat_errors_entry_space(other)));
        fprintf(out, ",\"code\":%d}", (int)chat_errors_entry_code(other));
    }
    fputs("]}", out);
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
    fputs("\n]}\n", out);
    CHECK(fclose(out) == 0, "the dump is written");
    return finish("dump");
}
