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
rm -rf "$work"
mkdir -p "$work/lib" "$work/src" "$work/tests"
generate_bindings swift "$work/generated"
(cd "$ROOT" && cargo run --quiet -p chat-errors-cli -- export --format json) >"$work/export.json"
copy_library "$work/lib"
cp "$ROOT"/bindings/swift/*.swift "$work/src/"
cp "$ROOT"/tests/swift/*.swift "$work/tests/"

# shellcheck disable=SC2016 # expanded by the shell that swift-run.sh starts in $work
swift_exec "$work" '
    set -e
    ffi=(-Xcc -fmodule-map-file="$PWD/generated/ChatErrorsFFI.modulemap" -I "$PWD/generated")
    swiftc -warnings-as-errors -parse-as-library -module-name ChatErrorsKit -emit-library \
        -emit-module -emit-module-path lib/ChatErrorsKit.swiftmodule "${ffi[@]}" \
        generated/ChatErrorsKit.swift src/*.swift -L lib -lchat_errors -o lib/libChatErrorsKit.so
    swiftc -warnings-as-errors -module-name BindingsTests -I lib "${ffi[@]}" tests/*.swift \
        -L lib -lChatErrorsKit -lchat_errors -o bindings-tests
    LD_LIBRARY_PATH="$PWD/lib" ./bindings-tests export.json
'
