// What staff do to a request: Assign to me / Release, Approve and issue, Reject, add an internal note. Each
// is one transaction with its audit entry. Deciding is a conditional update (status still AWAITING_REVIEW,
// and nobody else holds it unless the decider said to take it over), so when two staff click at the same
// moment exactly one wins and nothing is issued twice. The customer's e-mail is written in the same
// transaction (lib/mail/outbox.ts) and sent later, so a mail failure never undoes a decision.
import { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit";
import { issueKeyPackInTransaction, PurchaseNotForThisServer } from "@/lib/clearinghouse/issue-key-pack";
import { PRACTICE_PURCHASE_ELSEWHERE } from "@/lib/clearinghouse/entitlement-rules";
import type { StaffIdentity } from "@/lib/auth/sessions";
import { queueMail } from "@/lib/mail/outbox";
import { checkApproval, OVERRIDE_REASONS } from "./approval-check";
import { formatDateTime } from "@/lib/format/date";
import { statusLabel } from "./labels";
import { PRACTICE_SERVER } from "./queue-query";
import { entitlementUsage } from "./request-detail";

export type DecisionOutcome =
  | { ok: true; licenseKeyPackId?: string }
  | { ok: false; message: string; field?: "justification" };

export interface DecisionOptions {
  /** The assignee the decider saw and chose to decide over; without it a request someone else holds is refused. */
  takeOverFrom?: string;
  now?: Date;
}

/** Thrown inside a transaction to roll it back and answer with an outcome. */
class Refusal extends Error {
  constructor(readonly outcome: DecisionOutcome & { ok: false }) {
    super(outcome.message);
  }
}

async function refuse<T>(work: () => Promise<T>): Promise<T | DecisionOutcome> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return error.outcome;
    throw error;
  }
}

/** Who may decide: nobody holds the request, the decider does, or the decider takes it over from its holder. */
function holderCondition(actor: StaffIdentity, takeOverFrom?: string): Prisma.RecoveryRequestWhereInput {
  return { OR: [{ assignedToId: null }, { assignedToId: actor.id }, ...(takeOverFrom ? [{ assignedToId: takeOverFrom }] : [])] };
}

async function whyNot(tx: Prisma.TransactionClient, requestId: string): Promise<DecisionOutcome & { ok: false }> {
  const current = await tx.recoveryRequest.findUnique({
    where: { id: requestId },
    select: { status: true, decidedAt: true, decidedBy: { select: { name: true } }, assignedTo: { select: { name: true } } },
  });
  if (!current) return { ok: false, message: "This request no longer exists." };
  if (current.status === "AWAITING_REVIEW" && current.assignedTo) {
    return { ok: false, message: `${current.assignedTo.name} is working on this request now. Nothing was issued or changed; reload the page to decide over them.` };
  }
  const who = current.decidedBy ? ` by ${current.decidedBy.name}` : "";
  const when = current.decidedAt ? ` at ${formatDateTime(current.decidedAt)}` : "";
  return { ok: false, message: `This request was already decided${who}${when} (${statusLabel(current.status)}). Nothing was issued or changed.` };
}

export async function approveAndIssue(db: Database, requestId: string, justification: string, actor: StaffIdentity, options: DecisionOptions = {}): Promise<DecisionOutcome> {
  const now = options.now ?? new Date();
  return refuse(() =>
    db.$transaction(async (tx) => {
      const claimed = await tx.recoveryRequest.updateMany({
        where: { id: requestId, status: "AWAITING_REVIEW", ...holderCondition(actor, options.takeOverFrom) },
        data: { status: "APPROVED", decidedById: actor.id, decidedAt: now, assignedToId: null, assignedAt: null },
      });
      if (claimed.count === 0) return whyNot(tx, requestId);

      const request = await tx.recoveryRequest.findUniqueOrThrow({ where: { id: requestId } });
      // A purchase added after the request arrived still counts: look it up when the request has none.
      const entitlement = await tx.entitlement.findUnique({
        where: request.entitlementId
          ? { id: request.entitlementId }
          : { licenseProgram_credential_calType: { licenseProgram: request.licenseProgram, credential: request.credential, calType: request.calType } },
        select: { id: true, quantity: true, customerName: true },
      });
      let usage = { activeIssued: 0, activeForThisServer: 0 };
      if (entitlement) {
        // Lock the purchase first: two approvals against it check and issue one after the other.
        await tx.$executeRaw`SELECT 1 FROM "Entitlement" WHERE "id" = ${entitlement.id} FOR UPDATE`;
        usage = await entitlementUsage(tx, entitlement.id, request.targetLicenseServerId, request.sourceLicenseServerId);
      }
      const check = checkApproval(entitlement ? { ...entitlement, ...usage } : null, request);
      if (check.reasons.length > 0 && !justification) {
        throw new Refusal({
          ok: false,
          field: "justification",
          message: `Write why you approve anyway: ${check.reasons.map((r) => OVERRIDE_REASONS[r].toLowerCase()).join("; ")}. Nothing was issued.`,
        });
      }

      // Beyond what the purchase still covers, the CALs staff grant are not the purchase's: the pack names no
      // purchase (issue-key-pack.ts, beyondPurchase), so the RDS CALs installed from a purchase never exceed what it bought.
      const pack = await issueKeyPackInTransaction(
        tx,
        { targetLicenseServerId: request.targetLicenseServerId, calType: request.calType, licenseProgram: request.licenseProgram, quantity: request.quantity, entitlementId: entitlement?.id ?? null, sourceLicenseServerId: request.sourceLicenseServerId, beyondPurchase: check.reasons.includes("beyond_purchase") },
        now,
      ).catch((error: unknown) => {
        // A practice server's purchase for another server: the issuing function refuses it, and no justification overrides that.
        if (error instanceof PurchaseNotForThisServer) throw new Refusal({ ok: false, message: `${PRACTICE_PURCHASE_ELSEWHERE} Nothing was issued; reject the request.` });
        throw error;
      });
      await tx.recoveryRequest.update({ where: { id: requestId }, data: { issuedKeyPackId: pack.id, entitlementId: entitlement?.id ?? null } });
      await recordAudit(tx, {
        actorId: actor.id,
        actorLabel: actor.email,
        action: "request.approved",
        entityType: "RecoveryRequest",
        entityId: requestId,
        before: { status: "AWAITING_REVIEW", availableOnPurchase: entitlement ? check.availableBefore : null },
        after: { status: "APPROVED", licenseKeyPackId: pack.licenseKeyPackId, quantity: pack.quantity, availableOnPurchase: entitlement ? check.availableAfter : null, decidedAt: now.toISOString() },
      });
      if (check.reasons.length > 0) {
        await recordAudit(tx, {
          actorId: actor.id,
          actorLabel: actor.email,
          action: "request.override",
          entityType: "RecoveryRequest",
          entityId: requestId,
          after: { reasons: check.reasons, justification, purchaseCustomer: entitlement?.customerName ?? null, companyName: request.companyName, availableBefore: check.availableBefore, quantity: request.quantity },
        });
      }
      await queueMail(tx, request, "approved", { licenseKeyPackId: pack.licenseKeyPackId });
      return { ok: true as const, licenseKeyPackId: pack.licenseKeyPackId };
    }),
  );
}

export async function recordRejection(db: Database, requestId: string, reason: string, actor: StaffIdentity, options: DecisionOptions = {}): Promise<DecisionOutcome> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const claimed = await tx.recoveryRequest.updateMany({
      where: { id: requestId, status: "AWAITING_REVIEW", ...holderCondition(actor, options.takeOverFrom) },
      data: { status: "REJECTED", rejectionReason: reason, decidedById: actor.id, decidedAt: now, assignedToId: null, assignedAt: null },
    });
    if (claimed.count === 0) return whyNot(tx, requestId);
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "request.rejected",
      entityType: "RecoveryRequest",
      entityId: requestId,
      before: { status: "AWAITING_REVIEW", rejectionReason: null },
      after: { status: "REJECTED", rejectionReason: reason, decidedAt: now.toISOString() },
    });
    const request = await tx.recoveryRequest.findUniqueOrThrow({ where: { id: requestId } });
    await queueMail(tx, request, "rejected", { rejectionReason: reason });
    return { ok: true };
  });
}

/**
 * Assign to me: only while the request awaits review, and only when nobody else holds it, unless the caller
 * names the holder it saw (a deliberate take-over). Returns a message when refused.
 */
export async function assignToStaff(db: Database, requestId: string, actor: StaffIdentity, takeOverFrom?: string, now = new Date()): Promise<DecisionOutcome> {
  return db.$transaction(async (tx) => {
    const before = await tx.recoveryRequest.findUnique({ where: { id: requestId }, select: { assignedToId: true, assignedTo: { select: { name: true } } } });
    const taken = await tx.recoveryRequest.updateMany({
      where: { id: requestId, status: "AWAITING_REVIEW", ...holderCondition(actor, takeOverFrom) },
      data: { assignedToId: actor.id, assignedAt: now },
    });
    if (taken.count === 0) return whyNot(tx, requestId);
    if (before?.assignedToId !== actor.id) {
      await recordAudit(tx, {
        actorId: actor.id,
        actorLabel: actor.email,
        action: "request.assigned",
        entityType: "RecoveryRequest",
        entityId: requestId,
        before: { assignedTo: before?.assignedTo?.name ?? null },
        after: { assignedTo: actor.name },
      });
    }
    return { ok: true };
  });
}

export async function releaseAssignment(db: Database, requestId: string, actor: StaffIdentity): Promise<DecisionOutcome> {
  return db.$transaction(async (tx) => {
    const released = await tx.recoveryRequest.updateMany({ where: { id: requestId, assignedToId: actor.id }, data: { assignedToId: null, assignedAt: null } });
    if (released.count === 0) return { ok: false, message: "You do not hold this request (someone took it over, or it was decided)." };
    await recordAudit(tx, { actorId: actor.id, actorLabel: actor.email, action: "request.released", entityType: "RecoveryRequest", entityId: requestId, before: { assignedTo: actor.name }, after: { assignedTo: null } });
    return { ok: true };
  });
}

export async function insertNote(db: Database, requestId: string, body: string, actor: StaffIdentity) {
  return db.$transaction(async (tx) => {
    const note = await tx.requestNote.create({ data: { requestId, authorId: actor.id, body } });
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "request.note_added",
      entityType: "RecoveryRequest",
      entityId: requestId,
      after: { noteId: note.id, body },
    });
    return note;
  });
}

/** The next request waiting for someone: the oldest awaiting review that nobody else holds, not practice. */
export async function nextWaitingReference(db: Database, actor: StaffIdentity, exceptId: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ reference: string }[]>`
    SELECT r."reference" FROM "RecoveryRequest" r
    WHERE r."status" = 'AWAITING_REVIEW' AND r."id" <> ${exceptId} AND (r."assignedToId" IS NULL OR r."assignedToId" = ${actor.id})
      AND NOT ${PRACTICE_SERVER}
    ORDER BY r."createdAt" ASC, r."id" ASC LIMIT 1`;
  return rows[0]?.reference ?? null;
}
