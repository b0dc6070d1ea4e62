#!/usr/bin/env bash
# Benchmarks the C library against the C floor, in the same run: the same data
# as a plain C library (tests/c/c_floor.py, from the JSON export: strings in
# one text, records of 32-bit words, a dense array per space for codes, gperf
# for names), built with cc -O2 and linked the same way as the release
# library (statically, then dynamically). Prints sizes (stripped shared
# libraries) and lookup times; docs/benchmarks.md records them.
#
# Usage: scripts/bench-c.sh [--check]
#   --check  only build both sides and check that they agree on every query
#            (every code and name, and misses); run by tests/c/run.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=${1:-}
case "$mode" in
"" | --check) ;;
*)
    echo "usage: scripts/bench-c.sh [--check]" >&2
    exit 2
    ;;
esac
command -v gperf >/dev/null || {
    echo "bench-c.sh: gperf is missing (scripts/setup/c.sh installs it)" >&2
    exit 1
}

target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
work=$(mktemp -d "${TMPDIR:-/tmp}/chat-errors-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release -p chat-errors-cli
cargo build --quiet --profile release-c -p chat-errors-ffi
native_libs=$(cargo rustc --quiet --profile release-c -p chat-errors-ffi --lib --crate-type staticlib -- \
    --print native-static-libs 2>&1 | sed -n 's/.*native-static-libs: //p' | tail -n 1)
cargo build --quiet --profile release-c -p chat-errors-ffi
cp "$target_dir/release-c/libchat_errors.so" "$target_dir/release-c/libchat_errors.a" "$work/"
abi=$(sed -n 's/^#define CHAT_ERRORS_ABI_VERSION \([0-9][0-9]*\)$/\1/p' include/chat_errors.h)
ln -s libchat_errors.so "$work/libchat_errors.so.$abi"

"$target_dir/release/chat-errors" export --format json >"$work/catalog.json"
python3 tests/c/c_floor.py "$work/catalog.json" "$work"
for space in web native; do
    gperf --output-file="$work/floor_${space}_names.c" "$work/floor_${space}_names.gperf"
done
floor_sources=("$work/floor.c" "$work/floor_web_names.c" "$work/floor_native_names.c")
cc -std=c99 -O2 -fPIC -shared "${floor_sources[@]}" -o "$work/libfloor.so"
for source in "${floor_sources[@]}"; do
    cc -std=c99 -O2 -c "$source" -o "${source%.c}.o"
done

bench=(cc -std=c99 -O2 -I include -I "$work" tests/c/bench.c)
# shellcheck disable=SC2086 # the native libraries are separate words
"${bench[@]}" "${floor_sources[@]/%.c/.o}" "$work/libchat_errors.a" $native_libs -o "$work/bench-static"
"${bench[@]}" -L "$work" -lfloor -lchat_errors -Wl,-rpath,"$work" -o "$work/bench-dynamic"

if [ "$mode" = --check ]; then
    "$work/bench-static" --check
    "$work/bench-dynamic" --check
    exit 0
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "compiler: $(cc --version | head -n 1); $(rustc --version); $(gperf --version | head -n 1)"
echo "## size (stripped shared libraries)"
strip -o "$work/floor.stripped" "$work/libfloor.so"
strip -o "$work/c-only.stripped" "$work/libchat_errors.so"
cargo build --quiet --release -p chat-errors-ffi --features uniffi
strip -o "$work/uniffi.stripped" "$target_dir/release/libchat_errors.so"
floor_bytes=$(stat -c %s "$work/floor.stripped")
for library in c-only uniffi; do
    bytes=$(stat -c %s "$work/$library.stripped")
    printf '%-8s %8d bytes, %.2fx the C floor (%d bytes)\n' "$library" "$bytes" \
        "$(python3 -c "print($bytes / $floor_bytes)")" "$floor_bytes"
done
echo "## static (libchat_errors.a, floor objects)"
"$work/bench-static"
echo "## dynamic (libchat_errors.so, libfloor.so)"
"$work/bench-dynamic"
