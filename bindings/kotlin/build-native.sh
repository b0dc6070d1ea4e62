#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The native half of the Kotlin library, run by Maven (pom.xml, phase
# generate-sources): builds libchat_errors (C ABI + UniFFI scaffolding, one
# library, release), generates the UniFFI Kotlin from it, and lays the library
# out as a JNA classpath resource (<os>-<arch>/libchat_errors.so), so that an
# app loads it from the jar with no -Djna.library.path. Also writes the
# catalog's JSON export, the expected data of the JUnit tests.
#
# Usage: build-native.sh GENERATED_SOURCES_DIR RESOURCES_DIR EXPORT_JSON
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"

[ $# -eq 3 ] || { echo "usage: build-native.sh GENERATED_SOURCES_DIR RESOURCES_DIR EXPORT_JSON" >&2; exit 2; }
sources=$1
resources=$2
export_json=$3

# JNA's resource prefix for this machine (com.sun.jna.Platform.RESOURCE_PREFIX).
case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) prefix=linux-x86-64 ;;
    Linux-aarch64) prefix=linux-aarch64 ;;
    *) echo "build-native.sh: no JNA resource prefix known for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac

build_library release
generate_bindings kotlin "$sources"
rm -rf "$resources"
mkdir -p "$resources/$prefix"
cp "$LIB_DIR/libchat_errors.so" "$resources/$prefix/libchat_errors.so"
mkdir -p "$(dirname "$export_json")"
(cd "$ROOT" && cargo run --quiet --locked -p chat-errors-cli -- export --format json) >"$export_json"
