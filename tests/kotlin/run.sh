#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The Kotlin suite: Maven builds the Kotlin library (bindings/kotlin: the native
# library, the UniFFI Kotlin, the idiomatic layer), runs its JUnit 5 tests under
# Surefire (every entry through the raw and the idiomatic API, threads, bad
# input) and deploys the jar into a Maven repository in the build folder. Then
# the consumer project (tests/kotlin/consumer), a minimal app, resolves the
# artifact from that repository and answers lookups on a plain JVM, checked
# against the JSON export. Ends with "N passed, M failed".
set -euo pipefail
source "$(dirname "$0")/../../bindings/scripts/common.sh"
source "$ROOT/scripts/lib/checks.sh"

jvm_toolchain
work="$ROOT/build/tests/kotlin"
repo="$work/repository"
consumer="$ROOT/tests/kotlin/consumer"
rm -rf "$work"
mkdir -p "$work"

check "the Kotlin library builds, passes its JUnit tests and deploys to $repo" \
    mvn_install_library "$repo"
export_json="$ROOT/bindings/kotlin/target/export.json"

check "the consumer project resolves io.chaterrors:chat-errors from the build repository and compiles" \
    mvn_build_app "$consumer/pom.xml" "$repo" "$work/consumer.classpath"

# What the consumer must print, computed from the JSON export.
expected_line() { # expected_line SPACE CODE LANGUAGE
    python3 - "$export_json" "$@" <<'PY'
import json, sys
path, space, code, language = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
entries = json.load(open(path, encoding="utf-8"))["entries"]
entry = next((e for e in entries if e["space"] == space and e["code"] == code), None)
if entry is None:
    unknown = {"en": f"Unknown error ({space} {code})", "zh": f"未知错误（{space} {code}）"}
    print(f"unknown: {unknown[language]}")
else:
    transient = "true" if entry["transient"] else "false"
    print(f'{entry["name"]} transient={transient} action={entry["action"].upper()}: {entry["summary"][language]}')
PY
}
consumer_answers() { # consumer_answers SPACE CODE LANGUAGE-TAG LANGUAGE
    local want got
    want=$(expected_line "$1" "$2" "$4")
    got=$(cd "$work" && java -cp "$(cat "$work/consumer.classpath")" ConsumerKt "$1" "$2" "$3")
    [ "$got" = "$want" ] || { echo "  expected: $want"; echo "  got:      $got"; return 1; }
}
for query in "web 508 en-US en" "native 508 zh-CN zh" "web 16 zh zh" "native 204 en en" "native 12345 zh-Hans zh"; do
    read -r space code tag language <<<"$query"
    check "consumer on a plain JVM: $space $code ($tag)" consumer_answers "$space" "$code" "$tag" "$language"
done

finish_checks
