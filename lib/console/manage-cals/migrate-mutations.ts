// The migration's writes (docs/decisions/025-migrate-rds-cals.md); its pages are saved by the engine's run
// store (lib/console/wizard-engine/run-store.ts), a conditional update of the run, so a replay changes nothing. The install is one transaction:
// the run closes, the pack is installed on this server and, when the source is a server of this console
// that is available, its packs of the same purchase line go (with their issued CALs), with events 91 in both
// logs; when it is not available, event 92 and a MigratedPurchaseLine row that keeps a warning on the source
// for as long as it holds packs of that line.
import "server-only";
import type { Database } from "@/lib/prisma-client";
import type { Prisma } from "@/generated/prisma/client";
import type { KeyPackPayload } from "@/lib/licensing/key-pack-id";
import { calType as calTypeInfo } from "@/lib/licensing/catalog";
import { EVENT_IDS, migratedCalsNotRemovedMessage, migratedCalsRemovedMessage } from "../events";
import { describeKeyPackLines, type KeyPackLine, type MigrationAnswers, type MigrationSourceAnswers } from "../migrate-schemas";
import { event, installFailure, installPackInTransaction, type InstallOutcome } from "./mutations";

type Tx = Prisma.TransactionClient;

const OPEN_MIGRATION = { status: "IN_PROGRESS", deletedAt: null, action: "MIGRATE" } as const;

/** The source's packs of a purchase line, with their issued CALs counted. */
async function packsOfLine(tx: Tx, serverId: string, purchaseLine: number): Promise<KeyPackLine[]> {
  const packs = await tx.installedKeyPack.findMany({
    where: { serverId, purchaseLine },
    orderBy: { keypackId: "asc" },
    select: { keypackId: true, calType: true, totalLicenses: true, _count: { select: { issuedCals: true } } },
  });
  return packs.map((p) => ({ keypackId: p.keypackId, calType: p.calType, totalLicenses: p.totalLicenses, issued: p._count.issuedCals }));
}

/** Deletes the source's packs of a purchase line (their issued CALs go with them: onDelete Cascade). */
async function removeLine(tx: Tx, serverId: string, purchaseLine: number): Promise<KeyPackLine[]> {
  const lines = await packsOfLine(tx, serverId, purchaseLine);
  if (lines.length) await tx.installedKeyPack.deleteMany({ where: { serverId, purchaseLine } });
  return lines;
}

export type MigrationInstallOutcome = InstallOutcome | { kind: "migrated"; keypackId: number; removed: KeyPackLine[]; byHand: KeyPackLine[] | null };

/**
 * Installs the migrated pack on `target` and finishes the run, in one transaction; the run's conditional
 * close comes first, so of two simultaneous posts only one installs.
 */
export async function installMigratedKeyPack(
  db: Database,
  target: { id: string; name: string },
  runId: string,
  source: MigrationSourceAnswers,
  licenseKeyPackId: string,
  payload: KeyPackPayload,
): Promise<MigrationInstallOutcome> {
  try {
    return await db.$transaction(async (tx): Promise<MigrationInstallOutcome> => {
      const closed = await tx.wizardRun.updateMany({
        where: { id: runId, serverId: target.id, ...OPEN_MIGRATION, step: "MIGRATE_OBTAIN_KEY_PACK" },
        data: { status: "FINISHED", step: "MIGRATE_COMPLETED", activeServerId: null, finishedAt: new Date() },
      });
      if (closed.count === 0) return { kind: "replay" };
      const { pack } = await installPackInTransaction(tx, target.id, runId, licenseKeyPackId, payload);
      const line = payload.purchaseLine;
      // The source is the console's own record when it is one of its servers (it may be another console's: no id then).
      const sourceServer = source.sourceServerId
        ? await tx.licenseServer.findUnique({ where: { id: source.sourceServerId }, select: { id: true, name: true } })
        : null;
      const sourceName = sourceServer?.name ?? source.sourceName;
      let removed: KeyPackLine[] = [];
      let byHand: KeyPackLine[] | null = null;
      if (source.available && sourceServer && line > 0) {
        removed = await removeLine(tx, sourceServer.id, line);
        const message = migratedCalsRemovedMessage(sourceName, target.name, describeKeyPackLines(removed));
        await event(tx, target.id, runId, EVENT_IDS.MIGRATED_CALS_REMOVED, message);
        await tx.serverEvent.create({ data: { serverId: sourceServer.id, eventId: EVENT_IDS.MIGRATED_CALS_REMOVED, message } });
      } else {
        // Not available (or a pack that names no purchase): the console cannot remove them; a person must.
        byHand = sourceServer && line > 0 ? await packsOfLine(tx, sourceServer.id, line) : null;
        const what = byHand?.length
          ? describeKeyPackLines(byHand)
          : `the RDS CALs of this purchase (${calTypeInfo(payload.calType).label}, up to ${payload.quantity.toLocaleString("en-US")} licenses)`;
        const message = migratedCalsNotRemovedMessage(sourceName, target.name, what);
        await event(tx, target.id, runId, EVENT_IDS.MIGRATED_CALS_NOT_REMOVED, message);
        if (sourceServer) {
          await tx.serverEvent.create({ data: { serverId: sourceServer.id, eventId: EVENT_IDS.MIGRATED_CALS_NOT_REMOVED, message } });
          if (line > 0) await tx.migratedPurchaseLine.create({ data: { sourceServerId: sourceServer.id, targetServerId: target.id, purchaseLine: line, wizardRunId: runId } });
        }
      }
      const answers: MigrationAnswers = {
        source,
        outcome: { keypackId: pack.keypackId, purchaseLine: line, removed, byHand, calType: pack.calType, totalLicenses: pack.totalLicenses },
      };
      await tx.wizardRun.update({ where: { id: runId }, data: { answers } });
      return { kind: "migrated", keypackId: pack.keypackId, removed, byHand };
    });
  } catch (error) {
    const failure = installFailure(error);
    if (failure) return failure;
    throw error;
  }
}

/**
 * The source's warning, "Remove these RDS CALs": deletes its packs of a migrated purchase line and the
 * warning, with event 91 in its log. Null when there is no such warning (a replay, another tab).
 */
export async function removeMigratedCalsByHand(db: Database, sourceServerId: string, warningId: string) {
  return db.$transaction(async (tx) => {
    const warning = await tx.migratedPurchaseLine.findFirst({
      where: { id: warningId, sourceServerId },
      select: { purchaseLine: true, source: { select: { name: true } }, target: { select: { name: true } } },
    });
    if (!warning) return null;
    const gone = await tx.migratedPurchaseLine.deleteMany({ where: { sourceServerId, purchaseLine: warning.purchaseLine } });
    if (gone.count === 0) return null;
    const removed = await removeLine(tx, sourceServerId, warning.purchaseLine);
    const message = migratedCalsRemovedMessage(warning.source.name, warning.target.name, describeKeyPackLines(removed));
    await tx.serverEvent.create({ data: { serverId: sourceServerId, eventId: EVENT_IDS.MIGRATED_CALS_REMOVED, message } });
    return removed;
  });
}
