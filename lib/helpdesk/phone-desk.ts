// The phone desk: a helpdesk agent takes a customer's call and enters what the caller reads out, with the
// web site's own rules. The agent first chooses the kind of call, one of the web site's Select Option options
// (lib/clearinghouse/select-options.ts). Each call form carries a call id made when the form was opened;
// the answers become a draft held by the agent and are submitted by the web site's own submit, so every
// call is decided, recorded and audited as the site's request of that kind is, by telephone:
// - Manage CALs and Install client access licenses: a ManageCalsDraft (option, takenById) submitted by
//   lib/clearinghouse/submit.ts as a request by telephone: the same decision, the same single statement. The
//   agent holds a request filed for review in the queue, so no other agent decides it while the caller waits.
// - Activate / Reactivate / Deactivate a license server: a ClearinghouseServerDraft (takenById) submitted by
//   lib/clearinghouse/server-flow-submit.ts with the Telephone method and the agent as the audited actor.
// Idempotent per call: a double click or a retry answers with the first request or result.
import "server-only";
import { z } from "zod";
import type { SqlRunner } from "@/lib/driver-sql";
import type { Database } from "@/lib/prisma-client";
import { zodFieldErrors, type FieldErrors } from "@/lib/forms/action-result";
import { Prisma } from "@/generated/prisma/client";
import { withPhoneCheck } from "@/lib/clearinghouse/company-schema";
import { draftRequestSchema, type ManageCalsRequest } from "@/lib/clearinghouse/request-schema";
import { SITE_OPTIONS } from "@/lib/clearinghouse/select-options";
import type { FlowAnswers, ServerFlow } from "@/lib/clearinghouse/server-flows";
import { readFlowCallDraft, recordFlowResult, submitFlowAnswers, writeFlowCallDraft, type FlowResult } from "@/lib/clearinghouse/server-flow-submit";
import { submitDraft } from "@/lib/clearinghouse/submit";
import { writeCallDraft } from "@/lib/clearinghouse/submit-sql";
import type { SiteOption } from "@/lib/clearinghouse/steps";
import { checkCredentialProgram, type ProgramChoice } from "@/lib/clearinghouse/wrong-program";
import { callFormSchemaWith, callKindSchema, callPartSchemas } from "./phone-desk-schema";

export { CALL_KIND_MESSAGE } from "./phone-desk-schema";

type RequestKind = keyof typeof SITE_OPTIONS;
const callIdSchema = z.uuid();

/** The call form's schema (phone-desk-schema.ts, which the form checks in the browser) with the phone number's check. */
const callFieldsSchema = callFormSchemaWith(withPhoneCheck);
const callParts = callPartSchemas(withPhoneCheck);

type Parsed<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

export type Call = { kind: RequestKind; request: ManageCalsRequest } | { kind: ServerFlow; answers: FlowAnswers };

/**
 * The form's values for the kind of call chosen (`callKind`); the other kinds' fields are ignored. A Manage
 * CALs or Install client access licenses call is checked as the web site's three pages check it, all at once,
 * then with the merged schema the submit uses; an Activate / Reactivate / Deactivate call with that flow's pages merged.
 */
export function parseCall(input: unknown): Parsed<Call> {
  const checked = callFieldsSchema.safeParse(input);
  if (!checked.success) return { ok: false, fieldErrors: zodFieldErrors(checked.error) };
  const kind = callKindSchema.parse((input as Record<string, unknown>).callKind);
  if (kind === "manage-cals" || kind === "install") {
    const all = draftRequestSchema(SITE_OPTIONS[kind]).safeParse(input);
    return all.success ? { ok: true, value: { kind, request: all.data } } : { ok: false, fieldErrors: zodFieldErrors(all.error) };
  }
  const parsed = callParts[kind].safeParse(input);
  return parsed.success ? { ok: true, value: { kind, answers: parsed.data } } : { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
}

export type CallOutcome =
  | { kind: "issued"; reference: string; licenseKeyPackId: string }
  | { kind: "review"; reference: string; reviewReason: string | null }
  | { kind: "license-server-id"; flow: "activate" | "reactivate"; licenseServerId: string; alreadyActive: boolean }
  | { kind: "confirmation-code"; confirmationCode: string }
  | { kind: "refused"; message?: string; fieldErrors?: FieldErrors; switchTo?: ProgramChoice[] };

export const CALL_HELD_ELSEWHERE = "This call form was opened by another agent or belongs to a web site visitor: open a new call.";
export const CALL_ANSWERED_AS_OTHER_KIND = "This call was already answered as another kind of call: take the next call.";
const UNREADABLE_CALL = "This call form could not be read. Open a new call.";

/** Takes the call: submitted by the web site's own submit of its kind, by telephone, by this agent. */
export async function takeCall(db: Database, sql: SqlRunner, agent: { id: string; email: string }, callId: string, call: Call, now = new Date()): Promise<CallOutcome> {
  if (!callIdSchema.safeParse(callId).success) return { kind: "refused", message: UNREADABLE_CALL };
  return "request" in call
    ? takeRequestCall(db, sql, agent, callId, SITE_OPTIONS[call.kind], call.request, now)
    : takeServerCall(db, sql, agent, callId, call.kind, call.answers);
}

/** One call id is one call: an id already answered in the other table is not submitted again as another kind. */
async function answeredAsOtherKind(sql: SqlRunner, callId: string, table: "ClearinghouseServerDraft" | "RecoveryRequest"): Promise<boolean> {
  const rows = await sql.query<{ found: number }>(
    table === "RecoveryRequest"
      ? Prisma.sql`SELECT 1 AS "found" FROM "RecoveryRequest" WHERE "draftId" = ${callId}`
      : Prisma.sql`SELECT 1 AS "found" FROM "ClearinghouseServerDraft" WHERE "id" = ${callId} AND "recordId" IS NOT NULL`,
  );
  return rows.length > 0;
}

async function takeRequestCall(db: Database, sql: SqlRunner, agent: { id: string; email: string }, callId: string, option: SiteOption, request: ManageCalsRequest, now: Date): Promise<CallOutcome> {
  if (await answeredAsOtherKind(sql, callId, "ClearinghouseServerDraft")) return { kind: "refused", message: CALL_ANSWERED_AS_OTHER_KIND };
  // A credential of another License Program, as on the web site's purchase page: the agent switches it while
  // the caller is on the line, instead of filing a request for review.
  const wrong = await checkCredentialProgram(db, request.licenseProgram, request);
  if (wrong) return { kind: "refused", fieldErrors: { [wrong.field]: [wrong.message] }, switchTo: wrong.programs };
  if (!(await writeCallDraft(sql, callId, agent.id, option, request, now))) return { kind: "refused", message: CALL_HELD_ELSEWHERE };
  const outcome = await submitDraft(sql, callId, now, { channel: "TELEPHONE", agent });
  // The submit's own checks (an installation's target server): shown against their fields.
  if (outcome.kind === "invalid") return { kind: "refused", fieldErrors: outcome.fieldErrors };
  if (outcome.kind !== "submitted") return { kind: "refused", message: "The call's answers could not be submitted. Check them and submit again." };
  const rows = await sql.query<{ status: string; reviewReason: string | null; licenseKeyPackId: string | null; takenById: string | null }>(Prisma.sql`
    SELECT r."status", r."reviewReason", p."licenseKeyPackId", r."takenById"
    FROM "RecoveryRequest" r LEFT JOIN "IssuedKeyPack" p ON p."id" = r."issuedKeyPackId" WHERE r."reference" = ${outcome.reference}`);
  const row = rows[0];
  if (!row || row.takenById !== agent.id) return { kind: "refused", message: CALL_HELD_ELSEWHERE };
  if (row.licenseKeyPackId) return { kind: "issued", reference: outcome.reference, licenseKeyPackId: row.licenseKeyPackId };
  return { kind: "review", reference: outcome.reference, reviewReason: row.reviewReason };
}

function flowOutcome(flow: ServerFlow, result: FlowResult): CallOutcome {
  if (flow === "deactivate" && result.confirmationCode) return { kind: "confirmation-code", confirmationCode: result.confirmationCode };
  if (flow !== "deactivate" && result.licenseServerId) return { kind: "license-server-id", flow, licenseServerId: result.licenseServerId, alreadyActive: result.alreadyActive ?? false };
  throw new Error(`A ${flow} call's stored result has nothing to read back`);
}

async function takeServerCall(db: Database, sql: SqlRunner, agent: { id: string; email: string }, callId: string, flow: ServerFlow, answers: FlowAnswers): Promise<CallOutcome> {
  if (await answeredAsOtherKind(sql, callId, "RecoveryRequest")) return { kind: "refused", message: CALL_ANSWERED_AS_OTHER_KIND };
  const draft = await writeFlowCallDraft(db, callId, agent.id, flow, answers);
  if (draft?.takenById !== agent.id) return { kind: "refused", message: CALL_HELD_ELSEWHERE };
  // Submitted before (a double click, a retry): the first answer, whatever was posted this time.
  if (draft.result) return flowOutcome(draft.flow, draft.result);
  const outcome = await submitFlowAnswers(db, flow, callId, answers, { channel: "TELEPHONE", agent });
  if ("error" in outcome) return { kind: "refused", fieldErrors: { [outcome.field]: [outcome.error] } };
  await recordFlowResult(db, callId, outcome);
  // Of two submits at once, the result stored first is the one both read back.
  const stored = await readFlowCallDraft(db, callId);
  return stored?.result ? flowOutcome(stored.flow, stored.result) : flowOutcome(flow, outcome.result);
}
