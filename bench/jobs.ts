// `npm run bench:jobs`: pg-boss (lib/jobs/queue.ts) on both databases the app runs on: how long pg-boss takes
// to create its schema on a new database, how long a job waits from send to its handler (polling every
// second, as the mail queue does), and how many an app process works through in a row. Figures for
// docs/decisions/017-job-queue-and-mail.md; each database is the run's own, dropped afterwards.
// BENCH_SMALL=1: 3 jobs one by one and a burst of 10.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type PgBoss from "pg-boss";
import { openJobQueue } from "@/lib/jobs/queue";
import { createScratchDatabase } from "./lib/scratch-database";
import { size } from "./lib/small";

const LATENCY_JOBS = size("BENCH_LATENCY_JOBS", 20, 3);
const BURST_JOBS = size("BENCH_BURST_JOBS", 100, 10);
/** As the mail queue (lib/jobs/queue.ts): pg-boss 10 fetches one batch per polling interval. */
const BATCH = 10;

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function measure(label: string, boss: PgBoss) {
  const t0 = performance.now();
  await boss.start();
  const startMs = performance.now() - t0;
  await boss.createQueue("bench", { name: "bench", policy: "standard" });
  const waiting = new Map<string, (at: number) => void>();
  await boss.work<{ key: string }>("bench", { pollingIntervalSeconds: 1, batchSize: BATCH }, async (jobs) => {
    for (const job of jobs) waiting.get(job.data.key)?.(performance.now());
  });
  const latencies: number[] = [];
  for (let i = 0; i < LATENCY_JOBS; i++) {
    const key = `l${i}`;
    const done = new Promise<number>((resolve) => waiting.set(key, resolve));
    const sent = performance.now();
    await boss.send("bench", { key });
    latencies.push((await done) - sent);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 300)); // off the polling beat
  }
  const burst = Array.from({ length: BURST_JOBS }, (_, i) => `b${i}`);
  const all = Promise.all(burst.map((key) => new Promise<number>((resolve) => waiting.set(key, resolve))));
  const t1 = performance.now();
  await boss.insert(burst.map((key) => ({ name: "bench", data: { key } })));
  await all;
  const burstMs = performance.now() - t1;
  await boss.stop({ graceful: false, wait: true });
  console.log(`${label}: schema created by pg-boss in ${startMs.toFixed(0)} ms; send → handler median ${median(latencies).toFixed(0)} ms (max ${Math.max(...latencies).toFixed(0)}); ${BURST_JOBS} jobs in ${(burstMs / 1000).toFixed(1)} s (${(BURST_JOBS / (burstMs / 1000)).toFixed(0)}/s, batches of ${BATCH} a second)`);
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rdls-bench-jobs-"));
  const pglite = new PGlite(dir);
  await pglite.waitReady; // its own first start of a new folder is not pg-boss's
  try {
    await measure("PGlite (the app's one connection)", openJobQueue({ pglite }));
  } finally {
    await pglite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const scratch = await createScratchDatabase("rdls_bench_jobs");
  try {
    await measure("PostgreSQL (pg-boss's own pool)", openJobQueue({ connectionString: scratch.url }));
  } finally {
    await scratch.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
