// The driver adapter the Prisma CLI uses (migrate deploy/status/diff). Memoised because the CLI calls the
// factory twice per command, and two PGlite instances on one folder corrupt it (docs/stack-traps.md trap 2).
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
  unrefPgliteTimers();
  const pglite = new PGlite(target.dataDir);
  process.once("beforeExit", () => void pglite.close());
  return new PrismaPGlite(pglite);
}

/**
 * docs/stack-traps.md traps 3 and 15: after a query, PGlite's Postgres arms a 10-second timer (setitimer, the idle statistics flush)
 * that it re-arms forever, so `prisma migrate status` never exits and `beforeExit` never comes. In the CLI
 * process only, timers armed by PGlite's setitimer no longer keep the process alive. Safe here: a CLI
 * command on the single-session PGlite never waits on such a timer.
 */
function unrefPgliteTimers() {
  const original = globalThis.setTimeout;
  const patched = ((...args: Parameters<typeof setTimeout>) => {
    const timer = original(...args);
    if (new Error().stack?.includes("setitimer")) timer.unref();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}
