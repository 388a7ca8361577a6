"use server";
// Server actions of the Manage RDS CALs wizard (rebuild), declared on the wizard engine (manage-cals/run.ts,
// lib/console/wizard-engine/actions.ts) and through it on the action client (lib/actions/client.ts: the
// guard, the browser's visible server): each page's schema and what its Next does; the engine checks the run
// may take a Next from the page (steps.ts) and lands a Next for a page the run has already left where the run
// is. Writes go through the run store and mutations.ts, then redirect.
import { continueTo } from "@/lib/forms/continue-to";
import { fail } from "@/lib/forms/action-result";
import { actionSelectionSchema, confirmDeletionSchema, keyPackIdSchema, reasonSchema, reinstallAdditionalSchema } from "../wizard-schemas";
import { cancelWizardHref, consoleServerHref, wizardHref } from "../urls";
import { cancelManageCalsRun, deleteInstalledCals, finishRun, moveAfterDeletion, saveReason } from "./mutations";
import { canFinish, cancelEffect } from "./steps";
import { wizardBlocker } from "../wizard-rules";
import { manageCals } from "./run";
import { wizardServer, type Result } from "../wizard-engine/actions";
import { installKeyPackIds, MANAGE_CALS_ADVANCE } from "../install-key-pack";
import { plainAction } from "@/lib/actions/client";
import type { VisibleServer } from "@/lib/practice/visibility";

const { context, redirectToRun, form, button } = manageCals;

export const startRebuildForm = button("startRebuild", (server) =>
  manageCals.start(server, { blocker: (ctx) => wizardBlocker(ctx.server, ctx.otherWizard, null), route: () => "REBUILD", where: { deletedAt: null } }),
);

export const selectActionForm = form("selectAction", "ACTION_SELECTION", {
  schema: actionSelectionSchema,
  choice: (data) => data.action,
  next: async (ctx, { action }) => {
    // The connection method decides which actions this server may take (Automatic: Convert RDS CALs only).
    const blocked = wizardBlocker(ctx.server, null, action);
    if (blocked) return fail({ action: [blocked.message] });
    return manageCals.advance(ctx, "ACTION_SELECTION", { choice: action, where: { deletedAt: null }, data: { action } });
  },
});

export const selectReasonForm = form("selectReason", "REASON", {
  schema: reasonSchema,
  next: async ({ server, run, db }, reason) => {
    if (!(await saveReason(db, server.id, run.id, reason))) return redirectToRun(server, "REASON");
    continueTo(wizardHref(server.id, "CONFIRM_DELETION"));
  },
});

export const confirmDeletionForm = form("confirmDeletion", "CONFIRM_DELETION", {
  schema: confirmDeletionSchema,
  next: async ({ server, run, db }) => {
    // null: a simultaneous request deleted them first; either way the run is past the deletion.
    await deleteInstalledCals(db, server.id, run.id);
    return redirectToRun(server, "CONFIRM_DELETION");
  },
});

export const continueToObtainForm = button("continueToObtain", async (server) => {
  const { run, db } = await manageCals.runAt(server, "REINSTALLING");
  await moveAfterDeletion(db, run.id, ["REINSTALLING"], "OBTAIN_KEY_PACK");
  continueTo(wizardHref(server.id, "OBTAIN_KEY_PACK"));
});

// The schema is read after the run's check (a function of the run): a Next for a page the run has left lands where it is.
export const installKeyPackForm = form("installKeyPack", "OBTAIN_KEY_PACK", {
  schema: () => keyPackIdSchema,
  next: async ({ server, run, db }, { licenseKeyPackId }) => {
    const outcome = await installKeyPackIds(db, server, run.id, [licenseKeyPackId], MANAGE_CALS_ADVANCE);
    if (outcome.kind === "refused") return fail({ licenseKeyPackId: [outcome.message] });
    if (outcome.kind === "already-installed") return alreadyInstalledOrReplay(server, outcome);
    return redirectToRun(server, "OBTAIN_KEY_PACK");
  },
});

/**
 * The ID is on the server already. If this run installed it and has moved on since (a second tab or a
 * double click that lost the race to the first), it is a replay: land where the run is. If the run is
 * still waiting for a key pack, the person typed an ID installed before: say so.
 */
async function alreadyInstalledOrReplay(server: VisibleServer, outcome: { message: string; byThisRun: boolean }): Promise<Result> {
  if (outcome.byThisRun) {
    const { state } = await context(server);
    if (state && state.step !== "OBTAIN_KEY_PACK") return redirectToRun(server, "OBTAIN_KEY_PACK");
  }
  return fail({ licenseKeyPackId: [outcome.message] });
}

export const chooseAfterInstallForm = form("chooseAfterInstall", "REINSTALL_ADDITIONAL", {
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

/**
 * Cancel: before the deletion it ends the run; after it the run stays open to be resumed, and the person is
 * asked first on a page of its own (the server has no RDS CALs until they are reinstalled; works without JS).
 */
export const cancelWizard = plainAction({ name: "cancelWizard", guard: wizardServer, refusal: () => undefined }, async ({ ctx: { server } }): Promise<void> => {
  const ctx = await context(server);
  const effect = cancelEffect(ctx.state);
  if (ctx.run && effect === "cancel-run") await cancelManageCalsRun(ctx.db, server.id, ctx.run.id, ctx.run.action);
  continueTo(effect === "leave-open" ? cancelWizardHref(server.id) : consoleServerHref(ctx.server.name));
});
