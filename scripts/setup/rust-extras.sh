#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Rust extras for the hardening suite and scripts/fuzz.sh: a nightly toolchain
# with miri (and its sysroot) and rust-src, and cargo-fuzz.
#
# Usage: eval "$(scripts/setup/rust-extras.sh)"   (prints no exports)
set -euo pipefail
source "$(dirname "$0")/common.sh"

CARGO_FUZZ_VERSION=0.13.2

command -v rustup >/dev/null || die "rustup not found: the Rust toolchain comes with the machine"

if ! rustup toolchain list | grep -q '^nightly-'; then
    log "installing the nightly toolchain"
    quietly rustup-nightly rustup toolchain install nightly --profile minimal ||
        die "rustup toolchain install nightly failed (is the Rust distribution server reachable?)"
fi

components=$(rustup component list --installed --toolchain nightly)
if ! grep -q '^miri-' <<<"$components" || ! grep -qx 'rust-src' <<<"$components"; then
    log "adding miri and rust-src to nightly"
    quietly rustup-components rustup component add --toolchain nightly miri rust-src ||
        die "rustup component add miri rust-src failed"
fi
# Builds miri's sysroot the first time (a minute); a quick check after that.
quietly miri-setup cargo +nightly miri setup || die "cargo +nightly miri setup failed"

if ! cargo fuzz --version >/dev/null 2>&1; then
    log "building cargo-fuzz $CARGO_FUZZ_VERSION (a few minutes)"
    quietly cargo-fuzz cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked ||
        die "cargo install cargo-fuzz $CARGO_FUZZ_VERSION failed"
fi
