#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Benchmark of the Kotlin and Swift bindings (not a test: nothing is asserted).
# Builds libchat_errors in release, generates the bindings, and measures in one
# run: the one-time load of each space, a lookup through the idiomatic layer
# against a plain HashMap / Dictionary lookup of the same data (goal: at most
# 3x), and the raw UniFFI per-call cost. Prints a Markdown section per language;
# with --record, also writes them as "## Kotlin" and "## Swift" into
# docs/benchmarks.md (replacing those sections, keeping every other one).
#
# Usage: scripts/bench-bindings.sh [--record] [kotlin] [swift]   (default: both)
set -euo pipefail
source "$(dirname "$0")/../bindings/scripts/common.sh"

record=
languages=()
for arg in "$@"; do
    case "$arg" in
        --record) record=1 ;;
        kotlin | swift) languages+=("$arg") ;;
        *) echo "usage: $0 [--record] [kotlin] [swift]" >&2; exit 2 ;;
    esac
done
[ ${#languages[@]} -gt 0 ] || languages=(kotlin swift)

build_library release
work="$ROOT/build/bench"
mkdir -p "$work"
machine="$(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
command_line="scripts/bench-bindings.sh${*:+ $*}"

bench_kotlin() {
    kotlin_toolchain
    local dir="$work/kotlin"
    rm -rf "$dir" && mkdir -p "$dir"
    generate_bindings kotlin "$dir/generated"
    local sources
    mapfile -t sources < <(find "$dir/generated" "$ROOT/bindings/kotlin" "$ROOT/bindings/bench/kotlin" -name '*.kt' | sort)
    "$KOTLINC" -Werror -cp "$JNA_JAR" -include-runtime -d "$dir/bench.jar" "${sources[@]}" 2>/dev/null
    echo "## Kotlin"
    echo
    echo "\`$command_line\` ($machine; $(java -version 2>&1 | head -1), JNA $(basename "$(readlink -f "$JNA_JAR")" .jar),"
    echo "UniFFI $(uniffi_version), release build). Lookups cycle over every code and name of both spaces."
    echo
    echo "| measure | result | goal |"
    echo "| --- | --- | --- |"
    java -Djna.library.path="$LIB_DIR" -cp "$dir/bench.jar:$JNA_JAR" io.chaterrors.bench.BenchKt 2>/dev/null
    echo
}

bench_swift() {
    swift_toolchain
    local dir="$work/swift"
    rm -rf "$dir" && mkdir -p "$dir/lib" "$dir/src"
    generate_bindings swift "$dir/generated"
    copy_library "$dir/lib"
    cp "$ROOT"/bindings/swift/*.swift "$dir/src/"
    cp "$ROOT/bindings/bench/swift/main.swift" "$dir/"
    local version
    version=$(swift_exec "$dir" 'swiftc --version 2>&1 | head -1')
    echo "## Swift"
    echo
    echo "\`$command_line\` ($machine; $version, -O, UniFFI $(uniffi_version), release build)."
    echo "Lookups cycle over every code and name of both spaces."
    echo
    echo "| measure | result | goal |"
    echo "| --- | --- | --- |"
    # shellcheck disable=SC2016 # expanded by the shell that swift-run.sh starts in $dir
    swift_exec "$dir" '
        set -e
        ffi=(-Xcc -fmodule-map-file="$PWD/generated/ChatErrorsFFI.modulemap" -I "$PWD/generated")
        swiftc -O -parse-as-library -module-name ChatErrorsKit -emit-library -emit-module \
            -emit-module-path lib/ChatErrorsKit.swiftmodule "${ffi[@]}" generated/ChatErrorsKit.swift src/*.swift \
            -L lib -lchat_errors -o lib/libChatErrorsKit.so
        swiftc -O -module-name Bench -I lib "${ffi[@]}" main.swift -L lib -lChatErrorsKit -lchat_errors -o bench
        LD_LIBRARY_PATH="$PWD/lib" ./bench'
    echo
}

uniffi_version() {
    awk '/^name = "uniffi"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock"
}

report="$work/report.md"
: >"$report"
for language in "${languages[@]}"; do
    "bench_$language" | tee -a "$report"
done

if [ -n "$record" ]; then
    file="$ROOT/docs/benchmarks.md"
    mkdir -p "${file%/*}"
    [ -f "$file" ] || printf '# Benchmarks\n\n' >"$file"
    # Drop the sections being replaced (from their heading to the next "## "), then append the new ones.
    drop=$(printf '%s|' "${languages[@]}")
    awk -v drop="|${drop}" '
        /^## / { name = tolower(substr($0, 4)); skipping = index(drop, "|" name "|") > 0 }
        !skipping { print }
    ' "$file" >"$file.new"
    sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$file.new" >"$file"
    rm -f "$file.new"
    { echo; cat "$report"; } >>"$file"
    sed -i -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$file"
    echo "recorded in docs/benchmarks.md" >&2
fi
