#!/usr/bin/env bash
# The hardening suite (docs/safety.md): thread stress (C and Rust; C also
# under ThreadSanitizer), miri over the core and ffi tests (with and without
# the test-panic trigger), a bounded fuzz run of every target, and the ABI
# check. Hostile input from C and the panic boundary in C are the C suite's
# (tests/c: bad_inputs.c, panic.c). Each step is one check and prints its
# time; ends with "N passed, M failed".
#
# Usage: tests/hardening/run.sh            (FUZZ_SECONDS, default 20, per fuzz target;
#                                           the long run is scripts/fuzz.sh with FUZZ_SECONDS=3600)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

for setup in rust-extras c; do
    if [ -x "scripts/setup/$setup.sh" ]; then eval "$("scripts/setup/$setup.sh")"; fi
done

source scripts/lib/checks.sh

# Toolchains: missing ones fail (never a silent skip).
missing=()
command -v gcc >/dev/null || missing+=(gcc)
command -v abidw >/dev/null || missing+=("abidw (abigail-tools)")
cargo +nightly miri --version >/dev/null 2>&1 || missing+=("miri (nightly)")
cargo +nightly fuzz --version >/dev/null 2>&1 || missing+=(cargo-fuzz)
if [ ${#missing[@]} -gt 0 ]; then
    echo "hardening: missing toolchains: ${missing[*]} (scripts/setup/rust-extras.sh and c.sh install them)" >&2
    CI=true missing_tool "${missing[*]}"
    finish_checks
    exit 1
fi

build="$root/target/hardening"
mkdir -p "$build/lib"

# The shipped library.
cargo build --quiet --profile release-c --locked -p chat-errors-ffi
cp target/release-c/libchat_errors.so "$build/lib/"
ln -sf libchat_errors.so "$build/lib/libchat_errors.so.0"

compile() { # compile OUTPUT LIBDIR SOURCE EXTRA-FLAGS...
    local output="$1" libdir="$2" source="$3"
    shift 3
    gcc -std=c11 -g -Wall -Wextra -Werror -pthread "$@" -I include "$source" \
        -L "$libdir" -lchat_errors -Wl,-rpath,"$libdir" -o "$output"
}

c_threads() {
    compile "$build/threads" "$build/lib" tests/hardening/threads.c -O2 && "$build/threads"
}
c_threads_tsan() {
    compile "$build/threads-tsan" "$build/lib" tests/hardening/threads.c -O1 -fsanitize=thread &&
        TSAN_OPTIONS=halt_on_error=1 "$build/threads-tsan"
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
# With the test-only trigger, only the panic test: the others ran just above.
miri_ffi_panic() {
    cargo +nightly miri test --quiet --locked -p chat-errors-ffi --lib --features test-panic -- \
        a_panic_inside_returns_the_default
}

check "C API from 16 threads" c_threads
check "C API from 16 threads (ThreadSanitizer)" c_threads_tsan
check "Rust API from 16 threads" rust_threads
check "miri: core tests" miri_core
check "miri: ffi tests" miri_ffi
check "miri: ffi tests with test-panic" miri_ffi_panic
export FUZZ_SECONDS=${FUZZ_SECONDS:-20}
check "fuzz every target for $FUZZ_SECONDS s" scripts/fuzz.sh
check "ABI check" scripts/abi-check.sh

finish_checks
