"use server";
// The request page's actions: Assign to me / Release, Approve and issue, Reject, add an internal note. Any
// staff member may. After a decision the answer names the next request waiting, which the page opens.
import { refresh } from "next/cache";
import { formAction } from "@/lib/actions/client";
import { staff } from "@/lib/actions/guards";
import { getDb } from "@/lib/db";
import { fail, ok, type ActionResult } from "@/lib/forms/action-result";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { nudgeMailSweep } from "@/lib/jobs/nudge";
import { approveAndIssue, assignToStaff, insertNote, nextWaitingReference, recordRejection, releaseAssignment, type DecisionOutcome } from "../decisions";
import { assignSchema, decisionSchema, noteSchema, rejectSchema } from "../schemas";

type Decided = ActionResult<{ message: string; next: string | null }>;

const UNREADABLE = "This request could not be read. Reload the page.";

async function answer(outcome: DecisionOutcome, requestId: string, message: () => string, staff: Parameters<typeof nextWaitingReference>[1]): Promise<Decided> {
  refresh();
  if (!outcome.ok) return outcome.field ? fail({ [outcome.field]: [outcome.message] }, outcome.message) : fail({}, outcome.message);
  nudgeMailSweep(); // the decision's e-mail, written in its transaction, leaves now
  return ok({ message: message(), next: await nextWaitingReference(await getDb(), staff, requestId) });
}

export const approveRequestForm = formAction({ name: "approveRequest", guard: staff, schema: decisionSchema, invalid: UNREADABLE }, async ({ ctx, input }) => {
  const { requestId, justification, takeOverFrom } = input;
  const outcome = await approveAndIssue(await getDb(), requestId, justification, ctx.staff, { takeOverFrom });
  return answer(outcome, requestId, () => `Approved. License key pack ID ${formatKeyPackId(outcome.ok ? (outcome.licenseKeyPackId ?? "") : "")} issued; the customer is told by e-mail and sees it on the status page.`, ctx.staff);
});

export const rejectRequestForm = formAction({ name: "rejectRequest", guard: staff, schema: rejectSchema }, async ({ ctx, input }) => {
  const outcome = await recordRejection(await getDb(), input.requestId, input.rejectionReason, ctx.staff, { takeOverFrom: input.takeOverFrom });
  return answer(outcome, input.requestId, () => "Rejected. The customer is told the reason by e-mail and on the status page.", ctx.staff);
});

export const assignRequestForm = formAction({ name: "assignRequest", guard: staff, schema: assignSchema, invalid: UNREADABLE }, async ({ ctx, input }): Promise<ActionResult<{ message: string }>> => {
  const outcome = await assignToStaff(await getDb(), input.requestId, ctx.staff, input.takeOverFrom);
  refresh();
  return outcome.ok ? ok({ message: "Assigned to you." }) : fail({}, outcome.message);
});

export const releaseRequestForm = formAction({ name: "releaseRequest", guard: staff, schema: assignSchema, invalid: UNREADABLE }, async ({ ctx, input }): Promise<ActionResult<{ message: string }>> => {
  const outcome = await releaseAssignment(await getDb(), input.requestId, ctx.staff);
  refresh();
  return outcome.ok ? ok({ message: "Released: anyone may take it." }) : fail({}, outcome.message);
});

export const addNoteForm = formAction({ name: "addNote", guard: staff, schema: noteSchema }, async ({ ctx, input }): Promise<ActionResult<{ message: string }>> => {
  const db = await getDb();
  const exists = await db.recoveryRequest.count({ where: { id: input.requestId } });
  if (!exists) return fail({}, "This request no longer exists.");
  await insertNote(db, input.requestId, input.body, ctx.staff);
  refresh();
  return ok({ message: "Note added." });
});
