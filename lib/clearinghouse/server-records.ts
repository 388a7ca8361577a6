// The Clearinghouse's side of a license server's life: activation, reactivation and deactivation of a Product
// ID, each in one transaction with its audit entry (docs/decisions/021-activation-lifecycle.md). The web
// site's pages (server-flow-actions.ts) and the JSON routes the console's Automatic connection calls
// (app/api/clearinghouse/*) both come here; nothing else issues a License Server ID.
// - Activate: a Product ID has one record. Activating it again while it is active gives the same License
//   Server ID back (a lost page, a double submit, a second tab never make a second ID); a deactivated one is
//   activated anew with a new ID.
// - Reactivate: an active Product ID gets a new bound License Server ID. `requestKey` (the console's wizard
//   run) makes an Automatic request that is sent twice issue once.
// - Deactivate: the active Product ID with that License Server ID is marked deactivated; the confirmation code
//   is a function of the pair (confirmation-code.ts), so asking again gives the same code.
// Who asks is a label ("Web site visitor", "Console") or a helpdesk agent taking the call at the phone desk:
// an agent's changes are audited as calls (`call.activated`, …) with the agent as actor, as rebuild calls are.
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { recordAudit, type AuditEntry } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/database-errors";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { issueBoundLicenseServerId } from "@/lib/licensing/activation-id";
import { issueConfirmationCode } from "@/lib/licensing/confirmation-code";
import type { ConnectionMethod } from "@/lib/licensing/catalog";
import type { ReactivationReason } from "@/lib/licensing/catalog";

type Tx = Prisma.TransactionClient;

export interface CompanyRecord {
  firstName: string;
  lastName: string;
  company: string;
  countryRegion: string;
  email?: string | null;
  organizationalUnit?: string | null;
  companyAddress?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
}

export interface ActivationRequest extends CompanyRecord {
  productId: string;
  method: ConnectionMethod;
}

export type ActivationOutcome = { kind: "activated"; licenseServerId: string; alreadyActive: boolean };
export type ReactivationOutcome = { kind: "reactivated"; licenseServerId: string } | { kind: "not-active" };
export type DeactivationOutcome = { kind: "deactivated"; confirmationCode: string } | { kind: "not-active" } | { kind: "wrong-license-server-id" };

const ENTITY = "ClearinghouseLicenseServer";

/** Who asks: a label for the web site and the console, or the agent who took the call. */
export type RecordActor = string | { id: string; email: string };

function auditActor(actor: RecordActor, change: "activated" | "reactivated" | "deactivated"): Pick<AuditEntry, "actorId" | "actorLabel" | "action"> {
  return typeof actor === "string"
    ? { actorLabel: actor, action: `license-server.${change}` }
    : { actorId: actor.id, actorLabel: actor.email, action: `call.${change}` };
}

interface Row {
  id: string;
  licenseServerId: string;
  status: "ACTIVE" | "DEACTIVATED";
  lastRequestKey: string | null;
}

async function lockRow(tx: Tx, productId: string): Promise<Row | null> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT "id", "licenseServerId", "status"::text AS "status", "lastRequestKey" FROM "ClearinghouseLicenseServer" WHERE "productId" = ${productId} FOR UPDATE`;
  return rows[0] ?? null;
}

function company(input: CompanyRecord) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    company: input.company,
    countryRegion: input.countryRegion,
    email: input.email ?? null,
    organizationalUnit: input.organizationalUnit ?? null,
    companyAddress: input.companyAddress ?? null,
    city: input.city ?? null,
    state: input.state ?? null,
    postalCode: input.postalCode ?? null,
  };
}

/** Retries once on a unique violation: two first activations of one Product ID at once (the loser finds the winner's). */
async function withRetry<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return work();
  }
}

export async function activateProductId(db: Database, input: ActivationRequest, actor: RecordActor): Promise<ActivationOutcome> {
  const { current } = await getKeyPackSecrets(db);
  return withRetry(() =>
    db.$transaction(async (tx): Promise<ActivationOutcome> => {
      const row = await lockRow(tx, input.productId);
      if (row?.status === "ACTIVE") return { kind: "activated", licenseServerId: row.licenseServerId, alreadyActive: true };
      const licenseServerId = issueBoundLicenseServerId(input.productId, current);
      const data = { licenseServerId, status: "ACTIVE" as const, method: input.method, ...company(input), activatedAt: new Date(), reactivatedAt: null, deactivatedAt: null, confirmationCode: null };
      const saved = row
        ? await tx.clearinghouseLicenseServer.update({ where: { id: row.id }, data, select: { id: true } })
        : await tx.clearinghouseLicenseServer.create({ data: { productId: input.productId, ...data }, select: { id: true } });
      await recordAudit(tx, { ...auditActor(actor, "activated"), entityType: ENTITY, entityId: saved.id, before: row ? { status: row.status, licenseServerId: row.licenseServerId } : null, after: { productId: input.productId, licenseServerId, method: input.method, company: input.company } });
      return { kind: "activated", licenseServerId, alreadyActive: false };
    }),
  );
}

export async function reactivateProductId(
  db: Database,
  input: { productId: string; reason: ReactivationReason; method: ConnectionMethod; requestKey?: string | null },
  actor: RecordActor,
): Promise<ReactivationOutcome> {
  const { current } = await getKeyPackSecrets(db);
  return db.$transaction(async (tx): Promise<ReactivationOutcome> => {
    const row = await lockRow(tx, input.productId);
    if (row?.status !== "ACTIVE") return { kind: "not-active" };
    if (input.requestKey && row.lastRequestKey === input.requestKey) return { kind: "reactivated", licenseServerId: row.licenseServerId };
    const licenseServerId = issueBoundLicenseServerId(input.productId, current);
    await tx.clearinghouseLicenseServer.update({
      where: { id: row.id },
      data: { licenseServerId, method: input.method, reactivationReason: input.reason, reactivatedAt: new Date(), lastRequestKey: input.requestKey ?? null },
    });
    await recordAudit(tx, { ...auditActor(actor, "reactivated"), entityType: ENTITY, entityId: row.id, before: { licenseServerId: row.licenseServerId }, after: { productId: input.productId, licenseServerId, reason: input.reason, method: input.method } });
    return { kind: "reactivated", licenseServerId };
  });
}

export async function deactivateProductId(
  db: Database,
  input: { productId: string; licenseServerId: string; contactName: string; contactEmail: string; contactPhone: string | null; method: ConnectionMethod },
  actor: RecordActor,
): Promise<DeactivationOutcome> {
  const { current } = await getKeyPackSecrets(db);
  return db.$transaction(async (tx): Promise<DeactivationOutcome> => {
    const row = await lockRow(tx, input.productId);
    if (!row) return { kind: "not-active" };
    if (row.licenseServerId !== input.licenseServerId) return row.status === "ACTIVE" ? { kind: "wrong-license-server-id" } : { kind: "not-active" };
    const confirmationCode = issueConfirmationCode(input.productId, input.licenseServerId, current);
    if (row.status === "DEACTIVATED") return { kind: "deactivated", confirmationCode };
    await tx.clearinghouseLicenseServer.update({
      where: { id: row.id },
      data: { status: "DEACTIVATED", method: input.method, deactivatedAt: new Date(), deactivatedByName: input.contactName, deactivatedByEmail: input.contactEmail, deactivatedByPhone: input.contactPhone, confirmationCode },
    });
    await recordAudit(tx, { ...auditActor(actor, "deactivated"), entityType: ENTITY, entityId: row.id, before: { status: "ACTIVE" }, after: { productId: input.productId, status: "DEACTIVATED", contactEmail: input.contactEmail, method: input.method } });
    return { kind: "deactivated", confirmationCode };
  });
}

/**
 * Records an activation made outside these pages (the seed's servers with their legacy License Server IDs,
 * practice servers, test factories), so they can be reactivated and deactivated like any other.
 */
export function recordExistingActivation(tx: Tx | Database, server: { productId: string; licenseServerId: string; method: ConnectionMethod } & CompanyRecord) {
  return tx.clearinghouseLicenseServer.upsert({
    where: { productId: server.productId },
    create: { productId: server.productId, licenseServerId: server.licenseServerId, method: server.method, ...company(server) },
    update: { licenseServerId: server.licenseServerId, status: "ACTIVE", method: server.method, ...company(server) },
  });
}
