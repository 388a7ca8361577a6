"use server";
// Server actions of Migrate RDS CALs from another license server to this license server (the Manage RDS
// CALs wizard's second action, docs/decisions/025-migrate-rds-cals.md), declared on the wizard engine (manage-cals/run.ts): each page's schema and what its Next does; the engine
// checks the run may take a Next from the page (steps.ts) and saves the page (the run store), or
// migrate-mutations.ts installs, then redirect.
import { continueTo } from "@/lib/forms/continue-to";
import { fail } from "@/lib/forms/action-result";
import { isQueryableText } from "@/lib/forms/text";
import { consoleServerHref, wizardHref } from "../urls";
import { findSourceServer } from "../queries";
import { migrateReasonSchema, migrateReminderSchema, migrateSourceSchema, MIGRATE_MESSAGES, readMigrationAnswers, type MigrationSourceAnswers } from "../migrate-schemas";
import { installMigratedKeyPack, removeMigratedCalsByHand } from "./migrate-mutations";
import { findInstalledKeyPack } from "./mutations";
import { manageCals } from "./run";
import { KEY_PACK_MESSAGES } from "../key-pack-messages";
import { readKeyPackIdForServer } from "../install-key-pack";
import { keyPackIdSchema } from "../wizard-schemas";
import { plainAction } from "@/lib/actions/client";
import { wizardServer } from "../wizard-engine/actions";
import { z } from "zod";
import type { WizardStep } from "./steps";

const { context, redirectToRun, form, advance } = manageCals;

/** A migration's page saves only while the run is an open migration with nothing deleted, on one of `from`. */
const migration = (from: readonly WizardStep[]) => ({ from, where: { deletedAt: null, action: "MIGRATE" } });

export const selectMigrateReasonForm = form("selectMigrateReason", "MIGRATE_REASON", {
  schema: migrateReasonSchema,
  next: (ctx, { reason }) =>
    advance(ctx, "MIGRATE_REASON", { ...migration(["MIGRATE_REASON", "MIGRATE_SOURCE", "MIGRATE_REMINDER", "MIGRATE_OBTAIN_KEY_PACK"]), data: { reason, reasonDetail: null } }),
});

/**
 * Source License Server Information. Available: the source must be another activated server of this
 * console (the only ones this console can reach). Not available: its License Server ID, which must not be
 * this server's; when it is one of this console's servers, that server keeps a warning after the install.
 */
export const saveMigrateSourceForm = form("saveMigrateSource", "MIGRATE_SOURCE", {
  schema: migrateSourceSchema,
  next: async (ctx, given) => {
    const { server } = ctx;
    let source: MigrationSourceAnswers;
    if (given.available) {
      const found = await findSourceServer({ name: given.sourceName });
      if (found?.id === server.id) return fail({ sourceName: [MIGRATE_MESSAGES.sameServer] });
      if (!found) return fail({ sourceName: [MIGRATE_MESSAGES.notFound(given.sourceName)] });
      if (!found.activated) return fail({ sourceName: [MIGRATE_MESSAGES.notActivated(found.name)] });
      source = { sourceName: found.name, available: true, operatingSystem: null, sourceLicenseServerId: found.licenseServerId, sourceServerId: found.id };
    } else {
      if (given.sourceName.toLowerCase() === server.name.toLowerCase()) return fail({ sourceName: [MIGRATE_MESSAGES.sameServer] });
      if (given.sourceLicenseServerId === server.licenseServerId) return fail({ sourceLicenseServerId: [MIGRATE_MESSAGES.sameId] });
      const known = await findSourceServer({ licenseServerId: given.sourceLicenseServerId });
      source = { ...given, sourceServerId: known?.id ?? null };
    }
    return advance(ctx, "MIGRATE_SOURCE", { ...migration(["MIGRATE_SOURCE", "MIGRATE_REMINDER", "MIGRATE_OBTAIN_KEY_PACK"]), answers: { source } });
  },
});

/** The run's source, or (none saved: a run from before, a broken row) back to Source License Server Information. */
function sourceOf(serverId: string, answers: unknown): MigrationSourceAnswers {
  const { source } = readMigrationAnswers(answers);
  if (!source) continueTo(wizardHref(serverId, "MIGRATE_SOURCE"));
  return source;
}

// The reminder's check box is asked only when the source is not available: its schema reads the run.
export const confirmMigrateReminderForm = form("confirmMigrateReminder", "MIGRATE_REMINDER", {
  // A post without values (a script's) reads as the empty form.
  schema: ({ server, run }) => z.preprocess((input) => input ?? {}, migrateReminderSchema(sourceOf(server.id, run.answers).available)),
  next: (ctx) => advance(ctx, "MIGRATE_REMINDER", migration(["MIGRATE_REMINDER", "MIGRATE_OBTAIN_KEY_PACK"])),
});

export const installMigrationKeyPackForm = form("installMigrationKeyPack", "MIGRATE_OBTAIN_KEY_PACK", {
  schema: ({ server, run }) => (sourceOf(server.id, run.answers), keyPackIdSchema),
  next: async ({ server, run, db }, { licenseKeyPackId }) => {
    const serverId = server.id;
    const source = sourceOf(serverId, run.answers);
    const decoded = await readKeyPackIdForServer(db, licenseKeyPackId, server);
    if (!decoded.ok) return fail({ licenseKeyPackId: [decoded.message] });
    const outcome = await installMigratedKeyPack(db, server, run.id, source, decoded.value, decoded.payload);
    if (outcome.kind === "already-installed") {
      const existing = await findInstalledKeyPack(db, serverId, decoded.value);
      return fail({ licenseKeyPackId: [KEY_PACK_MESSAGES.alreadyInstalled(existing?.keypackId)] });
    }
    if (outcome.kind === "refused-id") return fail({ licenseKeyPackId: [outcome.message] });
    if (outcome.kind === "replay") return redirectToRun(server, "MIGRATE_OBTAIN_KEY_PACK");
    continueTo(wizardHref(serverId, "MIGRATE_COMPLETED"));
  },
});

/** The source's warning: remove the migrated RDS CALs it still holds (what "by hand" means in this console). */
export const removeMigratedCals = plainAction({ name: "removeMigratedCals", guard: wizardServer, refusal: () => undefined }, async ({ ctx: { server }, raw: warningId }): Promise<void> => {
  const { db } = await context(server);
  if (typeof warningId === "string" && isQueryableText(warningId)) await removeMigratedCalsByHand(db, server.id, warningId);
  continueTo(consoleServerHref(server.name));
});
