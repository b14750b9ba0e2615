#!/usr/bin/env bash
# `npm test`: the README's second command, every test. Typecheck (`astro check`) and build
# (`astro build`, which validates the data first) side by side, then Vitest: the "unit", "e2e"
# (browser) and "lighthouse" projects, the browser ones against the freshly built dist/.
# The last line printed is always `N passed, N failed` (CI reads it); the exit code is non-zero
# when anything failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work="$(mktemp -d)"
# Background jobs (the typecheck, the test sites) run in process groups of their own, which end
# with the script, whichever way it ends, with every process they started.
cleanup() {
  local job
  for job in $(jobs -p); do kill -- "-$job" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

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

# The browser tests drive Debian's Chromium through playwright-core (its own browser downloads
# do not work here): its headless shell for the browser tests, the full browser for Lighthouse
# (see tests/support/browser.ts).
# LibreOffice Calc opens the downloads as a spreadsheet user's would (tests/clients/).
missing=""
[ -x /usr/bin/chromium ] || missing="chromium"
[ -x /usr/bin/chromium-headless-shell ] || missing="$missing chromium-headless-shell"
[ -x /usr/bin/soffice ] || missing="$missing libreoffice-calc-nogui"
missing="${missing# }"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's $missing for the browser and spreadsheet tests (apt-get, ~1 min each)..." >&2
    # shellcheck disable=SC2086 # one word per package
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $missing; } </dev/null ||
      setup_failed "apt-get install -y $missing failed"
  else
    setup_failed "the browser and spreadsheet tests need Debian's $missing (/usr/bin/chromium, /usr/bin/chromium-headless-shell, /usr/bin/soffice).
Install it once with:  sudo apt-get update && sudo apt-get install -y $missing
then run npm test again."
  fi
fi

# The machine mostly waits during the browser tests, not here: what does not depend on dist/
# starts at once and runs side by side with the build. The sites the browser tests build besides
# dist/ (another province, a base path, hostile data, fuzzed data; tests/support/extra-sites.ts) are built into
# $PORTAL_TEST_SITES, each in its own copy of the code; a test that needs one waits for it there,
# and reports its build's output if it failed.
export PORTAL_TEST_SITES="$work/sites"
setsid node tests/support/extra-sites.ts "$PORTAL_TEST_SITES" >"$work/sites.log" 2>&1 &

echo "== Typecheck (astro check) and build (astro build), side by side" >&2
setsid node_modules/.bin/astro check >"$work/check.log" 2>&1 &
check=$!
node_modules/.bin/astro build || setup_failed "the build (astro build) failed"
echo "== Typecheck (astro check)" >&2
wait "$check"
check_status=$?
cat "$work/check.log" >&2
[ "$check_status" -eq 0 ] || setup_failed "the typecheck (astro check) failed"

echo "== Tests (vitest run)" >&2
# The closing-line reporter (see vitest.config.ts) prints `N passed, N failed` and also writes it
# to $CLOSING_LINE_FILE. Output is captured too, so that the script can make sure that line comes
# last even if something is printed after the reporters (a hanging-process warning, say).
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
