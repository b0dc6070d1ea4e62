#!/usr/bin/env bash
# Benchmarks the C API (tests/c/bench.c) against a plain C array baseline in
# the same run: the release library, the benchmark compiled with -O2, linked
# statically and dynamically. Prints the results; docs/benchmarks.md records them.
#
# Usage: scripts/bench-c.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

cargo build --quiet --release -p chat-errors-ffi
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
native_libs=$(cargo rustc --quiet --release -p chat-errors-ffi --lib --crate-type staticlib -- \
    --print native-static-libs 2>&1 | sed -n 's/.*native-static-libs: //p' | tail -n 1)
cargo build --quiet --release -p chat-errors-ffi
work=$(mktemp -d "${TMPDIR:-/tmp}/chat-errors-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$target_dir/release/libchat_errors.so" "$work/"
abi=$(sed -n 's/^#define CHAT_ERRORS_ABI_VERSION \([0-9][0-9]*\)$/\1/p' include/chat_errors.h)
ln -s libchat_errors.so "$work/libchat_errors.so.$abi"

# shellcheck disable=SC2086 # the native libraries are separate words
cc -std=c99 -O2 -I include tests/c/bench.c "$target_dir/release/libchat_errors.a" $native_libs -o "$work/bench-static"
cc -std=c99 -O2 -I include tests/c/bench.c -L "$work" -lchat_errors -Wl,-rpath,"$work" -o "$work/bench-dynamic"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "compiler: $(cc --version | head -n 1); $(rustc --version)"
echo "## static (libchat_errors.a)"
"$work/bench-static"
echo "## dynamic (libchat_errors.so)"
"$work/bench-dynamic"
