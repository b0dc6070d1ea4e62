#!/usr/bin/env bash
# Regenerates every committed file that is derived from the catalog
# (core/catalog/*.toml): C constants and header, Kotlin and Swift constants,
# reference pages. Run after editing the catalog, then commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet -p chat-errors-codegen -- "$@"
