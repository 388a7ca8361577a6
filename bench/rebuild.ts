// Benchmark 3: rebuild at scale. A license server with 10,000 installed key packs and 100,000 issued CALs
// (BENCH_PACKS, BENCH_CALS) on a fresh PostgreSQL database of its own; then the console's own mutation code
// (lib/console/manage-cals/mutations.ts) deletes them in its one transaction and advances the wizard run to
// Obtain Client License Key Pack. Target: under 1 s. Three rounds, each on a freshly filled server.
//   npm run bench:rebuild      (BENCH_SMALL=1: 100 key packs, 1,000 CALs, one round)
import pg from "pg";
import { openDatabase } from "@/lib/prisma-client";
import { createScratchDatabase } from "./lib/scratch-database";
import { ms, percentile, table, timed } from "./lib/stats";
import { Report } from "./lib/report";
import { size } from "./lib/small";

const PACKS = size("BENCH_PACKS", 10_000, 100);
const CALS = size("BENCH_CALS", 100_000, 1_000);
const ROUNDS = size("BENCH_ROUNDS", 3, 1);
const CAL_TYPES = ["WS2025_PER_USER", "WS2022_PER_DEVICE", "WS2019_PER_USER", "WS2016_PER_DEVICE"];

/** A license server with its key packs and issued CALs, and a wizard run at Confirm Deletion. */
async function fillServer(client: pg.Client, round: number) {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "LicenseServer" ("id", "name", "licenseServerId", "productId", "activated", "connectionMethod", "nextKeypackId", "updatedAt")
     VALUES (gen_random_uuid()::text, $1, lpad($2::text, 35, '7'), '00490-92005-99454-AT527', true, 'WEB_BROWSER', $3, now()) RETURNING "id"`,
    [`LS-BENCH-${round}-${Date.now()}`, round, PACKS + 2],
  );
  const serverId = rows[0]!.id;
  await client.query(
    `INSERT INTO "InstalledKeyPack" ("id", "serverId", "keypackId", "licenseKeyPackId", "calType", "licenseProgram", "totalLicenses", "purchaseLine", "generation")
     SELECT gen_random_uuid()::text, $1, k + 1, upper(substr(md5($1 || k) || md5(k || $1), 1, 35)), ($2::text[])[1 + k % 4]::"CalType", 'ENTERPRISE_AGREEMENT', 50, 0, 0
     FROM generate_series(1, $3::int) AS k`,
    [serverId, CAL_TYPES, PACKS],
  );
  await client.query(
    `INSERT INTO "IssuedCal" ("id", "serverId", "installedKeyPackId", "issuedTo", "expiresOn")
     SELECT gen_random_uuid()::text, $1, p."id", 'CLIENT-' || p."keypackId" || '-' || c, now() + interval '90 days'
     FROM "InstalledKeyPack" p CROSS JOIN generate_series(1, $2::int) AS c WHERE p."serverId" = $1`,
    [serverId, Math.ceil(CALS / PACKS)],
  );
  const run = await client.query<{ id: string }>(
    `INSERT INTO "WizardRun" ("id", "serverId", "activeServerId", "step", "action", "reason", "updatedAt")
     VALUES (gen_random_uuid()::text, $1, $1, 'CONFIRM_DELETION', 'REBUILD', 'The license server database is corrupt', now()) RETURNING "id"`,
    [serverId],
  );
  await client.query(`ANALYZE "InstalledKeyPack"; ANALYZE "IssuedCal"`);
  return { serverId, runId: run.rows[0]!.id };
}

async function main() {
  const report = new Report("rebuild");
  const database = await createScratchDatabase("rdls_bench_rebuild");
  const { deleteInstalledCals, moveAfterDeletion } = await import("@/lib/console/manage-cals/mutations");
  const opened = await openDatabase(database.url);
  const { db } = opened;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    // Warm up Prisma (its first query loads the query compiler) on a small server.
    const warm = await fillServerSmall(client);
    await deleteInstalledCals(db, warm.serverId, warm.runId);

    const rows: (string | number)[][] = [];
    const totals: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const { serverId, runId } = await fillServer(client, round);
      const [deleted, deleteMs] = await timed(() => deleteInstalledCals(db, serverId, runId));
      const [advanced, advanceMs] = await timed(() => moveAfterDeletion(db, runId, ["REINSTALLING"], "OBTAIN_KEY_PACK"));
      if (!deleted || !advanced) throw new Error("bench: the run did not delete or advance");
      const left = await client.query<{ packs: number; cals: number; step: string }>(
        `SELECT (SELECT count(*)::int FROM "InstalledKeyPack" WHERE "serverId" = $1) AS packs, (SELECT count(*)::int FROM "IssuedCal" WHERE "serverId" = $1) AS cals,
                (SELECT "step"::text FROM "WizardRun" WHERE "id" = $2) AS step`,
        [serverId, runId],
      );
      const after = left.rows[0]!;
      totals.push(deleteMs + advanceMs);
      rows.push([round, deleted.keyPacks, deleted.cals, ms(deleteMs), ms(advanceMs), ms(deleteMs + advanceMs), `${after.packs} packs, ${after.cals} CALs, run at ${after.step}`]);
    }
    report.log(`## Rebuild at scale: ${PACKS.toLocaleString("en-US")} key packs and ${CALS.toLocaleString("en-US")} issued CALs, ${new Date().toISOString()}`);
    report.log();
    report.log(table(["round", "key packs deleted", "CALs deleted", "deletion transaction ms", "run advance ms", "total ms", "afterwards"], rows));
    report.log();
    report.log(`Median total: ${ms(percentile(totals, 50))} ms (target: under 1,000 ms).`);
  } finally {
    await client.end();
    await opened.close();
    await database.drop();
  }
  report.save();
}

async function fillServerSmall(client: pg.Client) {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "LicenseServer" ("id", "name", "licenseServerId", "productId", "activated", "updatedAt")
     VALUES (gen_random_uuid()::text, 'LS-BENCH-WARM', lpad('1', 35, '3'), '00490-92005-99454-AT527', true, now()) RETURNING "id"`,
  );
  const serverId = rows[0]!.id;
  const run = await client.query<{ id: string }>(
    `INSERT INTO "WizardRun" ("id", "serverId", "activeServerId", "step", "updatedAt") VALUES (gen_random_uuid()::text, $1, $1, 'CONFIRM_DELETION', now()) RETURNING "id"`,
    [serverId],
  );
  return { serverId, runId: run.rows[0]!.id };
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
