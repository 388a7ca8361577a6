// Convert RDS CALs' reads and its one write (docs/decisions/032's worked example). The install is one
// transaction: the run closes (a conditional update, so of two simultaneous posts only one converts), the
// source pack is lowered by the count (installed-packs.ts, lowerInstalledPack, locked), the converted pack is
// installed through the console's one install (mutations.ts, installPackInTransaction), then event 131 and the
// audit entry. A license key pack ID that is not the conversion asked for (the other type, the count, the same
// License Program, converted from this very pack) changes nothing.
import "server-only";
import type { Database } from "@/lib/prisma-client";
import type { VisibleServer } from "@/lib/practice/visibility";
import type { KeyPackPayload } from "@/lib/licensing/key-pack-id";
import { calType as calTypeInfo, convertedCalType, type CalType } from "@/lib/licensing/catalog";
import { recordAudit } from "@/lib/audit";
import { calsConvertedMessage, EVENT_IDS } from "../events";
import { CONVERT_MESSAGES } from "../convert-labels";
import type { ConversionAnswers } from "../convert-schemas";
import { lowerInstalledPack, NotConvertible } from "../installed-packs";
import { keyPackSelect } from "../queries";
import { toKeyPackRow } from "../key-pack-rows";
import { event, installFailure, installPackInTransaction, type InstallOutcome } from "./mutations";

type SelectedPack = Parameters<typeof toKeyPackRow>[0] & { totalLicenses: number; _count: { issuedCals: number } };

/** A pack's row with what it has left to convert (its unissued RDS CALs). */
const convertible = (pack: SelectedPack) => ({ ...toKeyPackRow(pack), available: pack.totalLicenses - pack._count.issuedCals });

/** The server's installed packs with what each has left to convert. Per-server reads take the VisibleServer (decision 031). */
export async function listConvertiblePacks(db: Database, server: VisibleServer) {
  const packs = await db.installedKeyPack.findMany({ where: { serverId: server.id }, orderBy: { keypackId: "asc" }, select: keyPackSelect });
  return packs.map(convertible);
}
export type ConvertiblePack = ReturnType<typeof convertible>;

export async function findConvertiblePack(db: Database, server: VisibleServer, keypackId: number): Promise<ConvertiblePack | null> {
  const pack = await db.installedKeyPack.findUnique({ where: { serverId_keypackId: { serverId: server.id, keypackId } }, select: keyPackSelect });
  return pack ? convertible(pack) : null;
}

class WrongPack extends Error {}

export type ConversionInstallOutcome =
  | InstallOutcome
  | { kind: "converted"; keypackId: number }
  | { kind: "refused"; field: "licenseKeyPackId" | "count"; message: string };

export async function installConvertedKeyPack(
  db: Database,
  server: { id: string },
  runId: string,
  asked: { keypackId: number; count: number },
  licenseKeyPackId: string,
  payload: KeyPackPayload,
): Promise<ConversionInstallOutcome> {
  try {
    return await db.$transaction(async (tx): Promise<ConversionInstallOutcome> => {
      const closed = await tx.wizardRun.updateMany({
        where: { id: runId, serverId: server.id, status: "IN_PROGRESS", deletedAt: null, action: "CONVERT", step: "CONVERT_OBTAIN_KEY_PACK" },
        data: { status: "FINISHED", step: "CONVERT_COMPLETED", activeServerId: null, finishedAt: new Date() },
      });
      if (closed.count === 0) return { kind: "replay" };
      const { pack: source, left } = await lowerInstalledPack(tx, server.id, asked.keypackId, asked.count);
      const from = source.calType as CalType;
      const to = convertedCalType(from);
      // The Clearinghouse's record says which pack an ID was converted from: another conversion's ID of the same
      // type and count (from another pack, or one the server never lowered) is not this one.
      const issued = await tx.issuedKeyPack.findUnique({ where: { licenseKeyPackId }, select: { convertedFrom: { select: { licenseKeyPackId: true } } } });
      const fromThisPack = issued?.convertedFrom?.licenseKeyPackId === source.licenseKeyPackId;
      if (!fromThisPack || payload.calType !== to || payload.quantity !== asked.count || payload.licenseProgram !== source.licenseProgram || payload.purchaseLine !== 0) {
        throw new WrongPack(`${asked.count.toLocaleString("en-US")} × ${calTypeInfo(to).label}`);
      }
      const { pack } = await installPackInTransaction(tx, server.id, runId, licenseKeyPackId, payload);
      await event(tx, server.id, runId, EVENT_IDS.CALS_CONVERTED, calsConvertedMessage(asked.count, from, asked.keypackId, left, to, pack.keypackId));
      await recordAudit(tx, {
        actorLabel: "Console",
        action: "installed-pack.converted",
        entityType: "InstalledKeyPack",
        entityId: pack.id,
        before: { keypackId: asked.keypackId, calType: from, totalLicenses: source.totalLicenses },
        after: { keypackId: pack.keypackId, calType: to, totalLicenses: pack.totalLicenses, sourceLeft: left },
      });
      const answers: ConversionAnswers = {
        ...asked,
        outcome: { keypackId: pack.keypackId, calType: to, totalLicenses: pack.totalLicenses, sourceKeypackId: asked.keypackId, sourceCalType: from, sourceLeft: left },
      };
      await tx.wizardRun.update({ where: { id: runId }, data: { answers } });
      return { kind: "converted", keypackId: pack.keypackId };
    });
  } catch (error) {
    if (error instanceof NotConvertible) {
      return error.available === null
        ? { kind: "refused", field: "licenseKeyPackId", message: CONVERT_MESSAGES.noSuchPack }
        : { kind: "refused", field: "count", message: CONVERT_MESSAGES.tooMany(error.available) };
    }
    if (error instanceof WrongPack) return { kind: "refused", field: "licenseKeyPackId", message: CONVERT_MESSAGES.wrongPack(error.message) };
    const failure = installFailure(error);
    if (failure) return failure;
    throw error;
  }
}
