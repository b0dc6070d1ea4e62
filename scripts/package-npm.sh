#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Builds the npm package for Web apps (bindings/typescript): compiles its
# TypeScript (the modules generated from the catalog by scripts/generate.sh,
# src/rules.ts and src/index.ts) into dist/ as ESM JavaScript with .d.ts
# declarations, then packs it into build/npm/chat-errors-<catalog version>.tgz.
# The package has no dependencies; TypeScript comes from
# scripts/setup/browser.sh (pinned there) unless TSC is set.
#
# Usage: scripts/package-npm.sh   -> prints the tarball's path
set -euo pipefail
source "$(dirname "$0")/../bindings/scripts/common.sh"

[ -n "${TSC:-}" ] || load_setup browser
package="$ROOT/bindings/typescript"
out="$ROOT/build/npm"
rm -rf "$package/dist" "$out"
mkdir -p "$out"
"$TSC" -p "$package"
tarball=$(cd "$package" && npm pack --silent --pack-destination "$out")
echo "$out/$tarball"
