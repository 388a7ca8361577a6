// Submitting a Manage CALs draft: re-validates every answer, applies the entitlement rules, issues a license
// key pack ID when they allow it, records the request and its audit entry. One read, then one write that
// is all or nothing (a single statement), with the purchase's version checked instead of a lock: a write
// that finds it changed writes nothing and the submit decides again on fresh facts (docs/decisions/011).
// Idempotent per draft: RecoveryRequest.draftId is unique, so a second submit (double click, refresh,
// retry, two parallel posts) finds or collides with the first request and answers with it.
import "server-only";
import type { FieldErrors } from "@/lib/forms/action-result";
import { zodFieldErrors } from "@/lib/forms/action-result";
import { canonicalCredential, openLicenseCredential } from "@/lib/licensing/credentials";
import type { SqlRunner } from "@/lib/driver-sql";
import { evaluateRecovery, RECENT_RECOVERY_WINDOW_MS } from "./entitlement-rules";
import { prepareKeyPack } from "./issue-key-pack";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { generateReference } from "./new-reference";
import { draftRequestSchema, type ManageCalsRequest } from "./request-schema";
import { checkInstallationTarget } from "./target-server";
import { draftFormValues } from "./steps";
import { composeMail } from "@/lib/mail/messages";
import { nudgeMailSweep } from "@/lib/jobs/nudge";
import { insertRequestRows, newId, readOtherPrograms, readRecoveryFacts, readSubmission, referenceOfDraft, type NewMail, type NewPack, type RecoveryFacts, type SubmissionRead } from "./submit-sql";

/**
 * Tries before giving up when the purchase keeps changing under the submit (each try reads afresh). Each
 * round of a race on one purchase has a winner, so N submitters at once need at most N tries; a short
 * random pause after a lost round spreads the retries out.
 */
const ATTEMPTS = 200;
const pauseAfterLostRound = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(attempt, 20)));

export type SubmitOutcome =
  | { kind: "submitted"; reference: string; created: boolean }
  | { kind: "invalid"; fieldErrors: FieldErrors }
  | { kind: "missing" };

/** Who sends a request: a web site visitor (the default), or a helpdesk agent taking a call at the phone desk. */
export type RequestOrigin = { channel: "WEB" } | { channel: "TELEPHONE"; agent: { id: string; email: string } };

const FROM_THE_WEB_SITE: RequestOrigin = { channel: "WEB" };

export async function submitDraft(sql: SqlRunner, draftId: string, now = new Date(), origin: RequestOrigin = FROM_THE_WEB_SITE): Promise<SubmitOutcome> {
  const since = new Date(now.getTime() - RECENT_RECOVERY_WINDOW_MS);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const draft = await readSubmission(sql, draftId, since);
    if (!draft) return { kind: "missing" };
    if (draft.reference) return { kind: "submitted", reference: draft.reference, created: false };
    const parsed = draftRequestSchema(draft.option).safeParse(draftFormValues(draft));
    if (!parsed.success) return { kind: "invalid", fieldErrors: zodFieldErrors(parsed.error) };
    if (draft.option === "INSTALL_CALS") {
      const target = await checkInstallationTarget(sql, parsed.data.targetLicenseServerId);
      if (target) return { kind: "invalid", fieldErrors: { targetLicenseServerId: [target.message] } };
    }
    try {
      const reference = await writeRequest(sql, draft, draftId, parsed.data, since, now, origin);
      if (reference) return { kind: "submitted", reference, created: true };
    } catch (error) {
      // The concurrent twin won the unique draftId: answer with its request. Anything else is a real failure.
      const first = await referenceOfDraft(sql, draftId);
      if (first) return { kind: "submitted", reference: first, created: false };
      throw error;
    }
    // The purchase changed between the read and the write (or the twin issued first): read and decide again.
    await pauseAfterLostRound(attempt);
  }
  throw new Error(`Submitting draft ${draftId}: the purchase kept changing; gave up after ${ATTEMPTS} tries`);
}

/** Decides and writes; the reference, or null when the purchase changed since `draft` was read. */
async function writeRequest(sql: SqlRunner, draft: SubmissionRead, draftId: string, request: ManageCalsRequest, since: Date, now: Date, origin: RequestOrigin): Promise<string | null> {
  const credential = canonicalCredential(request.licenseProgram, request);
  if (!credential) throw new Error("A validated request has no credential");
  const facts = await factsFor(sql, draft, request, credential, since);
  const entitlements = facts.entitlements.filter((e) => e.credential === credential);
  // An installation recovers nothing: the rule on recent recoveries for one server is not its.
  const recent = draft.option === "INSTALL_CALS" ? 0 : facts.recent;
  const otherPrograms = entitlements.length === 0 ? await readOtherPrograms(sql, request.licenseProgram, credential) : [];
  const decision = evaluateRecovery(request, entitlements, recent, { otherPrograms });
  const match = entitlements.find((e) => e.id === decision.entitlementId);
  const issue: NewPack | null =
    decision.outcome === "ISSUE" && match
      ? {
          pack: prepareKeyPack({ ...request, entitlementId: match.id }, await getKeyPackSecrets(sql), { purchaseLine: match.lineNumber, generation: match.nextGeneration }),
          entitlementVersion: match.version,
        }
      : null;
  const id = newId();
  const reference = generateReference();
  const agent = origin.channel === "TELEPHONE" ? origin.agent : null;
  const status = issue ? "ISSUED" : "AWAITING_REVIEW";
  const reviewReason = decision.outcome === "REVIEW" ? decision.reason : null;
  const mail: NewMail | null =
    status === "AWAITING_REVIEW" && request.email ? { id: newId(), kind: "filed_for_review", toAddress: request.email, ...composeMail("filed_for_review", { ...request, reference }) } : null;
  const written = await insertRequestRows(
    sql,
    { id, reference, draftId, option: draft.option, status, reviewReason, credential, entitlementId: decision.entitlementId, answers: request, takenById: agent?.id ?? null },
    issue,
    {
      actorId: agent?.id ?? null,
      actorLabel: agent ? agent.email : "Web site visitor",
      action: `${agent ? "call" : "request"}.${issue ? "issued_at_once" : "filed_for_review"}`,
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
        option: draft.option,
        licenseKeyPackId: issue?.pack.licenseKeyPackId ?? null,
      },
    },
    now,
    mail,
  );
  if (written && mail) nudgeMailSweep();
  return written ? reference : null;
}

/**
 * The facts read with the draft hold for the validated answers when the saved columns already spell them
 * as the answers do (normalised: the pages save what their schemas return); otherwise read them for the
 * answers, so the decision never rests on a spelling difference.
 */
function factsFor(sql: SqlRunner, draft: SubmissionRead, request: ManageCalsRequest, credential: string, since: Date): RecoveryFacts | Promise<RecoveryFacts> {
  const savedCredentials = [draft.licenseCode, openLicenseCredential(draft.licenseNumber, draft.authorizationNumber), draft.agreementNumber];
  const sameAnswers =
    draft.licenseProgram === request.licenseProgram && draft.targetLicenseServerId === request.targetLicenseServerId && savedCredentials.includes(credential);
  return sameAnswers ? draft : readRecoveryFacts(sql, request.licenseProgram, credential, request.targetLicenseServerId, since);
}
