# shellcheck shell=bash
# Shared steps of the Kotlin and Swift scripts (tests, examples, benchmark):
# build the one native library, generate the UniFFI sources from it, and find
# the toolchains. Source it from bash; it defines functions and ROOT only.
#
#   build_library debug|release   -> LIB_DIR (holds libchat_errors.so)
#   generate_bindings kotlin|swift OUT_DIR
#   kotlin_toolchain              -> KOTLINC, JNA_JAR
#   swift_toolchain               -> SWIFTC; swift_exec WORKDIR CMD... runs CMD with swiftc
#   copy_library DIR              -> copies the library (and its SONAME link) into DIR
#   check_exports LIB             -> fails unless LIB exports the C ABI and the UniFFI scaffolding
#                                    (with $NM, default nm)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Builds libchat_errors with the C ABI and the UniFFI scaffolding in one library.
build_library() {
    local profile=$1
    local flags=(-p chat-errors-ffi --features uniffi)
    [ "$profile" = release ] && flags+=(--release)
    (cd "$ROOT" && cargo build --quiet "${flags[@]}")
    LIB_DIR="$ROOT/target/$profile"
    check_exports "$LIB_DIR/libchat_errors.so"
}

# Fails unless the library exports both symbol sets and the UniFFI metadata.
check_exports() {
    local exports
    exports=$("${NM:-nm}" -D --defined-only "$1")
    local symbol
    for symbol in chat_errors_lookup chat_errors_lookup_name uniffi_chat_errors_bindings_fn_func_lookup \
        uniffi_chat_errors_bindings_fn_func_entries ffi_chat_errors_bindings_uniffi_contract_version \
        UNIFFI_META_NAMESPACE_CHAT_ERRORS_BINDINGS; do
        if ! grep -qw "$symbol" <<<"$exports"; then
            echo "$1 does not export $symbol (built without --features uniffi?)" >&2
            return 1
        fi
    done
}

# Copies the built library into DIR, with a link named as its SONAME (what
# programs linked against it look for at run time).
copy_library() {
    cp "$LIB_DIR/libchat_errors.so" "$1/"
    local soname
    soname=$(objdump -p "$LIB_DIR/libchat_errors.so" | awk '$1 == "SONAME" { print $2 }')
    if [ -n "$soname" ] && [ "$soname" != libchat_errors.so ]; then
        ln -sf libchat_errors.so "$1/$soname"
    fi
}

# Generates the UniFFI sources for a language from the built library (library mode).
generate_bindings() {
    local language=$1 out=$2
    (cd "$ROOT" && cargo build --quiet -p chat-errors-bindings --features cli --bin uniffi-bindgen)
    rm -rf "$out"
    (cd "$ROOT" && "$ROOT/target/debug/uniffi-bindgen" generate "$LIB_DIR/libchat_errors.so" \
        --language "$language" --no-format --out-dir "$out" >/dev/null)
}

# Finds kotlinc and the JNA jar: from the environment, PATH, or scripts/setup/kotlin.sh.
kotlin_toolchain() {
    if [ -z "${KOTLINC:-}" ] && command -v kotlinc >/dev/null; then
        KOTLINC=kotlinc
    fi
    if [ -z "${JNA_JAR:-}" ] && [ -f /usr/share/java/jna.jar ]; then
        JNA_JAR=/usr/share/java/jna.jar
    fi
    if [ -z "${KOTLINC:-}" ] || [ -z "${JNA_JAR:-}" ]; then
        local exports
        exports=$("$ROOT/scripts/setup/kotlin.sh") || {
            echo "no Kotlin toolchain: scripts/setup/kotlin.sh failed" >&2
            return 1
        }
        eval "$exports"
    fi
    if ! "$KOTLINC" -version >/dev/null 2>&1 || [ ! -f "$JNA_JAR" ]; then
        echo "no usable Kotlin toolchain (KOTLINC=$KOTLINC, JNA_JAR=$JNA_JAR)" >&2
        return 1
    fi
}

# Finds swiftc: on PATH, or through scripts/setup/swift.sh (a Linux root with Swift).
swift_toolchain() {
    if [ -z "${SWIFT_MODE:-}" ] && command -v swiftc >/dev/null; then
        SWIFT_MODE=host
    fi
    if [ -z "${SWIFT_MODE:-}" ]; then
        local exports
        exports=$("$ROOT/scripts/setup/swift.sh") || {
            echo "no Swift toolchain: scripts/setup/swift.sh failed" >&2
            return 1
        }
        eval "$exports"
        [ -n "${SWIFT_ROOT:-}" ] && SWIFT_MODE=${SWIFT_MODE:-root}
    fi
    if ! swift_exec "$ROOT" swiftc --version >/dev/null 2>&1; then
        echo "no usable Swift toolchain (SWIFT_MODE=${SWIFT_MODE:-}, SWIFT_ROOT=${SWIFT_ROOT:-})" >&2
        return 1
    fi
}

# Runs a command where swiftc is available, in WORKDIR (visible at the same path).
swift_exec() {
    "$ROOT/scripts/setup/swift-run.sh" "$1" -- "${@:2}"
}
