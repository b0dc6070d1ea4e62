#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# C/C++ toolchain for the C suite, the hardening suite and the ABI check: gcc,
# g++, clang and clang++ (the headers compile under both), AddressSanitizer and
# UndefinedBehaviorSanitizer, CMake, pkg-config, valgrind and abigail-tools
# (abidw, abidiff), and gperf (the name-lookup baseline of scripts/bench-c.sh).
# Checks the sanitizers and clang once.
#
# Usage: eval "$(scripts/setup/c.sh)"   (prints no exports)
set -euo pipefail
source "$(dirname "$0")/common.sh"

apt_install g++ clang cmake pkg-config valgrind abigail-tools python3 binutils gperf

for tool in gcc g++ clang clang++ cmake pkg-config valgrind abidw abidiff python3 nm readelf gperf; do
    command -v "$tool" >/dev/null || die "$tool missing after installing the C toolchain"
done

key="gcc $(gcc -dumpfullversion), $(clang --version | head -n 1)"
if ! is_verified c "$key"; then
    log "checking: -fsanitize=address,undefined runs a clean program, catches a heap and a signed overflow"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cat >"$work/san.c" <<'C'
#include <limits.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
    const char *fault = argc > 1 ? argv[1] : "";
    char *buf = malloc(8);
    memset(buf, 0, strcmp(fault, "heap") == 0 ? 9 : 8);
    free(buf);
    int n = INT_MAX - 1;
    if (strcmp(fault, "int") == 0) n += argc;
    return n == 0;
}
C
    gcc -g -fsanitize=address,undefined -fno-sanitize-recover=all "$work/san.c" -o "$work/san" ||
        die "gcc -fsanitize=address,undefined failed to build a C program"
    "$work/san" || die "a clean program failed under ASan/UBSan"
    for fault in heap:heap-buffer-overflow int:"signed integer overflow"; do
        if "$work/san" "${fault%%:*}" 2>"$work/report"; then
            die "the sanitizers missed: ${fault#*:}"
        fi
        grep -q "${fault#*:}" "$work/report" || die "no '${fault#*:}' report: $(head -5 "$work/report")"
    done
    printf '#include <stdio.h>\nint main(void) { return printf("ok\\n") != 3; }\n' >"$work/hello.c"
    clang -std=c11 -Wall -Werror "$work/hello.c" -o "$work/hello" && "$work/hello" >/dev/null ||
        die "clang failed to build and run a C program"
    mark_verified c "$key"
    log "ok: $key, ASan and UBSan work"
fi
