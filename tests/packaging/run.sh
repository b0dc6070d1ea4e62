#!/usr/bin/env bash
# The packaging suite: what apps bring in, built and checked on Linux.
#   Apple    scripts/package-apple.sh builds the XCFramework and the Swift package;
#            check_xcframework.py checks Info.plist, headers, Mach-O architectures
#            and platforms, and the exported C ABI and UniFFI scaffolding.
#   Android  the static library for the four ABIs (proof that the code builds
#            for them; the AAR needs the NDK's linker: scripts/package-android.sh),
#            each archive's ELF class and machine, and its exports.
#   npm      bindings/typescript: built, tested against the JSON export
#            (node --test), packed, installed into a scratch project and used
#            from TypeScript (tsc --strict) and from plain JavaScript.
#
# Usage: tests/packaging/run.sh   (from any directory; CI=true makes a missing toolchain a failure)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/checks.sh"
start_suite packaging-test
here=tests/packaging
source bindings/scripts/common.sh

# GNU nm (LLVM 14's llvm-nm stops at the embedded bitcode of newer rustc
# objects), without its "no symbols" line for every member that defines none.
gnu_nm() { nm "$@" 2> >(grep -v ': no symbols$' >&2); }

# Each Android archive: ELF of one class and machine, exporting both symbol sets.
check_android() {
    local library="$root/target/$1/release/libchat_errors.a" class=$2 machine=$3 headers
    headers=$("$LLVM_READELF" -h "$library" | awk -F: '$1 ~ /^ *(Class|Machine)$/ { gsub(/^ +/, "", $2); print $1 ":" $2 }' | sort -u)
    local expected
    expected=$(printf '  Class:%s\n  Machine:%s\n' "$class" "$machine" | sort -u)
    if [ "$headers" != "$expected" ]; then
        printf '%s: ELF headers\n%s\nexpected\n%s\n' "$library" "$headers" "$expected" >&2
        return 1
    fi
    NM=gnu_nm check_exports "$library" -g
    echo "$1: $machine ($class), $(du -k "$library" | cut -f1) KB, exports ok"
}

if setup=$(scripts/setup/cross.sh); then
    eval "$setup"
    framework=build/apple/ChatErrorsKit/ChatErrorsFFI.xcframework
    check "Apple: scripts/package-apple.sh builds the XCFramework and the Swift package" scripts/package-apple.sh
    check "Apple: Info.plist, headers, Mach-O architectures and platforms, exports" \
        python3 "$here/check_xcframework.py" "$framework"
    check "Apple: Package.swift, generated and idiomatic Swift in the package" \
        test -f build/apple/ChatErrorsKit/Package.swift -a -f build/apple/ChatErrorsKit/Sources/ChatErrorsKit/ChatErrorsKit.swift \
        -a -f build/apple/ChatErrorsKit/Sources/ChatErrorsKit/ChatErrors.swift
    android_targets=(aarch64-linux-android armv7-linux-androideabi i686-linux-android x86_64-linux-android)
    check "Android: static libraries for ${android_targets[*]}" build_static "${android_targets[@]}"
    check "Android arm64-v8a: ELF64 AArch64, exports" check_android aarch64-linux-android ELF64 AArch64
    check "Android armeabi-v7a: ELF32 ARM, exports" check_android armv7-linux-androideabi ELF32 ARM
    check "Android x86: ELF32 Intel 80386, exports" check_android i686-linux-android ELF32 "Intel 80386"
    check "Android x86_64: ELF64 X86-64, exports" check_android x86_64-linux-android ELF64 "Advanced Micro Devices X86-64"
else
    missing_tool "the cross toolchain (scripts/setup/cross.sh failed)"
fi

# The npm package: packed, installed from the tarball into a scratch project
# (no registry involved: it has no dependencies), used from TypeScript and JavaScript.
npm_consumer() {
    local app="$root/$out/npm-app" version
    version=$(node -p 'require(process.argv[1]).version' "$root/bindings/typescript/package.json")
    rm -rf "$app"
    mkdir -p "$app"
    printf '{ "name": "npm-app", "private": true, "type": "module" }\n' >"$app/package.json"
    cp "$here"/npm/consumer.ts "$here"/npm/consumer.mjs "$app/"
    (cd "$app" && npm install --silent --no-audit --no-fund --no-package-lock \
        "$root/build/npm/chat-errors-$version.tgz") &&
        "$TSC" --strict --module nodenext --moduleResolution nodenext --target es2022 \
            --outDir "$app/out" "$app/consumer.ts" &&
        node "$app/out/consumer.js" &&
        node "$app/consumer.mjs"
}

if setup=$(scripts/setup/browser.sh); then
    eval "$setup"
    cargo build -q --locked -p chat-errors-cli --bin chat-errors
    target/debug/chat-errors export --format json >"$out/catalog.json"
    check "npm: the package builds (tsc: ESM and declarations)" scripts/package-npm.sh
    check "npm: every entry of both spaces against the JSON export (node --test)" \
        env CHAT_ERRORS_CATALOG_JSON="$out/catalog.json" node --test bindings/typescript/test/
    check "npm: the packed tarball installs and answers from TypeScript (tsc --strict) and JavaScript" npm_consumer
else
    missing_tool "the browser toolchain with Node and TypeScript (scripts/setup/browser.sh failed)"
fi

finish_checks
