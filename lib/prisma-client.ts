// Builds a Prisma client on the database DATABASE_URL names (PostgreSQL through pg, or embedded PGlite).
// The app goes through lib/db.ts; scripts and tests call this directly and must close() what they open.
import { mkdirSync } from "node:fs";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { resolveDatabaseTarget } from "./database-url";

export type Database = PrismaClient;

export interface OpenedDatabase {
  db: Database;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

export async function openDatabase(rawUrl = process.env.DATABASE_URL): Promise<OpenedDatabase> {
  const target = resolveDatabaseTarget(rawUrl);
  if (target.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max: 10 }) });
    return { db, kind: "postgres", close: () => db.$disconnect() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  mkdirSync(target.dataDir, { recursive: true });
  const pglite = new PGlite(target.dataDir);
  // pglite-prisma-adapter carries its own driver-adapter-utils 6.10, so its type clashes with Prisma's
  // (STACK.md trap 9). The runtime contract is the same.
  const adapter = new PrismaPGlite(pglite) as unknown as NonNullable<Prisma.PrismaClientOptions["adapter"]>;
  const db = new PrismaClient({ adapter });
  return {
    db,
    kind: "pglite",
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
