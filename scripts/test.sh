#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit tests, database tests, end-to-end tests; stops at the first step that fails.
# The slow end-to-end specs (fuzzers, concurrency, the app killed: e2e/reliability) are `npm run test:slow`,
# which CI (.ci/run) runs after this.
# Two pairs run side by side on the two cores of our machines: typecheck with lint, and the database tests
# with the app's build, which only the end-to-end tests need (on a clean clone the pair took 121 s, against
# about 150 s one after the other). The build's output goes to .data/build.log and is shown if it fails.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
mkdir -p .data
# The browser first, not after minutes of the other steps: installed here when it can be (scripts/lib.sh).
ensure_chromium || exit 1

npm run --silent typecheck & typecheck=$!
npm run --silent lint & lint=$!
wait "$typecheck"; typecheck_status=$?
wait "$lint"; lint_status=$?
[ "$typecheck_status" -eq 0 ] && [ "$lint_status" -eq 0 ] || exit 1

npm run test:unit || exit 1

npm run test:db & db=$!
(ensure_built > .data/build.log 2>&1) & build=$!
wait "$db"; db_status=$?
wait "$build"; build_status=$?
if [ "$build_status" -ne 0 ]; then
  echo "==> The build failed (.data/build.log):"
  cat .data/build.log
fi
[ "$db_status" -eq 0 ] && [ "$build_status" -eq 0 ] || exit 1

exec npm run test:e2e -- --project=chromium
