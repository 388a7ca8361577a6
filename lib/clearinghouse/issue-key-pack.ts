// Issuing a license key pack ID, defined once. `prepareKeyPack` signs a new ID, naming the purchase line and
// the generation of this pack for (license server, purchase) (docs/decisions/018-key-pack-generations.md); `issueKeyPackCtes` is the
// one statement that records it: the purchase's version bumped (so a web-site submit that read the purchase
// before this pack reads again, docs/decisions/011), the previous pack for the same purchase and license
// server superseded (the new one counts instead, at least as much as it did), and the new pack inserted.
// The generation read with the version stays right: every issue bumps the version. Two thin callers:
//  - the web site's instant issue puts these CTEs into its single submit statement (submit-sql.ts), with the
//    purchase version it read: nothing is issued when that changed;
//  - `issueKeyPackInTransaction` runs them alone inside a caller's transaction (the helpdesk's Approve and
//    issue, practice servers, factories): staff decide there, so the purchase is locked and bumped whatever its version.
// Which license server a purchase may issue for is decided here too (`issuesForTargetSql`): a practice
// server's purchase issues only for that practice server, on every path and whoever asks (docs/decisions/029-purchase-lineage.md).
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
  /**
   * A migration's source license server (docs/decisions/025-migrate-rds-cals.md): its pack of the same
   * purchase is superseded by the same statement, so it stops counting as the target's starts.
   */
  sourceLicenseServerId?: string | null;
  /**
   * The helpdesk's approval beyond what the purchase still covers: the purchase's rule of which server it may
   * issue for still holds (it is locked and checked), but the pack names no purchase and counts against none,
   * so the RDS CALs installed from a purchase never exceed what it bought (docs/decisions/029-purchase-lineage.md).
   */
  beyondPurchase?: boolean;
}

/** Which purchase line a pack comes from and its generation for the target server (both read with the purchase's version). */
export interface PackLineage {
  purchaseLine: number;
  generation: number;
}

/** The values of a new IssuedKeyPack row, before it is written. */
export interface PreparedKeyPack extends IssueKeyPackInput {
  id: string;
  /** 24 random bits; the ID must be unique, and packs of one purchase already differ by line and generation. */
  serial: bigint;
  licenseKeyPackId: string;
  entitlementId: string | null;
  /** Null exactly when entitlementId is. */
  generation: number | null;
}

/**
 * A new pack: a random serial and the license key pack ID signed for it and the Target License Server ID with
 * the current secret. A pack of a purchase needs its lineage; one without a purchase names line 0.
 */
export function prepareKeyPack(input: IssueKeyPackInput, secrets: KeyPackSecrets, lineage: PackLineage | null): PreparedKeyPack {
  const entitlementId = input.entitlementId ?? null;
  if ((entitlementId === null) !== (lineage === null)) throw new Error("A key pack of a purchase needs its purchase line and generation, and only then");
  const serial = randomBits(24) & MAX_SERIAL;
  const licenseKeyPackId = encodeKeyPackId(
    { calType: input.calType, licenseProgram: input.licenseProgram, quantity: input.quantity, purchaseLine: lineage?.purchaseLine ?? 0, generation: lineage?.generation ?? 0, serial },
    input.targetLicenseServerId,
    secrets.current,
  );
  const { targetLicenseServerId, calType, licenseProgram, quantity } = input;
  const sourceLicenseServerId = input.sourceLicenseServerId ?? null;
  return { id: randomUUID(), serial, licenseKeyPackId, targetLicenseServerId, calType, licenseProgram, quantity, entitlementId, generation: lineage?.generation ?? null, sourceLicenseServerId };
}

/**
 * Whether purchase `entitlement` (an "Entitlement" row's alias) may issue for `targetLicenseServerId`, as a
 * boolean SQL expression: a practice server's purchase (Entitlement.practiceServerId) only for that practice
 * server's License Server ID (and its failed source's, LicenseServer.practiceSourceFor), every other purchase for any server. The one statement of the rule: the issue
 * itself writes nothing without it, and the deciders read it to say why (entitlement-rules.ts).
 */
export function issuesForTargetSql(entitlement: Prisma.Sql, targetLicenseServerId: Prisma.Sql): Prisma.Sql {
  // Or for the failed source server prepared with it (a classroom scenario: its packs came from these purchases).
  return Prisma.sql`(${entitlement}."practiceServerId" IS NULL OR EXISTS (
    SELECT 1 FROM "LicenseServer" ps WHERE (ps."id" = ${entitlement}."practiceServerId" OR ps."practiceSourceFor" = ${entitlement}."practiceServerId") AND ps."licenseServerId" = ${targetLicenseServerId}))`;
}

/** Thrown by `issueKeyPackInTransaction` for a purchase that may not issue for the target (no one may override it). */
export class PurchaseNotForThisServer extends Error {
  constructor(readonly entitlementId: string) {
    super(`Issuing a key pack: purchase ${entitlementId} is a practice server's and issues only for that practice server`);
  }
}

/** The CTE `issueKeyPackCtes` names the inserted pack by (RETURNING *): empty when nothing was issued. */
export const ISSUED_PACK = Prisma.raw(`"issued_pack"`);

/**
 * The CTEs that issue `pack` (for a `WITH` clause; no trailing comma). With `expectedVersion`, only if the
 * purchase's version is still that one: the bump is a row-locking UPDATE, so a concurrent writer's bump makes
 * it wait, then see the new version and match nothing, and then nothing is superseded or inserted. A pack
 * without a purchase (an approval with no entitlement) only inserts. A purchase that may not issue for the
 * target (`issuesForTargetSql`) is not bumped either, so nothing is issued, whatever the caller decided. A migration also supersedes
 * the source's pack of the purchase (`migrated`; PostgreSQL runs a data-modifying CTE whether or not it is read).
 */
export function issueKeyPackCtes(pack: PreparedKeyPack, now: Date, expectedVersion?: number): Prisma.Sql {
  // The new pack counts at least what the pack it supersedes counted: the console may keep that one installed.
  const counted = pack.entitlementId
    ? Prisma.sql`GREATEST(${pack.quantity}::int, coalesce((SELECT max("countedQuantity") FROM superseded), 0))`
    : Prisma.sql`${pack.quantity}::int`;
  const insert = Prisma.sql`${ISSUED_PACK} AS (
      INSERT INTO "IssuedKeyPack" ("id", "licenseKeyPackId", "serial", "targetLicenseServerId", "calType", "licenseProgram", "quantity", "countedQuantity", "generation", "entitlementId", "issuedAt")
      SELECT ${pack.id}, ${pack.licenseKeyPackId}, ${pack.serial}::bigint, ${pack.targetLicenseServerId}, ${pack.calType}::"CalType",
             ${pack.licenseProgram}::"LicenseProgram", ${pack.quantity}::int, ${counted}, ${pack.generation}::int, ${pack.entitlementId}, ${now}::timestamp(3)`;
  if (!pack.entitlementId) return Prisma.sql`${insert} RETURNING *)`;
  const versionCheck = expectedVersion === undefined ? Prisma.empty : Prisma.sql`AND e."version" = ${expectedVersion}::int`;
  return Prisma.sql`
    bump AS (
      UPDATE "Entitlement" e SET "version" = e."version" + 1
      WHERE e."id" = ${pack.entitlementId} ${versionCheck} AND ${issuesForTargetSql(Prisma.sql`e`, Prisma.sql`${pack.targetLicenseServerId}`)}
      RETURNING 1
    ),
    superseded AS (
      UPDATE "IssuedKeyPack" SET "supersededAt" = ${now}::timestamp(3)
      WHERE "entitlementId" = ${pack.entitlementId} AND "targetLicenseServerId" = ${pack.targetLicenseServerId} AND "supersededAt" IS NULL
        AND EXISTS (SELECT 1 FROM bump)
      RETURNING "countedQuantity"
    ),${migratedCte(pack, now)}
    ${insert} WHERE EXISTS (SELECT 1 FROM bump) RETURNING *)`;
}

function migratedCte(pack: PreparedKeyPack, now: Date): Prisma.Sql {
  if (!pack.sourceLicenseServerId || pack.sourceLicenseServerId === pack.targetLicenseServerId) return Prisma.empty;
  return Prisma.sql`
    migrated AS (
      UPDATE "IssuedKeyPack" SET "supersededAt" = ${now}::timestamp(3)
      WHERE "entitlementId" = ${pack.entitlementId} AND "targetLicenseServerId" = ${pack.sourceLicenseServerId} AND "supersededAt" IS NULL
        AND EXISTS (SELECT 1 FROM bump)
      RETURNING 1
    ),`;
}

/**
 * SQL for the generation the next pack of purchase `entitlementId` for `targetLicenseServerId` gets (an int
 * expression). Right only while the purchase's version is unchanged, which the issue checks.
 */
export function nextGenerationSql(entitlementId: Prisma.Sql, targetLicenseServerId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(max(g."generation"), 0) + 1 FROM "IssuedKeyPack" g
    WHERE g."entitlementId" = ${entitlementId} AND g."targetLicenseServerId" = ${targetLicenseServerId})`;
}

/** Issues a pack inside the caller's transaction, whatever the purchase's version; returns the new row. */
export async function issueKeyPackInTransaction(tx: Prisma.TransactionClient, input: IssueKeyPackInput, now = new Date()): Promise<IssuedKeyPack> {
  const secrets = await getKeyPackSecrets(tx);
  let lineage: PackLineage | null = null;
  let version: number | undefined;
  if (input.entitlementId) {
    // Lock the purchase first, so the generation read next is still the next one when the pack is written.
    const [locked] = await tx.$queryRaw<{ lineNumber: number; version: number; issuesForTarget: boolean }[]>`
      SELECT e."lineNumber", e."version", ${issuesForTargetSql(Prisma.sql`e`, Prisma.sql`${input.targetLicenseServerId}`)} AS "issuesForTarget"
      FROM "Entitlement" e WHERE e."id" = ${input.entitlementId} FOR UPDATE OF e`;
    if (!locked) throw new Error(`Issuing a key pack: entitlement ${input.entitlementId} does not exist`);
    if (!locked.issuesForTarget) throw new PurchaseNotForThisServer(input.entitlementId);
    if (!input.beyondPurchase) {
      const [next] = await tx.$queryRaw<{ generation: number }[]>`
        SELECT ${nextGenerationSql(Prisma.sql`${input.entitlementId}`, Prisma.sql`${input.targetLicenseServerId}`)}::int AS "generation"`;
      lineage = { purchaseLine: locked.lineNumber, generation: next!.generation };
      version = locked.version;
    }
  }
  const pack = prepareKeyPack(input.beyondPurchase ? { ...input, entitlementId: null, sourceLicenseServerId: null } : input, secrets, lineage);
  const rows = await tx.$queryRaw<IssuedKeyPack[]>`WITH ${issueKeyPackCtes(pack, now, version)} SELECT * FROM ${ISSUED_PACK}`;
  if (!rows[0]) throw new Error(`Issuing a key pack: entitlement ${input.entitlementId} changed under its lock`);
  return rows[0];
}
