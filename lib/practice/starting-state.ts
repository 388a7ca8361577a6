// Writes a practice server's starting state inside the caller's transaction: its purchases on the
// Clearinghouse side, a license key pack ID issued for each (as a past purchase would have been), the packs
// installed with CALs issued from them, and the activation event. Used by creation and by Reset.
// No "server-only": the e2e factories (prisma/practice-factories.ts) build practice servers the same way.
import type { Prisma } from "@/generated/prisma/client";
import { issueKeyPackInTransaction } from "@/lib/clearinghouse/issue-key-pack";
import { recordExistingActivation } from "@/lib/clearinghouse/server-records";
import { installIssuedKeyPack } from "@/lib/console/installed-packs";
import { issuedCalRows, practiceCredential, PRACTICE_HISTORY_DAYS, PRACTICE_PACKS, PRACTICE_SERVER_FIELDS, type PracticePack } from "./plan";

type Tx = Prisma.TransactionClient;

const ACTIVATED_EVENT = { eventId: 44, message: "The license server was activated by using the Web Browser connection method." };

export function activatedAt(now: Date): Date {
  return new Date(now.getTime() - PRACTICE_HISTORY_DAYS * 86_400_000);
}

/** The server's purchases, one per starting pack: kept (quantity restored) when they exist, else made. */
export async function ensurePurchases(tx: Tx, server: { id: string; name: string }) {
  const existing = await tx.entitlement.findMany({ where: { practiceServerId: server.id } });
  const purchases: { id: string; pack: PracticePack }[] = [];
  for (const pack of PRACTICE_PACKS) {
    const found = existing.find((e) => e.licenseProgram === pack.licenseProgram && e.calType === pack.calType);
    if (found) {
      if (found.quantity !== pack.quantity) await tx.entitlement.update({ where: { id: found.id }, data: { quantity: pack.quantity, version: { increment: 1 } } });
      purchases.push({ id: found.id, pack });
      continue;
    }
    const created = await tx.entitlement.create({
      data: { ...pick(pack), credential: practiceCredential(pack.licenseProgram), customerName: `Contoso Training (practice server ${server.name})`, practiceServerId: server.id },
      select: { id: true },
    });
    purchases.push({ id: created.id, pack });
  }
  return purchases;
}

function pick(pack: PracticePack) {
  return { licenseProgram: pack.licenseProgram, calType: pack.calType, quantity: pack.quantity };
}

/** An activated server with its purchases and no RDS CALs: the purchases and the activation event only. */
export async function recordActivation(tx: Tx, server: { id: string; name: string }, now: Date) {
  await ensurePurchases(tx, server);
  await tx.serverEvent.create({ data: { serverId: server.id, ...ACTIVATED_EVENT, createdAt: activatedAt(now) } });
}

/**
 * Issues, installs and hands out the starting packs of a server that has none, and logs its activation.
 * `purchasesOf`: whose purchases they come from (a failed source's: its scenario server's, which the
 * migration moves them to; lib/clearinghouse/issue-key-pack.ts lets them issue for both).
 */
export async function installStartingPacks(tx: Tx, server: { id: string; name: string; licenseServerId: string }, now: Date, purchasesOf: { id: string; name: string } = server) {
  const since = activatedAt(now);
  for (const { id: entitlementId, pack } of await ensurePurchases(tx, purchasesOf)) {
    const issued = await issueKeyPackInTransaction(tx, { targetLicenseServerId: server.licenseServerId, ...pick(pack), entitlementId }, since);
    // Installed as the console installs: with the lineage the ID names, so a later pack of the purchase replaces it.
    const { pack: installed } = await installIssuedKeyPack(tx, server, issued.licenseKeyPackId, { installedAt: since });
    await tx.issuedCal.createMany({ data: issuedCalRows(pack, installed.keypackId, now).map((cal) => ({ ...cal, serverId: server.id, installedKeyPackId: installed.id })) });
  }
  await tx.serverEvent.create({ data: { serverId: server.id, ...ACTIVATED_EVENT, createdAt: since } });
}

/**
 * The failed source of a "migrate from a failed server" scenario (lib/practice/scenarios.ts): an activated
 * practice server of the same owner, known to the Clearinghouse, holding the starting packs issued from the
 * scenario server's purchases, and UNREACHABLE (the console cannot connect to it or change it).
 */
export async function createFailedSource(tx: Tx, target: { id: string; name: string }, source: { name: string; productId: string; licenseServerId: string; owner: string; expiresAt: Date }, now: Date) {
  const server = await tx.licenseServer.create({
    data: {
      ...PRACTICE_SERVER_FIELDS,
      name: source.name,
      productId: source.productId,
      licenseServerId: source.licenseServerId,
      activatedAt: activatedAt(now),
      practiceOwner: source.owner,
      practiceExpiresAt: source.expiresAt,
      practiceAccess: "UNREACHABLE",
      practiceSourceFor: target.id,
    },
    select: { id: true, name: true, licenseServerId: true },
  });
  await recordExistingActivation(tx, { ...PRACTICE_SERVER_FIELDS, productId: source.productId, licenseServerId: source.licenseServerId, method: PRACTICE_SERVER_FIELDS.connectionMethod });
  await installStartingPacks(tx, { ...server, licenseServerId: source.licenseServerId }, now, target);
  return server;
}
