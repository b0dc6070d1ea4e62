#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Builds the Kotlin library (Maven, tests skipped) into a repository in the build
# folder, builds this example against it as an app would, and runs it on a plain
# JVM. Arguments go to the example (a language tag, e.g. zh-CN).
set -euo pipefail
source "$(dirname "$0")/../../bindings/scripts/common.sh"

jvm_toolchain
work="$ROOT/build/examples/kotlin"
rm -rf "$work"
mkdir -p "$work"
mvn_install_library "$work/repository" -q -DskipTests
mvn_build_app "$ROOT/examples/kotlin/pom.xml" "$work/repository" "$work/classpath"
java -cp "$(cat "$work/classpath")" io.chaterrors.example.OnErrorKt "$@"
