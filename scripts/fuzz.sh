#!/usr/bin/env bash
# Fuzzes every target of fuzz/ (cargo-fuzz, nightly toolchain) for a bounded
# time each, after replaying the saved regression inputs.
#
# Usage: scripts/fuzz.sh [target...]        (default: every target)
#   FUZZ_SECONDS=N   seconds per target (default 60). The long run before a
#                    release:  FUZZ_SECONDS=3600 scripts/fuzz.sh
#
# The corpus grows under fuzz/corpus/<target>/ (not committed), seeded from
# the catalog. A crash fails the run: its input is copied to
# fuzz/regressions/<target>/, where `cargo test --manifest-path fuzz/Cargo.toml`
# replays it from then on. Commit it with the fix.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/fuzz"

seconds="${FUZZ_SECONDS:-60}"
if [ -x "$root/scripts/setup/rust-extras.sh" ]; then
    eval "$("$root/scripts/setup/rust-extras.sh")"
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: cargo-fuzz with a nightly toolchain is required (scripts/setup/rust-extras.sh installs it)" >&2
    exit 1
fi

mapfile -t targets < <(if [ $# -gt 0 ]; then printf '%s\n' "$@"; else cargo +nightly fuzz list; fi)

echo "fuzz.sh: replaying saved regression inputs" >&2
cargo test --quiet --locked --lib --test regressions >&2
cargo run --quiet --locked --example seed_corpus -- "$root/fuzz/corpus" >&2

passed=0
failed=0
for target in "${targets[@]}"; do
    echo "fuzz.sh: $target for $seconds s" >&2
    artifacts="$root/fuzz/artifacts/$target"
    rm -rf "$artifacts"
    mkdir -p "$artifacts" "$root/fuzz/corpus/$target"
    log="$artifacts/fuzz.log"
    if cargo +nightly fuzz run --release --debug-assertions "$target" "$root/fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1; then
        runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
        echo "fuzz.sh: $target: ${runs:-?} runs, no crash" >&2
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        tail -n 40 "$log" >&2
        mkdir -p "$root/fuzz/regressions/$target"
        found=0
        for input in "$artifacts"/crash-* "$artifacts"/oom-* "$artifacts"/timeout-* "$artifacts"/leak-*; do
            [ -e "$input" ] || continue
            cp "$input" "$root/fuzz/regressions/$target/"
            echo "fuzz.sh: $target FAILED: input saved as fuzz/regressions/$target/$(basename "$input") (commit it with the fix)" >&2
            found=1
        done
        [ "$found" -eq 1 ] || echo "fuzz.sh: $target FAILED without a saved input; see $log" >&2
    fi
done

echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
