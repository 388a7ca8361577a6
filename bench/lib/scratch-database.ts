// A database of the benchmark's own on the local PostgreSQL: created with the schema, dropped afterwards.
// The server comes from BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432); anything but this
// machine is refused, since the scripts create, fill and drop whole databases.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../..");
const LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"];

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export function benchServerUrl(raw = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres"): URL {
  const url = new URL(raw);
  if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error("BENCH_SERVER_URL must be a postgresql:// URL");
  // A socket directory (?host=/tmp) is local by definition.
  const socket = url.searchParams.get("host")?.startsWith("/");
  if (!socket && !LOCAL_HOSTS.includes(url.hostname)) throw new Error(`Refusing to benchmark on ${url.hostname}: use a local PostgreSQL`);
  return url;
}

async function onDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A pool on a benchmark's database. pg re-emits an idle client's error on the pool, and with no listener that
 * ends the process: a database dropped WITH (FORCE) at the end, or PostgreSQL restarted by bench:faults,
 * terminates idle clients ("terminating connection due to administrator command"; seen in CI). The query
 * that needed the client still fails and says so.
 */
export function scratchPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on("error", () => {});
  return pool;
}

/** The schema's SQL, every migration in order. Applied directly: `prisma migrate deploy` lingers ~10 s. */
export function migrationSql(): string[] {
  const dir = path.join(root, "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

/** `migrations`: the SQL to apply, every migration unless told (a migration's test stops before its own). */
export async function createScratchDatabase(prefix: string, server = benchServerUrl(), migrations: readonly string[] = migrationSql()): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = new URL(server);
  admin.pathname = "/postgres";
  await onDatabase(admin.toString(), (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  await onDatabase(url.toString(), async (c) => {
    for (const sql of migrations) await c.query(sql);
  });
  return {
    url: url.toString(),
    name,
    drop: async () => {
      if (process.env.BENCH_KEEP_DB) return console.log(`bench: kept database ${name}`);
      await onDatabase(admin.toString(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/**
 * For a migration's test: a database on TEST_DATABASE_URL's server with every migration before the one whose
 * SQL contains `marker`, a client on it, and that migration's SQL to run once the test wrote its old data.
 */
export async function databaseBeforeMigration(prefix: string, marker: string) {
  const all = migrationSql();
  const index = all.findIndex((sql) => sql.includes(marker));
  if (index < 1) throw new Error(`No migration after the first contains ${JSON.stringify(marker)}`);
  const server = benchServerUrl(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const scratch = await createScratchDatabase(prefix, server, all.slice(0, index));
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  return { client, migration: all[index]!, drop: async () => (await client.end(), await scratch.drop()) };
}
