#!/usr/bin/env bash
# `npm test`: everything CI runs — type check, extension build, then unit, extension and end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTENV_CONFIG_QUIET=true
bash scripts/ensure-chromium.sh
echo "› type check"
npx tsc --noEmit -p .
echo "› build the extension"
npx wxt build > /dev/null
echo "› tests"
npx vitest run "$@"
