#!/usr/bin/env bash
# Makes sure a Chromium exists for the browser tests: $VIGIA_CHROMIUM, Debian's /usr/bin/chromium, or a
# browser Playwright already installed. Installs Debian's package when none is there and we may (root +
# apt-get). Never downloads a browser of its own.
set -euo pipefail
if [[ -n "${VIGIA_CHROMIUM:-}" ]]; then
  [[ -x "$VIGIA_CHROMIUM" ]] && exit 0
  echo "ensure-chromium: VIGIA_CHROMIUM=$VIGIA_CHROMIUM is not an executable" >&2
  exit 1
fi
[[ -x /usr/bin/chromium ]] && exit 0
if compgen -G "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}/chromium*" > /dev/null; then exit 0; fi
if [[ "$(id -u)" == 0 ]] && command -v apt-get > /dev/null; then
  echo "ensure-chromium: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  [[ -x /usr/bin/chromium ]] && exit 0
fi
echo "ensure-chromium: no Chromium found. Install one (Debian: apt-get install chromium) or set VIGIA_CHROMIUM to its path." >&2
exit 1
