// Benchmark: Create Report → CAL Usage on a large server. A license server with 100,000 issued Per User
// CALs (BENCH_CALS) over 100 key packs of two Per User types, its users spread over two domains (down-level
// names and user principal names) and organizational units, on a fresh PostgreSQL database of its own; then
// the report is created through the same function the server action calls (lib/console/reports/cal-usage-report.ts
// insertCalUsageReport) for each scope, ROUNDS times, and deleted again between rounds. Target: under 2 s.
//   npm run bench:cal-usage    (BENCH_SMALL=1: 1,000 CALs over 10 key packs, one round)
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase } from "@/lib/prisma-client";
import type { CalUsageScope } from "@/lib/console/reports/cal-usage-scope";
import { createScratchDatabase } from "./lib/scratch-database";
import { ms, percentile, table, timed } from "./lib/stats";
import { Report } from "./lib/report";
import { size } from "./lib/small";

const CALS = size("BENCH_CALS", 100_000, 1_000);
const PACKS = size("BENCH_PACKS", 100, 10);
const ROUNDS = size("BENCH_ROUNDS", 7, 1);
const SCOPES: CalUsageScope[] = [
  { kind: "ALL_TRUSTED_DOMAINS", value: null },
  { kind: "DOMAIN", value: "CONTOSO" },
  { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=contoso,DC=com" },
];

async function fillServer(client: pg.Client) {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "LicenseServer" ("id", "name", "licenseServerId", "productId", "activated", "connectionMethod", "domain", "nextKeypackId", "updatedAt")
     VALUES (gen_random_uuid()::text, 'LS-BENCH-REPORT', lpad('9', 35, '7'), '00490920059945400000', true, 'WEB_BROWSER', 'CONTOSO', $1, now()) RETURNING "id"`,
    [PACKS + 2],
  );
  const serverId = rows[0]!.id;
  const perPack = Math.ceil(CALS / PACKS);
  await client.query(
    `INSERT INTO "InstalledKeyPack" ("id", "serverId", "keypackId", "licenseKeyPackId", "calType", "licenseProgram", "totalLicenses", "purchaseLine", "generation")
     SELECT gen_random_uuid()::text, $1, k + 1, upper(substr(md5($1 || k) || md5(k || $1), 1, 35)), (CASE WHEN k % 2 = 0 THEN 'WS2022_PER_USER' ELSE 'WS2019_PER_USER' END)::"CalType", 'ENTERPRISE_AGREEMENT', $3, 0, 0
     FROM generate_series(1, $2::int) AS k`,
    [serverId, PACKS, perPack],
  );
  // Names: 3 in 4 CONTOSO\userN (half of them with a distinguished name in OU=Sales or OU=Finance, some in a
  // sub-OU), 1 in 4 userN@fabrikam.com.
  await client.query(
    `INSERT INTO "IssuedCal" ("id", "serverId", "installedKeyPackId", "issuedTo", "distinguishedName", "issuedOn")
     SELECT gen_random_uuid()::text, $1, p."id",
            CASE WHEN n % 4 = 3 THEN 'user' || n || '@fabrikam.com' ELSE 'CONTOSO\\user' || n END,
            CASE WHEN n % 4 = 3 THEN NULL
                 WHEN n % 2 = 0 THEN 'CN=user' || n || CASE WHEN n % 8 = 0 THEN ',OU=East' ELSE '' END || ',OU=Sales,DC=contoso,DC=com'
                 ELSE 'CN=user' || n || ',OU=Finance,DC=contoso,DC=com' END,
            now() - (n || ' minutes')::interval
     FROM "InstalledKeyPack" p CROSS JOIN generate_series(1, $2::int) AS c
     CROSS JOIN LATERAL (SELECT (p."keypackId" - 1) * $2::int + c AS n) AS u
     WHERE p."serverId" = $1`,
    [serverId, perPack],
  );
  await client.query(`ANALYZE "InstalledKeyPack"; ANALYZE "IssuedCal"`);
  return serverId;
}

async function main() {
  const report = new Report("cal-usage-report");
  const database = await createScratchDatabase("rdls_bench_cal_usage");
  const { insertCalUsageReport, removeCalUsageReport, getCalUsageReport } = await import("@/lib/console/reports/cal-usage-report");
  const opened = await openDatabase(database.url);
  const { db } = opened;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const serverId = await fillServer(client);
    const issued = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "IssuedCal" WHERE "serverId" = $1`, [serverId])).rows[0]!.n;
    // Warm up Prisma (its first query loads the query compiler) and the caches.
    const warm = await insertCalUsageReport(db, serverId, { scope: SCOPES[0]!, requestKey: randomUUID() });
    if (warm.kind !== "created") throw new Error(`bench: warm-up made no report (${warm.kind})`);
    await removeCalUsageReport(db, serverId, warm.reportId);

    const rows: (string | number)[][] = [];
    const all: number[] = [];
    for (const scope of SCOPES) {
      const times: number[] = [];
      let holders = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const [outcome, took] = await timed(() => insertCalUsageReport(db, serverId, { scope, requestKey: randomUUID() }));
        if (outcome.kind !== "created") throw new Error(`bench: no report (${outcome.kind})`);
        holders = (await getCalUsageReport(db, serverId, outcome.reportId))!.issued;
        times.push(took);
        await removeCalUsageReport(db, serverId, outcome.reportId);
      }
      all.push(...times);
      rows.push([scope.value ? `${scope.kind} ${scope.value}` : scope.kind, holders, ms(percentile(times, 50)), ms(percentile(times, 95)), ms(Math.max(...times))]);
    }
    report.log(`## CAL Usage report: ${issued.toLocaleString("en-US")} issued Per User CALs on one server, ${ROUNDS} rounds per scope, ${new Date().toISOString()}`);
    report.log();
    report.log(table(["scope", "holders in the report", "p50 ms", "p95 ms", "max ms"], rows));
    report.log();
    report.log(`All scopes: p50 ${ms(percentile(all, 50))} ms, p95 ${ms(percentile(all, 95))} ms (target: under 2,000 ms).`);
  } finally {
    await client.end();
    await opened.close();
    await database.drop();
  }
  report.save();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
