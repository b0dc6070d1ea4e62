#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Swift toolchain for the UniFFI Swift bindings: swiftc from PATH (host mode),
# else a Debian trixie root in the cache with its swiftlang package (Debian
# bookworm has no Swift compiler; trixie's needs trixie's glibc). Run commands
# with it through scripts/setup/swift-run.sh. Building the root takes a few
# minutes and about 3.5 GB, once; a stamp marks it complete, and a root without
# the stamp (an interrupted build) is built anew. Checks it once by building a
# Swift program, and one that calls a C library built on the host through a
# module map, as the binding tests do.
#
# Usage: eval "$(scripts/setup/swift.sh)"
#   -> SWIFT_MODE=host, or SWIFT_MODE=root and SWIFT_ROOT
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"

# Prints the mount points under $1, deepest first.
mounts_under() {
    awk -v dir="$1/" 'index($5, dir) == 1 { print $5 }' /proc/self/mountinfo | sort -r
}

build_root() {
    local root=$1 mountpoint
    # An interrupted run may have left mounts: rm -rf must never reach through them.
    while read -r mountpoint; do
        umount -l "$(printf '%b' "$mountpoint")" || true
    done < <(mounts_under "$root")
    [ -z "$(mounts_under "$root")" ] || die "cannot unmount everything under $root"
    rm -rf "$root"

    apt_install debootstrap
    log "debootstrap --variant=minbase trixie $root (about a minute)"
    quietly debootstrap debootstrap --variant=minbase trixie "$root" || die "debootstrap trixie failed"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mount -t proc proc "$root/proc" || die "cannot mount /proc in $root"
    trap 'umount "$root/proc"' EXIT
    log "installing swiftlang in the root (about 450 MB to download)"
    quietly swift-root-apt-update chroot "$root" apt-get update || die "apt-get update in $root failed"
    quietly swift-root-apt-install chroot "$root" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends swiftlang libc6-dev libstdc++-14-dev ||
        die "installing swiftlang in $root failed"
    chroot "$root" apt-get clean
    umount "$root/proc"
    trap - EXIT
}

# Builds hello-world and a Swift program calling a C library, with swift-run.sh.
check() {
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    echo 'print("hello from Swift")' >"$work/hello.swift"
    cat >"$work/answer.h" <<'C'
int answer_get(void);
C
    echo 'int answer_get(void) { return 42; }' >"$work/answer.c"
    cat >"$work/answer.modulemap" <<'MAP'
module CAnswer {
    header "answer.h"
    export *
}
MAP
    echo 'import CAnswer; print("C says \(answer_get())")' >"$work/main.swift"
    command -v gcc >/dev/null || apt_install gcc
    gcc -shared -fPIC -o "$work/libanswer.so" "$work/answer.c" || die "gcc failed to build the C library"

    local out
    # shellcheck disable=SC2016 # $PWD expands inside the root
    out=$("$here/swift-run.sh" "$work" -- 'swiftc hello.swift -o hello && ./hello &&
        swiftc -module-name Main -Xcc -fmodule-map-file="$PWD/answer.modulemap" -I "$PWD" main.swift \
            -L "$PWD" -lanswer -o main &&
        LD_LIBRARY_PATH="$PWD" ./main') || die "building or running the Swift checks failed"
    [ "$out" = $'hello from Swift\nC says 42' ] || die "unexpected output from the Swift checks: $out"
    log "ok: ${out//$'\n'/, }"
}

if command -v swiftc >/dev/null; then
    export SWIFT_MODE=host
    key="host $(command -v swiftc)"
    log "using swiftc from PATH"
else
    export SWIFT_MODE=root SWIFT_ROOT="$CHAT_ERRORS_CACHE/swift-trixie"
    key="root $SWIFT_ROOT"
    stamp="$SWIFT_ROOT.complete"
    if [ ! -f "$stamp" ] || [ ! -x "$SWIFT_ROOT/usr/bin/swiftc" ]; then
        rm -f "$stamp"
        build_root "$SWIFT_ROOT"
        touch "$stamp"
        rm -f "$CHAT_ERRORS_CACHE/verified/swift"
    fi
fi

if ! is_verified swift "$key"; then
    log "checking: Swift hello world, and Swift calling a C library through a module map"
    check
    mark_verified swift "$key"
fi

emit SWIFT_MODE "$SWIFT_MODE"
[ "$SWIFT_MODE" = host ] || emit SWIFT_ROOT "$SWIFT_ROOT"
