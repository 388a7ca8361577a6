#!/usr/bin/env bash
# `npm start`: install what is missing, build when sources changed, apply migrations, seed an empty
# database, then serve on $PORT (3000). No DATABASE_URL: the embedded PGlite database in .data/pglite.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_installed
ensure_built
echo "==> Applying migrations (prisma migrate deploy) to ${DATABASE_URL:-embedded PGlite in .data/pglite}"
./node_modules/.bin/prisma migrate deploy
echo "==> Seeding demo data if the database is empty"
./node_modules/.bin/tsx prisma/seed.ts
echo "==> Serving on http://localhost:${PORT:-3000}"
# exec, so the PID that is stopped is the server itself (docs/stack-traps.md trap 10).
exec node server/index.mjs -p "${PORT:-3000}"
