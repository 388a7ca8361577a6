// Data for the submission benchmark and fault scripts: one purchase (entitlement) and one complete Manage
// CALs draft per submission, each for its own license server, so every request is a distinct submission
// that the entitlement rules issue at once (the full path: validate, check, issue, insert).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { encodeKeyPackId } from "@/lib/licensing/key-pack-id";
import { randomBits } from "@/lib/licensing/random";
import { generateReference } from "@/lib/clearinghouse/new-reference";

/** Any 32+ characters: the raw insert only has to do the app's HMAC work, not to match its secret. */
const BENCH_SECRET = "bench-secret-for-the-raw-insert-floor-only";

export interface SubmissionFixture {
  draftId: string;
  entitlementId: string;
  targetLicenseServerId: string;
  agreementNumber: string;
}

const QUANTITY = 10;

/** Inserts `count` purchases and drafts (agreement numbers from `firstNumber` up); returns them in order. */
export async function seedSubmissions(client: pg.Client | pg.Pool, count: number, firstNumber = 1_000_000): Promise<SubmissionFixture[]> {
  const fixtures: SubmissionFixture[] = Array.from({ length: count }, (_, i) => ({
    draftId: randomUUID(),
    entitlementId: randomUUID(),
    targetLicenseServerId: generateLicenseServerId(),
    agreementNumber: String(firstNumber + i).padStart(7, "0"),
  }));
  for (let from = 0; from < count; from += 10_000) {
    const batch = fixtures.slice(from, from + 10_000);
    const column = <K extends keyof SubmissionFixture>(key: K) => batch.map((f) => f[key]);
    await client.query(
      `INSERT INTO "Entitlement" ("id", "licenseProgram", "credential", "calType", "quantity", "customerName", "updatedAt")
       SELECT e, 'ENTERPRISE_AGREEMENT', a, 'WS2022_PER_USER', 100, 'Benchmark customer ' || a, now() FROM unnest($1::text[], $2::text[]) AS t(e, a)`,
      [column("entitlementId"), column("agreementNumber")],
    );
    await client.query(
      `INSERT INTO "ManageCalsDraft" ("id", "targetLicenseServerId", "reasonForRecovery", "licenseProgram", "lastName", "firstName", "companyName",
         "countryRegion", "email", "agreementNumber", "calType", "quantity", "updatedAt")
       SELECT d, s, 'The license server database was rebuilt', 'ENTERPRISE_AGREEMENT', 'Morgan', 'Alex', 'Benchmark ' || a, 'US',
         'it-' || a || '@contoso.example', a, 'WS2022_PER_USER', ${QUANTITY}, now()
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(d, s, a)`,
      [column("draftId"), column("targetLicenseServerId"), column("agreementNumber")],
    );
  }
  return fixtures;
}

/**
 * The rows a submission writes (issued key pack, request, audit entry), as one statement on pg: the
 * database's floor for the same work. Values the app computes in JavaScript are computed here too.
 */
export function rawSubmissionInsert(f: SubmissionFixture): [string, unknown[]] {
  const serial = randomBits(24);
  // Each fixture has its own server: the first generation of the purchase for it (line 1 stands for any).
  const licenseKeyPackId = encodeKeyPackId(
    { calType: "WS2022_PER_USER", licenseProgram: "ENTERPRISE_AGREEMENT", quantity: QUANTITY, purchaseLine: 1, generation: 1, serial },
    f.targetLicenseServerId,
    BENCH_SECRET,
  );
  const reference = generateReference();
  const after = { reference, status: "ISSUED", targetLicenseServerId: f.targetLicenseServerId, licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: QUANTITY, reviewReason: null, licenseKeyPackId };
  return [
    `WITH pack AS (
       INSERT INTO "IssuedKeyPack" ("id", "licenseKeyPackId", "serial", "targetLicenseServerId", "calType", "licenseProgram", "quantity", "countedQuantity", "generation", "entitlementId")
       VALUES (gen_random_uuid()::text, $1, $2, $3, 'WS2022_PER_USER', 'ENTERPRISE_AGREEMENT', ${QUANTITY}, ${QUANTITY}, 1, $4) RETURNING "id"
     ), request AS (
       INSERT INTO "RecoveryRequest" ("id", "reference", "draftId", "status", "targetLicenseServerId", "reasonForRecovery", "licenseProgram", "lastName",
         "firstName", "companyName", "countryRegion", "email", "agreementNumber", "credential", "calType", "quantity", "entitlementId", "issuedKeyPackId", "updatedAt")
       SELECT gen_random_uuid()::text, $5, $6, 'ISSUED', $3, 'The license server database was rebuilt', 'ENTERPRISE_AGREEMENT', 'Morgan', 'Alex',
         'Benchmark ' || $7, 'US', 'it-' || $7 || '@contoso.example', $7, $7, 'WS2022_PER_USER', ${QUANTITY}, $4, pack."id", now() FROM pack
       RETURNING "id"
     )
     INSERT INTO "AuditLog" ("id", "actorLabel", "action", "entityType", "entityId", "after")
     SELECT gen_random_uuid()::text, 'Web site visitor', 'request.issued_at_once', 'RecoveryRequest', request."id", $8::jsonb FROM request`,
    [licenseKeyPackId, serial.toString(), f.targetLicenseServerId, f.entitlementId, reference, f.draftId, f.agreementNumber, JSON.stringify(after)],
  ];
}

/**
 * `count` earlier recoveries (drafts submitted, each with its request, issued key pack and audit entry), as
 * a Clearinghouse in use has: so the tables are not empty when the benchmark's statistics are taken, and
 * the plans PostgreSQL picks (and caches for prepared statements) are those of a table with history.
 */
export async function seedHistory(client: pg.Client | pg.Pool, count: number) {
  const fixtures = await seedSubmissions(client, count, 9_000_000);
  for (let from = 0; from < count; from += 10_000) {
    const drafts = fixtures.slice(from, from + 10_000).map((f) => f.draftId);
    await client.query(
      `WITH source AS (
         SELECT d."id" AS draft, d."targetLicenseServerId" AS server, d."agreementNumber" AS number, e."id" AS entitlement,
                row_number() OVER () + $2::bigint AS n
         FROM "ManageCalsDraft" d JOIN "Entitlement" e ON e."licenseProgram" = 'ENTERPRISE_AGREEMENT' AND e."credential" = d."agreementNumber"
         WHERE d."id" = ANY($1::text[])
       ), pack AS (
         INSERT INTO "IssuedKeyPack" ("id", "licenseKeyPackId", "serial", "targetLicenseServerId", "calType", "licenseProgram", "quantity", "countedQuantity", "generation", "entitlementId")
         SELECT 'history-pack-' || n, 'HISTORY' || n, -n, server, 'WS2022_PER_USER', 'ENTERPRISE_AGREEMENT', ${QUANTITY}, ${QUANTITY}, 1, entitlement FROM source
       ), request AS (
         INSERT INTO "RecoveryRequest" ("id", "reference", "draftId", "status", "targetLicenseServerId", "reasonForRecovery", "licenseProgram", "lastName",
           "firstName", "companyName", "countryRegion", "email", "agreementNumber", "credential", "calType", "quantity", "entitlementId", "issuedKeyPackId", "createdAt", "updatedAt")
         SELECT 'history-request-' || n, 'RQ-HIST-' || n, draft, 'ISSUED', server, 'The license server database was rebuilt', 'ENTERPRISE_AGREEMENT', 'Morgan',
           'Alex', 'Benchmark ' || number, 'US', 'it-' || number || '@contoso.example', number, number, 'WS2022_PER_USER', ${QUANTITY}, entitlement,
           'history-pack-' || n, now() - interval '30 days', now() - interval '30 days'
         FROM source
       )
       INSERT INTO "AuditLog" ("id", "actorLabel", "action", "entityType", "entityId", "after")
       SELECT 'history-audit-' || n, 'Web site visitor', 'request.issued_at_once', 'RecoveryRequest', 'history-request-' || n, '{}'::jsonb FROM source`,
      [drafts, from],
    );
  }
}
