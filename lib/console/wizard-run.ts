// What the Manage RDS CALs wizard's server actions share (the rebuild's in wizard-actions.ts, the migration's
// in migrate-actions.ts): the server and its open run, the check that the run may take a Next from a page,
// the landing after a replay, and the reading of a license key pack ID typed on Obtain Client License Key
// Pack. Not a "use server" module, so none of this is callable from a browser.
import "server-only";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { fail, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { isQueryableText } from "@/lib/forms/text";
import { decodeKeyPackId, type KeyPackPayload } from "@/lib/licensing/key-pack-id";
import { KEY_PACK_ID_FORMAT_MESSAGES } from "@/lib/licensing/key-pack-id-format";
import { getWizardContext } from "./queries";
import { KEY_PACK_MESSAGES } from "./key-pack-messages";
import { keyPackIdSchema } from "./wizard-schemas";
import { wizardHref } from "./urls";
import { canShow, landingAfterReplay, type StepChoice, type WizardStep } from "./wizard-steps";

export type Result = ActionResult<undefined>;

export async function context(serverId: string) {
  // The server id is bound by the page, but a client can post anything in its place.
  if (!isQueryableText(serverId)) redirect("/console");
  const ctx = await getWizardContext(serverId);
  if (!ctx) redirect("/console");
  return { ...ctx, db: await getDb() };
}

/** The open run, if it may take a Next from `step`; otherwise the request is sent on to where the run is. */
export async function runAt(serverId: string, step: WizardStep, choice?: StepChoice) {
  const { server, run, state, db } = await context(serverId);
  if (!run || !state || !canShow(state, step)) return redirectToRun(serverId, step, choice);
  return { server, run, state, db };
}

/** To the page the run is at now: after a Next it took, and after one it could not take (a replay, a second tab). */
export async function redirectToRun(serverId: string, submitted: WizardStep, choice?: StepChoice): Promise<never> {
  const { state } = await context(serverId);
  redirect(wizardHref(serverId, landingAfterReplay(state, submitted, choice)));
}

export { KEY_PACK_MESSAGES };

/** A typed license key pack ID, checked and decoded for this server offline; or the form's failure. */
export async function readKeyPackId(
  input: unknown,
  licenseServerId: string,
): Promise<{ ok: true; value: string; payload: KeyPackPayload } | { ok: false; failure: Result }> {
  const parsed = keyPackIdSchema.safeParse(input);
  if (!parsed.success) return { ok: false, failure: fail(zodFieldErrors(parsed.error)) };
  const db = await getDb();
  const decoded = decodeKeyPackId(parsed.data.licenseKeyPackId, licenseServerId, (await getKeyPackSecrets(db)).accepted);
  if (decoded.status === "mistyped") return { ok: false, failure: fail({ licenseKeyPackId: [KEY_PACK_ID_FORMAT_MESSAGES[decoded.error]] }) };
  if (decoded.status === "not-for-this-server") return { ok: false, failure: fail({ licenseKeyPackId: [KEY_PACK_MESSAGES.otherServer] }) };
  return { ok: true, value: decoded.value, payload: decoded.payload };
}
