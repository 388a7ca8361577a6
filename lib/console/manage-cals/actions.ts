"use server";
// Server actions of the Manage RDS CALs wizard (rebuild), declared on the wizard engine (manage-cals/run.ts,
// lib/console/wizard-engine/actions.ts): each page's schema and what its Next does; the engine checks the run
// may take a Next from the page (steps.ts) and lands a Next for a page the run has already left where the run
// is. Writes go through the run store and mutations.ts, then redirect.
import { continueTo } from "@/lib/forms/continue-to";
import { fail } from "@/lib/forms/action-result";
import { actionSelectionSchema, confirmDeletionSchema, keyPackIdSchema, reasonSchema, reinstallAdditionalSchema } from "../wizard-schemas";
import { consoleServerHref, wizardHref } from "../urls";
import { cancelManageCalsRun, deleteInstalledCals, finishRun, moveAfterDeletion, saveReason } from "./mutations";
import { canFinish, cancelEffect } from "./steps";
import { wizardBlocker } from "../wizard-rules";
import { manageCals } from "./run";
import type { Result } from "../wizard-engine/actions";
import { installKeyPackIds, MANAGE_CALS_ADVANCE } from "../install-key-pack";
import { formState } from "@/lib/forms/form-state";

const { context, redirectToRun, page } = manageCals;

export async function startRebuild(serverId: string): Promise<Result> {
  return manageCals.start(serverId, { blocker: (ctx) => wizardBlocker(ctx.server, ctx.otherWizard), route: () => "REBUILD", where: { deletedAt: null } });
}

export const selectAction = page("ACTION_SELECTION", {
  schema: actionSelectionSchema,
  choice: (data) => data.action,
  next: (ctx, { action }) => manageCals.advance(ctx, "ACTION_SELECTION", { choice: action, where: { deletedAt: null }, data: { action } }),
});

export const selectReason = page("REASON", {
  schema: reasonSchema,
  next: async ({ server, run, db }, reason) => {
    if (!(await saveReason(db, server.id, run.id, reason))) return redirectToRun(server.id, "REASON");
    continueTo(wizardHref(server.id, "CONFIRM_DELETION"));
  },
});

export const confirmDeletion = page("CONFIRM_DELETION", {
  schema: confirmDeletionSchema,
  next: async ({ server, run, db }) => {
    // null: a simultaneous request deleted them first; either way the run is past the deletion.
    await deleteInstalledCals(db, server.id, run.id);
    return redirectToRun(server.id, "CONFIRM_DELETION");
  },
});

export async function continueToObtain(serverId: string): Promise<Result> {
  const { run, db } = await manageCals.runAt(serverId, "REINSTALLING");
  await moveAfterDeletion(db, run.id, ["REINSTALLING"], "OBTAIN_KEY_PACK");
  continueTo(wizardHref(serverId, "OBTAIN_KEY_PACK"));
}

// The schema is read after the run's check (a function of the run): a Next for a page the run has left lands where it is.
export const installKeyPack = page("OBTAIN_KEY_PACK", {
  schema: () => keyPackIdSchema,
  next: async ({ server, run, db }, { licenseKeyPackId }) => {
    const outcome = await installKeyPackIds(db, server, run.id, [licenseKeyPackId], MANAGE_CALS_ADVANCE);
    if (outcome.kind === "refused") return fail({ licenseKeyPackId: [outcome.message] });
    if (outcome.kind === "already-installed") return alreadyInstalledOrReplay(server.id, outcome);
    return redirectToRun(server.id, "OBTAIN_KEY_PACK");
  },
});

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

export const chooseAfterInstall = page("REINSTALL_ADDITIONAL", {
  schema: reinstallAdditionalSchema,
  choice: (data) => data.choice,
  next: async ({ server, run, state, db }, { choice }) => {
    if (choice === "continue") {
      await moveAfterDeletion(db, run.id, ["REINSTALL_ADDITIONAL", "OBTAIN_KEY_PACK"], "OBTAIN_KEY_PACK", { continueChoice: "continue" });
      continueTo(wizardHref(server.id, "OBTAIN_KEY_PACK"));
    }
    if (!canFinish(state)) return fail({}, "Reinstall at least one set of RDS CALs before finishing.");
    await finishRun(db, server.id, run.id);
    continueTo(wizardHref(server.id, "COMPLETED"));
  },
});

/** Cancel: before the deletion it ends the run; after it the run stays open to be resumed. */
export async function cancelWizard(serverId: string): Promise<void> {
  const ctx = await context(serverId);
  if (ctx.run && cancelEffect(ctx.state) === "cancel-run") await cancelManageCalsRun(ctx.db, serverId, ctx.run.id, ctx.run.action);
  continueTo(consoleServerHref(ctx.server.name));
}

// The forms' actions (lib/forms/form-state.ts): what each wizard page's <form> posts to.
export const startRebuildForm = formState<[serverId: string], unknown>(startRebuild);
export const selectActionForm = formState(selectAction);
export const selectReasonForm = formState(selectReason);
export const confirmDeletionForm = formState(confirmDeletion);
export const continueToObtainForm = formState<[serverId: string], unknown>(continueToObtain);
export const installKeyPackForm = formState(installKeyPack);
export const chooseAfterInstallForm = formState(chooseAfterInstall);
