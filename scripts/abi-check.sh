#!/usr/bin/env bash
# Checks the C ABI of libchat_errors against the recorded baseline in abi/:
#   abi/baseline.abi  the shared library's functions and types (abidw, from a
#                     release build with debug info; build paths removed)
#   abi/codes.txt     every promised constant of include/chat_errors.h as
#                     "NAME VALUE" lines (error codes, space/language/category/
#                     action values, limits), except the library version and
#                     the *_COUNT constants (counts grow when a member is added)
# Fails on a removed or changed function, type, constant name or value; passes
# on additions (listed). See docs/safety.md, "Compatibility promise".
#
# Usage: scripts/abi-check.sh            check
#        scripts/abi-check.sh --update   re-record the baseline (at a release,
#                                        after review; commit abi/)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

update=0
case "${1:-}" in
    "") ;;
    --update) update=1 ;;
    *) echo "usage: scripts/abi-check.sh [--update]" >&2; exit 2 ;;
esac

if ! command -v abidw >/dev/null || ! command -v abidiff >/dev/null; then
    if [ -x scripts/setup/c.sh ]; then eval "$(scripts/setup/c.sh)"; fi
fi
if ! command -v abidw >/dev/null || ! command -v abidiff >/dev/null; then
    echo "abi-check: abidw/abidiff not found (Debian package abigail-tools; scripts/setup/c.sh installs it)" >&2
    exit 1
fi

header=include/chat_errors.h
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A release build with full debug info, in its own target directory so the
# shipped release build is untouched.
export CARGO_TARGET_DIR="$root/target/abi"
CARGO_PROFILE_RELEASE_C_DEBUG=full cargo build --quiet --profile release-c --locked -p chat-errors-ffi
library="$CARGO_TARGET_DIR/release-c/libchat_errors.so"

# abidw's output, made independent of the build path and the toolchain's
# layout: no corpus, compilation-dir or source-line paths; translation units
# named without the toolchain's commit and the crates' build hashes; empty
# translation units dropped.
abidw --no-corpus-path --no-comp-dir-path --no-show-locs --drop-undefined-syms --no-elf-needed \
    --type-id-style hash "$library" |
    sed -E -e "s#path='/rustc/[0-9a-f]+/#path='#" -e "s#(path='[^']*)\.[0-9a-f]{16}-cgu#\1-cgu#" |
    awk '/<abi-instr .*>$/ { held = $0; next }
         held != "" { if ($0 !~ /<\/abi-instr>/) { print held; print } held = ""; next }
         { print }' >"$work/current.abi"

# "NAME VALUE" for every constant of the header: each #define with a value
# (a number or a name such as INT32_MIN), except the library version, which
# changes with every release by design, and the counts of the closed sets,
# which grow when a member is added.
sed -nE 's/^#define[[:space:]]+(CHAT_ERRORS_[A-Z0-9_]+)[[:space:]]+\(?(-?[A-Za-z0-9_]+)\)?[[:space:]]*$/\1 \2/p' "$header" |
    grep -v -e '^CHAT_ERRORS_VERSION_' -e '^CHAT_ERRORS_[A-Z]*_COUNT ' | LC_ALL=C sort >"$work/codes.txt"
if [ ! -s "$work/codes.txt" ]; then
    echo "abi-check: no integer constants found in $header" >&2
    exit 1
fi

if [ "$update" -eq 1 ]; then
    mkdir -p abi
    cp "$work/current.abi" abi/baseline.abi
    cp "$work/codes.txt" abi/codes.txt
    echo "abi-check: baseline re-recorded: abi/baseline.abi, abi/codes.txt ($(wc -l <abi/codes.txt) constants)"
    exit 0
fi
for file in abi/baseline.abi abi/codes.txt; do
    [ -f "$file" ] || { echo "abi-check: $file missing (record it with scripts/abi-check.sh --update)" >&2; exit 1; }
done

breaks=0
# Constants: every recorded name keeps its value; new names are additions.
while read -r line; do
    echo "$line"
    breaks=$((breaks + 1))
done < <(awk 'NR == FNR { now[$1] = $2; next }
              !($1 in now) { print "ABI break: " $1 " (" $2 ") was removed"; next }
              now[$1] != $2 { print "ABI break: " $1 " changed from " $2 " to " now[$1] }' \
    "$work/codes.txt" abi/codes.txt)
added=$(awk 'NR == FNR { old[$1]; next } !($1 in old) { print "  " $1 " " $2 }' abi/codes.txt "$work/codes.txt")
[ -z "$added" ] || printf 'abi-check: new constants (allowed):\n%s\n' "$added"

# Functions and types: anything but an addition is a break.
if ! abidiff --no-added-syms abi/baseline.abi "$work/current.abi" >"$work/abidiff.txt" 2>&1; then
    echo "ABI break: functions or types of libchat_errors.so changed (abidiff):"
    sed 's/^/  /' "$work/abidiff.txt"
    breaks=$((breaks + 1))
fi
abidiff abi/baseline.abi "$work/current.abi" | grep -E '^ +\[A\]' | sed 's/^ */  /; 1i abi-check: new functions (allowed):' || true

if [ "$breaks" -gt 0 ]; then
    echo "abi-check: FAILED: $breaks ABI break(s) against abi/ (if intended, this is a major release: see docs/safety.md)"
    exit 1
fi
echo "abi-check: OK: $(wc -l <abi/codes.txt) recorded constants and every recorded function and type unchanged"
