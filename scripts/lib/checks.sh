# shellcheck shell=bash
# The check runner shared by the test suites (tests/*/run.sh): one line per
# check, the output of a failing check shown, and the closing
# "N passed, M failed" line. Source it from bash; it defines functions only
# (and the counters they share).
#
#   check DESCRIPTION COMMAND...  runs COMMAND with its output in a log; prints
#                                 "ok   DESCRIPTION (its summary line) [N s]", or
#                                 "FAIL DESCRIPTION" and the log's last 40 lines
#   missing_tool TOOL             a tool the suite needs is missing: a failure under
#                                 CI=true, a skip elsewhere
#   finish_checks                 prints the failed checks and the closing line;
#                                 returns non-zero when a check failed
#   fresh_dir DIR                 empties (or makes) DIR and prints it: a suite's output folder
#   start_suite NAME              a suite's start: goes to the repository's root (sets
#                                 root) and empties its output folder target/NAME (sets out)

checks_passed=0
checks_failed=0
checks_skipped=0
checks_failures=()
checks_log_dir=$(mktemp -d "${TMPDIR:-/tmp}/chat-errors-checks.XXXXXX")
trap 'rm -rf "$checks_log_dir"' EXIT

# The summary line a test program printed ("... checks ok ...", "N passed, M
# failed", "... differences"), if any, in parentheses.
checks_summary_of() {
    local line
    line=$(grep -E 'checks ok|differences|[0-9]+ passed, [0-9]+ failed|Tests run: [0-9]+, Failures' "$1" | tail -n 1 || true)
    [ -z "$line" ] || echo " (${line#\[INFO\] })"
}

check() {
    local description=$1 start=$SECONDS
    shift
    local log="$checks_log_dir/$((checks_passed + checks_failed + checks_skipped)).log"
    if "$@" >"$log" 2>&1; then
        checks_passed=$((checks_passed + 1))
        echo "ok   $description$(checks_summary_of "$log") [$((SECONDS - start)) s]"
    else
        checks_failed=$((checks_failed + 1))
        checks_failures+=("$description")
        echo "FAIL $description [$((SECONDS - start)) s]"
        sed 's/^/     | /' "$log" | tail -n 40
    fi
}

missing_tool() {
    if [ "${CI:-}" = true ]; then
        checks_failed=$((checks_failed + 1))
        checks_failures+=("missing tool $1")
        echo "FAIL missing tool $1 (required under CI)"
    else
        checks_skipped=$((checks_skipped + 1))
        echo "skip missing tool $1"
    fi
}

finish_checks() {
    [ "$checks_failed" -eq 0 ] || printf 'failed: %s\n' "${checks_failures[@]}" >&2
    if [ "$checks_skipped" -gt 0 ]; then
        echo "$checks_passed passed, $checks_failed failed, $checks_skipped skipped"
    else
        echo "$checks_passed passed, $checks_failed failed"
    fi
    [ "$checks_failed" -eq 0 ]
}

fresh_dir() {
    rm -rf "$1"
    mkdir -p "$1"
    echo "$1"
}

start_suite() {
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    cd "$root"
    out=$(fresh_dir "target/$1")
}
