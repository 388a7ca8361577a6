// Builds a Prisma client on the database DATABASE_URL names (PostgreSQL through pg, or embedded PGlite).
// The app goes through lib/db.ts; scripts and tests call this directly and must close() what they open.
import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { resolveDatabaseTarget } from "./database-url";
import { preparedStatementName, sqlRunner, type SqlQueryable, type SqlRunner } from "./driver-sql";

export type Database = PrismaClient;
type AdapterFactory = NonNullable<Prisma.PrismaClientOptions["adapter"]>;

export interface OpenedDatabase {
  db: Database;
  /** Statements straight to the adapter under `db` (lib/driver-sql.ts): the hot path's way in. */
  sql: SqlRunner;
  /** The embedded database itself when on PGlite: the job queue runs its statements over it (lib/jobs/pglite-executor.ts). */
  pglite?: PGlite;
  close(): Promise<void>;
}

/**
 * Connects the adapter once and gives Prisma a factory that hands out that same connection, so the client
 * and the direct statements share one pool (or one PGlite).
 */
async function sharedAdapter(factory: AdapterFactory): Promise<{ factory: AdapterFactory; sql: SqlRunner }> {
  const adapter = await factory.connect();
  const shared: AdapterFactory = { provider: factory.provider, adapterName: factory.adapterName, connect: async () => adapter };
  return { factory: shared, sql: sqlRunner(adapter as unknown as SqlQueryable) };
}

export async function openDatabase(rawUrl = process.env.DATABASE_URL): Promise<OpenedDatabase> {
  const target = resolveDatabaseTarget(rawUrl);
  if (target.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    // The generator may answer undefined (an unnamed statement), which pg accepts; its type says string.
    const statementNameGenerator = preparedStatementName as (query: { sql: string }) => string;
    const { factory, sql } = await sharedAdapter(new PrismaPg({ connectionString: target.url, max: 10 }, { statementNameGenerator }));
    const db = new PrismaClient({ adapter: factory });
    return { db, sql, close: () => db.$disconnect() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  mkdirSync(target.dataDir, { recursive: true });
  const pglite = new PGlite(target.dataDir);
  // pglite-prisma-adapter carries its own driver-adapter-utils 6.10, so its type clashes with Prisma's
  // (docs/stack-traps.md trap 9). The runtime contract is the same.
  const { factory, sql } = await sharedAdapter(new PrismaPGlite(pglite) as unknown as AdapterFactory);
  // PGlite is one connection in this process: under load (the db tests beside the e2e tests, a rebuild's
  // deletion) a transaction once failed to start within Prisma's 2-second maxWait ("Unable to start a
  // transaction in the given time"). A write that has only to wait its turn should wait.
  const db = new PrismaClient({ adapter: factory, transactionOptions: { maxWait: 30_000 } });
  return {
    db,
    sql,
    pglite,
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
