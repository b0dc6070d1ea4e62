/*
 * explain: turns an Agora Chat SDK error code into a message in Chinese or
 * English and says whether retrying may help.
 *
 *   explain <web|native> <code> [language tag: en (default), zh, zh-CN, ...]
 *
 * Exit status: 0 for a documented code, 1 for a code the catalog does not
 * know (a message is printed all the same), 2 for bad arguments.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <chat_errors.h>

/* The space named `name` ("web", "native"), or CHAT_ERRORS_INVALID. */
static uint32_t parse_space(const char *name) {
    for (uint32_t space = 0; space < CHAT_ERRORS_SPACE_COUNT; space++) {
        if (strcmp(name, chat_errors_space_name(space)) == 0) {
            return space;
        }
    }
    return CHAT_ERRORS_INVALID;
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: %s <web|native> <code> [en|zh|language tag]\n", argv[0]);
        return 2;
    }
    uint32_t space = parse_space(argv[1]);
    if (space == CHAT_ERRORS_INVALID) {
        fprintf(stderr, "unknown space '%s' (web or native)\n", argv[1]);
        return 2;
    }
    char *end = NULL;
    errno = 0;
    long code = strtol(argv[2], &end, 10);
    if (errno != 0 || end == argv[2] || *end != '\0' || code < INT32_MIN || code > INT32_MAX) {
        fprintf(stderr, "the code must be a 32-bit integer, not '%s'\n", argv[2]);
        return 2;
    }
    uint32_t language = chat_errors_language_from_tag(argc == 4 ? argv[3] : "en");

    /* First ask for the length, then format into a buffer of that size. */
    size_t length = chat_errors_message(space, (int32_t)code, language, NULL, 0);
    char *message = malloc(length + 1);
    if (message == NULL) {
        return 2;
    }
    chat_errors_message(space, (int32_t)code, language, message, length + 1);
    printf("%s\n", message);
    free(message);

    const chat_errors_entry *entry = chat_errors_lookup(space, (int32_t)code);
    if (entry == NULL) {
        printf("retry: unknown (the catalog does not document %s %ld)\n", argv[1], code);
        return 1;
    }
    printf("name: %s\n", chat_errors_entry_name(entry));
    printf("retry: %s\n", chat_errors_entry_transient(entry) ? "yes, later" : "no");
    printf("action: %s\n", chat_errors_action_name(chat_errors_entry_action(entry)));
    return 0;
}
