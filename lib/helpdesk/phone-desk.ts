// The phone desk: a helpdesk agent takes a customer's call and enters what the caller reads out, with the
// web site's own rules. Each call form carries a call id made when the form was opened; the answers become
// a Manage CALs draft held by the agent (ManageCalsDraft.takenById) and are submitted by the web site's own
// submit (lib/clearinghouse/submit.ts) as a request by telephone: the same decision, the same single
// statement, idempotent per call (a double click or a retry answers with the first request). The agent
// holds the request in the queue, so no other agent decides it while the caller waits.
import "server-only";
import { z } from "zod";
import type { SqlRunner } from "@/lib/driver-sql";
import { zodFieldErrors, type FieldErrors } from "@/lib/forms/action-result";
import { Prisma } from "@/generated/prisma/client";
import { companyShape, withPhoneCheck } from "@/lib/clearinghouse/company-schema";
import { manageCalsSchema, type ManageCalsRequest } from "@/lib/clearinghouse/request-schema";
import { licenseServerShape, purchaseStepSchema } from "@/lib/clearinghouse/schemas";
import { submitDraft } from "@/lib/clearinghouse/submit";
import { writeCallDraft } from "@/lib/clearinghouse/submit-sql";

const callIdSchema = z.uuid();
const firstPartSchema = withPhoneCheck(z.object({ ...licenseServerShape, ...companyShape }));

/**
 * A rebuild call's answers, checked as the web site's three pages check them, all at once: every field's
 * error shows together (the purchase fields once the License Program is known, as on the site).
 */
export function parseRebuildCall(input: unknown): { ok: true; value: ManageCalsRequest } | { ok: false; fieldErrors: FieldErrors } {
  const first = firstPartSchema.safeParse(input);
  const program = typeof input === "object" && input !== null ? licenseServerShape.licenseProgram.safeParse((input as Record<string, unknown>).licenseProgram) : null;
  const purchase = program?.success ? purchaseStepSchema(program.data).safeParse(input) : null;
  if (first.success && purchase?.success) {
    const all = manageCalsSchema.safeParse(input);
    if (all.success) return { ok: true, value: all.data };
    return { ok: false, fieldErrors: zodFieldErrors(all.error) };
  }
  return { ok: false, fieldErrors: { ...(first.success ? {} : zodFieldErrors(first.error)), ...(purchase && !purchase.success ? zodFieldErrors(purchase.error) : {}) } };
}

export type CallOutcome =
  | { kind: "issued"; reference: string; licenseKeyPackId: string }
  | { kind: "review"; reference: string; reviewReason: string | null }
  | { kind: "refused"; message: string };

export const CALL_HELD_ELSEWHERE = "This call form was opened by another agent or belongs to a web site visitor: open a new call.";

/** Takes the call: the request by telephone, decided at once where the rules allow. */
export async function takeRebuildCall(sql: SqlRunner, agent: { id: string; email: string }, callId: string, request: ManageCalsRequest, now = new Date()): Promise<CallOutcome> {
  if (!callIdSchema.safeParse(callId).success) return { kind: "refused", message: "This call form could not be read. Open a new call." };
  if (!(await writeCallDraft(sql, callId, agent.id, request, now))) return { kind: "refused", message: CALL_HELD_ELSEWHERE };
  const outcome = await submitDraft(sql, callId, now, { channel: "TELEPHONE", agent });
  if (outcome.kind !== "submitted") return { kind: "refused", message: "The call's answers could not be submitted. Check them and submit again." };
  const rows = await sql.query<{ status: string; reviewReason: string | null; licenseKeyPackId: string | null; takenById: string | null }>(Prisma.sql`
    SELECT r."status", r."reviewReason", p."licenseKeyPackId", r."takenById"
    FROM "RecoveryRequest" r LEFT JOIN "IssuedKeyPack" p ON p."id" = r."issuedKeyPackId" WHERE r."reference" = ${outcome.reference}`);
  const row = rows[0];
  if (!row || row.takenById !== agent.id) return { kind: "refused", message: CALL_HELD_ELSEWHERE };
  if (row.licenseKeyPackId) return { kind: "issued", reference: outcome.reference, licenseKeyPackId: row.licenseKeyPackId };
  return { kind: "review", reference: outcome.reference, reviewReason: row.reviewReason };
}
