// Submitting a Manage CALs draft: one transaction that re-validates every answer, applies the entitlement
// rules, issues a license key pack ID when they allow it, records the request and its audit entry.
// Idempotent per draft: RecoveryRequest.draftId is unique, so a second submit (double click, refresh,
// retry, two parallel posts) finds or collides with the first request and answers with it.
// The statements are SQL (submit-sql.ts): four per submission, for throughput (docs/decisions/010).
import "server-only";
import type { FieldErrors } from "@/lib/forms/action-result";
import { zodFieldErrors } from "@/lib/forms/action-result";
import { canonicalCredential } from "@/lib/licensing/credentials";
import type { Database } from "@/lib/prisma-client";
import type { Prisma } from "@/generated/prisma/client";
import { evaluateRecovery, RECENT_RECOVERY_WINDOW_MS, type RecoveryDecision } from "./entitlement-rules";
import { prepareKeyPack } from "./issue-key-pack";
import { generateReference } from "./reference";
import { manageCalsSchema, type ManageCalsRequest } from "./schemas";
import { draftFormValues } from "./steps";
import { insertRequestRows, lockEntitlements, newId, readDraftForSubmit, recoveryFacts, type NewPack } from "./submit-sql";

export type SubmitOutcome =
  | { kind: "submitted"; reference: string; created: boolean }
  | { kind: "invalid"; fieldErrors: FieldErrors }
  | { kind: "missing" };

export async function submitDraft(db: Database, draftId: string, now = new Date()): Promise<SubmitOutcome> {
  const draft = await readDraftForSubmit(db, draftId);
  if (!draft) return { kind: "missing" };
  if (draft.reference) return { kind: "submitted", reference: draft.reference, created: false };
  const parsed = manageCalsSchema.safeParse(draftFormValues(draft));
  if (!parsed.success) return { kind: "invalid", fieldErrors: zodFieldErrors(parsed.error) };
  try {
    const reference = await db.$transaction((tx) => createRequest(tx, draftId, parsed.data, now));
    return { kind: "submitted", reference, created: true };
  } catch (error) {
    // The concurrent twin won the unique draftId (a unique violation, or the aborted transaction it
    // causes): answer with its request. Anything else is a real failure.
    const first = await db.recoveryRequest.findUnique({ where: { draftId }, select: { reference: true } });
    if (first) return { kind: "submitted", reference: first.reference, created: false };
    throw error;
  }
}

async function createRequest(tx: Prisma.TransactionClient, draftId: string, request: ManageCalsRequest, now: Date): Promise<string> {
  const credential = canonicalCredential(request.licenseProgram, request);
  if (!credential) throw new Error("A validated request has no credential");
  const decision = await decide(tx, request, credential, now);
  const pack: NewPack | null =
    decision.outcome === "ISSUE"
      ? { id: newId(), entitlementId: decision.entitlementId, ...prepareKeyPack({ ...request, entitlementId: decision.entitlementId }) }
      : null;
  const id = newId();
  const reference = generateReference();
  const status = pack ? "ISSUED" : "AWAITING_REVIEW";
  const reviewReason = decision.outcome === "REVIEW" ? decision.reason : null;
  await insertRequestRows(
    tx,
    { id, reference, draftId, status, reviewReason, credential, entitlementId: decision.entitlementId, answers: request },
    pack,
    {
      actorLabel: "Web site visitor",
      action: pack ? "request.issued_at_once" : "request.filed_for_review",
      entityType: "RecoveryRequest",
      entityId: id,
      after: {
        reference,
        status,
        targetLicenseServerId: request.targetLicenseServerId,
        licenseProgram: request.licenseProgram,
        calType: request.calType,
        quantity: request.quantity,
        reviewReason,
        licenseKeyPackId: pack?.licenseKeyPackId ?? null,
      },
    },
    now,
  );
  return reference;
}

async function decide(tx: Prisma.TransactionClient, request: ManageCalsRequest, credential: string, now: Date): Promise<RecoveryDecision> {
  const entitlements = await lockEntitlements(tx, request.licenseProgram, credential);
  const match = entitlements.find((e) => e.calType === request.calType);
  const facts = await recoveryFacts(tx, match?.id ?? null, request.targetLicenseServerId, new Date(now.getTime() - RECENT_RECOVERY_WINDOW_MS));
  const withPacks = entitlements.map((e) => ({ ...e, activePacks: e.id === match?.id ? facts.activePacks : [] }));
  return evaluateRecovery(request, withPacks, facts.recent);
}
