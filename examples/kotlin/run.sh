#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Builds libchat_errors and the Kotlin bindings, then compiles and runs the
# onError example. Arguments go to the example (a language tag, e.g. zh-CN).
set -euo pipefail
source "$(dirname "$0")/../../bindings/scripts/common.sh"

kotlin_toolchain
build_library debug
work="$ROOT/build/examples/kotlin"
rm -rf "$work"
mkdir -p "$work"
generate_bindings kotlin "$work/generated"
mapfile -t sources < <(find "$work/generated" "$ROOT/bindings/kotlin" "$ROOT/examples/kotlin" -name '*.kt' | sort)
"$KOTLINC" -Werror -cp "$JNA_JAR" -include-runtime -d "$work/example.jar" "${sources[@]}"
java -Djna.library.path="$LIB_DIR" -cp "$work/example.jar:$JNA_JAR" io.chaterrors.example.OnErrorKt "$@"
