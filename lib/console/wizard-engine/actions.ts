// What the Manage RDS CALs wizard's server actions share (the rebuild's in wizard-actions.ts, the migration's
// in migrate-actions.ts): the server and its open run, the check that the run may take a Next from a page,
// and the landing after a replay (a typed license key pack ID is read by install-key-pack.ts). Not a "use server" module, so none of this is callable from a browser.
import "server-only";
import { continueTo } from "@/lib/forms/continue-to";
import { getDb } from "@/lib/db";
import { type ActionResult } from "@/lib/forms/action-result";
import { isQueryableText } from "@/lib/forms/text";
import { getWizardContext } from "./queries";
import { KEY_PACK_MESSAGES } from "./key-pack-messages";
import { wizardHref } from "./urls";
import { canShow, landingAfterReplay, type StepChoice, type WizardStep } from "./wizard-steps";

export type Result = ActionResult<undefined>;

export async function context(serverId: string) {
  // The server id is bound by the page, but a client can post anything in its place.
  if (!isQueryableText(serverId)) continueTo("/console");
  const ctx = await getWizardContext(serverId);
  if (!ctx) continueTo("/console");
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
  continueTo(wizardHref(serverId, landingAfterReplay(state, submitted, choice)));
}

export { KEY_PACK_MESSAGES };

