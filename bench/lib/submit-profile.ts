// Where one submission's time goes: lib/clearinghouse/submit.ts called in this process, one at a time, on
// the app's Prisma client, with pg's Client.query wrapped to count round trips and time them. What is not
// spent waiting for PostgreSQL is Prisma (query compiler, result mapping, transaction bookkeeping) and our
// JavaScript. Needs tsx --conditions=react-server (submit.ts imports server-only).
import pg from "pg";
import { openDatabase } from "@/lib/prisma-client";
import { Prisma } from "@/generated/prisma/client";
import { submitDraft } from "@/lib/clearinghouse/submit";
import { rawSubmissionInsert, type SubmissionFixture } from "./submission-fixtures";
import { scratchPool } from "./scratch-database";
import { ms, percentile, table } from "./stats";

interface Sample {
  total: number;
  database: number;
  roundTrips: number;
}

let current: Sample | null = null;

function instrumentPg() {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown; __profiled?: boolean };
  if (proto.__profiled) return;
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const sample = current;
    if (!sample) return original.apply(this, args);
    sample.roundTrips++;
    const start = process.hrtime.bigint();
    const done = () => (sample.database += Number(process.hrtime.bigint() - start) / 1e6);
    // pg-pool calls it with a callback; Prisma's adapter uses the promise.
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (...a: unknown[]) => void;
      args[last] = (...a: unknown[]) => {
        done();
        callback(...a);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args) as Promise<unknown>;
    result.then(done, done);
    return result;
  };
  proto.__profiled = true;
}

async function measure(runs: number, fn: (i: number) => Promise<unknown>): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const sample: Sample = { total: 0, database: 0, roundTrips: 0 };
    current = sample;
    const start = process.hrtime.bigint();
    await fn(i);
    sample.total = Number(process.hrtime.bigint() - start) / 1e6;
    current = null;
    samples.push(sample);
  }
  return samples;
}

function row(name: string, samples: Sample[]) {
  const p = (key: keyof Sample) => percentile(samples.map((s) => s[key]), 50);
  return [name, ms(p("total")), p("roundTrips"), ms(p("database")), ms(p("total") - p("database"))];
}

/** Profiles submissions of `fixtures` (the first 100, or a quarter of fewer, warm up); returns a markdown section. */
export async function profileSubmissions(url: string, fixtures: SubmissionFixture[]): Promise<string> {
  instrumentPg();
  const { db, sql, close } = await openDatabase(url);
  const pool = scratchPool(url, 1);
  try {
    const warmCount = Math.min(100, Math.floor(fixtures.length / 4));
    const warm = fixtures.slice(0, warmCount);
    const half = Math.floor((fixtures.length - warmCount) / 2);
    const appFixtures = fixtures.slice(warmCount, warmCount + half);
    const rawFixtures = fixtures.slice(warmCount + half);
    for (const f of warm) await submitDraft(sql, f.draftId);
    const app = await measure(appFixtures.length, (i) => submitDraft(sql, appFixtures[i]!.draftId));
    const raw = await measure(rawFixtures.length, (i) => pool.query(...rawSubmissionInsert(rawFixtures[i]!)));
    const pings = Math.min(200, appFixtures.length);
    const ping = await measure(pings, () => pool.query("SELECT 1"));
    const prismaPing = await measure(pings, () => db.$queryRaw`SELECT 1`);
    const adapterPing = await measure(pings, () => sql.query(Prisma.sql`SELECT 1`));
    return [
      `### One submission at a time, in process (${app.length} each, medians)`,
      "",
      table(["what", "total ms", "round trips", "waiting for PostgreSQL ms", "elsewhere (Prisma, JS) ms"], [
        row("submitDraft (lib/clearinghouse/submit.ts)", app),
        row("raw insert of the same rows (pg)", raw),
        row("SELECT 1 (pg)", ping),
        row("SELECT 1 (Prisma $queryRaw)", prismaPing),
        row("SELECT 1 (the driver adapter under Prisma, lib/driver-sql.ts)", adapterPing),
      ]),
      "",
    ].join("\n");
  } finally {
    await pool.end();
    await close();
  }
}
