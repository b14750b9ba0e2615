#!/usr/bin/env bash
# `npm test`: the README's second command, every test. Typecheck (`astro check`), build
# (`astro build`, which validates the data first), then Vitest: the "unit" and "e2e" (browser)
# projects, the latter against the freshly built dist/.
# The last line printed is always `N passed, N failed` (CI reads it); the exit code is non-zero
# when anything failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# A step before Vitest failed: say why, close with the line CI reads, stop.
setup_failed() {
  echo "npm test: $1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

. scripts/node-env.sh || setup_failed "could not put Node.js >= 22.12 on PATH (see scripts/node-env.sh)"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (npm ci)..." >&2
  npm ci --no-audit --no-fund || setup_failed "npm ci failed"
fi

# The browser tests drive Debian's chromium through playwright-core (its own browser downloads
# do not work here).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's chromium for the browser tests (apt-get, ~1 min)..." >&2
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; } </dev/null ||
      setup_failed "apt-get install -y chromium failed"
  else
    setup_failed "the browser tests need Debian's chromium at /usr/bin/chromium, which is missing.
Install it once with:  sudo apt-get update && sudo apt-get install -y chromium
then run npm test again."
  fi
fi

echo "== Typecheck (astro check)" >&2
node_modules/.bin/astro check || setup_failed "the typecheck (astro check) failed"

echo "== Build (astro build)" >&2
node_modules/.bin/astro build || setup_failed "the build (astro build) failed"

echo "== Tests (vitest run)" >&2
# The closing-line reporter (see vitest.config.ts) prints `N passed, N failed` and also writes it
# to $CLOSING_LINE_FILE. Output is captured too, so that the script can make sure that line comes
# last even if something is printed after the reporters (a hanging-process warning, say).
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export CLOSING_LINE_FILE="$work/closing-line"
[ -t 1 ] && export FORCE_COLOR="${FORCE_COLOR:-1}"
node_modules/.bin/vitest run "$@" 2>&1 | tee "$work/output"
status=${PIPESTATUS[0]}

passed=0 failed=0
if line="$(tail -n 1 "$CLOSING_LINE_FILE" 2>/dev/null)" &&
  [[ "$line" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
  passed=${BASH_REMATCH[1]} failed=${BASH_REMATCH[2]}
fi
# Vitest failed without a failed test being counted (it crashed, found no test files, ...).
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
line="$passed passed, $failed failed"
last="$(tail -n 1 "$work/output" | tr -d '\r')"
[ "$last" = "$line" ] || echo "$line"
[ "$failed" -eq 0 ] || exit 1
exit "$status"
