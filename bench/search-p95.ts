// Measures the queue's searches on the benchmark database (see seed-requests.ts): p50/p95 of each search
// kind through the app's own query code (lib/helpdesk/queue-query.ts, on the driver adapter under the app's
// Prisma client) and of the same search as plain SQL on pg, then EXPLAIN ANALYZE of each plain query to show
// which index serves it,
// then the queue page itself (/helpdesk/requests with the same searches, signed in as an agent) from
// `next start` of the production build on this database: time to the last byte on 127.0.0.1, an upper
// bound of the server time (target p95 < 50 ms), and the supervisor's overview the same way. BENCH_PAGE_ITERATIONS (default 50), BENCH_PORT (default 3207).
// BENCH_SMALL=1: 20 searches and 5 page loads of each kind, on the small database bench:seed made.
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/rdls_bench_helpdesk npx tsx bench/search-p95.ts
import pg from "pg";
import { openDatabase } from "@/lib/prisma-client";
import { listQueue } from "@/lib/helpdesk/queue-query";
import { parseQueueParams, type QueueParams } from "@/lib/helpdesk/queue-params";
import { benchDatabaseUrl } from "./local-database";
import { ensureBuilt, startAppServer } from "./lib/app-server";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-token";
import { createStaffUser } from "@/prisma/factories";
import { createStaffSession } from "@/prisma/helpdesk-factories";
import type { Database } from "@/lib/prisma-client";
import { Report } from "./lib/report";
import { size } from "./lib/small";

const ITERATIONS = size("BENCH_ITERATIONS", 200, 20);
const WARMUP = size("BENCH_WARMUP", 20, 2);
const PAGE_ITERATIONS = size("BENCH_PAGE_ITERATIONS", 50, 5);
const PORT = Number(process.env.BENCH_PORT ?? 3207);
const COLUMNS = `"id", "reference", "createdAt", "companyName", "targetLicenseServerId", "licenseProgram", "calType", "quantity", "status", "reviewReason"`;

interface Sample {
  reference: string;
  targetLicenseServerId: string;
  email: string;
  companyName: string;
  licenseKeyPackId: string | null;
  createdAt: Date;
  id: string;
}

interface Kind {
  name: string;
  params: (s: Sample) => Record<string, string>;
  sql: (s: Sample) => [string, unknown[]];
}

const spaced = (id: string) => id.match(/.{5}/g)!.join(" ");
const prefixOf = (company: string) => company.toLowerCase().split(" ").slice(0, -1).join(" ") + " 1";
const newest = `ORDER BY "createdAt" DESC, "id" DESC LIMIT 51`;

/** Searches look through every status, newest first (as a person does after choosing "All statuses"). */
const ALL = { status: "all", sort: "newest" };
const NOT_PRACTICE = `NOT EXISTS (SELECT 1 FROM "LicenseServer" s WHERE s."licenseServerId" = "RecoveryRequest"."targetLicenseServerId" AND s."practiceOwner" IS NOT NULL)`;

const KINDS: Kind[] = [
  {
    name: "the default view: awaiting review, oldest first",
    params: () => ({}),
    sql: () => [`SELECT ${COLUMNS} FROM "RecoveryRequest" WHERE "status" = 'AWAITING_REVIEW' AND ${NOT_PRACTICE} ORDER BY "createdAt" ASC, "id" ASC LIMIT 51`, []],
  },
  { name: "all statuses, newest", params: () => ALL, sql: () => [`SELECT ${COLUMNS} FROM "RecoveryRequest" ${newest}`, []] },
  {
    name: "deep page (keyset cursor)",
    params: (s) => ({ ...ALL, after: `${s.createdAt.getTime()}_${s.id}` }),
    sql: (s) => [`SELECT ${COLUMNS} FROM "RecoveryRequest" WHERE ("createdAt", "id") < ($1::timestamp(3), $2) ${newest}`, [s.createdAt, s.id]],
  },
  {
    name: "status + program + one month",
    params: (s) => ({ status: "REJECTED", program: "ENTERPRISE_AGREEMENT", from: monthBefore(s.createdAt), to: day(s.createdAt) }),
    sql: (s) => [
      `SELECT ${COLUMNS} FROM "RecoveryRequest" WHERE "status" = 'REJECTED' AND "licenseProgram" = 'ENTERPRISE_AGREEMENT' AND "createdAt" >= $1::timestamp(3) AND "createdAt" < $2::timestamp(3) ${newest}`,
      [new Date(`${monthBefore(s.createdAt)}T00:00:00Z`), new Date(Date.parse(`${day(s.createdAt)}T00:00:00Z`) + 86_400_000)],
    ],
  },
  { name: "reference", params: (s) => ({ ...ALL, q: s.reference.toLowerCase() }), sql: (s) => [`SELECT ${COLUMNS} FROM "RecoveryRequest" WHERE "reference" = $1 ${newest}`, [s.reference]] },
  {
    name: "License Server ID (typed with spaces)",
    params: (s) => ({ ...ALL, q: spaced(s.targetLicenseServerId) }),
    sql: (s) => [`SELECT ${COLUMNS} FROM "RecoveryRequest" WHERE "targetLicenseServerId" = $1 ${newest}`, [s.targetLicenseServerId]],
  },
  {
    name: "company prefix",
    params: (s) => ({ ...ALL, q: prefixOf(s.companyName) }),
    sql: (s) => [`SELECT ${COLUMNS} FROM "RecoveryRequest" WHERE lower("companyName") LIKE $1 ${newest}`, [prefixOf(s.companyName) + "%"]],
  },
  {
    name: "company prefix, 3 letters",
    params: (s) => ({ ...ALL, q: s.companyName.slice(0, 3) }),
    sql: (s) => [`SELECT ${COLUMNS} FROM "RecoveryRequest" WHERE lower("companyName") LIKE $1 ${newest}`, [s.companyName.slice(0, 3).toLowerCase() + "%"]],
  },
  { name: "e-mail", params: (s) => ({ ...ALL, q: s.email.toUpperCase() }), sql: (s) => [`SELECT ${COLUMNS} FROM "RecoveryRequest" WHERE lower("email") = $1 ${newest}`, [s.email]] },
  {
    name: "license key pack ID",
    params: (s) => ({ ...ALL, q: s.licenseKeyPackId!.match(/.{1,5}/g)!.join("-") }),
    sql: (s) => [
      `SELECT ${COLUMNS} FROM "RecoveryRequest" WHERE "issuedKeyPackId" = (SELECT "id" FROM "IssuedKeyPack" WHERE "licenseKeyPackId" = $1) ${newest}`,
      [s.licenseKeyPackId],
    ],
  },
];

/** The queue page for each search kind, from a production server on this database, signed in as an agent. */
async function queuePageTimes(url: string, db: Database, samples: Sample[]): Promise<string> {
  ensureBuilt();
  // A supervisor: the queue is the same for agents, and the overview is theirs only.
  const staff = await createStaffUser(db, { email: `bench-${Date.now()}@clearinghouse.example`, name: "Benchmark supervisor", password: "Bench-supervisor-2026!", role: "SUPERVISOR" });
  const cookie = `${SESSION_COOKIE_NAME}=${await createStaffSession(db, staff.id)}`;
  const server = await startAppServer(PORT, url);
  try {
    const rows: string[] = [
      `### The queue page (GET /helpdesk/requests, signed in) for each search, and the overview: ${PAGE_ITERATIONS} loads each after 5 warm-up ones; ms to the last byte`,
      "",
      "| Search | p50 | p95 | max | rows shown (last) |",
      "|---|---|---|---|---|",
    ];
    const pages = [
      ...KINDS.map((kind) => ({ name: kind.name, path: (s: Sample) => `/helpdesk/requests?${new URLSearchParams(kind.params(s))}` })),
      { name: "the supervisor's overview (GET /helpdesk/overview)", path: () => "/helpdesk/overview" },
    ];
    for (const page of pages) {
      const times: number[] = [];
      let shown = 0;
      for (const [index, sample] of samples.slice(0, PAGE_ITERATIONS + 5).entries()) {
        let html = "";
        const ms = await time(async () => {
          const response = await fetch(`${server.url}${page.path(sample)}`, { headers: { Cookie: cookie }, redirect: "manual" });
          if (response.status !== 200) throw new Error(`bench: ${page.path(sample)} answered ${response.status}`);
          html = await response.text();
        });
        shown = (html.match(/href="\/helpdesk\/requests\/RQ-/g) ?? []).length;
        if (index >= 5) times.push(ms);
      }
      rows.push(`| ${page.name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ${shown} |`);
    }
    return rows.join("\n");
  } finally {
    await server.stop();
    await db.staffSession.deleteMany({ where: { userId: staff.id } });
    await db.staffUser.delete({ where: { id: staff.id } });
  }
}

function day(d: Date) {
  return d.toISOString().slice(0, 10);
}
function monthBefore(d: Date) {
  return day(new Date(d.getTime() - 30 * 86_400_000));
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(fn: () => Promise<unknown>) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main() {
  const url = benchDatabaseUrl().toString();
  const plain = new pg.Client({ connectionString: url });
  await plain.connect();
  const { db, sql: runner, close } = await openDatabase(url);
  const report = new Report("search-p95");
  const log = (line = "") => report.log(line);
  try {
    const count = (await plain.query<{ n: string }>(`SELECT count(*) AS n FROM "RecoveryRequest"`)).rows[0]!.n;
    // Sample pages spread over the table: enough of them for the iterations, whatever its size (a small
    // table is read whole: a sample of a few of its pages may hold too few rows).
    const percent = Number(count) < 100_000 ? 100 : Math.min(100, Math.max(0.1, (100 * 4 * (ITERATIONS + WARMUP)) / Number(count)));
    const samples = (
      await plain.query<Sample>(
        `SELECT r."reference", r."targetLicenseServerId", r."email", r."companyName", k."licenseKeyPackId", r."createdAt", r."id"
         FROM "RecoveryRequest" r TABLESAMPLE SYSTEM (${percent}) LEFT JOIN "IssuedKeyPack" k ON k."id" = r."issuedKeyPackId"
         WHERE k."licenseKeyPackId" IS NOT NULL LIMIT ${ITERATIONS + WARMUP}`,
      )
    ).rows;
    if (samples.length < ITERATIONS + WARMUP) throw new Error("bench: too few rows to sample; seed more first");
    log(`## Queue search at ${Number(count).toLocaleString("en-US")} recovery requests (PostgreSQL ${(await plain.query("SHOW server_version")).rows[0].server_version})`);
    log();
    log(`${ITERATIONS} searches per kind after ${WARMUP} warm-up ones, each with a different sampled row; times in ms.`);
    log();
    log("| Search | rows (last) | app p50 | app p95 | plain SQL p50 | plain SQL p95 |");
    log("|---|---|---|---|---|---|");
    const plans: string[] = [];
    for (const kind of KINDS) {
      const app: number[] = [];
      const raw: number[] = [];
      let rows = 0;
      for (const [index, sample] of samples.entries()) {
        const params: QueueParams = parseQueueParams(kind.params(sample));
        const [sql, values] = kind.sql(sample);
        const appMs = await time(async () => {
          rows = (await listQueue(runner, params)).rows.length;
        });
        const plainMs = await time(() => plain.query(sql, values));
        if (index >= WARMUP) {
          app.push(appMs);
          raw.push(plainMs);
        }
      }
      log(`| ${kind.name} | ${rows} | ${percentile(app, 50).toFixed(2)} | ${percentile(app, 95).toFixed(2)} | ${percentile(raw, 50).toFixed(2)} | ${percentile(raw, 95).toFixed(2)} |`);
      const [sql, values] = kind.sql(samples[0]!);
      const plan = (await plain.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, values)).rows.map((r) => r["QUERY PLAN"]);
      plans.push(`### ${kind.name}\n\n\`\`\`\n${plan.join("\n")}\n\`\`\``);
    }
    log();
    log(await queuePageTimes(url, db, samples));
    log();
    for (const plan of plans) log(`${plan}\n`);
  } finally {
    await plain.end();
    await close();
  }
  report.save();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
