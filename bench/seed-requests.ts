// Seeds a benchmark database with BENCH_ROWS recovery requests (default 1,000,000; 5,000 with BENCH_SMALL=1),
// with the issued key packs the issued and approved ones carry, in batches of INSERT … SELECT generate_series.
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/rdls_bench_helpdesk npx tsx bench/seed-requests.ts
// Creates the database when missing and applies the migrations. `--drop` drops it instead.
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { benchDatabaseUrl, onServer } from "./local-database";
import { size } from "./lib/small";

const root = path.resolve(import.meta.dirname, "..");
const ROWS = size("BENCH_ROWS", 1_000_000, 5_000);
const BATCH = 100_000;
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const COMPANIES = [
  "Contoso", "Fabrikam", "Northwind", "Woodgrove", "Tailspin", "Litware", "Adventure Works", "Alpine Ski House",
  "Blue Yonder", "Coho Winery", "Fourth Coffee", "Graphic Design Institute", "Humongous Insurance", "Lamna Healthcare",
  "Lucerne Publishing", "Margie's Travel", "Munson's Pickles", "Nod Publishers", "Proseware", "Relecloud",
  "School of Fine Art", "Southridge Video", "Trey Research", "VanArsdel", "Wide World Importers", "Wingtip Toys",
  "Consolidated Messenger", "Datum Corporation", "City Power & Light", "Bellows College",
];
const SUFFIXES = ["Ltd", "Inc", "GmbH", "LLC", "SA", "BV", "Pty", "AG"];
const PROGRAMS = ["LICENSE_PACK", "OPEN_LICENSE", "SELECT_LICENSE", "ENTERPRISE_AGREEMENT", "CAMPUS_AGREEMENT", "SCHOOL_AGREEMENT", "SERVICES_PROVIDER_LICENSE_AGREEMENT", "OTHER_AGREEMENT"];
const CAL_TYPES = ["WS2025_PER_USER", "WS2025_PER_DEVICE", "WS2022_PER_USER", "WS2022_PER_DEVICE", "WS2019_PER_USER", "WS2019_PER_DEVICE", "WS2016_PER_USER", "WS2016_PER_DEVICE", "WS2012_PER_USER", "WS2012_PER_DEVICE"];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;

// Expressions of the row number i (bigint). A reference is 40 bits of i times an odd constant: a bijection,
// so references are unique, and they do not look sequential.
const mixed = "((i * 780291637) & 1099511627775)";
const symbol = (shift: number) => `substr('${CROCKFORD}', ((${mixed} >> ${shift}) & 31)::int + 1, 1)`;
const reference = `'RQ-' || ${[35, 30, 25, 20].map(symbol).join(" || ")} || '-' || ${[15, 10, 5, 0].map(symbol).join(" || ")}`;
const status = `(CASE WHEN i % 100 < 85 THEN 'ISSUED' WHEN i % 100 < 93 THEN 'AWAITING_REVIEW' WHEN i % 100 < 98 THEN 'APPROVED' ELSE 'REJECTED' END)`;
const issued = `(i % 100 < 85 OR i % 100 BETWEEN 93 AND 97)`;
// About three requests per license server; 35 digits.
const serverId = `'9' || lpad(((i / 3) * 7919 % 10000000000000)::text, 34, '0')`;
const company = `(${sqlArray(COMPANIES)})[1 + (i * 7) % ${COMPANIES.length}] || ' ' || (${sqlArray(SUFFIXES)})[1 + i % ${SUFFIXES.length}] || ' ' || (i % 5000)`;
const keyPackId = `upper(substr(md5('k' || i) || md5('p' || i), 1, 35))`;
const createdAt = `(timestamp '2026-11-28 00:00:00' - i * interval '63 seconds')`;

async function main() {
  const url = benchDatabaseUrl();
  const name = url.pathname.slice(1);
  if (process.argv.includes("--drop")) {
    await onServer(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    return console.log(`bench: dropped ${name}`);
  }
  const exists = await onServer(url, `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
  if (exists.rowCount === 0) await onServer(url, `CREATE DATABASE "${name}"`);
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: url.toString() } });

  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "RecoveryRequest"`);
    const start = Number(rows[0]!.n);
    if (start >= ROWS) return console.log(`bench: ${name} already holds ${start} requests`);
    const began = Date.now();
    for (let from = start + 1; from <= ROWS; from += BATCH) {
      const to = Math.min(from + BATCH - 1, ROWS);
      await client.query("BEGIN");
      await client.query(`
        INSERT INTO "IssuedKeyPack" ("id", "licenseKeyPackId", "serial", "targetLicenseServerId", "calType", "licenseProgram", "quantity", "countedQuantity", "issuedAt")
        SELECT md5('kp' || i)::uuid::text, ${keyPackId}, 2199023255552 + i, ${serverId},
               (${sqlArray(CAL_TYPES)})[1 + i % 10]::"CalType", (${sqlArray(PROGRAMS)})[1 + i % 8]::"LicenseProgram", 1 + i % 500, 1 + i % 500, ${createdAt}
        FROM generate_series(${from}::bigint, ${to}::bigint) AS i WHERE ${issued}`);
      await client.query(`
        INSERT INTO "RecoveryRequest" ("id", "reference", "status", "reviewReason", "rejectionReason", "targetLicenseServerId", "reasonForRecovery",
          "licenseProgram", "lastName", "firstName", "companyName", "countryRegion", "email", "agreementNumber", "credential", "calType", "quantity",
          "issuedKeyPackId", "decidedAt", "createdAt", "updatedAt")
        SELECT md5('rq' || i)::uuid::text, ${reference}, ${status}::"RecoveryStatus",
               CASE WHEN i % 100 >= 85 THEN 'Quantity above what the purchase covers' END,
               CASE WHEN i % 100 >= 98 THEN 'We could not confirm this purchase.' END,
               ${serverId}, 'The license server database was rebuilt',
               (${sqlArray(PROGRAMS)})[1 + i % 8]::"LicenseProgram", 'Morgan', 'Alex', ${company}, 'US',
               'it' || (i % 200000) || '@customer' || (i % 1000) || '.example', lpad((1000000 + i % 9000000)::text, 7, '0'),
               lpad((1000000 + i % 9000000)::text, 7, '0'), (${sqlArray(CAL_TYPES)})[1 + i % 10]::"CalType", 1 + i % 500,
               CASE WHEN ${issued} THEN md5('kp' || i)::uuid::text END,
               CASE WHEN i % 100 >= 93 THEN ${createdAt} + interval '1 hour' END, ${createdAt}, ${createdAt}
        FROM generate_series(${from}::bigint, ${to}::bigint) AS i`);
      await client.query("COMMIT");
      process.stdout.write(`\rbench: ${to.toLocaleString("en-US")} of ${ROWS.toLocaleString("en-US")} requests (${((Date.now() - began) / 1000).toFixed(0)} s)`);
    }
    // VACUUM as autovacuum would soon after a bulk load: it sets the visibility map the queue's counts'
    // index-only reads need (prisma/migrations/*_queue_count_indexes).
    await client.query(`VACUUM ANALYZE "RecoveryRequest"`);
    await client.query(`VACUUM ANALYZE "IssuedKeyPack"`);
    console.log(`\nbench: seeded in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
