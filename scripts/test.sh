#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit tests, database tests, end-to-end tests; fails when any of them fails.
# The slow end-to-end specs (fuzzers, concurrency, the app killed: e2e/reliability) are `npm run test:slow`,
# which CI (.ci/run) runs after this.
# Each round keeps both cores of our machines busy (docs/decisions/034-suite-within-eight-minutes.md):
#  1. typecheck, lint and the app's build side by side. The build skips its own type check, the one tsc
#     does here (RDLS_TYPECHECKED, next.config.ts).
#  2. the end-to-end tests (shown as they run) with, beside them, the unit tests and then the database tests:
#     the unit tests run while the e2e step makes its database, seeds it and starts the app (mostly waiting
#     on PostgreSQL), and the database tests use the time the browser tests spend waiting on the app and the
#     browser.
# A step run beside the shown one writes to .data/<step>.log, printed whole when the step fails.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
mkdir -p .data
# The browser first, not after minutes of the other steps: installed here when it can be (scripts/lib.sh).
ensure_chromium || exit 1

# The route types (.next/types) first, so tsc checks what `next build`'s own check would.
./node_modules/.bin/next typegen > /dev/null || exit 1

declare -A pids=()
# Runs a step in the background, its output in .data/<step>.log.
start() {
  local step=$1
  shift
  ("$@" > ".data/$step.log" 2>&1) &
  pids[$step]=$!
}
# Waits for a step: says it passed (with the last `lines` of its output), or prints its whole log and fails.
finish() {
  local step=$1 lines=${2:-0}
  if wait "${pids[$step]}"; then
    echo "==> $step passed"
    [ "$lines" -gt 0 ] && tail -n "$lines" ".data/$step.log"
    return 0
  fi
  echo "==> $step FAILED (.data/$step.log):"
  cat ".data/$step.log"
  return 1
}
build_untyped() { RDLS_TYPECHECKED=1 ensure_built; }

start typecheck npm run --silent typecheck
start lint npm run --silent lint
start build build_untyped
ok=1
finish typecheck || ok=0
typed=$ok
finish lint || ok=0
finish build || ok=0
# A build whose types failed is never left for `npm start` to serve as current.
[ "$typed" -eq 1 ] || rm -f .next/BUILD_ID
[ "$ok" -eq 1 ] || exit 1

# One db test file at a time here (two when run alone, vitest.config.ts): beside the browser tests a
# second PGlite file took the cores the app server and the browsers were waiting for. Not begun when a unit
# test failed (the step fails either way).
unit_then_db() { npm run --silent test:unit && npm run --silent test:db -- --maxWorkers=1; }
start unit-and-db unit_then_db
npm run --silent test:e2e -- --project=chromium; e2e_status=$?
finish unit-and-db || exit 1
grep -E "Test Files|Tests |Duration" .data/unit-and-db.log
exit "$e2e_status"
