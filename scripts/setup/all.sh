#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Installs every toolchain the tests need (the scripts beside this one) and
# prints their export lines together. Runs them all, then fails if any failed.
#
# Usage: eval "$(scripts/setup/all.sh)"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"

exports=
failed=()
for tool in c rust-extras kotlin swift browser; do
    if out=$("$here/$tool.sh"); then
        exports+=${out:+$out$'\n'}
    else
        failed+=("$tool")
    fi
done
printf '%s' "$exports"
[ ${#failed[@]} -eq 0 ] || die "failed: ${failed[*]} (see the messages above)"
