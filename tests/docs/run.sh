#!/usr/bin/env bash
# The docs suite: the HTML reference works in Chromium (search, filters,
# zh/en switch, anchors; screenshot in
# target/docs-test/reference.png) and the TypeScript module type-checks with
# tsc --strict and matches the JSON export entry by entry. (That the committed
# reference pages are fresh and that `chat-errors diff` reads the seed pages are
# checked once, by `cargo test`: codegen's stale test and cli/tests/diff.rs.)
#
# Usage: tests/docs/run.sh   (from any directory; CI=true makes a missing toolchain a failure)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/checks.sh"
start_suite docs-test
here=tests/docs
mkdir -p "$out/ts"

cargo build -q -p chat-errors-cli --bin chat-errors
bin=target/debug/chat-errors
"$bin" export --format json >"$out/catalog.json"
"$bin" export --format html >"$out/reference.html"
"$bin" search token --json >"$out/search-token.json"
"$bin" export --format ts >"$out/ts/chat_errors.ts"
"$bin" export --format ts --space native >"$out/ts/chat_errors_native.ts"
cp "$here/usage.ts" "$out/ts/usage.ts"

if setup=$(scripts/setup/browser.sh); then
    eval "$setup"
    check "HTML reference in Chromium, docs/reference.html with its assets (search, filters, zh/en, anchors)" \
        timeout 600 node "$here/browser.js" docs/reference.html "$out/catalog.json" \
        "$out/search-token.json" "$out/reference-docs.png" "$root"
    check "HTML reference in Chromium, the self-contained export (search, filters, zh/en, anchors, screenshot)" \
        timeout 600 node "$here/browser.js" "$out/reference.html" "$out/catalog.json" \
        "$out/search-token.json" "$out/reference.png" "$root"
    check "TypeScript modules and usage type-check (tsc --strict --noEmit)" \
        "$TSC" --strict --noEmit "$out/ts/chat_errors.ts" "$out/ts/chat_errors_native.ts" "$out/ts/usage.ts"
    compile_and_check() {
        "$TSC" --strict --module commonjs --target es2022 --outDir "$out/ts/js" \
            "$out/ts/chat_errors.ts" "$out/ts/chat_errors_native.ts" "$out/ts/usage.ts" &&
            node "$here/check_ts.js" "$out/ts/js" "$out/catalog.json"
    }
    check "TypeScript modules match the JSON export, every entry" compile_and_check
else
    missing_tool "the browser toolchain (scripts/setup/browser.sh failed)"
fi

finish_checks
