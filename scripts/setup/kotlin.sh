#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Kotlin/JVM toolchain for the UniFFI Kotlin bindings: kotlinc (from PATH, else
# the npm package kotlin-compiler unpacked into the cache), a JDK and JNA
# (Debian's libjna-java). Checks it once by compiling and running a small program.
#
# Usage: eval "$(scripts/setup/kotlin.sh)"   -> KOTLINC, JNA_JAR
set -euo pipefail
source "$(dirname "$0")/common.sh"

KOTLIN_VERSION=2.4.20

command -v javac >/dev/null || apt_install openjdk-17-jdk-headless
apt_install libjna-java
jna=/usr/share/java/jna.jar
[ -f "$jna" ] || die "$jna missing after installing libjna-java"

work=$(mktemp -d "$CHAT_ERRORS_CACHE/tmp.XXXXXX")
trap 'rm -rf "$work"' EXIT

if kotlinc=$(command -v kotlinc); then
    log "using kotlinc from PATH: $kotlinc"
else
    dist="$CHAT_ERRORS_CACHE/kotlin-compiler-$KOTLIN_VERSION"
    kotlinc="$dist/bin/kotlinc"
    if [ ! -x "$kotlinc" ]; then
        command -v npm >/dev/null || apt_install npm
        log "downloading kotlin-compiler@$KOTLIN_VERSION (npm pack) into $dist"
        quietly npm-pack-kotlin npm pack --pack-destination "$work" "kotlin-compiler@$KOTLIN_VERSION" ||
            die "npm pack kotlin-compiler@$KOTLIN_VERSION failed"
        tar -xzf "$work/kotlin-compiler-$KOTLIN_VERSION.tgz" -C "$work"
        [ -x "$work/package/bin/kotlinc" ] || die "kotlin-compiler@$KOTLIN_VERSION has no bin/kotlinc"
        rm -rf "$dist"
        mv "$work/package" "$dist" # whole or not at all
    fi
fi

if ! is_verified kotlin "$kotlinc $jna"; then
    log "checking: compile and run a Kotlin program that loads JNA (10-20 s)"
    cat >"$work/Hello.kt" <<'KT'
fun main() {
    println("hello from Kotlin, JNA pointer size ${com.sun.jna.Native.POINTER_SIZE}")
}
KT
    quietly kotlin-check "$kotlinc" -cp "$jna" -include-runtime -d "$work/hello.jar" "$work/Hello.kt" ||
        die "kotlinc failed on a hello-world program"
    out=$(java -cp "$work/hello.jar:$jna" HelloKt) || die "the compiled Kotlin program failed to run"
    [[ "$out" =~ ^"hello from Kotlin, JNA pointer size "[48]$ ]] ||
        die "unexpected output from the Kotlin program: $out"
    mark_verified kotlin "$kotlinc $jna"
    log "ok: $out"
fi

emit KOTLINC "$kotlinc"
emit JNA_JAR "$jna"
