#!/usr/bin/env bash
# The hardening suite (docs/safety.md): hostile input from C, thread stress
# (C and Rust; C also under ThreadSanitizer), no panic across the boundary,
# miri over the core and ffi tests, a bounded fuzz run of every target, and
# the ABI check. Each step is one check; ends with "N passed, M failed".
#
# Usage: tests/hardening/run.sh            (FUZZ_SECONDS, default 60, per fuzz target)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

for setup in rust-extras c; do
    if [ -x "scripts/setup/$setup.sh" ]; then eval "$("scripts/setup/$setup.sh")"; fi
done

passed=0
failed=0
failures=()
record() { # record NAME STATUS
    if [ "$2" -eq 0 ]; then
        passed=$((passed + 1))
        echo "hardening: $1: ok" >&2
    else
        failed=$((failed + 1))
        failures+=("$1")
        echo "hardening: $1: FAILED" >&2
    fi
}
step() { # step NAME COMMAND...
    local name="$1" start=$SECONDS status=0
    shift
    echo "hardening: $name ..." >&2
    "$@" || status=$?
    echo "hardening: $name took $((SECONDS - start)) s" >&2
    record "$name" "$status"
}

# Toolchains: missing ones fail (never a silent skip).
missing=()
command -v gcc >/dev/null || missing+=(gcc)
command -v abidw >/dev/null || missing+=("abidw (abigail-tools)")
cargo +nightly miri --version >/dev/null 2>&1 || missing+=("miri (nightly)")
cargo +nightly fuzz --version >/dev/null 2>&1 || missing+=(cargo-fuzz)
if [ ${#missing[@]} -gt 0 ]; then
    echo "hardening: missing toolchains: ${missing[*]} (scripts/setup/rust-extras.sh and c.sh install them)" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

build="$root/target/hardening"
mkdir -p "$build/lib" "$build/lib-panic"

# The shipped library, and one with the test-only panic trigger (own target dir).
cargo build --quiet --release --locked -p chat-errors-ffi
cp target/release/libchat_errors.so "$build/lib/"
CARGO_TARGET_DIR="$root/target/hardening-panic" \
    cargo build --quiet --release --locked -p chat-errors-ffi --features test-panic
cp target/hardening-panic/release/libchat_errors.so "$build/lib-panic/"
for lib in "$build/lib" "$build/lib-panic"; do ln -sf libchat_errors.so "$lib/libchat_errors.so.0"; done

compile() { # compile OUTPUT LIBDIR SOURCE EXTRA-FLAGS...
    local output="$1" libdir="$2" source="$3"
    shift 3
    gcc -std=c11 -g -Wall -Wextra -Werror -pthread "$@" -I include "$source" \
        -L "$libdir" -lchat_errors -Wl,-rpath,"$libdir" -o "$output"
}

bad_input() {
    compile "$build/bad_input" "$build/lib" tests/hardening/bad_input.c -O1 -fsanitize=address,undefined \
        -fno-sanitize-recover=all && "$build/bad_input"
}
c_threads() {
    compile "$build/threads" "$build/lib" tests/hardening/threads.c -O2 && "$build/threads"
}
c_threads_tsan() {
    compile "$build/threads-tsan" "$build/lib" tests/hardening/threads.c -O1 -fsanitize=thread &&
        TSAN_OPTIONS=halt_on_error=1 "$build/threads-tsan"
}
panic_boundary() {
    compile "$build/panic" "$build/lib-panic" tests/hardening/panic.c -O1 &&
        RUST_BACKTRACE=0 "$build/panic" 2>"$build/panic.stderr" &&
        grep -q "test-panic: the documented trigger name was looked up" "$build/panic.stderr" || {
        cat "$build/panic.stderr" >&2
        return 1
    }
}
rust_threads() {
    cargo test --quiet --release --locked -p chat-errors --test threads
}
# Miri over core's library and its lookup and thread tests. Not run under
# miri: core/tests/validation.rs (it tests the build script's TOML checks,
# which never ship in the library, and parsing the catalog takes miri many
# minutes per test), and two lookup tests that only repeat safe code (core has
# #![forbid(unsafe_code)]) over 1 MiB strings and full-text search; all of
# them run natively in `cargo test`, and the 1 MiB case runs under miri at the
# boundary (ffi/src/boundary_tests.rs).
miri_core() {
    cargo +nightly miri test --quiet --locked -p chat-errors --lib --test lookup --test threads -- \
        --skip unknown_and_hostile_names_are_not_found --skip search_finds_by_code_name_and_text_in_both_languages
}
miri_ffi() {
    cargo +nightly miri test --quiet --locked -p chat-errors-ffi --lib
}
miri_ffi_panic() {
    cargo +nightly miri test --quiet --locked -p chat-errors-ffi --lib --features test-panic
}

step "bad input from C (ASan, UBSan)" bad_input
step "C API from 16 threads" c_threads
step "C API from 16 threads (ThreadSanitizer)" c_threads_tsan
step "no panic crosses the boundary" panic_boundary
step "Rust API from 16 threads" rust_threads
step "miri: core tests" miri_core
step "miri: ffi tests" miri_ffi
step "miri: ffi tests with test-panic" miri_ffi_panic
step "fuzz every target for ${FUZZ_SECONDS:-60} s" scripts/fuzz.sh
step "ABI check" scripts/abi-check.sh

[ "$failed" -eq 0 ] || echo "hardening: failed: ${failures[*]}" >&2
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
