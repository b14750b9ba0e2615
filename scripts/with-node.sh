#!/usr/bin/env bash
# Runs a command with a current Node.js first on PATH (see node-env.sh). Used by the npm scripts.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
exec "$@"
