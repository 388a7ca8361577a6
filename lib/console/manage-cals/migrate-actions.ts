"use server";
// Server actions of Migrate RDS CALs from another license server to this license server (the Manage RDS
// CALs wizard's second action, docs/decisions/025-migrate-rds-cals.md): validate with the page's schema,
// check the run may take a Next from the page (wizard-steps.ts), write through migrate-mutations.ts, redirect.
import { continueTo } from "@/lib/forms/continue-to";
import { fail, zodFieldErrors } from "@/lib/forms/action-result";
import { isQueryableText } from "@/lib/forms/text";
import { consoleServerHref, wizardHref } from "./urls";
import { findSourceServer } from "./queries";
import { migrateReasonSchema, migrateReminderSchema, migrateSourceSchema, MIGRATE_MESSAGES, readMigrationAnswers, type MigrationSourceAnswers } from "./migrate-schemas";
import { installMigratedKeyPack, removeMigratedCalsByHand, saveMigrationStep } from "./migrate-mutations";
import { findInstalledKeyPack } from "./wizard-mutations";
import { furthest } from "./wizard-steps";
import { context, KEY_PACK_MESSAGES, redirectToRun, runAt, type Result } from "./wizard-run";
import { readKeyPackIdForServer } from "./install-key-pack";
import { keyPackIdSchema } from "./wizard-schemas";
import { formState } from "@/lib/forms/form-state";

export async function selectMigrateReason(serverId: string, input: unknown): Promise<Result> {
  const parsed = migrateReasonSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const { run, state, db } = await runAt(serverId, "MIGRATE_REASON");
  const saved = await saveMigrationStep(db, run.id, ["MIGRATE_REASON", "MIGRATE_SOURCE", "MIGRATE_REMINDER", "MIGRATE_OBTAIN_KEY_PACK"], {
    reason: parsed.data.reason,
    reasonDetail: null,
    step: furthest(state.step, "MIGRATE_SOURCE"),
  });
  if (!saved) return redirectToRun(serverId, "MIGRATE_REASON");
  continueTo(wizardHref(serverId, "MIGRATE_SOURCE"));
}

/**
 * Source License Server Information. Available: the source must be another activated server of this
 * console (the only ones this console can reach). Not available: its License Server ID, which must not be
 * this server's; when it is one of this console's servers, that server keeps a warning after the install.
 */
export async function saveMigrateSource(serverId: string, input: unknown): Promise<Result> {
  const parsed = migrateSourceSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const { server, run, state, db } = await runAt(serverId, "MIGRATE_SOURCE");
  const given = parsed.data;
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
  const saved = await saveMigrationStep(db, run.id, ["MIGRATE_SOURCE", "MIGRATE_REMINDER", "MIGRATE_OBTAIN_KEY_PACK"], {
    answers: { source },
    step: furthest(state.step, "MIGRATE_REMINDER"),
  });
  if (!saved) return redirectToRun(serverId, "MIGRATE_SOURCE");
  continueTo(wizardHref(serverId, "MIGRATE_REMINDER"));
}

export async function confirmMigrateReminder(serverId: string, input: unknown): Promise<Result> {
  const { run, state, db } = await runAt(serverId, "MIGRATE_REMINDER");
  const { source } = readMigrationAnswers(run.answers);
  if (!source) continueTo(wizardHref(serverId, "MIGRATE_SOURCE"));
  const parsed = migrateReminderSchema(source.available).safeParse(input ?? {});
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const saved = await saveMigrationStep(db, run.id, ["MIGRATE_REMINDER", "MIGRATE_OBTAIN_KEY_PACK"], { step: furthest(state.step, "MIGRATE_OBTAIN_KEY_PACK") });
  if (!saved) return redirectToRun(serverId, "MIGRATE_REMINDER");
  continueTo(wizardHref(serverId, "MIGRATE_OBTAIN_KEY_PACK"));
}

export async function installMigrationKeyPack(serverId: string, input: unknown): Promise<Result> {
  const { server, run, db } = await runAt(serverId, "MIGRATE_OBTAIN_KEY_PACK");
  const { source } = readMigrationAnswers(run.answers);
  if (!source) continueTo(wizardHref(serverId, "MIGRATE_SOURCE"));
  const parsed = keyPackIdSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const decoded = await readKeyPackIdForServer(db, parsed.data.licenseKeyPackId, server);
  if (!decoded.ok) return fail({ licenseKeyPackId: [decoded.message] });
  const outcome = await installMigratedKeyPack(db, server, run.id, source, decoded.value, decoded.payload);
  if (outcome.kind === "already-installed") {
    const existing = await findInstalledKeyPack(db, serverId, decoded.value);
    return fail({ licenseKeyPackId: [KEY_PACK_MESSAGES.alreadyInstalled(existing?.keypackId)] });
  }
  if (outcome.kind === "earlier-generation") return fail({ licenseKeyPackId: [KEY_PACK_MESSAGES.earlierGeneration] });
  if (outcome.kind === "replay") return redirectToRun(serverId, "MIGRATE_OBTAIN_KEY_PACK");
  continueTo(wizardHref(serverId, "MIGRATE_COMPLETED"));
}

/** The source's warning: remove the migrated RDS CALs it still holds (what "by hand" means in this console). */
export async function removeMigratedCals(serverId: string, warningId: unknown): Promise<void> {
  const { server, db } = await context(serverId);
  if (typeof warningId === "string" && isQueryableText(warningId)) await removeMigratedCalsByHand(db, server.id, warningId);
  continueTo(consoleServerHref(server.name));
}

// The forms' actions (lib/forms/form-state.ts): what each wizard page's <form> posts to.
export const selectMigrateReasonForm = formState(selectMigrateReason);
export const saveMigrateSourceForm = formState(saveMigrateSource);
export const confirmMigrateReminderForm = formState(confirmMigrateReminder);
export const installMigrationKeyPackForm = formState(installMigrationKeyPack);
