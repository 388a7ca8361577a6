// Helpdesk reads for Server Components: each opens the app's client and calls the shared query code.
import "server-only";
import { getDb, getSql } from "@/lib/db";
import type { LicenseProgram } from "@/lib/licensing/catalog";
import { countByStatus, listQueue } from "./queue-query";
import type { QueueParams } from "./queue-params";
import { getRequestDetail } from "./request-detail";
import { listEntitlements } from "./entitlements";
import { listAudit, type AuditFilter } from "./audit-query";
import { getOverview } from "./overview";

/** The page of requests and the per-status counts for the same filters, read at once. */
export async function getQueuePage(params: QueueParams) {
  const sql = await getSql();
  const [page, counts] = await Promise.all([listQueue(sql, params), countByStatus(sql, params)]);
  return { ...page, counts };
}

export async function getRequest(reference: string) {
  return getRequestDetail(await getDb(), reference);
}

export async function getEntitlements(filter: { q?: string; program?: LicenseProgram }) {
  return listEntitlements(await getDb(), filter);
}

export async function getEntitlement(id: string) {
  const db = await getDb();
  const entitlement = await db.entitlement.findUnique({ where: { id } });
  if (!entitlement) return null;
  const [issued, packs, history] = await Promise.all([
    db.issuedKeyPack.aggregate({ where: { entitlementId: id, supersededAt: null }, _sum: { countedQuantity: true } }),
    db.issuedKeyPack.findMany({
      where: { entitlementId: id, supersededAt: null },
      orderBy: { issuedAt: "desc" },
      take: 50,
      select: { id: true, licenseKeyPackId: true, targetLicenseServerId: true, quantity: true, issuedAt: true, request: { select: { reference: true } } },
    }),
    db.auditLog.findMany({ where: { entityType: "Entitlement", entityId: id }, orderBy: { createdAt: "desc" }, take: 50 }),
  ]);
  // RDS CALs converted to the other type count against the purchase for good (docs/decisions/038).
  return { entitlement, activeIssued: (issued._sum.countedQuantity ?? 0) + entitlement.convertedQuantity, packs, history };
}

export async function listStaff() {
  const db = await getDb();
  return db.staffUser.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
  });
}

export async function getStaffMember(id: string) {
  const db = await getDb();
  const user = await db.staffUser.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true, _count: { select: { sessions: true } } },
  });
  if (!user) return null;
  const history = await db.auditLog.findMany({ where: { entityType: "StaffUser", entityId: id }, orderBy: { createdAt: "desc" }, take: 50 });
  return { user, history };
}

export async function getAuditPage(filter: AuditFilter) {
  return listAudit(await getDb(), filter);
}

/** A decided request's outcome in brief, for the notice on the next request opened after it. */
export async function getDecisionSummary(reference: string) {
  const db = await getDb();
  const row = await db.recoveryRequest.findUnique({ where: { reference }, select: { reference: true, status: true, issuedKeyPack: { select: { licenseKeyPackId: true } } } });
  return row ? { reference: row.reference, status: row.status, licenseKeyPackId: row.issuedKeyPack?.licenseKeyPackId ?? null } : null;
}

export async function getHelpdeskOverview(now: Date) {
  return getOverview(await getSql(), now);
}
