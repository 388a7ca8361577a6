// Practice servers' lifecycle, each change in one transaction: start (one per browser), reset to the starting
// state, and removal of expired ones with all their data on both sides. No "server-only": the e2e factories
// call these too; the server actions in ./actions.ts are the app's way in.
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { generateProductId } from "@/lib/licensing/product-id";
import { practiceExpiry, practiceServerName, PRACTICE_SERVER_FIELDS, type PracticeStart } from "./plan";
import { activatedAt, createFailedSource, ensurePurchases, installStartingPacks, recordActivation } from "./starting-state";
import { isScenarioId, SCENARIOS, type ScenarioId } from "./scenarios";
import { recordExistingActivation } from "@/lib/clearinghouse/server-records";
import { isUniqueViolation } from "@/lib/database-errors";

type Tx = Prisma.TransactionClient;

/**
 * This browser's practice server: the live one it already has, else a new one. The owner's advisory lock
 * makes a double click or two tabs wait for the first, which then finds the server made. A clash of random
 * names or credentials (unique indexes) rolls back and tries again with new ones.
 */
export async function startPracticeServer(db: Database, owner: string, ttlHours: number, now = new Date(), options: PracticeStart = {}, assignment?: PracticeAssignment) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`practice:${owner}`}))`;
        // A class trainee has one server per scenario; anyone else one per browser.
        const scenario = assignment ? { practiceScenario: assignment.scenario } : {};
        const existing = await tx.licenseServer.findFirst({ where: { practiceOwner: owner, practiceExpiresAt: { gt: now }, ...scenario }, select: { id: true, name: true } });
        if (existing) return { ...existing, created: false };
        const server = await createPracticeServer(tx, owner, practiceExpiry(now, ttlHours), now, options, assignment);
        return { id: server.id, name: server.name, created: true };
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** A class trainee's server: its scenario (lib/practice/scenarios.ts) and its trainee. */
export interface PracticeAssignment {
  scenario: ScenarioId;
  traineeId: string;
}

export async function createPracticeServer(tx: Tx, owner: string, expiresAt: Date, now = new Date(), options: PracticeStart = {}, assignment?: PracticeAssignment) {
  const activated = options.activated ?? true;
  const server = await tx.licenseServer.create({
    data: {
      ...PRACTICE_SERVER_FIELDS,
      name: practiceServerName(),
      productId: generateProductId(),
      practiceOwner: owner,
      practiceExpiresAt: expiresAt,
      practiceStartsActivated: activated,
      practiceAccess: options.notAdministrator ? "NOT_ADMIN" : "ADMIN",
      ...(assignment ? { practiceScenario: assignment.scenario, traineeId: assignment.traineeId } : {}),
      ...(activated ? { licenseServerId: generateLicenseServerId(), activatedAt: activatedAt(now) } : NOT_ACTIVATED),
    },
    select: { id: true, name: true, licenseServerId: true, productId: true },
  });
  await writeStartingState(tx, server, now, options.packs ?? true);
  if (options.failedSource) await createFailedSource(tx, server, { name: practiceServerName(), productId: generateProductId(), licenseServerId: generateLicenseServerId(), owner, expiresAt }, now);
  return server;
}

/** A not-activated practice server: no License Server ID, no company information yet (the trainee types it). */
const NOT_ACTIVATED = { activated: false, licenseServerId: null, activatedAt: null, firstName: null, lastName: null, company: null, countryRegion: null, email: null, organizationalUnit: null } as const;

/**
 * The starting state on both sides: activated, the Clearinghouse's record of the activation and the starting
 * packs; not activated, only the purchases (to install after activating).
 */
async function writeStartingState(tx: Tx, server: { id: string; name: string; licenseServerId: string | null; productId: string }, now: Date, packs: boolean) {
  if (!server.licenseServerId) {
    await ensurePurchases(tx, server);
    return;
  }
  await recordExistingActivation(tx, { ...PRACTICE_SERVER_FIELDS, productId: server.productId, licenseServerId: server.licenseServerId, method: PRACTICE_SERVER_FIELDS.connectionMethod });
  // Activated with no RDS CALs yet (a scenario that installs them): the purchases and the activation only.
  if (packs) await installStartingPacks(tx, { ...server, licenseServerId: server.licenseServerId }, now);
  else await recordActivation(tx, server, now);
}

/**
 * What the web site holds for these servers: requests (and their audit entries), issued packs and drafts for
 * their License Server IDs, and the activation records of their Product IDs.
 */
async function deleteWebSiteData(tx: Tx, servers: { licenseServerId: string | null; productId: string }[]) {
  const productIds = servers.map((s) => s.productId);
  const records = await tx.clearinghouseLicenseServer.findMany({ where: { productId: { in: productIds } }, select: { id: true, licenseServerId: true } });
  await tx.auditLog.deleteMany({ where: { entityType: "ClearinghouseLicenseServer", entityId: { in: records.map((r) => r.id) } } });
  await tx.clearinghouseLicenseServer.deleteMany({ where: { productId: { in: productIds } } });
  // Every License Server ID the server had: its current one, and the one its record names (before a deactivation).
  const licenseServerIds = [...new Set([...servers.map((s) => s.licenseServerId), ...records.map((r) => r.licenseServerId)].filter((id): id is string => !!id))];
  const requests = await tx.recoveryRequest.findMany({ where: { targetLicenseServerId: { in: licenseServerIds } }, select: { id: true } });
  const requestIds = requests.map((r) => r.id);
  await tx.auditLog.deleteMany({ where: { entityType: "RecoveryRequest", entityId: { in: requestIds } } });
  await tx.recoveryRequest.deleteMany({ where: { id: { in: requestIds } } });
  await tx.issuedKeyPack.deleteMany({ where: { targetLicenseServerId: { in: licenseServerIds } } });
  await tx.manageCalsDraft.deleteMany({ where: { targetLicenseServerId: { in: licenseServerIds } } });
}

/** Revoke License's records of these servers and their audit entries (docs/decisions/037). */
async function deleteRevocations(tx: Tx, serverIds: string[]) {
  const revocations = await tx.calRevocation.findMany({ where: { serverId: { in: serverIds } }, select: { id: true } });
  await tx.auditLog.deleteMany({ where: { entityType: "CalRevocation", entityId: { in: revocations.map((r) => r.id) } } });
  await tx.calRevocation.deleteMany({ where: { serverId: { in: serverIds } } });
}

// Reset and removal delete a server's rows on both sites in one transaction: over Prisma's 5-second default
// when many practice servers expire at once on a busy machine (the e2e suite), so they have longer.
const LONG_TRANSACTION = { timeout: 30_000 };

/**
 * Back to the starting state, keeping the License Server ID and the purchases' credentials. The first
 * statement locks the server's row, so two resets run one after the other. False when the server is not
 * this owner's live practice server.
 */
export async function resetPracticeServer(db: Database, id: string, owner: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // A failed source is reset with its scenario's server (it has no starting state of its own).
    const asked = await tx.licenseServer.findFirst({ where: { id, practiceOwner: owner }, select: { practiceSourceFor: true } });
    const serverId = asked?.practiceSourceFor ?? id;
    const mine = await tx.licenseServer.findFirst({ where: { id: serverId, practiceOwner: owner, practiceExpiresAt: { gt: now } }, select: { practiceStartsActivated: true, practiceScenario: true, practiceExpiresAt: true } });
    if (!mine) return false;
    const start: PracticeStart = isScenarioId(mine.practiceScenario) ? SCENARIOS[mine.practiceScenario].start : {};
    // A failed source goes first (its packs came from this server's purchases) and comes back as it started, under the same name and IDs.
    const sources = await tx.licenseServer.findMany({ where: { practiceSourceFor: serverId }, select: { id: true, name: true, licenseServerId: true, productId: true } });
    await deleteServers(tx, sources);
    const before = await tx.licenseServer.findUniqueOrThrow({ where: { id: serverId }, select: { licenseServerId: true, productId: true } });
    await deleteWebSiteData(tx, [before]);
    // Back to the starting state chosen at the start; an activated one keeps (or gets back) a License Server ID.
    const server = await tx.licenseServer.update({
      where: { id: serverId },
      data: mine.practiceStartsActivated
        ? { ...PRACTICE_SERVER_FIELDS, licenseServerId: before.licenseServerId ?? generateLicenseServerId(), activatedAt: activatedAt(now), practiceAccess: start.notAdministrator ? "NOT_ADMIN" : "ADMIN" }
        : { ...PRACTICE_SERVER_FIELDS, ...NOT_ACTIVATED, practiceAccess: start.notAdministrator ? "NOT_ADMIN" : "ADMIN" },
      select: { id: true, name: true, licenseServerId: true, productId: true },
    });
    await tx.serverEvent.deleteMany({ where: { serverId } });
    await tx.wizardRun.deleteMany({ where: { serverId } });
    await tx.installedKeyPack.deleteMany({ where: { serverId } }); // issued CALs go with their packs
    await deleteRevocations(tx, [serverId]);
    // The web site's packs for it are gone, so generations start again at 1 (docs/decisions/018-key-pack-generations.md).
    await tx.keyPackGeneration.deleteMany({ where: { serverId } });
    await writeStartingState(tx, server, now, start.packs ?? true);
    for (const source of sources) {
      if (source.licenseServerId) await createFailedSource(tx, server, { ...source, licenseServerId: source.licenseServerId, owner, expiresAt: mine.practiceExpiresAt! }, now);
    }
    return true;
  }, LONG_TRANSACTION);
}

/** Removes practice servers whose time is up, with everything of theirs on both sides. Returns how many. */
export async function removeExpiredPracticeServers(db: Database, now = new Date()): Promise<number> {
  return removePracticeServers(db, { practiceOwner: { not: null }, practiceExpiresAt: { lte: now } });
}

/** Removes the practice servers `where` names (100 at most), with everything of theirs on both sides (a trainer's Remove, expiry). */
export async function removePracticeServers(db: Database, where: Prisma.LicenseServerWhereInput & { practiceOwner: { not: null } }): Promise<number> {
  const found = await db.licenseServer.findMany({ where, select: { id: true, licenseServerId: true, productId: true }, take: 100 });
  if (found.length === 0) return 0;
  return db.$transaction(async (tx) => {
    // With their failed sources (a migration scenario's), which hold packs of their purchases.
    const sources = await tx.licenseServer.findMany({ where: { practiceSourceFor: { in: found.map((s) => s.id) } }, select: { id: true, licenseServerId: true, productId: true } });
    await deleteServers(tx, sources);
    return deleteServers(tx, found, where);
  }, LONG_TRANSACTION);
}

/** Deletes these servers (those of them `where` still names) with everything of theirs on both sides, in the caller's transaction. */
async function deleteServers(tx: Tx, found: { id: string; licenseServerId: string | null; productId: string }[], where: Prisma.LicenseServerWhereInput = {}): Promise<number> {
  if (found.length === 0) return 0;
  const ids = found.map((s) => s.id);
  await deleteWebSiteData(tx, found);
  const purchases = await tx.entitlement.findMany({ where: { practiceServerId: { in: ids } }, select: { id: true } });
  await tx.auditLog.deleteMany({ where: { entityType: "Entitlement", entityId: { in: purchases.map((p) => p.id) } } });
  await deleteRevocations(tx, ids);
  await tx.practiceMark.deleteMany({ where: { serverId: { in: ids } } });
  // The schema cascades the rest: key packs, issued CALs, wizard runs, events, the server's purchases.
  const removed = await tx.licenseServer.deleteMany({ where: { ...where, id: { in: ids } } });
  return removed.count;
}
