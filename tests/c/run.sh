#!/usr/bin/env bash
# The C/C++ suite of the C ABI (libchat_errors, include/chat_errors.h[pp]).
#
# Builds the shipped library (release), then checks: the headers compile alone
# (C99, C11, C++17; gcc and clang; -Wall -Wextra -Werror -pedantic) and carry
# ASCII doc comments; exported symbols, SONAME and version macros; every entry
# and every meaning of the JSON export round-trips through the C API and
# through the C++ wrapper field by field, and the SDK-context answers match
# the export's scopes (compare.py); bad inputs get their documented answers;
# the C++ wrapper agrees with the C API. Each
# test program runs linked statically and dynamically, with ASan+UBSan, and
# again under valgrind memcheck. Then the panic test (library built with
# --features test-panic in its own target directory), and the install test:
# scripts/install.sh into a scratch prefix, the examples built from a scratch
# directory through pkg-config and through CMake, and run.
#
# Usage: tests/c/run.sh  (from any directory). Ends with "N passed, M failed".
# A missing tool skips its checks locally (counted as skipped); under CI=true
# it is a failure.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/tests/c"
cd "$root"
if [ -x scripts/setup/c.sh ]; then
    eval "$(scripts/setup/c.sh)"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/chat-errors-c-tests.XXXXXX")
source "$root/scripts/lib/checks.sh"
trap 'rm -rf "$work" "$checks_log_dir"' EXIT

# needs <tool...>: true when every tool is there; otherwise a failure under CI,
# a skip elsewhere.
needs() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || { missing_tool "$tool"; return 1; }
    done
}

needs cc c++ gcc g++ python3 nm readelf || { finish_checks; exit 1; }

# ---- the shipped library and the expected data
echo "building the shipped C library (profile release-c) and the JSON export"
cargo build --quiet --profile release-c -p chat-errors-ffi
cargo build --quiet -p chat-errors-cli
read -r version target_dir < <(cargo metadata --format-version 1 --no-deps | python3 -c '
import json, sys
meta = json.load(sys.stdin)
ffi = next(p for p in meta["packages"] if p["name"] == "chat-errors-ffi")
print(ffi["version"], meta["target_directory"])')
# The shipped libraries, with the SONAME link a dynamic program loads.
release="$work/shipped"
mkdir -p "$release"
"$target_dir/debug/chat-errors" export --format json >"$work/export.json"
IFS=. read -r major minor patch <<<"${version%%[-+]*}"
abi=$(sed -n 's/^#define CHAT_ERRORS_ABI_VERSION \([0-9][0-9]*\)$/\1/p' include/chat_errors.h)
native_libs=$(cargo rustc --quiet --profile release-c -p chat-errors-ffi --lib --crate-type staticlib -- \
    --print native-static-libs 2>&1 | sed -n 's/.*native-static-libs: //p' | tail -n 1)
cargo build --quiet --profile release-c -p chat-errors-ffi # restore both crate types after the print

strict=(-Wall -Wextra -Werror -pedantic)
# lay_out <build dir> <dir>: the .a, the .so and its SONAME link in <dir>.
lay_out() {
    mkdir -p "$2"
    cp "$1/libchat_errors.a" "$1/libchat_errors.so" "$2/"
    ln -sfn libchat_errors.so "$2/libchat_errors.so.$abi"
}
lay_out "$target_dir/release-c" "$release"

# ---- the headers on their own
header_alone() { # <compiler> <language> <standard> <header>
    printf '#include "%s"\nint chat_errors_header_alone_check;\n' "$4" |
        "$1" -x "$2" "-std=$3" "${strict[@]}" -I "$root/include" -c - -o /dev/null
}
for compiler in gcc clang; do
    command -v "$compiler" >/dev/null || { needs "$compiler" || true; continue; }
    for standard in c99 c11; do
        check "chat_errors.h alone as ${standard^^} ($compiler)" header_alone "$compiler" c "$standard" chat_errors.h
    done
done
for compiler in g++ clang++; do
    command -v "$compiler" >/dev/null || { needs "$compiler" || true; continue; }
    check "chat_errors.h alone as C++17 ($compiler)" header_alone "$compiler" c++ c++17 chat_errors.h
    check "chat_errors.hpp alone as C++17 ($compiler)" header_alone "$compiler" c++ c++17 chat_errors.hpp
done
check "chat_errors.h is ASCII with a doc comment on every item" python3 - "$root/include/chat_errors.h" <<'EOF'
import re, sys
text = open(sys.argv[1], "rb").read()
bad = [i for i, byte in enumerate(text) if byte > 0x7F]
assert not bad, f"non-ASCII bytes at offsets {bad[:5]}"
lines = text.decode().splitlines()
items = 0
for number, line in enumerate(lines):
    if re.match(r"(#define CHAT_ERRORS_\w+ |typedef |const |size_t |uint32_t |int32_t |bool )", line) \
            and not line.startswith("#define CHAT_ERRORS_H"):
        items += 1
        assert lines[number - 1].strip() == "*/", f"line {number + 1} has no doc comment: {line}"
assert items > 150, f"only {items} items found"
print(f"{items} items documented")
EOF

# ---- the exported ABI
exported_symbols() {
    nm -D --defined-only "$release/libchat_errors.so" | awk '{print $3}' | sort
}
declared_functions() {
    python3 -c '
import re, sys
text = re.sub(r"/\*.*?\*/", "", open(sys.argv[1]).read(), flags=re.S)
print("\n".join(sorted(set(re.findall(r"\b(chat_errors_\w+)\s*\(", text)))))' include/chat_errors.h
}
check "every exported symbol is prefixed chat_errors_" \
    bash -c "! nm -D --defined-only '$release/libchat_errors.so' | awk '{print \$3}' | grep -v '^chat_errors_'"
check "the exported functions are exactly the header's" diff <(exported_symbols) <(declared_functions)
check "SONAME is libchat_errors.so.$abi" \
    bash -c "readelf -d '$release/libchat_errors.so' | grep -F 'Library soname: [libchat_errors.so.$abi]'"
check "the shipped library has no test-panic trigger" \
    bash -c "! grep -qa CHAT_ERRORS_TEST_PANIC '$release/libchat_errors.so' '$release/libchat_errors.a'"
# The C-only build aborts on panic (docs/safety.md): allowed only while no
# exported function can reach a panic. A reachable panic keeps the panic
# handler (rust_begin_unwind) and core::panicking in the library's symbols.
no_panic_path() {
    ! nm -C "$release/libchat_errors.so" "$release/libchat_errors.a" 2>/dev/null |
        grep -E 'rust_begin_unwind|core::panicking::|panic_fmt|panic_bounds_check|slice_index_fail'
}
check "the shipped library has no panic path (no panic handler, no core::panicking)" no_panic_path

# ---- test programs: static and dynamic, ASan+UBSan, then valgrind
sanitize=(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1)
# build <name> <source> <library dir> <static|dynamic> <extra flags...>
build() {
    local name=$1 source=$2 libdir=$3 linkage=$4
    shift 4
    local compiler=cc standard=-std=c99
    case "$source" in *.cpp) compiler=c++ standard=-std=c++17 ;; esac
    local link=(-L"$libdir" -lchat_errors -Wl,-rpath,"$libdir")
    # shellcheck disable=SC2206 # the native libraries are separate words
    [ "$linkage" = dynamic ] || link=("$libdir/libchat_errors.a" $native_libs)
    "$compiler" "$standard" "${strict[@]}" "$@" -I "$root/include" -I "$here" "$here/$source" "${link[@]}" \
        -o "$work/$name"
}
round_trip() { # <binary> [runner...]
    local binary=$1
    shift
    "$@" "$work/$binary" "$work/$binary.json" && python3 "$here/compare.py" "$work/$binary.json" "$work/export.json"
}
version_flags=(-DEXPECTED_MAJOR="$major" -DEXPECTED_MINOR="$minor" -DEXPECTED_PATCH="$patch" -DEXPECTED_ABI="$abi")
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1

# build_suite <suffix> <linkage> <flags...>: the four test programs.
build_suite() {
    local suffix=$1 linkage=$2
    shift 2
    build "dump-$suffix" dump.c "$release" "$linkage" "$@" &&
        build "bad_inputs-$suffix" bad_inputs.c "$release" "$linkage" "$@" &&
        build "version-$suffix" version.c "$release" "$linkage" "$@" "${version_flags[@]}" &&
        build "wrapper-$suffix" wrapper.cpp "$release" "$linkage" "$@"
}

for linkage in dynamic static; do
    check "build the tests, $linkage, with ASan+UBSan" build_suite "$linkage-asan" "$linkage" "${sanitize[@]}"
    check "round trip of every entry and meaning, SDK contexts, $linkage, ASan+UBSan" round_trip "dump-$linkage-asan"
    check "bad inputs, $linkage, ASan+UBSan" "$work/bad_inputs-$linkage-asan"
    check "version macros, $linkage, ASan+UBSan" "$work/version-$linkage-asan"
    check "C++ wrapper, every entry and meaning against the export, $linkage, ASan+UBSan" \
        round_trip "wrapper-$linkage-asan"
done

memcheck=(valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite)
if needs valgrind; then
    for linkage in dynamic static; do
        check "build the tests, $linkage, for valgrind" build_suite "$linkage" "$linkage" -g -O1
        check "round trip of every entry and meaning, SDK contexts, $linkage, valgrind" round_trip "dump-$linkage" "${memcheck[@]}"
        check "bad inputs, $linkage, valgrind" "${memcheck[@]}" "$work/bad_inputs-$linkage"
        check "version macros, $linkage, valgrind" "${memcheck[@]}" "$work/version-$linkage"
        check "C++ wrapper, every entry and meaning against the export, $linkage, valgrind" \
            round_trip "wrapper-$linkage" "${memcheck[@]}"
    done
fi

# ---- an independent reading of the data: the C floor of scripts/bench-c.sh
# (generated from the JSON export by Python, names through gperf) answers every
# code and name as the library does, misses included
if command -v gperf >/dev/null; then
    check "the library and the C floor (Python + gperf) agree on every code and name" scripts/bench-c.sh --check
else
    missing_tool gperf
fi

# ---- the panic boundary of the unwinding build (the C ABI inside the UniFFI
# library): a separate build with the test-only trigger
panic_target="$target_dir/c-test-panic"
check "build the library with --features test-panic (own target dir)" \
    cargo build --quiet --release -p chat-errors-ffi --features test-panic --target-dir "$panic_target"
panic_lib="$work/test-panic"
lay_out "$panic_target/release" "$panic_lib"
panic_run() { # <binary> [runner...]: the program passes and the panic really happened
    local binary=$1
    shift
    "$@" "$work/$binary" 2>"$work/$binary.stderr" && grep -q 'test-panic: the documented trigger' "$work/$binary.stderr"
}
for linkage in dynamic static; do
    check "build the panic test, $linkage, ASan+UBSan" \
        build "panic-$linkage-asan" panic.c "$panic_lib" "$linkage" "${sanitize[@]}"
    check "a panic inside the library returns the default, $linkage, ASan+UBSan" panic_run "panic-$linkage-asan"
done
if command -v valgrind >/dev/null; then
    check "build the panic test for valgrind" build panic-dynamic panic.c "$panic_lib" dynamic -g -O1
    check "a panic inside the library returns the default, valgrind" panic_run panic-dynamic "${memcheck[@]}"
fi

# ---- install, then build the examples from a scratch directory
prefix="$work/prefix"
check "scripts/install.sh <prefix>" scripts/install.sh "$prefix"
check "the installed tree has both libraries, SONAME links and both headers" bash -c "
    set -e
    test -f '$prefix/lib/libchat_errors.so.$version' -a -f '$prefix/lib/libchat_errors.a'
    test \"\$(readlink '$prefix/lib/libchat_errors.so')\" = libchat_errors.so.$abi
    test \"\$(readlink '$prefix/lib/libchat_errors.so.$abi')\" = libchat_errors.so.$version
    test -f '$prefix/include/chat_errors.h' -a -f '$prefix/include/chat_errors.hpp'
    test -f '$prefix/lib/cmake/ChatErrors/ChatErrorsConfig.cmake' -a -f '$prefix/lib/cmake/ChatErrors/ChatErrorsConfigVersion.cmake'"
scratch="$work/consumer"
mkdir -p "$scratch"
cp -r "$root/examples" "$scratch/examples"

# explain_matches <binary>: for every entry of the export, the example prints
# the Chinese summary, the name and the retry advice, and exits 0; an unknown
# code gives the unknown-code message and exit status 1.
explain_matches() {
    python3 - "$1" "$work/export.json" <<'EOF'
import json, subprocess, sys
binary, export = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
for entry in export["entries"]:
    run = subprocess.run([binary, entry["space"], str(entry["code"]), "zh-CN"], capture_output=True, text=True)
    lines = run.stdout.splitlines()
    retry = "yes, later" if entry["transient"] else "no"
    expected = [entry["summary"]["zh"], f"name: {entry['name']}", f"retry: {retry}", f"action: {entry['action']}"]
    assert run.returncode == 0 and lines == expected, (entry["space"], entry["code"], run.returncode, lines, expected)
unknown = subprocess.run([binary, "web", "2147483647"], capture_output=True, text=True)
assert unknown.returncode == 1 and unknown.stdout.startswith("Unknown error (web 2147483647)\n"), unknown
assert subprocess.run([binary, "mars", "1"], capture_output=True).returncode == 2
print(f"{len(export['entries'])} codes explained")
EOF
}

if needs pkg-config; then
    export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
    check "C example through pkg-config (shared)" bash -c "cd '$scratch/examples/c' && \
        cc -std=c99 ${strict[*]} explain.c \$(pkg-config --cflags --libs chat_errors) \
        -Wl,-rpath,\$(pkg-config --variable=libdir chat_errors) -o explain-pc"
    check "the pkg-config build runs with the installed shared library" bash -c "
        loaded=\$(ldd '$scratch/examples/c/explain-pc' | awk '/libchat_errors/ {print \$3}')
        test \"\$(realpath \"\$loaded\")\" = \"\$(realpath '$prefix/lib/libchat_errors.so.$abi')\""
    check "C example through pkg-config (shared) explains every code" explain_matches "$scratch/examples/c/explain-pc"
    check "C example through pkg-config (static)" bash -c "cd '$scratch/examples/c' && \
        cc -std=c99 ${strict[*]} explain.c \$(pkg-config --cflags --libs chat_errors-static) -o explain-pc-static"
    check "the static pkg-config build needs no libchat_errors.so" \
        bash -c "! ldd '$scratch/examples/c/explain-pc-static' | grep -F libchat_errors"
    check "C example through pkg-config (static) explains every code" explain_matches "$scratch/examples/c/explain-pc-static"
fi

if needs cmake; then
    for flavour in shared static; do
        static=OFF
        [ "$flavour" = shared ] || static=ON
        build_dir="$scratch/build-$flavour"
        check "C and C++ examples through CMake find_package(ChatErrors) ($flavour)" bash -c "
            cmake -S '$scratch/examples' -B '$build_dir' -DCMAKE_PREFIX_PATH='$prefix' \
                -DCHAT_ERRORS_STATIC=$static -DCMAKE_BUILD_TYPE=Release &&
            cmake --build '$build_dir'"
        check "C example through CMake ($flavour) explains every code" explain_matches "$build_dir/explain"
        check "C++ example through CMake ($flavour) explains every code" explain_matches "$build_dir/explain_cpp"
    done
fi

finish_checks
