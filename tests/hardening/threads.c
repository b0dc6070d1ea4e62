/* 16 threads share one million calls into the C API (by code, by name, by
 * name and length, by index, and messages); every answer must equal the one
 * a single-threaded run of the same call gave. Also built with
 * -fsanitize=thread by tests/hardening/run.sh.
 * Prints "threads: N passed, M failed" (one check per thread plus the total). */
#define _POSIX_C_SOURCE 200809L
#include "chat_errors.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 16
#define TOTAL_CALLS 1000000
#define MESSAGE_CAP 512

enum kind { BY_CODE, BY_NAME, BY_NAME_LEN, BY_INDEX, MESSAGE };

struct query {
    enum kind kind;
    uint32_t space;
    int32_t code;
    uint32_t language;
    size_t index;
    const char *name;
    const struct chat_errors_entry *expected_entry;
    char *expected_text;
};

static struct query *queries;
static size_t query_count;

static void add(enum kind kind, uint32_t space, int32_t code, uint32_t language, size_t index, const char *name) {
    static size_t capacity;
    if (query_count == capacity) {
        capacity = capacity ? capacity * 2 : 1024;
        queries = realloc(queries, capacity * sizeof *queries);
        if (!queries) abort();
    }
    queries[query_count++] = (struct query){kind, space, code, language, index, name, NULL, NULL};
}

/* Runs one query; for MESSAGE writes the text into `text`. */
static const struct chat_errors_entry *run(const struct query *q, char *text) {
    switch (q->kind) {
    case BY_CODE: return chat_errors_lookup(q->space, q->code);
    case BY_NAME: return chat_errors_lookup_name(q->space, q->name);
    case BY_NAME_LEN: return chat_errors_lookup_name_len(q->space, q->name, strlen(q->name));
    case BY_INDEX: return chat_errors_at(q->space, q->index);
    case MESSAGE: chat_errors_message(q->space, q->code, q->language, text, MESSAGE_CAP); return NULL;
    }
    return NULL;
}

static int same(const struct query *q, const struct chat_errors_entry *entry, const char *text) {
    return q->kind == MESSAGE ? strcmp(text, q->expected_text) == 0 : entry == q->expected_entry;
}

struct worker {
    size_t start, calls, mismatches;
};

static void *work(void *arg) {
    struct worker *w = arg;
    char text[MESSAGE_CAP];
    for (size_t call = 0; call < w->calls; call++) {
        const struct query *q = &queries[(w->start + call) % query_count];
        const struct chat_errors_entry *entry = run(q, text);
        if (!same(q, entry, text)) w->mismatches++;
    }
    return NULL;
}

int main(void) {
    static const uint32_t spaces[] = {CHAT_ERRORS_SPACE_WEB, CHAT_ERRORS_SPACE_NATIVE};
    for (size_t s = 0; s < 2; s++) {
        uint32_t space = spaces[s];
        size_t count = chat_errors_count(space);
        for (size_t i = 0; i <= count; i++) {
            add(BY_INDEX, space, 0, 0, i, NULL);
            if (i == count) break;
            const struct chat_errors_entry *e = chat_errors_at(space, i);
            int32_t code = chat_errors_entry_code(e);
            add(BY_CODE, space, code, 0, 0, NULL);
            add(BY_CODE, space, code + 1, 0, 0, NULL);
            add(BY_NAME, space, 0, 0, 0, chat_errors_entry_name(e));
            add(BY_NAME_LEN, space, 0, 0, 0, chat_errors_entry_name(e));
            for (size_t a = 0; a < chat_errors_entry_alias_count(e); a++) {
                add(BY_NAME, space, 0, 0, 0, chat_errors_entry_alias(e, a));
            }
            add(MESSAGE, space, code, (uint32_t)(i % 2), 0, NULL);
        }
        add(BY_CODE, space, INT32_MIN, 0, 0, NULL);
        add(BY_CODE, space, INT32_MAX, 0, 0, NULL);
        add(BY_NAME, space, 0, 0, 0, "NO_SUCH_ERROR");
        add(MESSAGE, space, INT32_MAX, CHAT_ERRORS_LANGUAGE_ZH, 0, NULL);
    }
    add(BY_CODE, 9, 16, 0, 0, NULL);
    add(MESSAGE, 9, 16, 0, 0, NULL);

    /* The single-threaded run: the expected answers. */
    size_t found = 0;
    for (size_t i = 0; i < query_count; i++) {
        char text[MESSAGE_CAP];
        queries[i].expected_entry = run(&queries[i], text);
        if (queries[i].expected_entry) found++;
        if (queries[i].kind == MESSAGE) queries[i].expected_text = strdup(text);
    }

    int passed = 0, failed = 0;
    if (found > 0 && found < query_count) {
        passed++;
    } else {
        failed++;
        fprintf(stderr, "threads: the workload must both find and miss (found %zu of %zu)\n", found, query_count);
    }

    pthread_t threads[THREADS];
    struct worker workers[THREADS];
    for (size_t t = 0; t < THREADS; t++) {
        workers[t] = (struct worker){t * query_count / THREADS, TOTAL_CALLS / THREADS, 0};
        if (pthread_create(&threads[t], NULL, work, &workers[t]) != 0) {
            fprintf(stderr, "threads: pthread_create failed\n");
            return 1;
        }
    }
    size_t calls = 0;
    for (size_t t = 0; t < THREADS; t++) {
        pthread_join(threads[t], NULL);
        calls += workers[t].calls;
        if (workers[t].mismatches == 0) {
            passed++;
        } else {
            failed++;
            fprintf(stderr, "threads: thread %zu: %zu answers differ from the single-threaded run\n", t,
                    workers[t].mismatches);
        }
    }
    if (calls == TOTAL_CALLS) {
        passed++;
    } else {
        failed++;
        fprintf(stderr, "threads: %zu calls instead of %d\n", calls, TOTAL_CALLS);
    }
    printf("threads: %d passed, %d failed (%zu calls over %zu distinct queries, %d threads)\n", passed, failed, calls,
           query_count, THREADS);
    return failed == 0 ? 0 : 1;
}
