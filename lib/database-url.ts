// Which database DATABASE_URL means. Shared by the app (lib/db.ts), the Prisma CLI (prisma/cli-adapter.ts)
// and our scripts, so that exactly one rule decides it.
import path from "node:path";

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

const DEFAULT_PGLITE_DIR = ".data/pglite";

/** Unset or empty: embedded PGlite in .data/pglite. `pglite:<dir>`: PGlite in that folder. Else PostgreSQL. */
export function resolveDatabaseTarget(raw: string | undefined): DatabaseTarget {
  const value = raw?.trim();
  if (!value) return { kind: "pglite", dataDir: absolute(DEFAULT_PGLITE_DIR) };
  if (value.startsWith("pglite:")) {
    return { kind: "pglite", dataDir: absolute(value.slice("pglite:".length) || DEFAULT_PGLITE_DIR) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: "postgres", url: value };
  throw new Error(`DATABASE_URL must be a postgres:// URL, pglite:<folder>, or unset (got "${value}")`);
}

function absolute(dir: string): string {
  // docs/stack-traps.md trap 11: keep Turbopack from tracing the whole project through process.cwd().
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
}
