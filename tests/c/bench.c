/* Benchmark (not a test): lookup by (space, code) through the C API against a
 * plain C baseline, a noinline function indexing a dense array over the same
 * codes, in the same run; and lookup by name. Prints ns/op (best of several
 * rounds) and the ratio. Run by scripts/bench-c.sh. */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chat_errors.h"

#define ROUNDS 7
#define MIN_OPS 20000000u

struct query {
    uint32_t space;
    int32_t code;
};

/* The baseline: per space, a dense array from (code - min) to the entry. */
static const chat_errors_entry **dense[CHAT_ERRORS_SPACE_COUNT];
static int32_t dense_min[CHAT_ERRORS_SPACE_COUNT];
static uint32_t dense_len[CHAT_ERRORS_SPACE_COUNT];

__attribute__((noinline)) static const chat_errors_entry *baseline_lookup(uint32_t space, int32_t code) {
    if (space >= CHAT_ERRORS_SPACE_COUNT) {
        return NULL;
    }
    uint32_t offset = (uint32_t)((int64_t)code - dense_min[space]);
    return offset < dense_len[space] ? dense[space][offset] : NULL;
}

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static volatile uintptr_t sink;

typedef const chat_errors_entry *(*code_lookup)(uint32_t, int32_t);

/* Best ns/op over ROUNDS rounds of at least MIN_OPS lookups of the queries. */
static double time_codes(code_lookup lookup, const struct query *queries, size_t count) {
    double best = 1e30;
    size_t passes = MIN_OPS / count + 1;
    for (int round = 0; round < ROUNDS; round++) {
        uintptr_t acc = 0;
        double start = now_ns();
        for (size_t pass = 0; pass < passes; pass++) {
            for (size_t i = 0; i < count; i++) {
                acc += (uintptr_t)lookup(queries[i].space, queries[i].code);
            }
        }
        double per_op = (now_ns() - start) / (double)(passes * count);
        sink = acc;
        best = per_op < best ? per_op : best;
    }
    return best;
}

static double time_names(const uint32_t *spaces, const char **names, const size_t *lengths, size_t count,
                         int with_length) {
    double best = 1e30;
    size_t passes = MIN_OPS / 4 / count + 1;
    for (int round = 0; round < ROUNDS; round++) {
        uintptr_t acc = 0;
        double start = now_ns();
        for (size_t pass = 0; pass < passes; pass++) {
            for (size_t i = 0; i < count; i++) {
                acc += (uintptr_t)(with_length ? chat_errors_lookup_name_len(spaces[i], names[i], lengths[i])
                                               : chat_errors_lookup_name(spaces[i], names[i]));
            }
        }
        double per_op = (now_ns() - start) / (double)(passes * count);
        sink = acc;
        best = per_op < best ? per_op : best;
    }
    return best;
}

int main(void) {
    size_t total = chat_errors_count(CHAT_ERRORS_SPACE_WEB) + chat_errors_count(CHAT_ERRORS_SPACE_NATIVE);
    /* Every code, plus as many codes just outside each space's range (misses). */
    struct query *queries = malloc(2 * total * sizeof *queries);
    const char **names = malloc(total * sizeof *names);
    size_t *lengths = malloc(total * sizeof *lengths);
    uint32_t *name_spaces = malloc(total * sizeof *name_spaces);
    if (!queries || !names || !lengths || !name_spaces) {
        return 1;
    }
    size_t queried = 0, named = 0;
    for (uint32_t space = 0; space < CHAT_ERRORS_SPACE_COUNT; space++) {
        size_t count = chat_errors_count(space);
        int32_t min = chat_errors_entry_code(chat_errors_at(space, 0));
        int32_t max = chat_errors_entry_code(chat_errors_at(space, count - 1));
        dense_min[space] = min;
        dense_len[space] = (uint32_t)(max - min + 1);
        dense[space] = calloc(dense_len[space], sizeof *dense[space]);
        if (!dense[space]) {
            return 1;
        }
        for (size_t i = 0; i < count; i++) {
            const chat_errors_entry *entry = chat_errors_at(space, i);
            int32_t code = chat_errors_entry_code(entry);
            dense[space][code - min] = entry;
            queries[queried++] = (struct query){space, code};
            queries[queried++] = (struct query){space, (int32_t)(max + 1 + (int32_t)i)};
            name_spaces[named] = space;
            names[named] = chat_errors_entry_name(entry);
            lengths[named] = strlen(names[named]);
            named++;
        }
    }
    /* Both sides must agree before they are timed. */
    for (size_t i = 0; i < queried; i++) {
        if (baseline_lookup(queries[i].space, queries[i].code) != chat_errors_lookup(queries[i].space, queries[i].code)) {
            fprintf(stderr, "baseline and C API disagree on %u %d\n", queries[i].space, queries[i].code);
            return 1;
        }
    }
    double baseline = time_codes(baseline_lookup, queries, queried);
    double api = time_codes(chat_errors_lookup, queries, queried);
    double by_name = time_names(name_spaces, names, lengths, named, 0);
    double by_name_len = time_names(name_spaces, names, lengths, named, 1);
    printf("lookup by (space, code), %zu codes (half unknown):\n", queried);
    printf("  C baseline (noinline dense array): %6.2f ns/op\n", baseline);
    printf("  chat_errors_lookup:                %6.2f ns/op\n", api);
    printf("  ratio C API / baseline:            %6.2f (goal <= 2)\n", api / baseline);
    printf("lookup by name, %zu names:\n", named);
    printf("  chat_errors_lookup_name:           %6.2f ns/op (goal < 50)\n", by_name);
    printf("  chat_errors_lookup_name_len:       %6.2f ns/op (goal < 50)\n", by_name_len);
    return 0;
}
