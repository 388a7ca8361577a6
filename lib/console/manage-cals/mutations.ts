// The Manage RDS CALs wizard's writes of its own, beside the engine's run store (lib/console/wizard-engine/
// run-store.ts: open, save, cancel), whose conditional updates these follow: the run's status, step and
// deletedAt in the WHERE, so a second Next for the same page (double click, second tab, replayed post)
// finds nothing to update and changes nothing. Multi-row changes run in one transaction with their event.
import "server-only";
import type { Database } from "@/lib/prisma-client";
import type { Prisma } from "@/generated/prisma/client";
import type { KeyPackPayload } from "@/lib/licensing/key-pack-id";
import {
  calsDeletedMessage,
  EVENT_IDS,
  keyPackInstalledMessage,
  keyPacksRetiredMessage,
  CONVERSION_CANCELLED_MESSAGE,
  MIGRATION_CANCELLED_MESSAGE,
  REBUILD_CANCELLED_MESSAGE,
  REBUILT_MESSAGE,
  rebuildStartedMessage,
} from "../events";
import { toKeyPackRow } from "../key-pack-rows";
import { AllConverted, EarlierGeneration, insertInstalledPack } from "../installed-packs";
import { KEY_PACK_MESSAGES } from "../key-pack-messages";
import { cancelRun, saveRun } from "../wizard-engine/run-store";
import type { WizardStep } from "./steps";
import type { WizardStep as AnyWizardStep } from "@/generated/prisma/enums";
import { isUniqueViolation } from "@/lib/database-errors";

type Tx = Prisma.TransactionClient;

export function event(tx: Tx, serverId: string, wizardRunId: string, eventId: number, message: string) {
  return tx.serverEvent.create({ data: { serverId, wizardRunId, eventId, message } });
}

/** Saves the reason; the first time (the run was at this page) it also advances and logs the start. */
export async function saveReason(db: Database, serverId: string, runId: string, reason: { reason: string; reasonDetail: string | null }) {
  return db.$transaction(async (tx) => {
    const first = await tx.wizardRun.updateMany({
      where: { id: runId, status: "IN_PROGRESS", deletedAt: null, step: "REASON" },
      data: { ...reason, step: "CONFIRM_DELETION" },
    });
    if (first.count === 1) {
      await event(tx, serverId, runId, EVENT_IDS.REBUILD_STARTED, rebuildStartedMessage(reason.reasonDetail ? `${reason.reason} (${reason.reasonDetail})` : reason.reason));
      return true;
    }
    const again = await tx.wizardRun.updateMany({ where: { id: runId, status: "IN_PROGRESS", deletedAt: null }, data: reason });
    return again.count === 1;
  });
}

/**
 * Deletes every installed key pack and issued CAL of the server, once per run: the run advances only from
 * Confirm Deletion of RDS CALs with nothing deleted yet. Returns null when another request already did it.
 */
export async function deleteInstalledCals(db: Database, serverId: string, runId: string) {
  return db.$transaction(async (tx) => {
    const advanced = await tx.wizardRun.updateMany({
      where: { id: runId, serverId, status: "IN_PROGRESS", step: "CONFIRM_DELETION", deletedAt: null },
      data: { step: "REINSTALLING", deletedAt: new Date() },
    });
    if (advanced.count === 0) return null;
    const packs = await tx.installedKeyPack.findMany({
      where: { serverId },
      orderBy: { keypackId: "asc" },
      select: { keypackId: true, licenseKeyPackId: true, calType: true, licenseProgram: true, totalLicenses: true, expiresAt: true, _count: { select: { issuedCals: true } } },
    });
    const cals = await tx.issuedCal.deleteMany({ where: { serverId } });
    const keyPacks = await tx.installedKeyPack.deleteMany({ where: { serverId } });
    await tx.wizardRun.update({
      where: { id: runId },
      data: { deletedKeyPacks: keyPacks.count, deletedCals: cals.count, deletedSnapshot: packs.map(toKeyPackRow) },
    });
    await event(tx, serverId, runId, EVENT_IDS.CALS_DELETED, calsDeletedMessage(keyPacks.count, cals.count));
    return { keyPacks: keyPacks.count, cals: cals.count };
  });
}

/** Moves a run that is past the deletion from one of `from` to `to`; false when it was elsewhere. */
export async function moveAfterDeletion(db: Database, runId: string, from: WizardStep[], to: WizardStep, data: Prisma.WizardRunUpdateManyMutationInput = {}) {
  return saveRun(db, { runId, kind: "MANAGE_CALS", from, step: to, where: { deletedAt: { not: null } }, data });
}

export type InstallOutcome =
  | { kind: "installed"; keypackId: number; keypackIds: number[]; retired: number[] }
  | { kind: "replay" }
  | { kind: "already-installed" }
  /**
   * The ID cannot be installed, with the field's message: a later generation of the same purchase was installed
   * on this server before (docs/decisions/018-key-pack-generations.md), or all its RDS CALs were converted (038).
   */
  | { kind: "refused-id"; message: string };

/**
 * How an install moves its run, in the same transaction: the run advances conditionally from one of `from`
 * to `to` (with `data`), so of two simultaneous posts only one installs. Each wizard says its own: Manage RDS
 * CALs goes on to Reinstalling Additional RDS CALs (after the deletion), Install Licenses finishes its run
 * (lib/console/install-key-pack.ts has both).
 */
export interface RunAdvance {
  where: Prisma.WizardRunWhereInput;
  from: AnyWizardStep[];
  to: AnyWizardStep;
  data?: Prisma.WizardRunUncheckedUpdateManyInput;
  /** An event written after the packs, in the same transaction (e.g. the wizard's completion). */
  event?: { eventId: number; message: string };
}

export interface KeyPackToInstall {
  licenseKeyPackId: string;
  payload: KeyPackPayload;
}

/**
 * Installs key packs and advances the run, in one transaction: all of them or none. The run's conditional
 * advance comes first, so of two simultaneous posts only one installs; the unique index on (server, license
 * key pack ID) refuses a pack installed before. A pack of a purchase goes through the generation rule first
 * (installed-packs.ts). The one install of the console: both wizards call it (lib/console/install-key-pack.ts).
 */
export async function insertInstalledKeyPacks(db: Database, serverId: string, runId: string, packs: readonly KeyPackToInstall[], advance: RunAdvance): Promise<InstallOutcome> {
  try {
    return await db.$transaction(async (tx): Promise<InstallOutcome> => {
      const advanced = await tx.wizardRun.updateMany({
        where: { ...advance.where, id: runId, serverId, status: "IN_PROGRESS", step: { in: advance.from } },
        data: { ...advance.data, step: advance.to },
      });
      if (advanced.count === 0) return { kind: "replay" };
      const keypackIds: number[] = [];
      const retiredAll: number[] = [];
      for (const { licenseKeyPackId, payload } of packs) {
        const { pack, retired } = await installPackInTransaction(tx, serverId, runId, licenseKeyPackId, payload);
        keypackIds.push(pack.keypackId);
        retiredAll.push(...retired);
      }
      if (advance.event) await event(tx, serverId, runId, advance.event.eventId, advance.event.message);
      return { kind: "installed", keypackId: keypackIds[0]!, keypackIds, retired: retiredAll };
    });
  } catch (error) {
    const failure = installFailure(error);
    if (failure) return failure;
    throw error;
  }
}

/**
 * The install itself, inside the caller's transaction (the rebuild's and the migration's): the pack with its
 * lineage under the generation rule (installed-packs.ts), and the events. Throws EarlierGeneration, and a unique violation for
 * a pack installed before; the caller's transaction then rolls back.
 */
export async function installPackInTransaction(tx: Tx, serverId: string, runId: string, licenseKeyPackId: string, payload: KeyPackPayload) {
  const { pack, retired } = await insertInstalledPack(tx, serverId, { licenseKeyPackId, payload, wizardRunId: runId });
  if (retired.length > 0) await event(tx, serverId, runId, EVENT_IDS.KEY_PACK_RETIRED, keyPacksRetiredMessage(retired, payload.generation));
  await event(tx, serverId, runId, EVENT_IDS.KEY_PACK_INSTALLED, keyPackInstalledMessage(pack));
  return { pack, retired };
}

/** An install's failure, as the wizards report it. */
export function installFailure(error: unknown): InstallOutcome | null {
  if (error instanceof EarlierGeneration) return { kind: "refused-id", message: KEY_PACK_MESSAGES.earlierGeneration };
  if (error instanceof AllConverted) return { kind: "refused-id", message: KEY_PACK_MESSAGES.allConverted };
  if (isUniqueViolation(error)) return { kind: "already-installed" };
  return null;
}

/** Closes the run as rebuilt and logs event 88, once. */
export async function finishRun(db: Database, serverId: string, runId: string) {
  return db.$transaction(async (tx) => {
    const done = await tx.wizardRun.updateMany({
      where: { id: runId, serverId, status: "IN_PROGRESS", deletedAt: { not: null }, step: { in: ["OBTAIN_KEY_PACK", "REINSTALL_ADDITIONAL"] } },
      data: { status: "FINISHED", step: "COMPLETED", activeServerId: null, finishedAt: new Date(), continueChoice: "finish" },
    });
    if (done.count === 1) await event(tx, serverId, runId, EVENT_IDS.REBUILT, REBUILT_MESSAGE);
    return done.count === 1;
  });
}

/** Cancels a run that has not deleted (or migrated, or converted) anything. */
export async function cancelManageCalsRun(db: Database, serverId: string, runId: string, action?: string | null) {
  const message = action === "MIGRATE" ? MIGRATION_CANCELLED_MESSAGE : action === "CONVERT" ? CONVERSION_CANCELLED_MESSAGE : REBUILD_CANCELLED_MESSAGE;
  return cancelRun(db, { serverId, runId, kind: "MANAGE_CALS", where: { deletedAt: null }, event: { eventId: EVENT_IDS.REBUILD_CANCELLED, message } });
}

export async function findInstalledKeyPack(db: Database, serverId: string, licenseKeyPackId: string) {
  return db.installedKeyPack.findUnique({ where: { serverId_licenseKeyPackId: { serverId, licenseKeyPackId } }, select: { keypackId: true, wizardRunId: true } });
}
