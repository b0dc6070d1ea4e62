#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Runs a command where swiftc is available, in WORKDIR.
#
# Usage: scripts/setup/swift-run.sh WORKDIR -- COMMAND [ARG...]
#   One COMMAND argument alone is shell code ('swiftc a.swift && ./a');
#   several are one command and its arguments, run as given.
#
# Host mode (SWIFT_MODE=host, or swiftc on PATH and no SWIFT_ROOT): runs it in
# WORKDIR. Root mode (SWIFT_ROOT, by default the root scripts/setup/swift.sh
# builds): bind-mounts WORKDIR at the same path inside the root, mounts /proc,
# runs the command there through chroot (as root, with the root's PATH), and
# unmounts both when it ends, also on failure or interruption. Not for two
# concurrent runs on the same WORKDIR.
set -euo pipefail
source "$(dirname "$0")/common.sh"

if [ $# -lt 3 ] || [ "$2" != -- ]; then
    die "usage: swift-run.sh WORKDIR -- COMMAND [ARG...]"
fi
workdir=$(cd "$1" && pwd) || die "no directory $1"
shift 2
if [ $# -eq 1 ]; then script=$1; else script=$(printf '%q ' "$@"); fi

if [ "${SWIFT_MODE:-}" = host ] || { [ -z "${SWIFT_ROOT:-}" ] && command -v swiftc >/dev/null; }; then
    cd "$workdir"
    exec bash -c "$script"
fi

root=${SWIFT_ROOT:-$CHAT_ERRORS_CACHE/swift-trixie}
[ -x "$root/usr/bin/swiftc" ] || die "no Swift root at $root: run scripts/setup/swift.sh"
[ "$(id -u)" -eq 0 ] || die "root mode needs root (mount, chroot)"
case "$workdir/" in
    / | "$root"/*) die "cannot mount $workdir inside $root" ;;
esac

mounted=()
made_mountpoint=
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" || umount -l "${mounted[i]}" || log "could not unmount ${mounted[i]}"
    done
    if [ -n "$made_mountpoint" ]; then rmdir "$root$workdir" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

if [ ! -d "$root$workdir" ]; then
    mkdir -p "$root$workdir"
    made_mountpoint=1
fi
mount --bind "$workdir" "$root$workdir" || die "cannot bind-mount $workdir into $root"
mounted+=("$root$workdir")
mount -t proc proc "$root/proc" || die "cannot mount /proc in $root"
mounted+=("$root/proc")

# The exit status is the command's; the EXIT trap unmounts.
chroot "$root" /usr/bin/env -u TMPDIR HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c "cd $(printf '%q' "$workdir") && $script"
