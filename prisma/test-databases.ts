// Real databases for the tests of code that speaks SQL (`*.db.test.ts`, `npm run test:db`): a fresh PGlite
// folder and a fresh database on the local PostgreSQL (the server TEST_DATABASE_URL names, by default
// postgresql://postgres@127.0.0.1:5432; anything but this machine is refused), each with every migration
// applied, and removed afterwards. Each test makes its own rows with the factories, as the e2e tests do.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchServerUrl, createScratchDatabase, migrationSql } from "@/bench/lib/scratch-database";
import { openDatabase, type OpenedDatabase } from "@/lib/prisma-client";

export interface TestDatabase {
  opened: OpenedDatabase;
  /** Its DATABASE_URL: pglite:<folder> or the PostgreSQL database's URL (a second client of it: the job queue's). */
  url: string;
  drop(): Promise<void>;
}

async function freshPglite(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rdls-db-test-"));
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = new PGlite(dir);
  for (const sql of migrationSql()) await pglite.exec(sql);
  await pglite.close();
  const opened = await openDatabase(`pglite:${dir}`);
  return { opened, url: `pglite:${dir}`, drop: async () => (await opened.close(), rmSync(dir, { recursive: true, force: true })) };
}

async function freshPostgres(): Promise<TestDatabase> {
  const server = benchServerUrl(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const scratch = await createScratchDatabase("rdls_db_test", server);
  const opened = await openDatabase(scratch.url);
  return { opened, url: scratch.url, drop: async () => (await opened.close(), await scratch.drop()) };
}

/** Both databases the app runs on, for `describe.each`. */
export const TEST_DATABASES = [
  { label: "PGlite", open: freshPglite },
  { label: "PostgreSQL", open: freshPostgres },
] as const;
