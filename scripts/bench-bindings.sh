#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Benchmark of the Kotlin and Swift bindings (not a test: nothing is asserted).
# Measures in one run: the first answer (Kotlin: in fresh JVMs, against a
# Kotlin object of the same entries as literals, goal: no slower; Swift: in
# fresh processes, against a dictionary of literals, goal: at most 3x), a lookup through the idiomatic layer
# against a plain HashMap / Dictionary lookup of the same data (goal: at most
# 3x), and the raw UniFFI per-call cost. Kotlin runs under JMH
# (bindings/kotlin/bench) against the Maven artifact; Swift builds
# libchat_errors in release and generates the bindings. Prints a Markdown section per language;
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

work="$ROOT/build/bench"
mkdir -p "$work"
machine="$(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
command_line="scripts/bench-bindings.sh${*:+ $*}"

bench_kotlin() {
    jvm_toolchain
    local dir="$work/kotlin"
    rm -rf "$dir" && mkdir -p "$dir"
    mvn_install_library "$dir/repository" -q -DskipTests >&2
    mvn_build_app "$ROOT/bindings/kotlin/bench/pom.xml" "$dir/repository" "$dir/classpath" >&2
    java -cp "$(cat "$dir/classpath")" io.chaterrors.bench.LiteralCheck >&2
    env -u XDG_CACHE_HOME java -cp "$(cat "$dir/classpath")" org.openjdk.jmh.Main -rf json -rff "$dir/jmh.json" >"$dir/jmh.log" 2>&1 ||
        { tail -n 40 "$dir/jmh.log" >&2; return 1; }
    echo "## Kotlin"
    echo
    echo "\`$command_line\` ($machine; $(java -version 2>&1 | head -1), JMH $(jmh_version),"
    echo "UniFFI $(uniffi_version), release build; the Maven artifact as an app uses it). Lookups cycle"
    echo "over every code and name of both spaces; mean of 2 forks x 5 iterations of 1 s after 3 s warm-up,"
    echo "± the 99.9% interval JMH reports. A first answer is one shot in each of $(first_answer_forks) fresh JVMs, median"
    echo "(min-max); the literal object is generated from the library's entries at each run (\`bindings/kotlin/bench/LiteralWriter.java\`:"
    echo "every entry of both spaces as a Kotlin literal, an object per space built on its first lookup; checked equal to the library's)."
    echo "The library comes from its extraction cache (filled by a machine's first run of it: \"empty cache\")."
    echo "Benchmark sources: \`bindings/kotlin/bench/\`."
    echo
    echo "| measure | result | goal |"
    echo "| --- | --- | --- |"
    python3 - "$dir/jmh.json" <<'PY'
import json, statistics, sys
results = {}
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].rsplit(".", 1)[1]
    implementation = r.get("params", {}).get("implementation")
    results[f"{name}:{implementation}" if implementation else name] = r["primaryMetric"]
def cell(name):
    m = results[name]
    return f'{m["score"]:.1f} ± {m["scoreError"]:.1f} {m["scoreUnit"].split("/")[0]}'
def shots(name):
    return [value for fork in results[name]["rawData"] for value in fork]
def median(name):
    return statistics.median(shots(name))
def shot_cell(name):
    values = shots(name)
    return f"{median(name):.1f} ms ({min(values):.1f}-{max(values):.1f})"
def ratio(kind):
    return f'**{results[kind + ":library"]["score"] / results[kind + ":hashMap"]["score"]:.2f}x**'
rows = [
    ("first answer in a fresh JVM: ChatErrors.lookup(WEB, 508)", shot_cell("firstAnswer"), ""),
    ("first answer in a fresh JVM: LiteralCatalog.lookup(WEB, 508), the entries as a Kotlin object of literals", shot_cell("literalFirstAnswer"), ""),
    ("**ratio first answer (library / literal object), medians**", f'**{median("firstAnswer") / median("literalFirstAnswer"):.2f}**', "goal <= 1.0"),
    ("first answer in a fresh JVM, empty cache: ChatErrors.lookup(WEB, 508), the library extracted from the jar first", shot_cell("firstAnswerEmptyCache"), ""),
    ("step of the first answer: libchat_errors loaded from the cache, checked (2 JNI calls)", shot_cell("libraryLoad"), ""),
    ("step of the first answer: first JNI calls (the web space's codes, one entry)", shot_cell("firstJniCalls"), ""),
    ("lookup by code: ChatErrors.lookup", cell("byCode:library"), ""),
    ("lookup by code: HashMap<Integer, ErrorEntry>", cell("byCode:hashMap"), ""),
    ("**ratio by code**", ratio("byCode"), "goal <= 3x"),
    ("lookup by name: ChatErrors.lookup (ASCII case-insensitive)", cell("byName:library"), ""),
    ("lookup by name: HashMap<String, ErrorEntry> (exact case)", cell("byName:hashMap"), ""),
    ("**ratio by name**", ratio("byName"), "goal <= 3x"),
    ("raw UniFFI lookup (one call over JNA)", cell("rawUniffiLookup"), ""),
]
for row in rows:
    print("| " + " | ".join(row) + " |")
PY
    echo
}

first_answer_forks() {
    sed -n 's/^@Fork(\([0-9]*\))$/\1/p' "$ROOT/bindings/kotlin/bench/src/main/java/io/chaterrors/bench/FirstAnswerBenchmark.java"
}

jmh_version() {
    sed -n 's:.*<jmh.version>\(.*\)</jmh.version>.*:\1:p' "$ROOT/bindings/kotlin/bench/pom.xml"
}

bench_swift() {
    swift_toolchain
    build_library release
    local dir="$work/swift" runs=21
    prepare_swift "$dir"
    cp "$ROOT/bindings/bench/swift/main.swift" "$ROOT/bindings/bench/swift/WriteLiterals.swift" "$dir/"
    swift_program "$dir" -O WriteLiterals WriteLiterals.swift Literals.swift
    local version
    version=$(swift_exec "$dir" 'swiftc --version 2>&1 | head -1')
    echo "## Swift"
    echo
    echo "\`$command_line\` ($machine; $version, -O, UniFFI $(uniffi_version), release build)."
    echo "Lookups cycle over every code and name of both spaces. The first answer is one lookup"
    echo "in each of $runs fresh processes per side (alternating), timed from the top of main(), median;"
    echo "the literals are every web entry as Swift literals in one \`[Int32: ErrorEntry]\` global"
    echo "(\`bindings/bench/swift/WriteLiterals.swift\` writes them from the library's entries by"
    echo "reflection; the benchmark checks they equal the catalog). Benchmark sources: \`bindings/bench/swift/\`."
    echo
    echo "| measure | result | goal |"
    echo "| --- | --- | --- |"
    swift_program "$dir" -O Bench "main.swift Literals.swift"
    # shellcheck disable=SC2016 # expanded by the shell that swift-run.sh starts in $dir
    swift_exec "$dir" 'for _ in $(seq '"$runs"'); do
            for side in layer literals; do echo "$side $(LD_LIBRARY_PATH="$PWD/lib" ./program first "$side")"; done
        done' >"$dir/first.txt"
    python3 - "$dir/first.txt" <<'PY'
import statistics, sys
times, names = {}, set()
for line in open(sys.argv[1]):
    side, nanos, name = line.split()
    times.setdefault(side, []).append(int(nanos))
    names.add(name)
assert names == {"MESSAGE_MODERATION_BLOCKED"}, names
layer, literals = (statistics.median(times[side]) / 1e6 for side in ("layer", "literals"))
print(f"| first answer in a fresh process: ChatErrors.lookup(.web, code: 508) | {layer:.3f} ms | |")
print(f"| first answer in a fresh process: [Int32: ErrorEntry] of literals | {literals:.3f} ms | |")
print(f"| **ratio of first answers** | **{layer / literals:.2f}x** | goal <= 3x |")
PY
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
