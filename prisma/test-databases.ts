// Real databases for the tests of code that speaks SQL (`*.db.test.ts`, `npm run test:db`): a fresh PGlite
// folder and a fresh database on the local PostgreSQL (the server TEST_DATABASE_URL names, by default
// postgresql://postgres@127.0.0.1:5432; anything but this machine is refused), each with every migration
// applied, and removed afterwards. Each test makes its own rows with the factories, as the e2e tests do.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
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

/**
 * A PGlite folder with every migration applied, made once per set of migrations and copied for each test
 * database: applying them in PGlite's WebAssembly took most of a db test file's set-up, and, with the
 * end-to-end tests beside them, went past the hook's minute.
 */
async function migratedPgliteTemplate(): Promise<string> {
  const migrations = migrationSql();
  const hash = createHash("sha256").update(migrations.join("\n")).digest("hex").slice(0, 16);
  const template = path.join(os.tmpdir(), `rdls-pglite-template-${hash}`);
  if (existsSync(path.join(template, "PG_VERSION"))) return template;
  const building = mkdtempSync(path.join(os.tmpdir(), "rdls-pglite-building-"));
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = new PGlite(building);
  for (const sql of migrations) await pglite.exec(sql);
  await pglite.close();
  try {
    renameSync(building, template);
  } catch {
    // Another test file made it first: theirs is the same.
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

async function freshPglite(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rdls-db-test-"));
  cpSync(await migratedPgliteTemplate(), dir, { recursive: true });
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
