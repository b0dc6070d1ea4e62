#!/usr/bin/env bash
# Downloads the pinned SDK releases (the rows of kind `artifact` of
# sources/sources.tsv: registry, package, version) into the cache folder
# $CHAT_ERRORS_CACHE/sdk (default ~/.cache/chat-errors/sdk), with the
# registries' own clients: `npm pack` for npm packages, `mvn dependency:get`
# for Maven artifacts (copied from the local Maven repository, ~/.m2/repository
# or $MAVEN_REPOSITORY). A file already in the cache is not fetched again, so
# a second run needs no network.
#
# Usage: scripts/fetch-sdks.sh          fetch what the cache lacks
#        scripts/fetch-sdks.sh --list   print `<source id><TAB><family@version><TAB><file>`
#                                       for each pinned release, fetching nothing
#
# A release's file in the cache: `<package>-<version>.tgz` (npm),
# `<artifact id>-<version>.aar` (Maven).
#
# A registry that cannot be reached skips its releases with a message, and the
# tests that need them skip too; under CI=true it fails the run instead.
#
# Not pinned: io.agora.rtc:chat-sdk (the Agora Android SDK). The Maven
# repository reachable here does not have it (`mvn dependency:get
# -Dartifact=io.agora.rtc:chat-sdk:1.2.0:aar`: "Could not find artifact",
# checked 2026-11-23); hyphenate-chat 3.9.2 is the only Android release it has.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${CHAT_ERRORS_CACHE:-$HOME/.cache/chat-errors}/sdk"
maven_repository="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
mkdir -p "$cache"

# The cache file of a release: cache_file REGISTRY PACKAGE VERSION
cache_file() {
    case "$1" in
    npm) echo "$2-$3.tgz" ;;
    maven) echo "${2#*:}-$3.aar" ;;
    *) return 1 ;;
    esac
}

# The artifact rows of sources.tsv: registry, package, version, family, source id.
pins() {
    awk -F '\t' '$4 == "artifact" { print $1 "\t" $2 "\t" $3 "\t" $5 "\t" $8 }' "$root/sources/sources.tsv"
}

if [ "${1:-}" = --list ]; then
    pins | while IFS=$'\t' read -r registry artifact version family source; do
        printf '%s\t%s@%s\t%s\n' "$source" "$family" "$version" "$cache/$(cache_file "$registry" "$artifact" "$version")"
    done
    exit 0
fi

failed=0
unreachable() {
    if [ "${CI:-}" = true ]; then
        echo "fetch-sdks.sh: $1" >&2
        failed=1
    else
        echo "fetch-sdks.sh: $1; skipped (the tests that need it skip too)" >&2
    fi
}

while IFS=$'\t' read -r registry artifact version _family _source; do
    if ! file=$(cache_file "$registry" "$artifact" "$version"); then
        echo "fetch-sdks.sh: unknown registry '$registry' in sources/sources.tsv" >&2
        failed=1
        continue
    fi
    if [ -s "$cache/$file" ]; then
        echo "fetch-sdks.sh: $file already in $cache" >&2
        continue
    fi
    work="$(mktemp -d "$cache/.fetch.XXXXXX")"
    case "$registry" in
    npm)
        if npm pack "$artifact@$version" --pack-destination "$work" >"$work/log" 2>&1 \
            && [ -s "$work/$file" ]; then
            mv "$work/$file" "$cache/$file"
        else
            unreachable "npm pack $artifact@$version failed: $(grep -m 1 -i error "$work/log" || tail -n 1 "$work/log")"
        fi
        ;;
    maven)
        group="${artifact%%:*}"
        name="${artifact#*:}"
        local_copy="$maven_repository/${group//.//}/$name/$version/$name-$version.aar"
        if mvn -B -q dependency:get -Dtransitive=false -Dartifact="$artifact:$version:aar" >"$work/log" 2>&1 \
            && [ -s "$local_copy" ]; then
            cp "$local_copy" "$work/$file"
            mv "$work/$file" "$cache/$file"
        else
            unreachable "mvn dependency:get $artifact:$version:aar failed: $(grep -m 1 ERROR "$work/log" || tail -n 1 "$work/log")"
        fi
        ;;
    esac
    rm -rf "$work"
done < <(pins)

[ "$failed" -eq 0 ]
echo "fetch-sdks.sh: done; cache: $cache" >&2
