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
rm -rf "$work"
mkdir -p "$work/lib" "$work/src"
generate_bindings swift "$work/generated"
copy_library "$work/lib"
cp "$ROOT"/bindings/swift/*.swift "$work/src/"
cp "$ROOT/examples/swift/main.swift" "$work/"

# shellcheck disable=SC2016 # expanded by the shell that swift-run.sh starts in $work
swift_exec "$work" '
    set -e
    ffi=(-Xcc -fmodule-map-file="$PWD/generated/ChatErrorsFFI.modulemap" -I "$PWD/generated")
    swiftc -warnings-as-errors -parse-as-library -module-name ChatErrorsKit -emit-library \
        -emit-module -emit-module-path lib/ChatErrorsKit.swiftmodule "${ffi[@]}" \
        generated/ChatErrorsKit.swift src/*.swift -L lib -lchat_errors -o lib/libChatErrorsKit.so
    swiftc -warnings-as-errors -module-name OnError -I lib "${ffi[@]}" main.swift \
        -L lib -lChatErrorsKit -lchat_errors -o on-error
    LD_LIBRARY_PATH="$PWD/lib" ./on-error '"$(printf '%q ' "$@")"'
'
