// Submitting a Manage CALs draft: one transaction that re-validates every answer, applies the entitlement
// rules, issues a license key pack ID when they allow it, records the request and its audit entry.
// Idempotent per draft: RecoveryRequest.draftId is unique, so a second submit (double click, refresh,
// retry, two parallel posts) finds or collides with the first request and answers with it.
import "server-only";
import { recordAudit } from "@/lib/audit";
import type { FieldErrors } from "@/lib/forms/action-result";
import { zodFieldErrors } from "@/lib/forms/action-result";
import { canonicalCredential } from "@/lib/licensing/credentials";
import type { Database } from "@/lib/prisma-client";
import type { Prisma } from "@/generated/prisma/client";
import { evaluateRecovery, RECENT_RECOVERY_WINDOW_MS, type RecoveryDecision } from "./entitlement-rules";
import { issueKeyPackInTransaction } from "./issue-key-pack";
import { generateReference } from "./reference";
import { manageCalsSchema, type ManageCalsRequest } from "./schemas";
import { DRAFT_FIELDS, draftFormValues, type DraftColumns } from "./steps";

export type SubmitOutcome =
  | { kind: "submitted"; reference: string; created: boolean }
  | { kind: "invalid"; fieldErrors: FieldErrors }
  | { kind: "missing" };

const detailSelect = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, true])) as Record<(typeof DRAFT_FIELDS)[number], true>;

export async function submitDraft(db: Database, draftId: string, now = new Date()): Promise<SubmitOutcome> {
  const existing = await findSubmitted(db, draftId);
  if (existing) return existing;
  const draft = await db.manageCalsDraft.findUnique({ where: { id: draftId }, select: detailSelect });
  if (!draft) return { kind: "missing" };
  const parsed = manageCalsSchema.safeParse(draftFormValues(draft as DraftColumns));
  if (!parsed.success) return { kind: "invalid", fieldErrors: zodFieldErrors(parsed.error) };
  try {
    const reference = await db.$transaction((tx) => createRequest(tx, draftId, parsed.data, now));
    return { kind: "submitted", reference, created: true };
  } catch (error) {
    // The concurrent twin won the unique draftId (P2002, or the aborted transaction it causes): answer
    // with its request. Anything else is a real failure.
    const first = await findSubmitted(db, draftId);
    if (first) return first;
    throw error;
  }
}

async function findSubmitted(db: Database, draftId: string): Promise<SubmitOutcome | null> {
  const request = await db.recoveryRequest.findUnique({ where: { draftId }, select: { reference: true } });
  return request ? { kind: "submitted", reference: request.reference, created: false } : null;
}

async function createRequest(tx: Prisma.TransactionClient, draftId: string, request: ManageCalsRequest, now: Date): Promise<string> {
  const credential = canonicalCredential(request.licenseProgram, request);
  if (!credential) throw new Error("A validated request has no credential");
  const decision = await decide(tx, request, credential, now);
  const pack =
    decision.outcome === "ISSUE"
      ? await issueKeyPackInTransaction(
          tx,
          {
            targetLicenseServerId: request.targetLicenseServerId,
            calType: request.calType,
            licenseProgram: request.licenseProgram,
            quantity: request.quantity,
            entitlementId: decision.entitlementId,
          },
          now,
        )
      : null;
  const created = await tx.recoveryRequest.create({
    data: {
      ...request,
      reference: generateReference(),
      draftId,
      credential,
      status: pack ? "ISSUED" : "AWAITING_REVIEW",
      reviewReason: decision.outcome === "REVIEW" ? decision.reason : null,
      entitlementId: decision.entitlementId,
      issuedKeyPackId: pack?.id ?? null,
      createdAt: now,
    },
    select: { id: true, reference: true, status: true },
  });
  await recordAudit(tx, {
    actorLabel: "Web site visitor",
    action: pack ? "request.issued_at_once" : "request.filed_for_review",
    entityType: "RecoveryRequest",
    entityId: created.id,
    after: {
      reference: created.reference,
      status: created.status,
      targetLicenseServerId: request.targetLicenseServerId,
      licenseProgram: request.licenseProgram,
      calType: request.calType,
      quantity: request.quantity,
      reviewReason: decision.outcome === "REVIEW" ? decision.reason : null,
      licenseKeyPackId: pack?.licenseKeyPackId ?? null,
    },
  });
  return created.reference;
}

async function decide(tx: Prisma.TransactionClient, request: ManageCalsRequest, credential: string, now: Date): Promise<RecoveryDecision> {
  const entitlements = await tx.entitlement.findMany({
    where: { licenseProgram: request.licenseProgram, credential },
    select: { id: true, calType: true, quantity: true },
  });
  const match = entitlements.find((e) => e.calType === request.calType);
  // Lock the purchase so two recoveries for different servers cannot both take its last CALs.
  if (match) await tx.$queryRaw`SELECT id FROM "Entitlement" WHERE id = ${match.id} FOR UPDATE`;
  const activePacks = match
    ? await tx.issuedKeyPack.findMany({ where: { entitlementId: match.id, supersededAt: null }, select: { targetLicenseServerId: true, quantity: true } })
    : [];
  const recent = await tx.recoveryRequest.count({
    where: { targetLicenseServerId: request.targetLicenseServerId, createdAt: { gte: new Date(now.getTime() - RECENT_RECOVERY_WINDOW_MS) } },
  });
  const facts = entitlements.map((e) => ({ ...e, activePacks: e.id === match?.id ? activePacks : [] }));
  return evaluateRecovery(request, facts, recent);
}
