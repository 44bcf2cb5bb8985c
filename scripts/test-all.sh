#!/usr/bin/env bash
# Every test, from a fresh Debian machine: installs what the tests need, then
# type-checks, runs unit tests, builds both deploy targets and drives each in Chromium
# (the Next server, and the static export behind nginx, which it installs when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# The browser and the static server come from Debian's packages; Playwright never downloads a browser.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  echo "› installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[ -d node_modules ] || npm ci

export NEXT_TELEMETRY_DISABLED=1
echo "› content";    npm run --silent content
echo "› unit tests"; npm test --silent
# The export first: both builds use .next, and the server build must be the one left for `next start`.
echo "› export";     npm run --silent export
echo "› build";      npm run --silent build
# Nothing changed since that build, so the next one must keep its output instead of rendering it again.
echo "› rebuild";    npm run --silent build | tee /dev/stderr | grep -q "nothing changed"
# Whole sites over fixture content (hostile input; no posts at all), one build at a time.
for site in hostile empty; do node scripts/fixture-site.mjs build "$site"; done
# After the builds, so the route types Next generates in .next/types are current.
echo "› typecheck";  npm run --silent typecheck
echo "› e2e tests";  npm run --silent test:e2e
