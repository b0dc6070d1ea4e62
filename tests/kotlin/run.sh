#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The Kotlin bindings suite: builds libchat_errors (C ABI + UniFFI), generates
# the UniFFI Kotlin from it, compiles it with the idiomatic layer and the tests
# in one kotlinc call (-Werror), and checks every entry of the JSON export
# through both APIs. Ends with "N passed, 0 failed".
set -euo pipefail
source "$(dirname "$0")/../../bindings/scripts/common.sh"

kotlin_toolchain
build_library debug
work="$ROOT/build/tests/kotlin"
rm -rf "$work"
mkdir -p "$work"
generate_bindings kotlin "$work/generated"
(cd "$ROOT" && cargo run --quiet -p chat-errors-cli -- export --format json) >"$work/export.json"

mapfile -t sources < <(find "$work/generated" "$ROOT/bindings/kotlin" "$ROOT/tests/kotlin" -name '*.kt' | sort)
"$KOTLINC" -Werror -cp "$JNA_JAR" -include-runtime -d "$work/tests.jar" "${sources[@]}"

java -Djna.library.path="$LIB_DIR" -cp "$work/tests.jar:$JNA_JAR" io.chaterrors.tests.BindingsTestKt "$work/export.json"
