// Benchmark 1: the web site's final submit under load. Starts `next start` (production build) on a fresh
// PostgreSQL database of its own, then, from this second process, drives with autocannon at 10 and 50
// connections, side by side in one run:
//   - POST /api/ping: a route of the same server that touches no database (the framework's floor);
//   - POST /api/licensing/submissions: the final submit of a distinct pre-made draft per request
//     (validate, entitlement check, issue, insert: lib/clearinghouse/submit.ts);
//   - the same rows inserted with pg directly, one statement per submission (the database's floor).
// Then checks that every submission answered with success has its rows, once, and profiles one
// submission in this process to show where its time goes.
//   npm run bench:submissions       (BENCH_DURATION=10 seconds per measurement, BENCH_PORT=3205)
import autocannon from "autocannon";
import pg from "pg";
import { createScratchDatabase } from "./lib/scratch-database";
import { ensureBuilt, startAppServer } from "./lib/app-server";
import { rawSubmissionInsert, seedSubmissions, type SubmissionFixture } from "./lib/submission-fixtures";
import { ms, percentile, table } from "./lib/stats";
import { Report } from "./lib/report";
import { profileSubmissions } from "./lib/submit-profile";
import { cpuPerRequest, sampleCpu } from "./lib/cpu";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3205);
const CONNECTIONS = [10, 50];
/** Drafts made per measurement: enough for 1,500 submissions a second through the app, 8,000 raw. */
const APP_PER_RUN = 1_500 * DURATION;
const RAW_PER_RUN = 8_000 * DURATION;
const WARMUP = 300;
const JSON_HEADERS = { "content-type": "application/json" };

interface Figures {
  rate: number;
  /** CPU ms per request: the app server, PostgreSQL, this process (autocannon or the raw inserts). */
  cpu?: { app: number; postgres: number; self: number };
  p50: number;
  p99: number;
  ok: number;
  failed: number;
}

/** Hands out each fixture once; throws when they run out (the run would stop measuring submissions). */
function queue(fixtures: SubmissionFixture[], what: string) {
  let next = 0;
  return () => {
    const fixture = fixtures[next++];
    if (!fixture) throw new Error(`bench: ran out of drafts for ${what}`);
    return fixture;
  };
}

async function cannon(url: string, connections: number, options: { duration?: number; amount?: number; body: () => string; answered?: string[] }): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? DURATION }),
    method: "POST",
    headers: JSON_HEADERS,
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: options.body() }),
        onResponse: (status, body) => {
          if (options.answered && status >= 200 && status < 300) options.answered.push((JSON.parse(body) as { reference: string }).reference);
        },
      },
    ],
  });
  return { rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, ok: result["2xx"], failed: result.non2xx + result.errors + result.timeouts };
}

/** Runs a measurement and adds the CPU each process spent on it, per request answered with success. */
async function withCpu(appPid: number, measure: () => Promise<Figures>): Promise<Figures> {
  const before = sampleCpu(appPid);
  const figures = await measure();
  return { ...figures, cpu: cpuPerRequest(before, sampleCpu(appPid), figures.ok) };
}

/** `connections` workers inserting for DURATION seconds through a pool of 10 (the app's pool size). */
async function rawInserts(url: string, connections: number, fixtures: SubmissionFixture[], answered: string[]): Promise<Figures> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("error", () => {});
  const take = queue(fixtures, "the raw inserts");
  const latencies: number[] = [];
  let failed = 0;
  const until = Date.now() + DURATION * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const [sql, values] = rawSubmissionInsert(take());
      const start = process.hrtime.bigint();
      try {
        await pool.query(sql, values);
        latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
        answered.push(values[4] as string);
      } catch {
        failed++;
      }
    }
  };
  const began = Date.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (Date.now() - began) / 1000;
  await pool.end();
  return { rate: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), ok: latencies.length, failed };
}

/** Every answered reference has its request; no draft has two; each request its pack and audit entry. */
async function checkRows(pool: pg.Pool, answered: string[]) {
  const { rows } = await pool.query<{ found: number; requests: number; drafts: number; packs: number; audits: number }>(
    `SELECT (SELECT count(*)::int FROM "RecoveryRequest" WHERE "reference" = ANY($1)) AS found, (SELECT count(*)::int FROM "RecoveryRequest") AS requests,
            (SELECT count(DISTINCT "draftId")::int FROM "RecoveryRequest") AS drafts, (SELECT count(*)::int FROM "IssuedKeyPack") AS packs,
            (SELECT count(*)::int FROM "AuditLog") AS audits`,
    [answered],
  );
  const r = rows[0]!;
  const ok = r.found === answered.length && r.requests === r.drafts && r.packs === r.requests && r.audits === r.requests;
  return {
    ok,
    line:
      `${answered.length} submissions answered with success, ${r.found} of them found by reference; ${r.requests} requests for ${r.drafts} drafts, ` +
      `${r.packs} issued key packs, ${r.audits} audit entries (requests beyond the answered ones were in flight when a measurement stopped).`,
  };
}

async function main() {
  const report = new Report("submissions");
  ensureBuilt();
  const database = await createScratchDatabase("rdls_bench_submissions");
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  pool.on("error", () => {}); // an idle client dropped with the database at the end
  const server = await startAppServer(PORT, database.url);
  try {
    const fixtures = await seedSubmissions(pool, WARMUP + CONNECTIONS.length * (APP_PER_RUN + RAW_PER_RUN));
    await pool.query(`VACUUM ANALYZE`);
    const answered: string[] = [];
    const ping = () => JSON.stringify({ draftId: "00000000-0000-4000-8000-000000000000" });
    // Warm up both routes (JIT, connections) before measuring.
    await cannon(`${server.url}/api/ping`, 10, { duration: 2, body: ping });
    const warm = queue(fixtures.slice(0, WARMUP), "the warm-up");
    await cannon(`${server.url}/api/licensing/submissions`, 10, { amount: WARMUP, body: () => JSON.stringify({ draftId: warm().draftId }), answered });

    const { rows } = await pool.query<{ server_version: string }>(`SHOW server_version`);
    report.log(`## Submissions: ${DURATION} s per measurement, PostgreSQL ${rows[0]!.server_version}, next start on 127.0.0.1:${PORT}, ${new Date().toISOString()}`);
    report.log();
    const results: (string | number)[][] = [];
    for (const [index, connections] of CONNECTIONS.entries()) {
      const from = WARMUP + index * (APP_PER_RUN + RAW_PER_RUN);
      const take = queue(fixtures.slice(from, from + APP_PER_RUN), "the submissions");
      const pid = server.process.pid!;
      const floor = await withCpu(pid, () => cannon(`${server.url}/api/ping`, connections, { body: ping }));
      const submit = await withCpu(pid, () =>
        cannon(`${server.url}/api/licensing/submissions`, connections, { body: () => JSON.stringify({ draftId: take().draftId }), answered }),
      );
      const raw = await withCpu(pid, () => rawInserts(database.url, connections, fixtures.slice(from + APP_PER_RUN, from + APP_PER_RUN + RAW_PER_RUN), answered));
      const cpu = (f: Figures) => (f.cpu ? [f.cpu.app.toFixed(2), f.cpu.postgres.toFixed(2), f.cpu.self.toFixed(2)] : ["-", "-", "-"]);
      const row = (name: string, f: Figures) => [name, connections, f.rate.toFixed(0), ms(f.p50), ms(f.p99), f.ok, f.failed, (submit.rate / f.rate).toFixed(2), ...cpu(f)];
      results.push(row("no-database route (POST /api/ping)", floor), row("final submit (POST /api/licensing/submissions)", submit), row("raw insert of the same rows (pg)", raw));
    }
    report.log(
      table(
        ["what", "connections", "req/s", "p50 ms", "p99 ms", "2xx", "failed", "submit ÷ this", "CPU ms/req: app", "PostgreSQL", "load generator"],
        results,
      ),
    );
    report.log();
    report.log("CPU ms per request from /proc: the app server process, all PostgreSQL processes, and this process (autocannon, or the raw pg inserts, which have no app).");
    report.log();
    await server.stop();
    const check = await checkRows(pool, answered);
    report.log(check.line);
    if (!check.ok) {
      report.log("MISMATCH: a submission answered with success is missing, or one was written twice.");
      process.exitCode = 1;
    }
    report.log();
    report.log(await profileSubmissions(database.url, await seedSubmissions(pool, 600, 8_000_000)));
  } finally {
    await server.stop();
    await pool.end();
    await database.drop();
  }
  report.save();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
