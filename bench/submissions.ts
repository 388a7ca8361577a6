// Benchmark 1: the web site's final submit under load. Starts `next start` (production build) on a fresh
// PostgreSQL database of its own, then, from this second process, drives with autocannon at 10 and 50
// connections, side by side in one run:
//   - POST /api/ping: a route of the same server that touches no database (the framework's floor);
//   - POST /api/licensing/submissions: the final submit of a distinct pre-made draft per request
//     (validate, entitlement check, issue, insert: lib/clearinghouse/submit.ts);
//   - the same rows inserted with pg directly, one statement per submission (the database's floor).
// Then checks that every submission answered with success has its rows, once, and profiles one
// submission in this process to show where its time goes.
// Each measurement runs in BENCH_ROUNDS alternating rounds (the three kinds one after another, again and
// again), and the ratios are the median of the rounds' ratios: the machine's drift then hits all three.
//   npm run bench:submissions       (BENCH_DURATION=12 seconds per measurement, BENCH_ROUNDS=3, BENCH_PORT=3205;
//                                    BENCH_SMALL=1: one round of 1 s, 1,000 earlier recoveries)
import autocannon from "autocannon";
import pg from "pg";
import { createScratchDatabase, scratchPool } from "./lib/scratch-database";
import { ensureBuilt, startAppServer } from "./lib/app-server";
import { rawSubmissionInsert, seedHistory, seedSubmissions, type SubmissionFixture } from "./lib/submission-fixtures";
import { ms, percentile, table } from "./lib/stats";
import { Report } from "./lib/report";
import { profileSubmissions } from "./lib/submit-profile";
import { cpuPerRequest, sampleCpu } from "./lib/cpu";
import { size } from "./lib/small";

const DURATION = size("BENCH_DURATION", 12, 1);
const ROUNDS = size("BENCH_ROUNDS", 3, 1);
const ROUND_SECONDS = Math.max(1, Math.round(DURATION / ROUNDS));
const PORT = Number(process.env.BENCH_PORT ?? 3205);
const CONNECTIONS = [10, 50];
/** Drafts made per measurement: enough for 1,500 submissions a second through the app, 8,000 raw. */
const APP_PER_RUN = 1_500 * DURATION;
const RAW_PER_RUN = 8_000 * DURATION;
const WARMUP = size("BENCH_WARMUP", 300, 30);
/** Recoveries already on file before the run (a Clearinghouse in use), BENCH_HISTORY. */
const HISTORY = size("BENCH_HISTORY", 100_000, 1_000);
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

/** The rounds of one kind as one row: mean rate, median latencies, summed counts, mean CPU per request. */
function combine(rounds: Figures[]): Figures {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const cpus = rounds.map((r) => r.cpu).filter((c): c is NonNullable<Figures["cpu"]> => c !== undefined);
  return {
    rate: mean(rounds.map((r) => r.rate)),
    p50: percentile(rounds.map((r) => r.p50), 50),
    p99: percentile(rounds.map((r) => r.p99), 50),
    ok: rounds.reduce((sum, r) => sum + r.ok, 0),
    failed: rounds.reduce((sum, r) => sum + r.failed, 0),
    cpu: cpus.length ? { app: mean(cpus.map((c) => c.app)), postgres: mean(cpus.map((c) => c.postgres)), self: mean(cpus.map((c) => c.self)) } : undefined,
  };
}

/** Runs a measurement and adds the CPU each process spent on it, per request answered with success. */
async function withCpu(appPid: number, measure: () => Promise<Figures>): Promise<Figures> {
  const before = sampleCpu(appPid);
  const figures = await measure();
  return { ...figures, cpu: cpuPerRequest(before, sampleCpu(appPid), figures.ok) };
}

/** `connections` workers inserting for `seconds` through a pool of 10 (the app's pool size). */
async function rawInserts(url: string, connections: number, take: () => SubmissionFixture, answered: string[], seconds: number): Promise<Figures> {
  const pool = scratchPool(url, 10);
  const latencies: number[] = [];
  let failed = 0;
  const until = Date.now() + seconds * 1000;
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
  const elapsed = (Date.now() - began) / 1000;
  await pool.end();
  return { rate: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), ok: latencies.length, failed };
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
  const pool = scratchPool(database.url, 2);
  const server = await startAppServer(PORT, database.url);
  try {
    await seedHistory(pool, HISTORY);
    const fixtures = await seedSubmissions(pool, WARMUP + CONNECTIONS.length * (APP_PER_RUN + RAW_PER_RUN));
    await pool.query(`VACUUM ANALYZE`);
    const answered: string[] = [];
    const ping = () => JSON.stringify({ draftId: "00000000-0000-4000-8000-000000000000" });
    // Warm up both routes (JIT, connections) before measuring.
    await cannon(`${server.url}/api/ping`, 10, { duration: 2, body: ping });
    const warm = queue(fixtures.slice(0, WARMUP), "the warm-up");
    await cannon(`${server.url}/api/licensing/submissions`, 10, { amount: WARMUP, body: () => JSON.stringify({ draftId: warm().draftId }), answered });

    const { rows } = await pool.query<{ server_version: string }>(`SHOW server_version`);
    report.log(`## Submissions: ${ROUNDS} × ${ROUND_SECONDS} s per measurement, PostgreSQL ${rows[0]!.server_version}, next start on 127.0.0.1:${PORT}, ${new Date().toISOString()}`);
    report.log();
    const results: (string | number)[][] = [];
    for (const [index, connections] of CONNECTIONS.entries()) {
      const from = WARMUP + index * (APP_PER_RUN + RAW_PER_RUN);
      const take = queue(fixtures.slice(from, from + APP_PER_RUN), "the submissions");
      const takeRaw = queue(fixtures.slice(from + APP_PER_RUN, from + APP_PER_RUN + RAW_PER_RUN), "the raw inserts");
      const pid = server.process.pid!;
      const rounds: { floor: Figures; submit: Figures; raw: Figures }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const floor = await withCpu(pid, () => cannon(`${server.url}/api/ping`, connections, { body: ping, duration: ROUND_SECONDS }));
        const submit = await withCpu(pid, () =>
          cannon(`${server.url}/api/licensing/submissions`, connections, { body: () => JSON.stringify({ draftId: take().draftId }), answered, duration: ROUND_SECONDS }),
        );
        const raw = await withCpu(pid, () => rawInserts(database.url, connections, takeRaw, answered, ROUND_SECONDS));
        rounds.push({ floor, submit, raw });
      }
      const ratios = (kind: "floor" | "raw") => rounds.map((r) => r.submit.rate / r[kind].rate);
      const cpu = (f: Figures) => (f.cpu ? [f.cpu.app.toFixed(2), f.cpu.postgres.toFixed(2), f.cpu.self.toFixed(2)] : ["-", "-", "-"]);
      const row = (name: string, f: Figures, ratio: number[] | null) => [
        name,
        connections,
        f.rate.toFixed(0),
        ms(f.p50),
        ms(f.p99),
        f.ok,
        f.failed,
        ratio ? `${percentile(ratio, 50).toFixed(2)} (${ratio.map((x) => x.toFixed(2)).join(", ")})` : "1",
        ...cpu(f),
      ];
      results.push(
        row("no-database route (POST /api/ping)", combine(rounds.map((r) => r.floor)), ratios("floor")),
        row("final submit (POST /api/licensing/submissions)", combine(rounds.map((r) => r.submit)), null),
        row("raw insert of the same rows (pg)", combine(rounds.map((r) => r.raw)), ratios("raw")),
      );
    }
    report.log(
      table(
        ["what", "connections", "req/s", "p50 ms", "p99 ms", "2xx", "failed", `submit ÷ this: median of ${ROUNDS} rounds (each round)`, "CPU ms/req: app", "PostgreSQL", "load generator"],
        results,
      ),
    );
    report.log();
    report.log(
      `${ROUNDS} rounds of ${ROUND_SECONDS} s for each kind, alternating; req/s is the rounds' mean, p50 and p99 the median of the rounds'. ` +
        "CPU ms per request from /proc: the app server process, all PostgreSQL processes, and this process (autocannon, or the raw pg inserts, which have no app).",
    );
    report.log();
    await server.stop();
    const check = await checkRows(pool, answered);
    report.log(check.line);
    if (!check.ok) {
      report.log("MISMATCH: a submission answered with success is missing, or one was written twice.");
      process.exitCode = 1;
    }
    report.log();
    report.log(await profileSubmissions(database.url, await seedSubmissions(pool, size("BENCH_PROFILE_SUBMISSIONS", 600, 60), 8_000_000)));
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
