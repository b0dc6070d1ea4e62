#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# JVM toolchain for the Kotlin library (bindings/kotlin, a Maven project): a JDK
# (17 or newer) and Maven. Kotlin, JNA, JUnit and JMH are not installed here:
# Maven resolves them, at the versions pinned in the pom.xml files, from Maven
# Central into its local repository.
#
# Usage: eval "$(scripts/setup/jvm.sh)"   -> MVN (the mvn command, batch mode)
set -euo pipefail
source "$(dirname "$0")/common.sh"

command -v javac >/dev/null || apt_install openjdk-17-jdk-headless
command -v mvn >/dev/null || apt_install maven
command -v javac >/dev/null || die "javac missing after installing openjdk-17-jdk-headless"
command -v mvn >/dev/null || die "mvn missing after installing maven"

java_major=$(javac -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p')
[ "${java_major:-0}" -ge 17 ] || die "the Kotlin library needs JDK 17 or newer, found $(javac -version 2>&1)"
mvn_version=$(mvn --batch-mode --version 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g" | sed -n 's/^Apache Maven \([0-9.]*\).*/\1/p')
[ -n "$mvn_version" ] || die "mvn --version printed no version"
IFS=. read -r mvn_major mvn_minor _ <<<"$mvn_version"
[ "$mvn_major" -gt 3 ] || { [ "$mvn_major" -eq 3 ] && [ "$mvn_minor" -ge 6 ]; } ||
    die "the Kotlin library needs Maven 3.6 or newer, found $mvn_version"

emit MVN "mvn --batch-mode --no-transfer-progress -Dstyle.color=never"
