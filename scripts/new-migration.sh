#!/usr/bin/env bash
# Author the next migration without `prisma migrate dev` (it needs a shadow database, which the JavaScript
# engine cannot introspect). Diffs the schema as of the last commit against the working schema and writes
# prisma/migrations/<timestamp>_<name>/migration.sql. Usage: npm run db:new-migration -- <name>
set -euo pipefail
name=${1:?usage: npm run db:new-migration -- <name>}
cd "$(dirname "$0")/.."
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
previous=$(mktemp --suffix=.prisma)
trap 'rm -f "$previous"' EXIT
if git cat-file -e HEAD:prisma/schema.prisma 2>/dev/null && [ -n "$(ls prisma/migrations/*/migration.sql 2>/dev/null)" ]; then
  git show HEAD:prisma/schema.prisma > "$previous"
  from=(--from-schema-datamodel "$previous")
else
  from=(--from-empty)
fi
sql=$(npx prisma migrate diff "${from[@]}" --to-schema-datamodel prisma/schema.prisma --script)
if ! grep -qv '^--' <<<"$sql" || grep -q 'This is an empty migration' <<<"$sql"; then
  echo "No schema change since HEAD: nothing written." >&2
  exit 1
fi
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
echo "Wrote $dir/migration.sql: review it, then apply with npm run db:migrate."
