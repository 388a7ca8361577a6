// The submit transaction's statements, written as SQL. Each Prisma model call costs about 1 ms of CPU in
// the query compiler (Prisma 6.19, engineType "client": no plan cache), which capped the final submit at a
// seventh of the framework's floor; a raw statement costs about a third of that. So the submit makes four
// statements instead of ten model calls (docs/decisions/010-submission-throughput.md).
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { auditInsertSql, type AuditEntry } from "@/lib/audit";
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import type { ActivePack } from "./entitlement-rules";
import { DRAFT_FIELDS, type DraftColumns } from "./steps";
import type { ManageCalsRequest } from "./schemas";

type Runner = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

const draftColumns = Prisma.raw(DRAFT_FIELDS.map((f) => `d."${f}"`).join(", "));

/** The draft's answers and, once submitted, its request's reference: one read. */
export async function readDraftForSubmit(db: Runner, draftId: string): Promise<(DraftColumns & { reference: string | null }) | null> {
  const rows = await db.$queryRaw<(DraftColumns & { reference: string | null })[]>`
    SELECT ${draftColumns}, r."reference" FROM "ManageCalsDraft" d LEFT JOIN "RecoveryRequest" r ON r."draftId" = d."id" WHERE d."id" = ${draftId}`;
  return rows[0] ?? null;
}

export interface EntitlementRow {
  id: string;
  calType: CalType;
  quantity: number;
}

/**
 * Every purchase under the credential (any CAL type), locked until the transaction ends, so two recoveries
 * for different servers cannot both take a purchase's last CALs. Locked in id order: no deadlocks.
 */
export function lockEntitlements(tx: Runner, licenseProgram: LicenseProgram, credential: string) {
  return tx.$queryRaw<EntitlementRow[]>`
    SELECT "id", "calType"::text AS "calType", "quantity" FROM "Entitlement"
    WHERE "licenseProgram" = ${licenseProgram}::"LicenseProgram" AND "credential" = ${credential} ORDER BY "id" FOR UPDATE`;
}

/**
 * Read after the lock, in a statement of its own (so with a snapshot that sees what the previous holder of
 * the lock committed): the packs still counting against the purchase, and recent recoveries for the server.
 */
export async function recoveryFacts(tx: Runner, entitlementId: string | null, targetLicenseServerId: string, since: Date) {
  const rows = await tx.$queryRaw<{ recent: number; activePacks: ActivePack[] }[]>`
    SELECT
      (SELECT count(*)::int FROM "RecoveryRequest" WHERE "targetLicenseServerId" = ${targetLicenseServerId} AND "createdAt" >= ${since}::timestamp(3)) AS "recent",
      (SELECT coalesce(json_agg(json_build_object('targetLicenseServerId', "targetLicenseServerId", 'quantity', "quantity")), '[]'::json)
         FROM "IssuedKeyPack" WHERE "entitlementId" = ${entitlementId} AND "supersededAt" IS NULL) AS "activePacks"`;
  return rows[0]!;
}

export interface NewPack {
  id: string;
  licenseKeyPackId: string;
  serial: bigint;
  entitlementId: string;
}

export interface NewRequest {
  id: string;
  reference: string;
  draftId: string;
  status: "ISSUED" | "AWAITING_REVIEW";
  reviewReason: string | null;
  credential: string;
  entitlementId: string | null;
  answers: ManageCalsRequest;
}

/**
 * One statement: the previous pack for this purchase and server superseded, the new pack, the request and
 * its audit entry (foreign keys are checked at the end of the statement, when all rows exist).
 */
export function insertRequestRows(tx: Runner, request: NewRequest, pack: NewPack | null, audit: AuditEntry, now: Date) {
  const a = request.answers;
  const packCtes = pack
    ? Prisma.sql`
      superseded AS (
        UPDATE "IssuedKeyPack" SET "supersededAt" = ${now}::timestamp(3)
        WHERE "entitlementId" = ${pack.entitlementId} AND "targetLicenseServerId" = ${a.targetLicenseServerId} AND "supersededAt" IS NULL
      ),
      pack AS (
        INSERT INTO "IssuedKeyPack" ("id", "licenseKeyPackId", "serial", "targetLicenseServerId", "calType", "licenseProgram", "quantity", "entitlementId", "issuedAt")
        VALUES (${pack.id}, ${pack.licenseKeyPackId}, ${pack.serial}, ${a.targetLicenseServerId}, ${a.calType}::"CalType", ${a.licenseProgram}::"LicenseProgram",
                ${a.quantity}, ${pack.entitlementId}, ${now}::timestamp(3))
      ),`
    : Prisma.empty;
  return tx.$executeRaw`
    WITH ${packCtes}
    request AS (
      INSERT INTO "RecoveryRequest" ("id", "reference", "draftId", "status", "reviewReason", "targetLicenseServerId", "reasonForRecovery", "licenseProgram",
        "lastName", "firstName", "companyName", "countryRegion", "companyAddress", "email", "phone", "organizationalUnit", "licenseCode", "licenseNumber",
        "authorizationNumber", "agreementNumber", "credential", "calType", "quantity", "entitlementId", "issuedKeyPackId", "createdAt", "updatedAt")
      VALUES (${request.id}, ${request.reference}, ${request.draftId}, ${request.status}::"RecoveryStatus", ${request.reviewReason}, ${a.targetLicenseServerId},
        ${a.reasonForRecovery}, ${a.licenseProgram}::"LicenseProgram", ${a.lastName}, ${a.firstName}, ${a.companyName}, ${a.countryRegion}, ${a.companyAddress},
        ${a.email}, ${a.phone}, ${a.organizationalUnit}, ${a.licenseCode}, ${a.licenseNumber}, ${a.authorizationNumber}, ${a.agreementNumber},
        ${request.credential}, ${a.calType}::"CalType", ${a.quantity}, ${request.entitlementId}, ${pack?.id ?? null}, ${now}::timestamp(3), ${now}::timestamp(3))
    )
    ${auditInsertSql(audit)}`;
}

export const newId = randomUUID;
