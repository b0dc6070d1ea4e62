#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Installs every toolchain the tests, benchmarks and examples need (the scripts
# beside this one) and prints their export lines together. Runs them all, says
# on stderr how long each took, then fails if any failed. Each script is
# idempotent: quiet when its toolchain is already there and verified.
#
# Usage: eval "$(scripts/setup/all.sh)"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"

exports=
failed=()
timings=()
for tool in c rust-extras jvm swift browser cross sdks; do
    start=$SECONDS
    if out=$("$here/$tool.sh"); then
        exports+=${out:+$out$'\n'}
        timings+=("$tool $((SECONDS - start)) s")
    else
        failed+=("$tool")
        timings+=("$tool FAILED after $((SECONDS - start)) s")
    fi
done
log "toolchains: $(IFS=,; echo "${timings[*]}" | sed 's/,/, /g')"
printf '%s' "$exports"
[ ${#failed[@]} -eq 0 ] || die "failed: ${failed[*]} (see the messages above)"
