#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Builds libchat_errors and the Swift bindings (module ChatErrorsKit), then
# compiles and runs the onError example. Arguments go to the example (a
# language tag, e.g. zh-Hans-CN).
set -euo pipefail
source "$(dirname "$0")/../../bindings/scripts/common.sh"

swift_toolchain
build_library debug
work="$ROOT/build/examples/swift"
prepare_swift "$work"
cp "$ROOT/examples/swift/main.swift" "$work/"
swift_program "$work" -warnings-as-errors OnError main.swift "$@"
