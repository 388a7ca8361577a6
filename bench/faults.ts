// Long fault and abuse runs (the quick ones are in e2e/reliability and run in `npm test`):
//   1. PostgreSQL restarted (crash: pg_ctl -m immediate) in the middle of a submission load, on a throwaway
//      cluster of this script's own: every submission answered with success is in the database afterwards,
//      retries of the failed ones file nothing twice, and the app serves again within 5 s, not restarted.
//   2. The app SIGKILLed at random moments of a large rebuild's deletion: the license server is always
//      untouched or fully deleted with its run recording it, and the rebuild resumes on a restarted app.
//   3. The reliability specs again with FUZZ_RUNS=150 (many more hostile inputs per property).
//   npm run bench:faults [-- restart|kill|fuzz]      (ports: BENCH_PORT=3206, FAULTS_PG_PORT=55432)
// BENCH_SMALL=1: 2,000 submissions over 4 s with the restart at 1.5 s, one kill round of 300 key packs, and
// no long fuzz (CI runs the reliability specs in `npm run test:slow`).
import { spawnSync } from "node:child_process";
import pg from "pg";
import { argumentsFor, encodeReply, resolveAction } from "@/e2e/reliability/support/action-protocol";
import { freePort } from "@/e2e/reliability/support/second-server";
import { createScratchDatabase, benchServerUrl, scratchPool } from "./lib/scratch-database";
import { ensureBuilt, root, startAppServer, waitForHealth, type AppServer } from "./lib/app-server";
import { seedSubmissions, type SubmissionFixture } from "./lib/submission-fixtures";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./lib/throwaway-postgres";
import { Report } from "./lib/report";
import { SMALL, size } from "./lib/small";

const PORT = Number(process.env.BENCH_PORT ?? 3206);
const parts = process.argv.slice(2).length ? process.argv.slice(2) : SMALL ? ["restart", "kill"] : ["restart", "kill", "fuzz"];
const SUBMISSIONS = size("FAULTS_SUBMISSIONS", 20_000, 2_000);
const LOAD_MS = size("FAULTS_LOAD_MS", 14_000, 4_000);
const RESTART_AT_MS = size("FAULTS_RESTART_AT_MS", 4_000, 1_500);

interface Answer {
  draftId: string;
  status: number;
  reference: string | null;
  startedAt: number;
  endedAt: number;
}

async function submit(server: AppServer, draftId: string): Promise<Answer> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${server.url}/api/licensing/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ draftId }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json().catch(() => ({}))) as { reference?: string };
    return { draftId, status: response.status, reference: body.reference ?? null, startedAt, endedAt: Date.now() };
  } catch {
    return { draftId, status: 0, reference: null, startedAt, endedAt: Date.now() };
  }
}

async function restartDuringSubmissions(report: Report, cluster: ThrowawayPostgres) {
  const database = await createScratchDatabase("rdls_faults_restart", benchServerUrl(cluster.url));
  const pool = scratchPool(database.url, 2);
  const fixtures = await seedSubmissions(pool, SUBMISSIONS);
  await pool.end();
  const server = await startAppServer(PORT, database.url);
  try {
    let next = 0;
    const take = (): SubmissionFixture | undefined => fixtures[next++];
    const answers: Answer[] = [];
    let until = Date.now() + LOAD_MS;
    const worker = async () => {
      for (let f = take(); f && Date.now() < until; f = take()) answers.push(await submit(server, f.draftId));
    };
    const load = Promise.all(Array.from({ length: 20 }, worker));
    await new Promise((r) => setTimeout(r, RESTART_AT_MS));
    const downAt = Date.now();
    await cluster.restart("immediate");
    const upAt = Date.now();
    // Submissions go on for a second after PostgreSQL is back however long the restart took (on a loaded
    // machine it can outlast a small run's load), so the recovery is measured.
    until = Math.max(until, upAt + 1_000);
    const healthyMs = await waitForHealth(server.url, 30_000);
    await load;

    const ok = answers.filter((a) => a.status >= 200 && a.status < 300);
    const failed = answers.filter((a) => !(a.status >= 200 && a.status < 300));
    const firstSuccessAfter = ok.filter((a) => a.startedAt >= upAt).sort((a, b) => a.endedAt - b.endedAt)[0];
    // Retry every submission whose answer was an error: idempotent, so none is filed twice.
    const retried = await Promise.all(failed.map((a) => submit(server, a.draftId)));
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const found = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "RecoveryRequest" r JOIN unnest($1::text[], $2::text[]) AS a(d, ref) ON r."draftId" = a.d AND r."reference" = a.ref`, [
      ok.map((a) => a.draftId),
      ok.map((a) => a.reference!),
    ]);
    const totals = (await client.query<{ requests: number; drafts: number; packs: number }>(
      `SELECT count(*)::int AS requests, count(DISTINCT "draftId")::int AS drafts, (SELECT count(*)::int FROM "IssuedKeyPack") AS packs FROM "RecoveryRequest"`,
    )).rows[0]!;
    await client.end();
    const statuses = Object.entries(failed.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a.status || "no answer"]: (acc[a.status || "no answer"] ?? 0) + 1 }), {}));

    report.log(`## PostgreSQL restarted (immediate) during a submission load, ${new Date().toISOString()}`);
    report.log();
    report.log(`- ${answers.length} submissions from 20 concurrent clients over ${LOAD_MS / 1000} s; PostgreSQL down at ${((downAt - answers[0]!.startedAt) / 1000).toFixed(1)} s, back after ${upAt - downAt} ms (pg_ctl restart -m immediate).`);
    report.log(`- Answered with success: ${ok.length}; of these found in the database afterwards (same draft, same reference): ${found.rows[0]!.n}.`);
    report.log(`- Answered with an error while the database was away: ${failed.length} (${statuses.map(([s, n]) => `${n} × ${s}`).join(", ") || "none"}); retried once afterwards: ${retried.filter((r) => r.status >= 200 && r.status < 300).length} succeeded.`);
    report.log(`- Afterwards: ${totals.requests} requests for ${totals.drafts} distinct drafts, ${totals.packs} issued key packs (nothing filed twice).`);
    report.log(`- The app (never restarted) answered /api/health again ${healthyMs} ms after PostgreSQL was back; first successful submission started after that: ${firstSuccessAfter ? `${firstSuccessAfter.endedAt - upAt} ms` : "none"} after (target: under 5,000 ms).`);
    report.log();
    if (process.env.FAULTS_DEBUG) console.log(server.stderr().slice(0, 6000));
    const passed = found.rows[0]!.n === ok.length && totals.requests === totals.drafts && healthyMs < 5_000;
    if (!passed) {
      report.log("FAILED: a submission answered with success is missing, one was filed twice, or the app did not recover within 5 s.");
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    await database.drop();
  }
}

/** Posts action `name` as the e2e reliability specs do: its form's action takes (bound…, previous state, values). */
async function postAction(server: AppServer, page: string, name: string, args: unknown[]) {
  const action = resolveAction(name, root);
  return fetch(`${server.url}${page}`, {
    method: "POST",
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    body: encodeReply(argumentsFor(action, args)),
    redirect: "manual",
  });
}

async function killDuringDeletion(report: Report, cluster: ThrowawayPostgres) {
  const ROUNDS = size("FAULTS_KILL_ROUNDS", 8, 1);
  const PACKS = size("FAULTS_KILL_PACKS", 3_000, 300);
  const CALS_PER_PACK = 10;
  const database = await createScratchDatabase("rdls_faults_kill", benchServerUrl(cluster.url));
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const outcomes: string[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "LicenseServer" ("id", "name", "licenseServerId", "productId", "activated", "nextKeypackId", "updatedAt")
         VALUES (gen_random_uuid()::text, 'LS-KILL-' || $1, lpad($1::text, 35, '5'), '00490-92005-99454-AT527', true, $2, now()) RETURNING "id"`,
        [round, PACKS + 2],
      );
      const serverId = rows[0]!.id;
      await client.query(
        `INSERT INTO "InstalledKeyPack" ("id", "serverId", "keypackId", "licenseKeyPackId", "calType", "licenseProgram", "totalLicenses", "purchaseLine", "generation")
         SELECT gen_random_uuid()::text, $1, k + 1, upper(substr(md5($1 || k) || md5(k || $1), 1, 35)), 'WS2022_PER_USER', 'SELECT_LICENSE', 20, 0, 0 FROM generate_series(1, $2::int) k`,
        [serverId, PACKS],
      );
      await client.query(
        `INSERT INTO "IssuedCal" ("id", "serverId", "installedKeyPackId", "issuedTo") SELECT gen_random_uuid()::text, $1, p."id", 'PC-' || c FROM "InstalledKeyPack" p, generate_series(1, $2::int) c WHERE p."serverId" = $1`,
        [serverId, CALS_PER_PACK],
      );
      await client.query(
        `INSERT INTO "WizardRun" ("id", "serverId", "activeServerId", "step", "action", "updatedAt") VALUES (gen_random_uuid()::text, $1, $1, 'CONFIRM_DELETION', 'REBUILD', now())`,
        [serverId],
      );
      const app = await startAppServer(PORT, database.url);
      const delay = Math.floor(Math.random() * 700);
      const posted = postAction(app, `/console/servers/${serverId}/manage-cals/confirm-deletion`, "confirmDeletion", [serverId, { confirm: true }]).catch(() => null);
      await new Promise((r) => setTimeout(r, delay));
      await app.kill();
      await posted;
      // Let PostgreSQL notice the dead client and roll back whatever it left open.
      for (let i = 0; i < 200; i++) {
        const open = await client.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`);
        if (open.rowCount === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const state = (await client.query<{ packs: number; cals: number; deleted: boolean; dp: number | null; dc: number | null; step: string; events: number }>(
        `SELECT (SELECT count(*)::int FROM "InstalledKeyPack" WHERE "serverId" = $1) AS packs, (SELECT count(*)::int FROM "IssuedCal" WHERE "serverId" = $1) AS cals,
                r."deletedAt" IS NOT NULL AS deleted, r."deletedKeyPacks" AS dp, r."deletedCals" AS dc, r."step"::text AS step,
                (SELECT count(*)::int FROM "ServerEvent" WHERE "serverId" = $1 AND "eventId" = 86) AS events
         FROM "WizardRun" r WHERE r."serverId" = $1`,
        [serverId],
      )).rows[0]!;
      const untouched = state.packs === PACKS && state.cals === PACKS * CALS_PER_PACK && !state.deleted && state.step === "CONFIRM_DELETION" && state.events === 0;
      const deleted = state.packs === 0 && state.cals === 0 && state.deleted && state.dp === PACKS && state.dc === PACKS * CALS_PER_PACK && state.step === "REINSTALLING" && state.events === 1;
      // Resume on a restarted app: delete now if untouched, go on to Obtain Client License Key Pack if deleted.
      const restarted = await startAppServer(PORT, database.url);
      const resumed = untouched
        ? await postAction(restarted, `/console/servers/${serverId}/manage-cals/confirm-deletion`, "confirmDeletion", [serverId, { confirm: true }])
        : await postAction(restarted, `/console/servers/${serverId}/manage-cals/reinstalling`, "continueToObtain", [serverId]);
      await restarted.stop();
      const step = (await client.query<{ step: string }>(`SELECT "step"::text AS step FROM "WizardRun" WHERE "serverId" = $1`, [serverId])).rows[0]!.step;
      const outcome = untouched ? "untouched" : deleted ? "deleted" : "HALF";
      outcomes.push(`| ${round} | ${delay} | ${outcome} | ${resumed.status} → ${step} |`);
      if (outcome === "HALF" || !["REINSTALLING", "OBTAIN_KEY_PACK"].includes(step)) process.exitCode = 1;
    }
  } finally {
    await client.end();
    await database.drop();
  }
  report.log(`## The app SIGKILLed during the deletion of ${PACKS.toLocaleString("en-US")} key packs and ${(PACKS * CALS_PER_PACK).toLocaleString("en-US")} CALs`);
  report.log();
  report.log("| round | killed after ms | license server afterwards | resumed on a restarted app |");
  report.log("| --- | --- | --- | --- |");
  for (const line of outcomes) report.log(line);
  report.log();
}

async function longFuzz(report: Report) {
  const began = Date.now();
  // Its own port unless E2E_PORT says otherwise: another test run may hold Playwright's default one.
  const port = process.env.E2E_PORT ?? String(await freePort());
  const result = spawnSync("npm", ["run", "test:e2e", "--", "e2e/reliability"], { cwd: root, stdio: "inherit", env: { ...process.env, E2E_PORT: port, FUZZ_RUNS: process.env.FUZZ_RUNS ?? "150" } });
  report.log(`## Reliability specs with FUZZ_RUNS=${process.env.FUZZ_RUNS ?? "150"}: ${result.status === 0 ? "passed" : "FAILED"} in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  report.log();
  if (result.status !== 0) process.exitCode = 1;
}

async function main() {
  const report = new Report("faults");
  ensureBuilt();
  if (parts.includes("restart") || parts.includes("kill")) {
    const cluster = startThrowawayPostgres();
    try {
      if (parts.includes("restart")) await restartDuringSubmissions(report, cluster);
      if (parts.includes("kill")) await killDuringDeletion(report, cluster);
    } finally {
      cluster.remove();
    }
  }
  if (parts.includes("fuzz")) await longFuzz(report);
  report.save();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
