// Issuing a license key pack ID, defined once. `prepareKeyPack` signs a new ID; `issueKeyPackCtes` is the one
// statement that records it: the purchase's version bumped (so a web-site submit that read the purchase
// before this pack reads again, docs/decisions/011), the previous pack for the same purchase and license
// server superseded (it stops counting against the purchase), and the new pack inserted. Two thin callers:
//  - the web site's instant issue puts these CTEs into its single submit statement (submit-sql.ts), with the
//    purchase version it read: nothing is issued when that changed;
//  - `issueKeyPackInTransaction` runs them alone inside a caller's transaction (the helpdesk's Approve and
//    issue, practice servers, factories): staff decide there, so the version is bumped whatever it is.
// lib/clearinghouse/issue-key-pack.db.test.ts runs both callers against the same expectations.
import { randomUUID } from "node:crypto";
import { Prisma, type IssuedKeyPack } from "@/generated/prisma/client";
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import { encodeKeyPackId, MAX_SERIAL } from "@/lib/licensing/key-pack-id";
import { randomBits } from "@/lib/licensing/random";
import { getKeyPackSecrets, type KeyPackSecrets } from "@/lib/key-pack-secret";

export interface IssueKeyPackInput {
  targetLicenseServerId: string;
  calType: CalType;
  licenseProgram: LicenseProgram;
  quantity: number;
  entitlementId?: string | null;
}

/** The values of a new IssuedKeyPack row, before it is written. */
export interface PreparedKeyPack extends IssueKeyPackInput {
  id: string;
  /** 40 random bits, unique in the database: a collision (about one in a trillion per pair) fails the write. */
  serial: bigint;
  licenseKeyPackId: string;
  entitlementId: string | null;
}

/** A new pack: a random serial and the license key pack ID signed for it and the Target License Server ID with the current secret. */
export function prepareKeyPack(input: IssueKeyPackInput, secrets: KeyPackSecrets): PreparedKeyPack {
  const serial = randomBits(40) & MAX_SERIAL;
  const licenseKeyPackId = encodeKeyPackId(
    { calType: input.calType, licenseProgram: input.licenseProgram, quantity: input.quantity, serial },
    input.targetLicenseServerId,
    secrets.current,
  );
  const { targetLicenseServerId, calType, licenseProgram, quantity } = input;
  return { id: randomUUID(), serial, licenseKeyPackId, targetLicenseServerId, calType, licenseProgram, quantity, entitlementId: input.entitlementId ?? null };
}

/** The CTE `issueKeyPackCtes` names the inserted pack by (RETURNING *): empty when nothing was issued. */
export const ISSUED_PACK = Prisma.raw(`"issued_pack"`);

/**
 * The CTEs that issue `pack` (for a `WITH` clause; no trailing comma). With `expectedVersion`, only if the
 * purchase's version is still that one: the bump is a row-locking UPDATE, so a concurrent writer's bump makes
 * it wait, then see the new version and match nothing, and then nothing is superseded or inserted. A pack
 * without a purchase (an approval with no entitlement, demo data) only inserts.
 */
export function issueKeyPackCtes(pack: PreparedKeyPack, now: Date, expectedVersion?: number): Prisma.Sql {
  const insert = Prisma.sql`${ISSUED_PACK} AS (
      INSERT INTO "IssuedKeyPack" ("id", "licenseKeyPackId", "serial", "targetLicenseServerId", "calType", "licenseProgram", "quantity", "entitlementId", "issuedAt")
      SELECT ${pack.id}, ${pack.licenseKeyPackId}, ${pack.serial}::bigint, ${pack.targetLicenseServerId}, ${pack.calType}::"CalType",
             ${pack.licenseProgram}::"LicenseProgram", ${pack.quantity}::int, ${pack.entitlementId}, ${now}::timestamp(3)`;
  if (!pack.entitlementId) return Prisma.sql`${insert} RETURNING *)`;
  const versionCheck = expectedVersion === undefined ? Prisma.empty : Prisma.sql`AND "version" = ${expectedVersion}::int`;
  return Prisma.sql`
    bump AS (
      UPDATE "Entitlement" SET "version" = "version" + 1 WHERE "id" = ${pack.entitlementId} ${versionCheck} RETURNING 1
    ),
    superseded AS (
      UPDATE "IssuedKeyPack" SET "supersededAt" = ${now}::timestamp(3)
      WHERE "entitlementId" = ${pack.entitlementId} AND "targetLicenseServerId" = ${pack.targetLicenseServerId} AND "supersededAt" IS NULL
        AND EXISTS (SELECT 1 FROM bump)
    ),
    ${insert} WHERE EXISTS (SELECT 1 FROM bump) RETURNING *)`;
}

/** Issues a pack inside the caller's transaction, whatever the purchase's version; returns the new row. */
export async function issueKeyPackInTransaction(tx: Prisma.TransactionClient, input: IssueKeyPackInput, now = new Date()): Promise<IssuedKeyPack> {
  const pack = prepareKeyPack(input, await getKeyPackSecrets(tx));
  const rows = await tx.$queryRaw<IssuedKeyPack[]>`WITH ${issueKeyPackCtes(pack, now)} SELECT * FROM ${ISSUED_PACK}`;
  // Only a purchase that does not exist (deleted meanwhile) leaves the bump, and so the insert, empty.
  if (!rows[0]) throw new Error(`Issuing a key pack: entitlement ${input.entitlementId} does not exist`);
  return rows[0];
}
