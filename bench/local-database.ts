// The benchmark's database: named by BENCH_DATABASE_URL, on this machine only (the scripts create, fill and
// drop whole databases). A small run (BENCH_SMALL=1) has its own, so it never touches the large one.
import pg from "pg";
import { SMALL } from "./lib/small";

export const DEFAULT_BENCH_URL = `postgresql://postgres@127.0.0.1:5432/rdls_bench_helpdesk${SMALL ? "_small" : ""}`;

export function benchDatabaseUrl(): URL {
  const url = new URL(process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_URL);
  if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error("BENCH_DATABASE_URL must be a postgresql:// URL");
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) {
    throw new Error(`Refusing to benchmark on ${url.hostname}: BENCH_DATABASE_URL must name a local PostgreSQL`);
  }
  const name = url.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name) || name === "postgres") throw new Error(`Give the benchmark a database of its own (got "${name}")`);
  return url;
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE). */
export async function onServer(url: URL, sql: string) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
