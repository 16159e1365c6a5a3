#!/usr/bin/env bash
# The browser tests (test/browser) drive Debian's Chromium with playwright-core: no test tool downloads a browser.
# Installs the `chromium` package where /usr/bin/chromium is missing, and a font with Chinese characters where none is
# (the Chinese screenshots would show empty boxes). Needs root (or sudo) and Debian's package lists.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=()
[ -x "$CHROMIUM" ] || packages+=(chromium)
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then packages+=(fonts-wqy-zenhei); fi
[ ${#packages[@]} -eq 0 ] && exit 0

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
echo "ensure-chromium: installing ${packages[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
as_root apt-get install -y --no-install-recommends "${packages[@]}" || {
  as_root apt-get update
  as_root apt-get install -y --no-install-recommends "${packages[@]}"
}
"$CHROMIUM" --version
