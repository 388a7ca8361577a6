// What staff do to a request: Approve and issue, Reject, add an internal note. Each is one transaction
// with its audit entry. Deciding is a conditional update (status still AWAITING_REVIEW), so when two staff
// click at the same moment exactly one wins and nothing is issued twice.
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit";
import { issueKeyPackInTransaction } from "@/lib/clearinghouse/issue-key-pack";
import type { StaffIdentity } from "@/lib/auth/sessions";
import { statusLabel } from "./labels";
import { formatDateTime } from "@/lib/format/date";

export type DecisionOutcome = { ok: true; licenseKeyPackId?: string } | { ok: false; message: string };

async function alreadyDecided(tx: Prisma.TransactionClient, requestId: string): Promise<DecisionOutcome> {
  const current = await tx.recoveryRequest.findUnique({
    where: { id: requestId },
    select: { status: true, decidedAt: true, decidedBy: { select: { name: true } } },
  });
  if (!current) return { ok: false, message: "This request no longer exists." };
  const who = current.decidedBy ? ` by ${current.decidedBy.name}` : "";
  const when = current.decidedAt ? ` at ${formatDateTime(current.decidedAt)}` : "";
  return {
    ok: false,
    message: `This request was already decided${who}${when} (${statusLabel(current.status)}). Nothing was issued or changed.`,
  };
}

export async function approveAndIssue(db: Database, requestId: string, actor: StaffIdentity, now = new Date()): Promise<DecisionOutcome> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.recoveryRequest.updateMany({
      where: { id: requestId, status: "AWAITING_REVIEW" },
      data: { status: "APPROVED", decidedById: actor.id, decidedAt: now },
    });
    if (claimed.count === 0) return alreadyDecided(tx, requestId);

    const request = await tx.recoveryRequest.findUniqueOrThrow({ where: { id: requestId } });
    // A purchase added after the request arrived still counts: look it up when the request has none.
    const entitlementId =
      request.entitlementId ??
      (
        await tx.entitlement.findUnique({
          where: { licenseProgram_credential_calType: { licenseProgram: request.licenseProgram, credential: request.credential, calType: request.calType } },
          select: { id: true },
        })
      )?.id ??
      null;
    const pack = await issueKeyPackInTransaction(
      tx,
      { targetLicenseServerId: request.targetLicenseServerId, calType: request.calType, licenseProgram: request.licenseProgram, quantity: request.quantity, entitlementId },
      now,
    );
    await tx.recoveryRequest.update({ where: { id: requestId }, data: { issuedKeyPackId: pack.id, entitlementId } });
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "request.approved",
      entityType: "RecoveryRequest",
      entityId: requestId,
      before: { status: "AWAITING_REVIEW", issuedKeyPackId: null, decidedAt: null },
      after: { status: "APPROVED", issuedKeyPackId: pack.id, licenseKeyPackId: pack.licenseKeyPackId, quantity: pack.quantity, decidedAt: now.toISOString() },
    });
    return { ok: true, licenseKeyPackId: pack.licenseKeyPackId };
  });
}

export async function recordRejection(db: Database, requestId: string, reason: string, actor: StaffIdentity, now = new Date()): Promise<DecisionOutcome> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.recoveryRequest.updateMany({
      where: { id: requestId, status: "AWAITING_REVIEW" },
      data: { status: "REJECTED", rejectionReason: reason, decidedById: actor.id, decidedAt: now },
    });
    if (claimed.count === 0) return alreadyDecided(tx, requestId);
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "request.rejected",
      entityType: "RecoveryRequest",
      entityId: requestId,
      before: { status: "AWAITING_REVIEW", rejectionReason: null, decidedAt: null },
      after: { status: "REJECTED", rejectionReason: reason, decidedAt: now.toISOString() },
    });
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
