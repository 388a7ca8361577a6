// The one write of an installed key pack (InstalledKeyPack), inside the caller's transaction: the pack
// records the lineage its license key pack ID names (purchase line and generation, docs/decisions/018 and
// 029) and goes through the generation rule, so a server holds at most one pack per purchase line. Every
// way a pack gets onto a server comes here: the wizards' installs (manage-cals/mutations.ts, and through it the
// migration's), and the packs that were installed before the story starts (a practice server's starting
// packs, the seed and the test factories). No "server-only": the e2e factories call it too.
import type { Prisma } from "@/generated/prisma/client";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { decodeKeyPackId, type KeyPackPayload } from "@/lib/licensing/key-pack-id";
import { allocateKeypackId } from "./keypack-ids";

type Tx = Prisma.TransactionClient;

/** Thrown inside the install transaction: a later generation of the purchase line is installed there already. */
export class EarlierGeneration extends Error {
  constructor(readonly highest: number) {
    super("An earlier generation of the purchase line");
  }
}

/** Thrown inside the install transaction: every RDS CAL of the ID was converted to the other type. */
export class AllConverted extends Error {
  constructor() {
    super("Every RDS CAL of the key pack was converted");
  }
}

export interface PackToInsert {
  /** Normalised (no separators), as decodeKeyPackId gives it. */
  licenseKeyPackId: string;
  payload: KeyPackPayload;
  wizardRunId?: string | null;
  installedAt?: Date;
  expiresAt?: Date | null;
}

/**
 * Inserts the pack with its lineage after the generation rule (recordGeneration), with the RDS CALs not
 * converted away (convertedFrom). Throws EarlierGeneration, AllConverted, and a unique violation for a pack
 * installed on the server before; the caller's transaction rolls back.
 * Returns the new pack and the Keypack IDs of the packs of earlier generations it removed.
 */
export async function insertInstalledPack(tx: Tx, serverId: string, input: PackToInsert) {
  const { payload } = input;
  const totalLicenses = payload.quantity - (await convertedFrom(tx, input.licenseKeyPackId));
  if (totalLicenses <= 0) throw new AllConverted();
  const retired = await recordGeneration(tx, serverId, payload);
  const pack = await tx.installedKeyPack.create({
    data: {
      serverId,
      keypackId: await allocateKeypackId(tx, serverId),
      licenseKeyPackId: input.licenseKeyPackId,
      calType: payload.calType,
      licenseProgram: payload.licenseProgram,
      totalLicenses,
      // Line 0, generation 0: the ID names no purchase (a helpdesk approval without one).
      purchaseLine: payload.purchaseLine,
      generation: payload.generation,
      wizardRunId: input.wizardRunId ?? null,
      expiresAt: input.expiresAt ?? null,
      ...(input.installedAt ? { installedAt: input.installedAt } : {}),
    },
    select: { id: true, keypackId: true, calType: true, licenseProgram: true, totalLicenses: true },
  });
  return { pack, retired };
}

/**
 * The RDS CALs converted from this license key pack ID to the other type (Convert RDS CALs): the ID still
 * names the quantity it was issued with, but those CALs are in the converted packs now, so installing it
 * again (a rebuild, a response file) gives only what is left (docs/decisions/038). The Clearinghouse's record
 * (IssuedKeyPack.convertedFromId) stands for what a real license server learns from it when it converts.
 */
async function convertedFrom(tx: Tx, licenseKeyPackId: string): Promise<number> {
  const converted = await tx.issuedKeyPack.aggregate({ where: { convertedFrom: { licenseKeyPackId } }, _sum: { quantity: true } });
  return converted._sum.quantity ?? 0;
}

/**
 * Installs a license key pack ID issued for `server` outside the wizards (a practice server's starting packs,
 * the seed, the factories): decoded for the server as the console's install checks it, then insertInstalledPack.
 * Throws when the ID is not a genuine one for this server.
 */
export async function installIssuedKeyPack(tx: Tx, server: { id: string; licenseServerId: string | null }, licenseKeyPackId: string, options: Omit<PackToInsert, "licenseKeyPackId" | "payload"> = {}) {
  const decoded = decodeKeyPackId(licenseKeyPackId, server.licenseServerId ?? "", (await getKeyPackSecrets(tx)).accepted);
  if (decoded.status !== "valid") throw new Error(`Installing ${licenseKeyPackId}: not a license key pack ID for this license server (${decoded.status})`);
  return insertInstalledPack(tx, server.id, { ...options, licenseKeyPackId: decoded.value, payload: decoded.payload });
}

/**
 * The generation rule (docs/decisions/018-key-pack-generations.md): the server remembers the highest generation of each purchase
 * line installed on it, in a row the rebuild does not delete. An earlier one than that is refused (thrown,
 * so the caller's transaction rolls back); the same or a later one is recorded and removes the server's
 * packs of earlier generations of that line, with their issued CALs. The upsert locks the row, so two
 * installs of one line on one server run one after the other. Returns the Keypack IDs removed.
 */
async function recordGeneration(tx: Tx, serverId: string, payload: KeyPackPayload): Promise<number[]> {
  if (payload.purchaseLine === 0) return [];
  const recorded = await tx.$queryRaw<{ highest: number }[]>`
    INSERT INTO "KeyPackGeneration" ("serverId", "purchaseLine", "highest", "updatedAt")
    VALUES (${serverId}, ${payload.purchaseLine}::int, ${payload.generation}::int, now())
    ON CONFLICT ("serverId", "purchaseLine") DO UPDATE SET "highest" = EXCLUDED."highest", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "KeyPackGeneration"."highest" <= EXCLUDED."highest"
    RETURNING "highest"`;
  if (recorded.length === 0) {
    const seen = await tx.keyPackGeneration.findUniqueOrThrow({ where: { serverId_purchaseLine: { serverId, purchaseLine: payload.purchaseLine } }, select: { highest: true } });
    throw new EarlierGeneration(seen.highest);
  }
  const retired = await tx.$queryRaw<{ keypackId: number }[]>`
    DELETE FROM "InstalledKeyPack" WHERE "serverId" = ${serverId} AND "purchaseLine" = ${payload.purchaseLine}::int AND "generation" < ${payload.generation}::int
    RETURNING "keypackId"`;
  return retired.map((r) => r.keypackId).sort((a, b) => a - b);
}

/** Thrown inside a conversion's transaction: the pack is gone, or has fewer unissued RDS CALs than asked for. */
export class NotConvertible extends Error {
  constructor(readonly available: number | null) {
    super(available === null ? "The key pack is not installed" : `The key pack has ${available} RDS CALs available`);
  }
}

/**
 * Convert RDS CALs: lowers an installed pack by `count` of its unissued RDS CALs (the other type's pack is
 * installed beside it by the caller, in the same transaction). The pack is locked first, so two conversions
 * of one pack, or a CAL issued meanwhile, are counted one after the other. A pack left with no RDS CALs goes.
 * Throws NotConvertible; returns the pack as it was and the RDS CALs it keeps.
 */
export async function lowerInstalledPack(tx: Tx, serverId: string, keypackId: number, count: number) {
  const [pack] = await tx.$queryRaw<{ id: string; licenseKeyPackId: string; calType: string; licenseProgram: string; totalLicenses: number }[]>`
    SELECT "id", "licenseKeyPackId", "calType"::text AS "calType", "licenseProgram"::text AS "licenseProgram", "totalLicenses" FROM "InstalledKeyPack"
    WHERE "serverId" = ${serverId} AND "keypackId" = ${keypackId}::int FOR UPDATE`;
  if (!pack) throw new NotConvertible(null);
  const issued = await tx.issuedCal.count({ where: { installedKeyPackId: pack.id } });
  const available = pack.totalLicenses - issued;
  if (count < 1 || count > available) throw new NotConvertible(Math.max(available, 0));
  const left = pack.totalLicenses - count;
  if (left === 0) await tx.installedKeyPack.delete({ where: { id: pack.id } });
  else await tx.installedKeyPack.update({ where: { id: pack.id }, data: { totalLicenses: left } });
  return { pack, left };
}
