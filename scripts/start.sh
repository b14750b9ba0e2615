#!/usr/bin/env bash
# `npm start`: the README's first command. Puts a current Node.js on PATH (installing Node 24 into
# .tools/node when the machine's Node is older than 22.12), installs the npm packages when needed,
# builds the site (`astro build` validates the data first and stops on invalid data), then serves
# dist/ with `astro preview`, which prints the URL to open.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/node-env.sh

# npm writes node_modules/.package-lock.json last, after package-lock.json: when it is missing or
# older than the lockfile, node_modules does not match the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (npm ci)..." >&2
  npm ci --no-audit --no-fund
fi

node_modules/.bin/astro build

# Started directly (not through npx) so that stopping this script stops the server too.
exec node_modules/.bin/astro preview "$@"
