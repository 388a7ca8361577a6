// Issuing a license key pack ID: the one place the Clearinghouse signs one (the web site's immediate issue
// and the helpdesk's Approve and issue both call it inside their transaction). The new pack replaces the
// previous one for the same entitlement and license server, which stops counting against the purchase.
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import { encodeKeyPackId, MAX_SERIAL } from "@/lib/licensing/key-pack-id";
import { randomBits } from "@/lib/licensing/random";
import type { KeyPackSecrets } from "@/lib/key-pack-secret";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import type { Prisma } from "@/generated/prisma/client";

export interface IssueKeyPackInput {
  targetLicenseServerId: string;
  calType: CalType;
  licenseProgram: LicenseProgram;
  quantity: number;
  entitlementId?: string | null;
}

/** The values of a new IssuedKeyPack row: a random 40-bit serial and the license key pack ID signed for it. */
export function prepareKeyPack(input: IssueKeyPackInput, secrets: KeyPackSecrets) {
  const serial = randomBits(40) & MAX_SERIAL;
  const licenseKeyPackId = encodeKeyPackId(
    { calType: input.calType, licenseProgram: input.licenseProgram, quantity: input.quantity, serial },
    input.targetLicenseServerId,
    secrets.current,
  );
  return { serial, licenseKeyPackId };
}

/**
 * Must run inside a transaction. The serial is 40 random bits, unique in the database: a collision (about
 * one in a trillion per pair) makes the insert, and so the caller's transaction, fail cleanly.
 */
export async function issueKeyPackInTransaction(tx: Prisma.TransactionClient, input: IssueKeyPackInput, now = new Date()) {
  if (input.entitlementId) {
    // A web-site submit that read this purchase's packs before this pack must read again (decisions/011).
    await tx.entitlement.updateMany({ where: { id: input.entitlementId }, data: { version: { increment: 1 } } });
    await tx.issuedKeyPack.updateMany({
      where: { entitlementId: input.entitlementId, targetLicenseServerId: input.targetLicenseServerId, supersededAt: null },
      data: { supersededAt: now },
    });
  }
  const { serial, licenseKeyPackId } = prepareKeyPack(input, await getKeyPackSecrets(tx));
  return tx.issuedKeyPack.create({
    data: {
      licenseKeyPackId,
      serial,
      targetLicenseServerId: input.targetLicenseServerId,
      calType: input.calType,
      licenseProgram: input.licenseProgram,
      quantity: input.quantity,
      entitlementId: input.entitlementId ?? null,
      issuedAt: now,
    },
  });
}
