#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Builds the Android library (AAR) of the bindings: libchat_errors.so (C ABI +
# UniFFI scaffolding, one library) for each ABI with cargo-ndk, linked for 16 KB
# pages; the UniFFI Kotlin generated from the unstripped library; the libraries
# stripped after; then Gradle assembles bindings/android into an AAR.
#
# Needs (not available on the project's Linux CI, so not exercised there): the
# Android NDK (ANDROID_NDK_HOME), the Android SDK (ANDROID_HOME), cargo-ndk
# (cargo install cargo-ndk), the rustup targets of the ABIs, and Gradle 8.9+.
#
# Usage: scripts/package-android.sh [ABI...]
#   (default: arm64-v8a armeabi-v7a x86_64 x86) -> bindings/android/build/outputs/aar/
set -euo pipefail
source "$(dirname "$0")/../bindings/scripts/common.sh"

if [ $# -gt 0 ]; then abis=("$@"); else abis=(arm64-v8a armeabi-v7a x86_64 x86); fi
android="$ROOT/bindings/android"

rust_target() {
    case "$1" in
        arm64-v8a) echo aarch64-linux-android ;;
        armeabi-v7a) echo armv7-linux-androideabi ;;
        x86_64) echo x86_64-linux-android ;;
        x86) echo i686-linux-android ;;
        *) echo "unknown ABI $1" >&2; return 1 ;;
    esac
}

missing=()
[ -n "${ANDROID_NDK_HOME:-}" ] && [ -d "$ANDROID_NDK_HOME" ] || missing+=("the Android NDK (ANDROID_NDK_HOME)")
command -v cargo-ndk >/dev/null || missing+=("cargo-ndk (cargo install cargo-ndk)")
command -v gradle >/dev/null || missing+=("Gradle 8.9 or newer")
if [ ${#missing[@]} -gt 0 ]; then
    printf 'package-android.sh needs: %s\n' "${missing[@]}" >&2
    exit 1
fi

for abi in "${abis[@]}"; do rustup target add "$(rust_target "$abi")"; done

# 16 KB page alignment (required for Android 15+ devices with 16 KB pages).
export RUSTFLAGS="${RUSTFLAGS:-} -C link-arg=-Wl,-z,max-page-size=16384"
ndk_targets=()
for abi in "${abis[@]}"; do ndk_targets+=(-t "$abi"); done
(cd "$ROOT" && cargo ndk "${ndk_targets[@]}" --platform 21 build --release -p chat-errors-ffi --features uniffi)

llvm_tools=$(find "$ANDROID_NDK_HOME/toolchains/llvm/prebuilt" -maxdepth 2 -name bin -type d | head -n 1)
export NM="$llvm_tools/llvm-nm"

# Bindings from the unstripped library in target/ (the UniFFI metadata is read from it).
LIB_DIR="$ROOT/target/$(rust_target "${abis[0]}")/release"
check_exports "$LIB_DIR/libchat_errors.so"
generate_bindings kotlin "$android/build/generated/uniffi"

rm -rf "$android/build/jniLibs"
for abi in "${abis[@]}"; do
    mkdir -p "$android/build/jniLibs/$abi"
    out="$android/build/jniLibs/$abi/libchat_errors.so"
    cp "$ROOT/target/$(rust_target "$abi")/release/libchat_errors.so" "$out"
    "$llvm_tools/llvm-strip" --strip-unneeded "$out"
    # Every LOAD segment must be aligned to 16 KB.
    while read -r align; do
        if ((align < 16384)); then
            echo "$out: a LOAD segment is aligned to $align, below 16 KB" >&2
            exit 1
        fi
    done < <("$llvm_tools/llvm-readelf" -lW "$out" | awk '$1 == "LOAD" { print $NF }')
done

gradle -p "$android" --no-daemon assembleRelease
ls -l "$android"/build/outputs/aar/*.aar
