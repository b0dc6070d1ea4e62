#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Builds the Apple Swift package of the bindings into build/apple/ChatErrorsKit:
# ChatErrorsFFI.xcframework (libchat_errors.a, the C ABI + UniFFI scaffolding in
# one static library, for iOS devices, the iOS simulator and macOS) and the
# Swift sources (UniFFI-generated from the unstripped library, then the
# idiomatic layer), with bindings/apple/Package.swift.
#
# Needs (not available on the project's Linux CI, so not exercised there):
# macOS with Xcode (xcodebuild, lipo, strip) and the rustup targets below.
#
# Usage: scripts/package-apple.sh
set -euo pipefail
source "$(dirname "$0")/../bindings/scripts/common.sh"

if [ "$(uname -s)" != Darwin ] || ! command -v xcodebuild >/dev/null; then
    echo "package-apple.sh needs macOS with Xcode (xcodebuild)" >&2
    exit 1
fi

ios=aarch64-apple-ios
simulators=(aarch64-apple-ios-sim x86_64-apple-ios)
macos=(aarch64-apple-darwin x86_64-apple-darwin)
rustup target add "$ios" "${simulators[@]}" "${macos[@]}"
for target in "$ios" "${simulators[@]}" "${macos[@]}"; do
    (cd "$ROOT" && cargo build --release -p chat-errors-ffi --features uniffi --target "$target")
done

out="$ROOT/build/apple"
package="$out/ChatErrorsKit"
rm -rf "$out"
mkdir -p "$out/headers" "$out/ios" "$out/ios-simulator" "$out/macos" "$package/Sources/ChatErrorsKit"

# Bindings from an unstripped library (library mode reads the UniFFI metadata from it).
# shellcheck disable=SC2034 # read by generate_bindings
LIB_DIR="$ROOT/target/$ios/release"
generate_bindings swift "$out/generated"
cp "$out/generated/ChatErrorsFFI.h" "$out/headers/"
cp "$out/generated/ChatErrorsFFI.modulemap" "$out/headers/module.modulemap"
cp "$out/generated/ChatErrorsKit.swift" "$ROOT"/bindings/swift/*.swift "$package/Sources/ChatErrorsKit/"

# One static library per platform (fat for the simulator and macOS), stripped of debug symbols.
cp "$ROOT/target/$ios/release/libchat_errors.a" "$out/ios/"
fat_library() {
    local output=$1 target inputs=()
    shift
    for target in "$@"; do inputs+=("$ROOT/target/$target/release/libchat_errors.a"); done
    lipo -create "${inputs[@]}" -output "$output"
}
fat_library "$out/ios-simulator/libchat_errors.a" "${simulators[@]}"
fat_library "$out/macos/libchat_errors.a" "${macos[@]}"
for platform in ios ios-simulator macos; do
    strip -S "$out/$platform/libchat_errors.a"
done

xcodebuild -create-xcframework \
    -library "$out/ios/libchat_errors.a" -headers "$out/headers" \
    -library "$out/ios-simulator/libchat_errors.a" -headers "$out/headers" \
    -library "$out/macos/libchat_errors.a" -headers "$out/headers" \
    -output "$package/ChatErrorsFFI.xcframework"
cp "$ROOT/bindings/apple/Package.swift" "$package/"
echo "Swift package: $package (add it in Xcode or as a local package dependency)"
