// The submit's statements, written as SQL: two per submission, no transaction (docs/decisions/011).
// Each Prisma model call costs about 1 ms of CPU in the query compiler (Prisma 6.19, engineType "client":
// no plan cache), a raw one about 0.2 ms more than the driver itself, and an interactive transaction two
// more round trips. So the submit reads everything in one statement, decides in JavaScript, and writes in
// one statement that checks the purchase's version (optimistic concurrency) instead of locking it; both go
// straight to the driver adapter under the Prisma client (lib/driver-sql.ts), prepared once per connection.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { auditInsertSql, type AuditEntry } from "@/lib/audit";
import { prepared, type SqlRunner } from "@/lib/driver-sql";
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import { OPEN_LICENSE_SEPARATOR } from "@/lib/licensing/credentials";
import type { ActivePack } from "./entitlement-rules";
import { issueKeyPackCtes, ISSUED_PACK, issuesForTargetSql, nextGenerationSql, type PreparedKeyPack } from "./issue-key-pack";
import { DRAFT_FIELDS, type DraftColumns, type DraftField, type SiteOption } from "./steps";
import type { ManageCalsRequest } from "./request-schema";

const draftColumns = Prisma.raw(DRAFT_FIELDS.map((f) => `d."${f}"`).join(", "));

/** Values in `INSERT … SELECT` are untyped parameters, read as text: the answer columns that are not text. */
const ANSWER_CASTS: Partial<Record<DraftField, Prisma.Sql>> = {
  licenseProgram: Prisma.raw(`::"LicenseProgram"`),
  calType: Prisma.raw(`::"CalType"`),
  quantity: Prisma.raw(`::int`),
};
const answerColumns = Prisma.raw(DRAFT_FIELDS.map((f) => `"${f}"`).join(", "));
const answerValues = (answers: ManageCalsRequest) => Prisma.join(DRAFT_FIELDS.map((f) => Prisma.sql`${answers[f]}${ANSWER_CASTS[f] ?? Prisma.empty}`));

/** A purchase as the entitlement rules see it, with the version the write will check. */
interface EntitlementSnapshot {
  id: string;
  credential: string;
  calType: CalType;
  quantity: number;
  /** RDS CALs converted from its packs (Entitlement.convertedQuantity). */
  convertedQuantity: number;
  version: number;
  /** Entitlement.lineNumber and the generation the next pack for the request's server gets (docs/decisions/018-key-pack-generations.md). */
  lineNumber: number;
  nextGeneration: number;
  activePacks: ActivePack[];
  /** Whether it may issue for the request's target (issuesForTargetSql: a practice server's purchase only for it). */
  issuesForTarget: boolean;
}

/** What the decision needs: the purchases under a credential and the recent recoveries for the server. */
export interface RecoveryFacts {
  recent: number;
  entitlements: EntitlementSnapshot[];
}

/** The purchases matching `where` (on alias e), each with the packs still counting against it, as JSON. */
function entitlementsJson(where: Prisma.Sql, targetLicenseServerId: Prisma.Sql) {
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object(
      'id', e."id", 'credential', e."credential", 'calType', e."calType", 'quantity', e."quantity", 'convertedQuantity', e."convertedQuantity", 'version', e."version",
      'lineNumber', e."lineNumber", 'nextGeneration', ${nextGenerationSql(Prisma.sql`e."id"`, targetLicenseServerId)},
      'issuesForTarget', ${issuesForTargetSql(Prisma.sql`e`, targetLicenseServerId)},
      'activePacks', (SELECT coalesce(json_agg(json_build_object('targetLicenseServerId', p."targetLicenseServerId", 'quantity', p."countedQuantity")), '[]'::json)
                      FROM "IssuedKeyPack" p WHERE p."entitlementId" = e."id" AND p."supersededAt" IS NULL)) ORDER BY e."id"), '[]'::json)
    FROM "Entitlement" e WHERE ${where})`;
}

/**
 * Recoveries for the server within the window. A practice server's count as none: the rule guards real
 * license servers, and a trainee rebuilds the same practice server many times a day (issue 31).
 */
function recentJson(targetLicenseServerId: Prisma.Sql, since: Date) {
  return Prisma.sql`(SELECT count(*)::int FROM "RecoveryRequest" q WHERE q."targetLicenseServerId" = ${targetLicenseServerId} AND q."createdAt" >= ${since}::timestamp(3)
    AND NOT EXISTS (SELECT 1 FROM "LicenseServer" s WHERE s."licenseServerId" = q."targetLicenseServerId" AND s."practiceOwner" IS NOT NULL))`;
}

export type SubmissionRead = DraftColumns & { option: SiteOption; reference: string | null } & RecoveryFacts;

/**
 * One read: the draft's answers, its request's reference once submitted, and the facts for the answers as
 * saved. The draft keeps credentials normalised (the purchase page's schema), so the purchases are those
 * whose credential is one the saved fields can make; the caller keeps the one its validated answers make.
 */
export async function readSubmission(sql: SqlRunner, draftId: string, since: Date): Promise<SubmissionRead | null> {
  const rows = await sql.query<SubmissionRead>(prepared(Prisma.sql`
    SELECT ${draftColumns}, d."option", r."reference",
      ${recentJson(Prisma.sql`d."targetLicenseServerId"`, since)} AS "recent",
      ${entitlementsJson(Prisma.sql`e."licenseProgram" = d."licenseProgram"
        AND e."credential" IN (d."licenseCode", d."licenseNumber" || ${OPEN_LICENSE_SEPARATOR} || d."authorizationNumber", d."agreementNumber")`, Prisma.sql`d."targetLicenseServerId"`)} AS "entitlements"
    FROM "ManageCalsDraft" d LEFT JOIN "RecoveryRequest" r ON r."draftId" = d."id" WHERE d."id" = ${draftId}`));
  return rows[0] ?? null;
}

/** The reference of the request filed from this draft, if any. */
export async function referenceOfDraft(sql: SqlRunner, draftId: string): Promise<string | null> {
  const rows = await sql.query<{ reference: string }>(Prisma.sql`SELECT "reference" FROM "RecoveryRequest" WHERE "draftId" = ${draftId}`);
  return rows[0]?.reference ?? null;
}

/** The facts for answers the draft's saved columns do not spell as stored (one more read). */
export async function readRecoveryFacts(sql: SqlRunner, licenseProgram: LicenseProgram, credential: string, targetLicenseServerId: string, since: Date) {
  const rows = await sql.query<RecoveryFacts>(Prisma.sql`
    SELECT ${recentJson(Prisma.sql`${targetLicenseServerId}`, since)} AS "recent",
      ${entitlementsJson(Prisma.sql`e."licenseProgram" = ${licenseProgram}::"LicenseProgram" AND e."credential" = ${credential}`, Prisma.sql`${targetLicenseServerId}`)} AS "entitlements"`);
  return rows[0]!;
}

/**
 * The other License Programs with a purchase under this credential: read only when the chosen program has
 * none, to name the wrong-program trouble (entitlement-rules.ts).
 */
export async function readOtherPrograms(sql: SqlRunner, licenseProgram: LicenseProgram, credential: string): Promise<LicenseProgram[]> {
  const rows = await sql.query<{ licenseProgram: LicenseProgram }>(Prisma.sql`
    SELECT DISTINCT "licenseProgram" FROM "Entitlement" WHERE "credential" = ${credential} AND "licenseProgram" <> ${licenseProgram}::"LicenseProgram" ORDER BY 1`);
  return rows.map((r) => r.licenseProgram);
}

/** A pack the submit issues: prepared from the answers, with the purchase's version the decision read. */
export interface NewPack {
  pack: PreparedKeyPack;
  entitlementVersion: number;
}

export interface NewRequest {
  id: string;
  reference: string;
  draftId: string;
  option: SiteOption;
  status: "ISSUED" | "AWAITING_REVIEW";
  reviewReason: string | null;
  credential: string;
  entitlementId: string | null;
  answers: ManageCalsRequest;
  /** The agent who took the call (a request by telephone, which they also hold in the queue); null from the web site. */
  takenById: string | null;
}

/** The customer's "filed for review" e-mail (lib/mail/messages.ts), written to the outbox with the request. */
export interface NewMail {
  id: string;
  kind: string;
  toAddress: string;
  subject: string;
  body: string;
}

/**
 * One statement: the request and its audit entry and, when a pack is issued, the issue itself
 * (issue-key-pack.ts), conditional on the purchase's version still being the one read: a concurrent issue,
 * quantity change or approval bumped it, and then nothing is written (the caller reads again). A request
 * filed for review with an e-mail address gets its outbox message in the same statement, so the message
 * exists exactly when the request does (as a decision's does: lib/mail/outbox.ts). Returns whether the
 * rows were written. Foreign keys are checked at the end of the statement, when all rows exist.
 */
export async function insertRequestRows(sql: SqlRunner, request: NewRequest, issued: NewPack | null, audit: AuditEntry, now: Date, mail: NewMail | null = null): Promise<boolean> {
  const packCtes = issued ? Prisma.sql`${issueKeyPackCtes(issued.pack, now, issued.entitlementVersion)},` : Prisma.empty;
  const mailCte = mail
    ? Prisma.sql`, outbox AS (
      INSERT INTO "OutboxMessage" ("id", "requestId", "kind", "toAddress", "subject", "body", "nextAttemptAt", "createdAt")
      SELECT ${mail.id}, ${request.id}, ${mail.kind}, ${mail.toAddress}, ${mail.subject}, ${mail.body}, ${now}::timestamp(3), ${now}::timestamp(3) FROM request
    )`
    : Prisma.empty;
  const guard = issued ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM ${ISSUED_PACK})` : Prisma.empty;
  const written = await sql.execute(prepared(Prisma.sql`
    WITH ${packCtes}
    request AS (
      INSERT INTO "RecoveryRequest" ("id", "reference", "draftId", "option", "status", "reviewReason", ${answerColumns},
        "credential", "entitlementId", "issuedKeyPackId", "channel", "takenById", "assignedToId", "assignedAt", "createdAt", "updatedAt")
      SELECT ${request.id}, ${request.reference}, ${request.draftId}, ${request.option}::"SiteOption", ${request.status}::"RecoveryStatus", ${request.reviewReason}, ${answerValues(request.answers)},
        ${request.credential}, ${request.entitlementId}, ${issued?.pack.id ?? null}, ${request.takenById ? "TELEPHONE" : "WEB"}::"RequestChannel",
        ${request.takenById}, ${request.takenById}, ${request.takenById ? now : null}::timestamp(3), ${now}::timestamp(3), ${now}::timestamp(3)
      ${guard}
      RETURNING 1
    )${mailCte}
    ${auditInsertSql(audit, Prisma.sql`request`)}`));
  return written === 1;
}

export const newId = randomUUID;

/**
 * The phone desk's draft for a Manage CALs or Install client access licenses call (`option`; `callId`, made
 * when the agent opened the call form): written with the answers, or rewritten by the same agent while
 * nothing was submitted from it. Another agent's draft, and a web site visitor's, are left alone. Returns
 * whether `agentId` holds the draft, so only then is it submitted.
 */
export async function writeCallDraft(sql: SqlRunner, callId: string, agentId: string, option: SiteOption, answers: ManageCalsRequest, now: Date): Promise<boolean> {
  const updates = Prisma.raw(DRAFT_FIELDS.map((f) => `"${f}" = EXCLUDED."${f}"`).join(", "));
  await sql.execute(Prisma.sql`
    INSERT INTO "ManageCalsDraft" ("id", "option", "takenById", ${answerColumns}, "createdAt", "updatedAt")
    VALUES (${callId}, ${option}::"SiteOption", ${agentId}, ${answerValues(answers)}, ${now}::timestamp(3), ${now}::timestamp(3))
    ON CONFLICT ("id") DO UPDATE SET "option" = EXCLUDED."option", ${updates}, "updatedAt" = EXCLUDED."updatedAt"
    WHERE "ManageCalsDraft"."takenById" = EXCLUDED."takenById"
      AND NOT EXISTS (SELECT 1 FROM "RecoveryRequest" r WHERE r."draftId" = EXCLUDED."id")`);
  const rows = await sql.query<{ takenById: string | null }>(Prisma.sql`SELECT "takenById" FROM "ManageCalsDraft" WHERE "id" = ${callId}`);
  return rows[0]?.takenById === agentId;
}
