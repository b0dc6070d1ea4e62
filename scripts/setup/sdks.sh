#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The pinned SDK releases the tests read (cli/tests/artifacts.rs, the sdk
# step): scripts/fetch-sdks.sh puts them in the cache, once; later runs need no
# network. Needs npm and Maven (browser.sh and jvm.sh run first).
#
# Usage: eval "$(scripts/setup/sdks.sh)"   (prints no exports)
set -euo pipefail
source "$(dirname "$0")/common.sh"

"$(dirname "$0")/../fetch-sdks.sh" >&2 || die "scripts/fetch-sdks.sh failed"
