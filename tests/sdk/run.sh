#!/usr/bin/env bash
# The sdk suite: `chat-errors sdk-check` over every pinned SDK release (the
# `artifact` rows of sources/sources.tsv, fetched into the cache by
# scripts/fetch-sdks.sh) and every committed extract of sources/extracts/.
#
# Until the catalog covers every code, what sdk-check finds is listed in the
# known-gaps file sources/gaps.tsv (source, kind of finding, code, name). The
# suite fails on a finding that file lacks (the catalog drifted from an SDK)
# and on a gap that is now recorded (stale: remove it); it prints the counts
# per source and per kind: the to-do list of the coverage work.
#
# Usage: tests/sdk/run.sh [--update]   (--update rewrites sources/gaps.tsv)
# A registry that cannot be reached fails under CI=true; elsewhere the
# releases not in the cache are skipped with a message (and their gaps kept).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/checks.sh"
start_suite sdk-test
gaps=sources/gaps.tsv
update=false
[ "${1:-}" = --update ] && update=true

cargo build -q -p chat-errors-cli --bin chat-errors
bin=target/debug/chat-errors

check "pinned SDK releases in the cache (scripts/fetch-sdks.sh)" scripts/fetch-sdks.sh

# One report per source: its findings as `source<TAB>kind<TAB>code<TAB>name`.
: >"$out/found.tsv"
: >"$out/checked"
sdk_check() { # SOURCE-ID ARTIFACT [--sdk FAMILY@VERSION]
    local source=$1 report status=0
    shift
    report=$("$bin" sdk-check --json "$@" 2>"$out/stderr") || status=$?
    if [ "$status" -gt 1 ] || [ -z "$report" ]; then
        echo "$source: sdk-check failed (status $status): $(cat "$out/stderr")" >&2
        return 1
    fi
    jq -r --arg source "$source" '.findings[] | [$source, .kind, .code, .name] | @tsv' <<<"$report" >>"$out/found.tsv"
    echo "$source" >>"$out/checked"
}

while IFS=$'\t' read -r source sdk file; do
    if [ -s "$file" ]; then
        check "sdk-check $source" sdk_check "$source" "$file" --sdk "$sdk"
    else
        missing_tool "$file (scripts/fetch-sdks.sh could not fetch $source)"
    fi
done < <(scripts/fetch-sdks.sh --list)

extracts=(sources/extracts/*.tsv)
check_extracts() {
    local extract
    for extract in "${extracts[@]}"; do
        sdk_check "$(basename "$extract")" "$extract" || return 1
    done
}
check "sdk-check over the ${#extracts[@]} committed extracts" check_extracts

sort -u "$out/found.tsv" -o "$out/found.tsv"
gap_rows() { grep -v '^#' "$gaps" || true; }
# The known gaps of the sources checked this run (a source skipped keeps its gaps).
gap_rows | awk -F '\t' 'NR == FNR { checked[$1] = 1; next } checked[$1]' "$out/checked" - \
    | sort -u >"$out/known.tsv"

if $update; then
    {
        echo "# Known gaps: what \`chat-errors sdk-check\` finds unrecorded, per source (tests/sdk/run.sh)."
        echo "# source	kind	code	name"
        { gap_rows | awk -F '\t' 'NR == FNR { checked[$1] = 1; next } !checked[$1]' "$out/checked" -
          cat "$out/found.tsv"; } | sort -u
    } >"$out/gaps.tsv"
    mv "$out/gaps.tsv" "$gaps"
    echo "ok   $gaps rewritten: $(gap_rows | wc -l) gaps"
else
    new=$(comm -23 "$out/found.tsv" "$out/known.tsv")
    stale=$(comm -13 "$out/found.tsv" "$out/known.tsv")
    report_new() { [ -z "$new" ] || { echo "findings not in $gaps (fix the catalog, or tests/sdk/run.sh --update):"; echo "$new"; false; }; }
    report_stale() { [ -z "$stale" ] || { echo "gaps now recorded (tests/sdk/run.sh --update removes them):"; echo "$stale"; false; }; }
    check "no finding outside $gaps" report_new
    check "no stale gap in $gaps" report_stale
fi

echo "gaps per kind:"
cut -f 2 "$out/found.tsv" | sort | uniq -c | sed 's/^/  /'
echo "gaps per source (missing-code, unresolved-name, meaning-difference):"
awk -F '\t' '{ n[$1, $2]++; s[$1] = 1 } END {
    for (source in s) printf "  %-55s %4d %4d %4d\n", source, n[source, "missing-code"], n[source, "unresolved-name"], n[source, "meaning-difference"]
}' "$out/found.tsv" | sort
finish_checks
