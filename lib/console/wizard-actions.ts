"use server";
// Server actions of the Manage RDS CALs wizard: validate with the page's schema, check the run may take a
// Next from this page (wizard-steps.ts), write through wizard-mutations.ts, then redirect. A Next for a page
// the run has already left is not an error: it lands where the run is (redirectToRun, landingAfterReplay).
import { continueTo } from "@/lib/forms/continue-to";
import { fail, zodFieldErrors } from "@/lib/forms/action-result";
import { actionSelectionSchema, confirmDeletionSchema, keyPackIdSchema, reasonSchema, reinstallAdditionalSchema } from "./wizard-schemas";
import { cancelWizardHref, consoleServerHref, wizardHref } from "./urls";
import {
  cancelRun,
  deleteInstalledCals,
  finishRun,
  moveAfterDeletion,
  openRun,
  saveReason,
  updateBeforeDeletion,
} from "./wizard-mutations";
import { canFinish, canShow, cancelEffect, furthest } from "./wizard-steps";
import { wizardBlocker } from "./wizard-rules";
import { context, redirectToRun, runAt, type Result } from "./wizard-run";
import { installKeyPackIds, MANAGE_CALS_ADVANCE } from "./install-key-pack";
import { formState } from "@/lib/forms/form-state";

export async function startRebuild(serverId: string): Promise<Result> {
  const { server, otherWizard, run, state, db } = await context(serverId);
  const blocker = wizardBlocker(server, otherWizard);
  if (blocker) return fail({}, blocker.message);
  if (run && state) {
    if (!canShow(state, "WELCOME")) return redirectToRun(serverId, "WELCOME");
    await updateBeforeDeletion(db, run.id, { step: furthest(state.step, "ACTION_SELECTION") });
  } else if (!(await openRun(db, serverId))) {
    return redirectToRun(serverId, "WELCOME");
  }
  continueTo(wizardHref(serverId, "ACTION_SELECTION"));
}

export async function selectAction(serverId: string, input: unknown): Promise<Result> {
  const parsed = actionSelectionSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const { action } = parsed.data;
  const first = action === "MIGRATE" ? "MIGRATE_REASON" : "REASON";
  const { run, state, db } = await runAt(serverId, "ACTION_SELECTION", action);
  if (!(await updateBeforeDeletion(db, run.id, { action, step: furthest(state.step, first) }))) {
    return redirectToRun(serverId, "ACTION_SELECTION", action);
  }
  continueTo(wizardHref(serverId, first));
}

export async function selectReason(serverId: string, input: unknown): Promise<Result> {
  const parsed = reasonSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const { run, db } = await runAt(serverId, "REASON");
  if (!(await saveReason(db, serverId, run.id, parsed.data))) return redirectToRun(serverId, "REASON");
  continueTo(wizardHref(serverId, "CONFIRM_DELETION"));
}

export async function confirmDeletion(serverId: string, input: unknown): Promise<Result> {
  const parsed = confirmDeletionSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const { run, db } = await runAt(serverId, "CONFIRM_DELETION");
  // null: a simultaneous request deleted them first; either way the run is past the deletion.
  await deleteInstalledCals(db, serverId, run.id);
  return redirectToRun(serverId, "CONFIRM_DELETION");
}

export async function continueToObtain(serverId: string): Promise<Result> {
  const { run, db } = await runAt(serverId, "REINSTALLING");
  await moveAfterDeletion(db, run.id, ["REINSTALLING"], "OBTAIN_KEY_PACK");
  continueTo(wizardHref(serverId, "OBTAIN_KEY_PACK"));
}

export async function installKeyPack(serverId: string, input: unknown): Promise<Result> {
  const { server, run, db } = await runAt(serverId, "OBTAIN_KEY_PACK");
  const parsed = keyPackIdSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const outcome = await installKeyPackIds(db, server, run.id, [parsed.data.licenseKeyPackId], MANAGE_CALS_ADVANCE);
  if (outcome.kind === "refused") return fail({ licenseKeyPackId: [outcome.message] });
  if (outcome.kind === "already-installed") return alreadyInstalledOrReplay(serverId, outcome);
  return redirectToRun(serverId, "OBTAIN_KEY_PACK");
}

/**
 * The ID is on the server already. If this run installed it and has moved on since (a second tab or a
 * double click that lost the race to the first), it is a replay: land where the run is. If the run is
 * still waiting for a key pack, the person typed an ID installed before: say so.
 */
async function alreadyInstalledOrReplay(serverId: string, outcome: { message: string; byThisRun: boolean }): Promise<Result> {
  if (outcome.byThisRun) {
    const { state } = await context(serverId);
    if (state && state.step !== "OBTAIN_KEY_PACK") return redirectToRun(serverId, "OBTAIN_KEY_PACK");
  }
  return fail({ licenseKeyPackId: [outcome.message] });
}

export async function chooseAfterInstall(serverId: string, input: unknown): Promise<Result> {
  const parsed = reinstallAdditionalSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const { choice } = parsed.data;
  const { run, state, db } = await runAt(serverId, "REINSTALL_ADDITIONAL", choice);
  if (choice === "continue") {
    await moveAfterDeletion(db, run.id, ["REINSTALL_ADDITIONAL", "OBTAIN_KEY_PACK"], "OBTAIN_KEY_PACK", { continueChoice: "continue" });
    continueTo(wizardHref(serverId, "OBTAIN_KEY_PACK"));
  }
  if (!canFinish(state)) return fail({}, "Reinstall at least one set of RDS CALs before finishing.");
  await finishRun(db, serverId, run.id);
  continueTo(wizardHref(serverId, "COMPLETED"));
}

/**
 * Cancel: before the deletion it ends the run; after it the run stays open to be resumed, and the person is
 * asked first on a page of its own (the server has no RDS CALs until they are reinstalled; works without JS).
 */
export async function cancelWizard(serverId: string): Promise<void> {
  const ctx = await context(serverId);
  const effect = cancelEffect(ctx.state);
  if (ctx.run && effect === "cancel-run") await cancelRun(ctx.db, serverId, ctx.run.id, ctx.run.action);
  continueTo(effect === "leave-open" ? cancelWizardHref(serverId) : consoleServerHref(ctx.server.name));
}

// The forms' actions (lib/forms/form-state.ts): what each wizard page's <form> posts to.
export const startRebuildForm = formState<[serverId: string], unknown>(startRebuild);
export const selectActionForm = formState(selectAction);
export const selectReasonForm = formState(selectReason);
export const confirmDeletionForm = formState(confirmDeletion);
export const continueToObtainForm = formState<[serverId: string], unknown>(continueToObtain);
export const installKeyPackForm = formState(installKeyPack);
export const chooseAfterInstallForm = formState(chooseAfterInstall);
