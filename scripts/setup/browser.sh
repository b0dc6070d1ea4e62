#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Browser toolchain for the web tests: Debian's chromium, and playwright-core
# and typescript (pinned) in an npm prefix in the cache. Checks it once:
# Playwright drives chromium to open a file:// page and take a screenshot, and
# tsc compiles a small file.
#
# Usage: eval "$(scripts/setup/browser.sh)"   -> CHROMIUM, NODE_PATH, TSC
set -euo pipefail
source "$(dirname "$0")/common.sh"

PLAYWRIGHT_CORE_VERSION=1.65.1
TYPESCRIPT_VERSION=7.0.2

apt_install chromium fonts-dejavu-core fonts-wqy-zenhei # fonts, so that screenshots show Latin and Chinese text
chromium=/usr/bin/chromium
[ -x "$chromium" ] || die "$chromium missing after installing chromium"

command -v npm >/dev/null || apt_install nodejs npm
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] ||
    die "playwright-core $PLAYWRIGHT_CORE_VERSION needs Node.js 20 or newer, found $(node --version)"

prefix="$CHAT_ERRORS_CACHE/node"
modules="$prefix/node_modules"
tsc="$modules/.bin/tsc"
# Prints the installed version of an npm package of the prefix, or nothing.
installed() { node -p "require(process.argv[1]).version" "$modules/$1/package.json" 2>/dev/null || true; }
if [ "$(installed playwright-core)" != "$PLAYWRIGHT_CORE_VERSION" ] ||
    [ "$(installed typescript)" != "$TYPESCRIPT_VERSION" ]; then
    log "npm install playwright-core@$PLAYWRIGHT_CORE_VERSION typescript@$TYPESCRIPT_VERSION into $prefix"
    mkdir -p "$prefix"
    quietly npm-browser npm install --prefix "$prefix" --save-exact --no-audit --no-fund \
        "playwright-core@$PLAYWRIGHT_CORE_VERSION" "typescript@$TYPESCRIPT_VERSION" ||
        die "npm install of playwright-core and typescript failed"
fi
[ -x "$tsc" ] || die "$tsc missing after npm install"

key="chromium $(dpkg-query -W -f='${Version}' chromium)"
key+=" playwright-core $PLAYWRIGHT_CORE_VERSION typescript $TYPESCRIPT_VERSION"
if ! is_verified browser "$key"; then
    log "checking: Playwright screenshots a file:// page in chromium; tsc compiles"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    echo '<!doctype html><title>check</title><h1 id="h">chat-errors browser check</h1>' >"$work/page.html"
    shot="$CHAT_ERRORS_CACHE/browser-check.png"
    cat >"$work/check.js" <<'JS'
const { chromium } = require("playwright-core");
const [page, shot] = process.argv.slice(2);
(async () => {
    const browser = await chromium.launch({
        executablePath: "/usr/bin/chromium",
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
        const tab = await browser.newPage();
        await tab.goto("file://" + page);
        console.log(await tab.textContent("#h"));
        await tab.screenshot({ path: shot });
    } finally {
        await browser.close();
    }
})().catch((error) => {
    console.error(error);
    process.exit(1);
});
JS
    rm -f "$shot"
    out=$(NODE_PATH="$modules" timeout 120 node "$work/check.js" "$work/page.html" "$shot") ||
        die "Playwright could not drive $chromium"
    [ "$out" = "chat-errors browser check" ] || die "unexpected page text: $out"
    [ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
        die "no PNG screenshot at $shot"
    echo 'const n: number = 42; console.log(n);' >"$work/check.ts"
    quietly tsc-check "$tsc" --outDir "$work/out" "$work/check.ts" || die "tsc failed on a one-line file"
    [ "$(node "$work/out/check.js")" = 42 ] || die "tsc output did not run"
    mark_verified browser "$key"
    log "ok: screenshot at $shot, $("$tsc" --version)"
fi

emit CHROMIUM "$chromium"
emit NODE_PATH "$modules"
emit TSC "$tsc"
