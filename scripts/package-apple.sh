#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Builds the Apple Swift package of the bindings into build/apple/ChatErrorsKit:
#   ChatErrorsFFI.xcframework/   Info.plist and one libchat_errors.a (the C ABI
#                                and the UniFFI scaffolding in one static library)
#                                per platform, each with Headers/ (ChatErrorsFFI.h
#                                and module.modulemap from UniFFI, chat_errors.h):
#       ios-arm64/                   aarch64-apple-ios
#       ios-arm64_x86_64-simulator/  aarch64-apple-ios-sim + x86_64-apple-ios (llvm-lipo)
#       macos-arm64_x86_64/          aarch64-apple-darwin + x86_64-apple-darwin (llvm-lipo)
#   Sources/ChatErrorsKit/       the UniFFI-generated Swift and the idiomatic layer
#   Package.swift                from bindings/apple/ (binary target + Swift target)
#
# Runs on Linux: a static library needs no linker, and the LLVM tools read and
# write Mach-O (scripts/setup/cross.sh installs the Rust targets and the tools).
# The libraries keep no debug information and no embedded LLVM bitcode (Apple
# deprecated bitcode in Xcode 14; LLVM tools older than rustc's cannot read it).
# What needs a Mac comes after: signing the XCFramework, and building the
# package for a device or simulator with Xcode (see docs/bindings.md).
#
# Usage: scripts/package-apple.sh
set -euo pipefail
source "$(dirname "$0")/../bindings/scripts/common.sh"

[ -n "${LLVM_LIPO:-}" ] || load_setup cross

ios=aarch64-apple-ios
simulators=(aarch64-apple-ios-sim x86_64-apple-ios)
macos=(aarch64-apple-darwin x86_64-apple-darwin)
build_static "$ios" "${simulators[@]}" "${macos[@]}"

out="$ROOT/build/apple"
package="$out/ChatErrorsKit"
framework="$package/ChatErrorsFFI.xcframework"
rm -rf "$out"
mkdir -p "$out/thin" "$package/Sources/ChatErrorsKit"

# The bindings, from an unstripped library (library mode reads the UniFFI metadata from it).
generate_bindings swift "$out/generated" "$ROOT/target/$ios/release/libchat_errors.a"
cp "$out/generated/ChatErrorsKit.swift" "$ROOT"/bindings/swift/*.swift "$package/Sources/ChatErrorsKit/"

# One library of the XCFramework: slice IDENTIFIER TARGET... (several targets are
# joined into one universal library).
slice() {
    local identifier=$1 target thin=()
    shift
    mkdir -p "$framework/$identifier/Headers"
    cp "$out/generated/ChatErrorsFFI.h" "$ROOT/include/chat_errors.h" "$framework/$identifier/Headers/"
    cp "$out/generated/ChatErrorsFFI.modulemap" "$framework/$identifier/Headers/module.modulemap"
    for target in "$@"; do
        "$LLVM_OBJCOPY" --strip-debug --remove-section=__LLVM,__bitcode --remove-section=__LLVM,__cmdline \
            "$ROOT/target/$target/release/libchat_errors.a" "$out/thin/$target.a"
        thin+=("$out/thin/$target.a")
    done
    if [ ${#thin[@]} -eq 1 ]; then
        cp "${thin[0]}" "$framework/$identifier/libchat_errors.a"
    else
        "$LLVM_LIPO" -create "${thin[@]}" -output "$framework/$identifier/libchat_errors.a"
    fi
}
slice ios-arm64 "$ios"
slice ios-arm64_x86_64-simulator "${simulators[@]}"
slice macos-arm64_x86_64 "${macos[@]}"

# The XCFramework's Info.plist, as xcodebuild -create-xcframework writes it.
python3 - "$framework/Info.plist" <<'PY'
import plistlib
import sys

def library(identifier, platform, architectures, variant=None):
    entry = {
        "BinaryPath": "libchat_errors.a",
        "HeadersPath": "Headers",
        "LibraryIdentifier": identifier,
        "LibraryPath": "libchat_errors.a",
        "SupportedArchitectures": architectures,
        "SupportedPlatform": platform,
    }
    if variant:
        entry["SupportedPlatformVariant"] = variant
    return entry

info = {
    "AvailableLibraries": [
        library("ios-arm64", "ios", ["arm64"]),
        library("ios-arm64_x86_64-simulator", "ios", ["arm64", "x86_64"], "simulator"),
        library("macos-arm64_x86_64", "macos", ["arm64", "x86_64"]),
    ],
    "CFBundlePackageType": "XFWK",
    "XCFrameworkFormatVersion": "1.0",
}
with open(sys.argv[1], "wb") as out:
    plistlib.dump(info, out)
PY
cp "$ROOT/bindings/apple/Package.swift" "$package/"
rm -rf "$out/thin"
echo "Swift package: $package"
echo "On a Mac: sign the XCFramework (codesign --timestamp -s IDENTITY $framework) and add the package in Xcode."
