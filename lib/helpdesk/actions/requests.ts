"use server";
// The request page's actions: Approve and issue, Reject, add an internal note. Any staff member may.
import { refresh } from "next/cache";
import { getDb } from "@/lib/db";
import { fail, ok, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { requireStaff } from "@/lib/auth/guards";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { insertNote, approveAndIssue, recordRejection } from "../decisions";
import { decisionSchema, noteSchema, rejectSchema } from "../schemas";

export async function approveRequest(input: unknown): Promise<ActionResult<{ message: string }>> {
  const { staff } = await requireStaff();
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error), "This request could not be read. Reload the page.");
  const outcome = await approveAndIssue(await getDb(), parsed.data.requestId, staff);
  if (!outcome.ok) {
    refresh();
    return fail({}, outcome.message);
  }
  refresh();
  return ok({ message: `Approved. License key pack ID ${formatKeyPackId(outcome.licenseKeyPackId ?? "")} issued; the customer sees it on the status page.` });
}

export async function rejectRequest(input: unknown): Promise<ActionResult<{ message: string }>> {
  const { staff } = await requireStaff();
  const parsed = rejectSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const outcome = await recordRejection(await getDb(), parsed.data.requestId, parsed.data.rejectionReason, staff);
  refresh();
  if (!outcome.ok) return fail({}, outcome.message);
  return ok({ message: "Rejected. The customer sees your reason on the status page." });
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
