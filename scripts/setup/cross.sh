#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Cross-compilation toolchain for the packaging suite: the Rust targets of the
# Apple and Android libraries, and Debian's LLVM tools that read Mach-O and
# ELF files of any architecture (llvm-lipo, llvm-nm, llvm-objdump,
# llvm-readelf, llvm-objcopy; by their versioned names, such as llvm-lipo-14,
# where Debian installs no plain name). A static library needs no linker, so
# no Apple SDK and no Android NDK are involved.
#
# A target whose standard library rustup cannot download (a mirror without it)
# is built from source instead: it is then listed in CROSS_BUILD_STD, and the
# builds use the nightly toolchain's rust-src with -Z build-std for it.
#
# Usage: eval "$(scripts/setup/cross.sh)"
#   -> LLVM_LIPO, LLVM_NM, LLVM_OBJDUMP, LLVM_READELF, LLVM_OBJCOPY, CROSS_BUILD_STD
set -euo pipefail
source "$(dirname "$0")/common.sh"

APPLE_TARGETS=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin)
ANDROID_TARGETS=(aarch64-linux-android armv7-linux-androideabi i686-linux-android x86_64-linux-android)

apt_install llvm

# The path of an LLVM tool: its plain name, else the newest versioned one.
llvm_tool() {
    local found
    found=$(command -v "llvm-$1" || true)
    if [ -z "$found" ]; then
        found=$(compgen -c "llvm-$1-" | grep -E "^llvm-$1-[0-9]+$" | sort -t- -k3 -n | tail -n 1 || true)
        [ -z "$found" ] || found=$(command -v "$found")
    fi
    [ -n "$found" ] || die "llvm-$1 missing after installing llvm"
    echo "$found"
}

command -v rustup >/dev/null || die "rustup not found: the Rust toolchain comes with the machine"
installed=$(rustup target list --installed)
toolchain=$(rustc --version)
build_std=()
for target in "${APPLE_TARGETS[@]}" "${ANDROID_TARGETS[@]}"; do
    grep -qx "$target" <<<"$installed" && continue
    # A download that failed for this toolchain is not tried again on every run.
    if ! is_verified "no-std-$target" "$toolchain"; then
        target_log="$CHAT_ERRORS_CACHE/logs/rustup-target-$target.log"
        mkdir -p "${target_log%/*}"
        rustup target add "$target" >"$target_log" 2>&1 && continue
        log "no prebuilt standard library for $target (see $target_log): built from source (nightly, -Z build-std)"
        mark_verified "no-std-$target" "$toolchain"
    fi
    build_std+=("$target")
done
if [ ${#build_std[@]} -gt 0 ]; then
    rustup toolchain list | grep -q '^nightly-' ||
        quietly rustup-nightly rustup toolchain install nightly --profile minimal ||
        die "no nightly toolchain to build the standard library of ${build_std[*]}"
    rustup component list --installed --toolchain nightly | grep -qx rust-src ||
        quietly rustup-rust-src rustup component add --toolchain nightly rust-src ||
        die "rustup component add --toolchain nightly rust-src failed"
fi

for tool in lipo nm objdump readelf objcopy; do
    path=$(llvm_tool "$tool")
    "$path" --version >/dev/null 2>&1 || die "$path does not run"
    emit "LLVM_${tool^^}" "$path"
done
emit CROSS_BUILD_STD "${build_std[*]}"
