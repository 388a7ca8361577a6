// The driver adapter the Prisma CLI uses (migrate deploy/status/diff). Memoised because the CLI calls the
// factory twice per command, and two PGlite instances on one folder corrupt it (STACK.md trap 2).
import { mkdirSync } from "node:fs";
import { resolveDatabaseTarget } from "../lib/database-url";

export const PLACEHOLDER_URL = "postgresql://pglite@localhost:5432/pglite";

let pending: Promise<any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any -- the two adapters' factory types clash (trap 9); the CLI only needs the runtime object

export function openCliAdapter(rawUrl: string | undefined) {
  pending ??= open(rawUrl);
  return pending;
}

async function open(rawUrl: string | undefined) {
  const target = resolveDatabaseTarget(rawUrl);
  if (target.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: target.url });
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  mkdirSync(target.dataDir, { recursive: true }); // trap 4
  const pglite = new PGlite(target.dataDir);
  // Trap 3: PGlite's timers keep the CLI alive; close it when the command is done.
  process.once("beforeExit", () => void pglite.close());
  return new PrismaPGlite(pglite);
}
