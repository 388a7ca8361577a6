// The audit log for supervisors: newest first, filtered by kind of record, action or who, paged by keyset
// over (createdAt, id).
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { decodeCursor, encodeCursor } from "./queue-params";
import { isStorableText } from "@/lib/forms/text";
import { containsText, startsWithText } from "@/lib/like";

const AUDIT_PAGE_SIZE = 50;
export const AUDIT_ENTITY_TYPES = ["RecoveryRequest", "ClearinghouseLicenseServer", "StaffUser", "Entitlement"] as const;

export interface AuditFilter {
  entityType?: string;
  action?: string;
  actor?: string;
  after?: string;
}

export function parseAuditFilter(raw: Record<string, string | string[] | undefined>): AuditFilter {
  const first = (k: string) => {
    const v = raw[k];
    const text = ((Array.isArray(v) ? v[0] : v) ?? "").trim().slice(0, 200);
    // A NUL would make the query fail rather than match nothing (lib/forms/text.ts).
    return text && isStorableText(text) ? text : undefined;
  };
  return { entityType: first("entityType"), action: first("action"), actor: first("actor"), after: first("after") };
}

export async function listAudit(db: Database, filter: AuditFilter) {
  const cursor = decodeCursor(filter.after);
  const where: Prisma.AuditLogWhereInput = {
    entityType: filter.entityType,
    action: filter.action ? startsWithText(filter.action) : undefined,
    actorLabel: filter.actor ? containsText(filter.actor) : undefined,
    ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
  };
  const rows = await db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: AUDIT_PAGE_SIZE + 1, include: { actor: { select: { name: true } } } });
  const more = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page[page.length - 1];
  // Requests are opened by reference: look up the references of the requests on this page at once.
  const requestIds = [...new Set(page.filter((r) => r.entityType === "RecoveryRequest").map((r) => r.entityId))];
  const requests = requestIds.length
    ? await db.recoveryRequest.findMany({ where: { id: { in: requestIds } }, select: { id: true, reference: true } })
    : [];
  // Staff accounts and purchases are named, not shown by their ids.
  const idsOf = (type: string) => [...new Set(page.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const [staff, purchases] = await Promise.all([
    idsOf("StaffUser").length ? db.staffUser.findMany({ where: { id: { in: idsOf("StaffUser") } }, select: { id: true, name: true } }) : [],
    idsOf("Entitlement").length ? db.entitlement.findMany({ where: { id: { in: idsOf("Entitlement") } }, select: { id: true, customerName: true } }) : [],
  ]);
  const references = Object.fromEntries([
    ...requests.map((r) => [r.id, r.reference]),
    ...staff.map((u) => [u.id, u.name]),
    ...purchases.map((e) => [e.id, `purchase of ${e.customerName}`]),
  ]);
  return { rows: page, references, nextCursor: more && last ? encodeCursor(last) : undefined };
}
