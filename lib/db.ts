// The app's one Prisma client. Built lazily on first use, so `next build` never opens the database
// (docs/stack-traps.md trap 7), and cached on globalThis so one process holds one PGlite per folder (trap 8).
import "server-only";
import type { SqlRunner } from "./driver-sql";
import type { Database, OpenedDatabase } from "./prisma-client";
import { openDatabase } from "./prisma-client";

const cache = globalThis as unknown as { __rdlsDatabase?: Promise<OpenedDatabase> };

function opened(): Promise<OpenedDatabase> {
  cache.__rdlsDatabase ??= openDatabase();
  return cache.__rdlsDatabase;
}

export async function getDb(): Promise<Database> {
  return (await opened()).db;
}

/** Statements straight to the driver adapter under the same client (lib/driver-sql.ts): the hot paths'. */
export async function getSql(): Promise<SqlRunner> {
  return (await opened()).sql;
}

/** The embedded PGlite under the client, or undefined on PostgreSQL: for the job queue (lib/jobs/runtime.ts). */
export async function getPglite() {
  return (await opened()).pglite;
}
