#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The Swift bindings suite: builds libchat_errors (C ABI + UniFFI), generates
# the UniFFI Swift from it, compiles it with the idiomatic layer into module
# ChatErrorsKit and the tests against that module (-warnings-as-errors), and
# checks every entry of the JSON export through both APIs. On Linux without
# swiftc, compiles and runs inside the Debian trixie root of
# scripts/setup/swift.sh. Ends with "N passed, 0 failed".
set -euo pipefail
source "$(dirname "$0")/../../bindings/scripts/common.sh"

swift_toolchain
build_library debug
work="$ROOT/build/tests/swift"
prepare_swift "$work"
mkdir -p "$work/tests"
(cd "$ROOT" && cargo run --quiet -p chat-errors-cli -- export --format json) >"$work/export.json"
cp "$ROOT"/tests/swift/*.swift "$work/tests/"
swift_program "$work" -warnings-as-errors BindingsTests "tests/*.swift" export.json
