// The submit of Activate / Reactivate / Deactivate a license server: a draft's answers to the Clearinghouse's
// record (server-records.ts), and the result stored on the draft. The web site's verify page and the phone
// desk's call of that kind (lib/helpdesk/phone-desk.ts) both come here, so both give the same IDs and codes
// with the same words; only the connection method recorded and who is audited differ (`origin`).
import "server-only";
import type { Database } from "@/lib/prisma-client";
import type { RequestOrigin } from "./submit";
import { activateProductId, deactivateProductId, reactivateProductId, type RecordActor } from "./server-records";
import { readFlowAnswers, type FlowAnswers, type ServerFlow } from "./server-flows";

const VISITOR = "Web site visitor";

export const NOT_ACTIVE =
  "The Microsoft Clearinghouse has no active license server with this Product ID. Check the Product ID; a license server that was never activated, or was deactivated, is activated with Activate a license server.";
export const WRONG_LICENSE_SERVER_ID =
  "This Product ID is activated with another License Server ID. Check the License Server ID against the console's License Server Deactivation page.";

export type FlowResult = NonNullable<FlowAnswers["result"]>;
/** A refusal names the answer it is about, so a form that shows that field can put it there. */
export type FlowSubmitOutcome = { error: string; field: "productId" | "licenseServerId" } | { recordId: string; result: FlowResult };

/**
 * Issues (or gives back) the License Server ID, or the confirmation code, for answers that passed the flow's
 * schemas. `draftId` is the reactivation's request key: one draft submitted twice issues once.
 */
export async function submitFlowAnswers(db: Database, flow: ServerFlow, draftId: string, a: FlowAnswers, origin: RequestOrigin): Promise<FlowSubmitOutcome> {
  const productId = a.productId!;
  const method = origin.channel === "TELEPHONE" ? "TELEPHONE" : "WEB_BROWSER";
  const actor: RecordActor = origin.channel === "TELEPHONE" ? origin.agent : VISITOR;
  if (flow === "activate") {
    const outcome = await activateProductId(
      db,
      { productId, method, firstName: a.firstName!, lastName: a.lastName!, company: a.companyName!, countryRegion: a.countryRegion!, email: a.email, companyAddress: a.companyAddress, organizationalUnit: a.organizationalUnit },
      actor,
    );
    return { recordId: productId, result: { licenseServerId: outcome.licenseServerId, alreadyActive: outcome.alreadyActive } };
  }
  if (flow === "reactivate") {
    const outcome = await reactivateProductId(db, { productId, reason: a.reason!, method, requestKey: draftId }, actor);
    if (outcome.kind === "not-active") return { error: NOT_ACTIVE, field: "productId" };
    return { recordId: productId, result: { licenseServerId: outcome.licenseServerId } };
  }
  const outcome = await deactivateProductId(db, { productId, licenseServerId: a.licenseServerId!, contactName: a.contactName!, contactEmail: a.contactEmail!, contactPhone: a.contactPhone ?? null, method }, actor);
  if (outcome.kind === "not-active") return { error: NOT_ACTIVE, field: "productId" };
  if (outcome.kind === "wrong-license-server-id") return { error: WRONG_LICENSE_SERVER_ID, field: "licenseServerId" };
  return { recordId: productId, result: { confirmationCode: outcome.confirmationCode } };
}

/**
 * Stores the result on the draft, once: of two submits of one draft the second stores nothing (`recordId IS
 * NULL`), and both then read the first's result.
 */
export async function recordFlowResult(db: Database, draftId: string, outcome: { recordId: string; result: FlowResult }): Promise<void> {
  await db.$executeRaw`UPDATE "ClearinghouseServerDraft" SET "answers" = "answers" || ${JSON.stringify({ result: outcome.result })}::jsonb, "recordId" = ${outcome.recordId}, "updatedAt" = now() WHERE "id" = ${draftId} AND "recordId" IS NULL`;
}

/** A phone desk call's draft as read back: who holds it, and its result once submitted. */
export interface FlowCallDraft {
  takenById: string | null;
  flow: ServerFlow;
  result: FlowResult | null;
}

/**
 * The phone desk's draft for a call of these kinds (`callId`, made when the agent opened the call form):
 * written with the answers, or rewritten by the same agent while nothing was submitted from it, as
 * `writeCallDraft` does for Manage CALs calls (submit-sql.ts). A visitor's draft and another agent's are
 * left alone. Returns the draft as it now is, so only its holder submits it and a submitted one answers
 * with its first result.
 */
export async function writeFlowCallDraft(db: Database, callId: string, agentId: string, flow: ServerFlow, answers: FlowAnswers): Promise<FlowCallDraft | null> {
  await db.$executeRaw`
    INSERT INTO "ClearinghouseServerDraft" ("id", "flow", "answers", "takenById", "createdAt", "updatedAt")
    VALUES (${callId}, ${flow}, ${JSON.stringify(answers)}::jsonb, ${agentId}, now(), now())
    ON CONFLICT ("id") DO UPDATE SET "flow" = EXCLUDED."flow", "answers" = EXCLUDED."answers", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "ClearinghouseServerDraft"."takenById" = EXCLUDED."takenById" AND "ClearinghouseServerDraft"."recordId" IS NULL`;
  return readFlowCallDraft(db, callId);
}

export async function readFlowCallDraft(db: Database, callId: string): Promise<FlowCallDraft | null> {
  const row = await db.clearinghouseServerDraft.findUnique({ where: { id: callId }, select: { takenById: true, flow: true, answers: true, recordId: true } });
  if (!row) return null;
  const answers = readFlowAnswers(row.answers);
  return { takenById: row.takenById, flow: row.flow as ServerFlow, result: row.recordId ? (answers.result ?? null) : null };
}
