#!/usr/bin/env bash
# The jest suite on Node 24, the action's runtime (runs.using: node24), and the end-to-end tests (__tests__/e2e/), which
# start `node dist/index.js` as the runner does, on Node 22 too.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS=--experimental-vm-modules
node24=$(bash scripts/node-runtime.sh 24)
node22=$(bash scripts/node-runtime.sh 22)
echo "Node $("$node24" --version): the whole suite"
"$node24" node_modules/jest/bin/jest.js "$@"
echo "Node $("$node22" --version): the end-to-end tests"
"$node22" node_modules/jest/bin/jest.js --testPathPatterns '/__tests__/e2e/' "$@"
