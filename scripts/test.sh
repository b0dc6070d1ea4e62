#!/usr/bin/env bash
# Runs every test of the project: installs the toolchains it needs (see
# scripts/setup/), then the Rust tests, the C/C++ suite, the Kotlin and Swift
# suites, the documentation suite, the packaging suite, the SDK check suite
# and the hardening suite. Prints one line per step and a closing "steps: N passed, M failed";
# exits non-zero on any failure.
#
# Usage: scripts/test.sh [step...]   (default: every step)
set -uo pipefail
cd "$(dirname "$0")/.."

if ! setup_exports=$(scripts/setup/all.sh); then
    echo "toolchain setup failed" >&2
    exit 1
fi
eval "$setup_exports"

all_steps=(rust c kotlin swift docs packaging sdk hardening)
steps=("${@:-${all_steps[@]}}")
passed=0
failed=0
failures=()

run_step() {
    case "$1" in
        rust) cargo test --workspace --locked ;;
        c) tests/c/run.sh ;;
        kotlin) tests/kotlin/run.sh ;;
        swift) tests/swift/run.sh ;;
        docs) tests/docs/run.sh ;;
        packaging) tests/packaging/run.sh ;;
        sdk) tests/sdk/run.sh ;;
        hardening) tests/hardening/run.sh ;;
        *) echo "unknown step $1 (steps: ${all_steps[*]})" >&2; return 2 ;;
    esac
}

for step in "${steps[@]}"; do
    echo "=== step $step" >&2
    start=$SECONDS
    if run_step "$step"; then
        passed=$((passed + 1))
        echo "=== step $step passed in $((SECONDS - start)) s" >&2
    else
        failed=$((failed + 1))
        failures+=("$step")
        echo "=== step $step FAILED in $((SECONDS - start)) s" >&2
    fi
done

[ "$failed" -eq 0 ] || echo "failed steps: ${failures[*]}" >&2
echo "steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
