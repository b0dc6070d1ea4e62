# shellcheck shell=bash
# Helpers sourced by the scripts of scripts/setup/. Those scripts print shell
# `export` lines on stdout (for eval) and everything else on stderr.
#
#   CHAT_ERRORS_CACHE   the cache directory (outside the repository)
#   log MSG / die MSG   progress and fatal errors, on stderr
#   emit NAME VALUE     prints `export NAME=VALUE`, quoted for the shell
#   quietly NAME CMD... runs CMD with its output in a log file of the cache
#                       (logs/NAME.log), shown in part when CMD fails
#   apt_install PKG...  installs those of the Debian packages PKG that are missing
#   is_verified NAME KEY / mark_verified NAME KEY
#                       remember that a toolchain passed its check, for KEY
#                       (its path or version), so later runs skip the check

CHAT_ERRORS_CACHE=${CHAT_ERRORS_CACHE:-$HOME/.cache/chat-errors}
mkdir -p "$CHAT_ERRORS_CACHE"

log() { echo "setup/${0##*/}: $*" >&2; }
die() {
    log "error: $*"
    exit 1
}

emit() { printf 'export %s=%q\n' "$1" "$2"; }

quietly() {
    local file="$CHAT_ERRORS_CACHE/logs/$1.log"
    shift
    mkdir -p "${file%/*}"
    if ! "$@" >"$file" 2>&1; then
        tail -n 30 "$file" >&2
        log "failed: $* (whole log: $file)"
        return 1
    fi
}

# apt-get update runs at most once an hour (stamp file), and only when a
# package is missing, so repeated and combined runs update once.
apt_install() {
    local pkg missing=()
    for pkg in "$@"; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != installed ]; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || die "apt-get not found: install ${missing[*]} by hand"
    [ "$(id -u)" -eq 0 ] || die "installing ${missing[*]} needs root"
    local stamp="$CHAT_ERRORS_CACHE/apt-update.stamp"
    if [ -z "$(find "$stamp" -mmin -60 2>/dev/null)" ]; then
        log "apt-get update"
        quietly apt-update apt-get update || die "apt-get update failed"
        touch "$stamp"
    fi
    log "apt-get install ${missing[*]}"
    quietly apt-install env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}" ||
        die "apt-get install ${missing[*]} failed"
}

is_verified() { [ "$(cat "$CHAT_ERRORS_CACHE/verified/$1" 2>/dev/null)" = "$2" ]; }
mark_verified() {
    mkdir -p "$CHAT_ERRORS_CACHE/verified"
    printf '%s\n' "$2" >"$CHAT_ERRORS_CACHE/verified/$1"
}
