"use server";
// The request page's actions: Assign to me / Release, Approve and issue, Reject, add an internal note. Any
// staff member may. After a decision the answer names the next request waiting, which the page opens.
import { refresh } from "next/cache";
import { getDb } from "@/lib/db";
import { fail, ok, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { requireStaff } from "@/lib/auth/guards";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { nudgeMailSweep } from "@/lib/jobs/nudge";
import { approveAndIssue, assignToStaff, insertNote, nextWaitingReference, recordRejection, releaseAssignment, type DecisionOutcome } from "../decisions";
import { assignSchema, decisionSchema, noteSchema, rejectSchema } from "../schemas";
import { formState } from "@/lib/forms/form-state";

type Decided = ActionResult<{ message: string; next: string | null }>;

async function answer(outcome: DecisionOutcome, requestId: string, message: () => string, staff: Parameters<typeof nextWaitingReference>[1]): Promise<Decided> {
  refresh();
  if (!outcome.ok) return outcome.field ? fail({ [outcome.field]: [outcome.message] }, outcome.message) : fail({}, outcome.message);
  nudgeMailSweep(); // the decision's e-mail, written in its transaction, leaves now
  return ok({ message: message(), next: await nextWaitingReference(await getDb(), staff, requestId) });
}

export async function approveRequest(input: unknown): Promise<Decided> {
  const { staff } = await requireStaff();
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error), "This request could not be read. Reload the page.");
  const { requestId, justification, takeOverFrom } = parsed.data;
  const outcome = await approveAndIssue(await getDb(), requestId, justification, staff, { takeOverFrom });
  return answer(outcome, requestId, () => `Approved. License key pack ID ${formatKeyPackId(outcome.ok ? (outcome.licenseKeyPackId ?? "") : "")} issued; the customer is told by e-mail and sees it on the status page.`, staff);
}

export async function rejectRequest(input: unknown): Promise<Decided> {
  const { staff } = await requireStaff();
  const parsed = rejectSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const outcome = await recordRejection(await getDb(), parsed.data.requestId, parsed.data.rejectionReason, staff, { takeOverFrom: parsed.data.takeOverFrom });
  return answer(outcome, parsed.data.requestId, () => "Rejected. The customer is told the reason by e-mail and on the status page.", staff);
}

export async function assignRequest(input: unknown): Promise<ActionResult<{ message: string }>> {
  const { staff } = await requireStaff();
  const parsed = assignSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error), "This request could not be read. Reload the page.");
  const outcome = await assignToStaff(await getDb(), parsed.data.requestId, staff, parsed.data.takeOverFrom);
  refresh();
  return outcome.ok ? ok({ message: "Assigned to you." }) : fail({}, outcome.message);
}

export async function releaseRequest(input: unknown): Promise<ActionResult<{ message: string }>> {
  const { staff } = await requireStaff();
  const parsed = assignSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error), "This request could not be read. Reload the page.");
  const outcome = await releaseAssignment(await getDb(), parsed.data.requestId, staff);
  refresh();
  return outcome.ok ? ok({ message: "Released: anyone may take it." }) : fail({}, outcome.message);
}

export async function addNote(input: unknown): Promise<ActionResult<{ message: string }>> {
  const { staff } = await requireStaff();
  const parsed = noteSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const db = await getDb();
  const exists = await db.recoveryRequest.count({ where: { id: parsed.data.requestId } });
  if (!exists) return fail({}, "This request no longer exists.");
  await insertNote(db, parsed.data.requestId, parsed.data.body, staff);
  refresh();
  return ok({ message: "Note added." });
}

// The forms' actions (lib/forms/form-state.ts): what each page's <form> posts to.
export const approveRequestForm = formState(approveRequest);
export const rejectRequestForm = formState(rejectRequest);
export const assignRequestForm = formState(assignRequest);
export const releaseRequestForm = formState(releaseRequest);
export const addNoteForm = formState(addNote);
