#!/usr/bin/env bash
# Every test, from a fresh Debian machine: installs what the tests need, then
# type-checks, runs unit tests, builds the production site and drives it in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Browsers come from Debian's packages; Playwright never downloads one here.
if ! command -v chromium >/dev/null 2>&1; then
  echo "› installing Chromium from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

[ -d node_modules ] || npm ci

export NEXT_TELEMETRY_DISABLED=1
echo "› content";    npx contentlayer2 build
echo "› typecheck";  npm run --silent typecheck
echo "› unit tests"; npm test --silent
echo "› build";      npm run --silent build
echo "› e2e tests";  npm run --silent test:e2e
