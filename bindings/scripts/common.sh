# shellcheck shell=bash
# Shared steps of the Kotlin and Swift scripts (tests, examples, benchmark):
# build the one native library, generate the UniFFI sources from it, and find
# the toolchains. Source it from bash; it defines functions and ROOT only.
#
#   build_library debug|release   -> LIB_DIR (holds libchat_errors.so)
#   build_static TARGET...        -> target/TARGET/release/libchat_errors.a for each
#                                    (no linker needed; see scripts/setup/cross.sh)
#   generate_bindings kotlin|swift OUT_DIR [LIBRARY]
#   jvm_toolchain                 -> MVN (Maven in batch mode)
#   mvn_install_library REPO      -> the Kotlin library built, tested and in the Maven repository REPO
#   mvn_build_app POM REPO FILE   -> a Maven app built against it, its classpath in FILE
#   swift_toolchain               -> SWIFTC; swift_exec WORKDIR CMD... runs CMD with swiftc
#   prepare_swift WORK; swift_program WORK FLAGS MODULE SOURCES [ARG...]
#                                 -> a Swift program over the bindings, built and run
#   load_setup NAME               -> the exports of scripts/setup/NAME.sh
#   copy_library DIR              -> copies the library (and its SONAME link) into DIR
#   check_exports LIB [NM_ARGS...]
#                                 -> fails unless LIB exports the C ABI and the UniFFI scaffolding
#                                    (with $NM, default nm; NM_ARGS default -D)

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

# Builds the static library (C ABI + UniFFI scaffolding) for each Rust TARGET,
# release profile, one cargo invocation per target (`cargo rustc` takes a crate
# type for one target only). Targets listed in CROSS_BUILD_STD get their
# standard library built from source by the nightly toolchain.
build_static() {
    local target toolchain=() flags
    for target in "$@"; do
        flags=(rustc --quiet --locked -p chat-errors-ffi --lib --features uniffi --release --target "$target")
        toolchain=()
        if [[ " ${CROSS_BUILD_STD:-} " == *" $target "* ]]; then
            toolchain=(+nightly)
            flags+=(-Z build-std=std,panic_unwind)
        fi
        (cd "$ROOT" && cargo "${toolchain[@]}" "${flags[@]}" --crate-type staticlib) || return 1
    done
}

# Fails unless the library exports both symbol sets, the UniFFI metadata and
# the Kotlin layer's JNI exports (a Mach-O name carries a leading underscore): check_exports LIB [NM_ARGS...].
check_exports() {
    local library=$1 exports symbol
    shift
    exports=$("${NM:-nm}" "${@:--D}" --defined-only "$library") || return 1
    for symbol in chat_errors_lookup chat_errors_lookup_name uniffi_chat_errors_bindings_fn_func_lookup \
        uniffi_chat_errors_bindings_fn_func_entries ffi_chat_errors_bindings_uniffi_contract_version \
        UNIFFI_META_NAMESPACE_CHAT_ERRORS_BINDINGS Java_io_chaterrors_NativeCatalog_entry; do
        if ! grep -qE "[[:space:]]_?$symbol(@.*)?\$" <<<"$exports"; then
            echo "$library does not export $symbol (built without --features uniffi?)" >&2
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

# Generates the UniFFI sources for a language from the built library (library
# mode; LIBRARY, default $LIB_DIR/libchat_errors.so, may be a static library).
generate_bindings() {
    local language=$1 out=$2 library=${3:-$LIB_DIR/libchat_errors.so}
    (cd "$ROOT" && cargo build --quiet -p chat-errors-bindings --features cli --bin uniffi-bindgen)
    rm -rf "$out"
    (cd "$ROOT" && "$ROOT/target/debug/uniffi-bindgen" generate "$library" \
        --language "$language" --no-format --out-dir "$out" >/dev/null)
}

# Finds Maven and a JDK (the Kotlin library is a Maven project): MVN from the
# environment, or scripts/setup/jvm.sh.
jvm_toolchain() {
    [ -n "${MVN:-}" ] || load_setup jvm
}

# Runs scripts/setup/NAME.sh and takes the variables it exports.
load_setup() {
    local exports
    exports=$("$ROOT/scripts/setup/$1.sh") || {
        echo "no $1 toolchain: scripts/setup/$1.sh failed" >&2
        return 1
    }
    eval "$exports"
}

# Builds, tests and installs the Kotlin library (bindings/kotlin) into the
# Maven repository in folder REPO (local layout), where apps and the example
# resolve it: mvn_install_library REPO [MAVEN ARGS...].
mvn_install_library() {
    local repo=$1
    shift
    # shellcheck disable=SC2086 # MVN is a command with its options
    $MVN -f "$ROOT/bindings/kotlin/pom.xml" "$@" deploy -DaltDeploymentRepository="local::file://$repo"
}
# Builds the Maven app POM (an example, the consumer test, the benchmark)
# against the Kotlin library in the Maven repository folder REPO, and writes its
# runtime classpath, its own classes first, to CLASSPATH_FILE:
# mvn_build_app POM REPO CLASSPATH_FILE. The library is always resolved afresh
# from REPO, never a copy an earlier run left in the local Maven cache.
mvn_build_app() {
    local pom=$1 repo=$2 classpath_file=$3 dependencies
    dependencies=$(mktemp)
    # shellcheck disable=SC2086 # MVN is a command with its options
    $MVN -q -f "$pom" -Dchaterrors.repository="file://$repo" \
        dependency:purge-local-repository -DmanualInclude=io.chaterrors:chat-errors -DreResolve=false &&
        $MVN -q -f "$pom" -Dchaterrors.repository="file://$repo" \
            package dependency:build-classpath -Dmdep.outputFile="$dependencies" &&
        printf '%s:%s\n' "$(dirname "$pom")/target/classes" "$(cat "$dependencies")" >"$classpath_file"
    local status=$?
    rm -f "$dependencies"
    return "$status"
}

# Finds swiftc: on PATH, or through scripts/setup/swift.sh (a Linux root with Swift).
swift_toolchain() {
    if [ -z "${SWIFT_MODE:-}" ] && command -v swiftc >/dev/null; then
        SWIFT_MODE=host
    fi
    if [ -z "${SWIFT_MODE:-}" ]; then
        load_setup swift || return 1
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

# Lays out WORK for a Swift program over the bindings (after build_library):
# the generated UniFFI Swift in generated/, the idiomatic layer in src/, the
# library in lib/. The program's own sources go anywhere else in WORK.
prepare_swift() {
    local work=$1
    rm -rf "$work"
    mkdir -p "$work/lib" "$work/src"
    generate_bindings swift "$work/generated"
    copy_library "$work/lib"
    cp "$ROOT"/bindings/swift/*.swift "$work/src/"
}

# Builds module ChatErrorsKit in WORK (see prepare_swift), then the program
# MODULE from SOURCES (paths relative to WORK, one word each), both with
# SWIFTC_FLAGS, and runs it with ARGS:
# swift_program WORK SWIFTC_FLAGS MODULE SOURCES [ARG...]
swift_program() {
    local work=$1 flags=$2 module=$3 sources=$4
    shift 4
    # shellcheck disable=SC2016 # expanded by the shell that swift-run.sh starts in $work
    swift_exec "$work" '
        set -e
        ffi=(-Xcc -fmodule-map-file="$PWD/generated/ChatErrorsFFI.modulemap" -I "$PWD/generated")
        swiftc '"$flags"' -parse-as-library -module-name ChatErrorsKit -emit-library \
            -emit-module -emit-module-path lib/ChatErrorsKit.swiftmodule "${ffi[@]}" \
            generated/ChatErrorsKit.swift src/*.swift -L lib -lchat_errors -o lib/libChatErrorsKit.so
        swiftc '"$flags"' -module-name '"$module"' -I lib "${ffi[@]}" '"$sources"' \
            -L lib -lChatErrorsKit -lchat_errors -o program
        LD_LIBRARY_PATH="$PWD/lib" ./program '"$(printf '%q ' "$@")"'
    '
}
