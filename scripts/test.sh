#!/usr/bin/env bash
# `npm test`: everything CI runs — type check, extension build, then unit, extension and end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTENV_CONFIG_QUIET=true
bash scripts/ensure-chromium.sh
echo "› type check"
npx tsc --noEmit -p .
echo "› compile the collector"
node scripts/collector-build.js
echo "› build the extension"
npx wxt build > /dev/null
echo "› PostgreSQL on loopback for the store contract and scale tests"
eval "$(bash scripts/postgres.sh start)"
trap 'bash scripts/postgres.sh stop' EXIT
echo "› tests"
npx vitest run "$@"
