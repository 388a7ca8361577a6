// Entitlements (the purchases the Clearinghouse knows), managed by supervisors: list with what is issued,
// add, change the quantity, import rows from CSV (each row its own transaction with its audit entry, so a
// row is either wholly imported or not at all), export.
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import type { LicenseProgram } from "@/lib/licensing/catalog";
import { recordAudit } from "@/lib/audit";
import type { StaffIdentity } from "@/lib/auth/sessions";
import type { CsvRow } from "./entitlement-csv";
import type { EntitlementValues } from "./schemas";
import { isUniqueViolation } from "@/lib/database-errors";
import { containsText } from "@/lib/like";

export const ENTITLEMENT_LIST_LIMIT = 200;

/**
 * What counts against each purchase: its active (not superseded) packs, and the RDS CALs converted from its
 * packs to the other type, which count for good (docs/decisions/038).
 */
async function activeIssuedByEntitlement(db: Prisma.TransactionClient, purchases: readonly { id: string; convertedQuantity: number }[]): Promise<Map<string, number>> {
  if (purchases.length === 0) return new Map();
  const sums = await db.issuedKeyPack.groupBy({ by: ["entitlementId"], where: { entitlementId: { in: purchases.map((p) => p.id) }, supersededAt: null }, _sum: { countedQuantity: true } });
  const counted = new Map(sums.map((s) => [s.entitlementId ?? "", s._sum.countedQuantity ?? 0]));
  return new Map(purchases.map((p) => [p.id, (counted.get(p.id) ?? 0) + p.convertedQuantity]));
}

export async function listEntitlements(db: Database, filter: { q?: string; program?: LicenseProgram } = {}) {
  const q = filter.q?.trim();
  const rows = await db.entitlement.findMany({
    where: {
      licenseProgram: filter.program,
      ...(q ? { OR: [{ credential: containsText(q.replace(/[\s-]/g, "")) }, { customerName: containsText(q) }] } : {}),
    },
    orderBy: [{ customerName: "asc" }, { licenseProgram: "asc" }, { credential: "asc" }],
    take: ENTITLEMENT_LIST_LIMIT + 1,
  });
  const issued = await activeIssuedByEntitlement(db, rows);
  return {
    rows: rows.slice(0, ENTITLEMENT_LIST_LIMIT).map((r) => ({ ...r, activeIssued: issued.get(r.id) ?? 0 })),
    more: rows.length > ENTITLEMENT_LIST_LIMIT,
  };
}

export type EntitlementOutcome = { ok: true; id: string } | { ok: false; field?: string; message: string };


export async function insertEntitlement(db: Database, actor: StaffIdentity, values: EntitlementValues): Promise<EntitlementOutcome> {
  try {
    const created = await db.$transaction(async (tx) => {
      const row = await tx.entitlement.create({ data: values });
      await recordAudit(tx, { actorId: actor.id, actorLabel: actor.email, action: "entitlement.created", entityType: "Entitlement", entityId: row.id, after: values });
      return row;
    });
    return { ok: true, id: created.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: "credential", message: "An entitlement for this license program, credential and type of RDS CAL already exists" };
    throw error;
  }
}

/** Sets the quantity; never below what is already issued from the purchase. */
async function setQuantityInTransaction(tx: Prisma.TransactionClient, actor: StaffIdentity, id: string, quantity: number) {
  // Lock the row, so a concurrent edit or import waits and then sees this one's result.
  const [current] = await tx.$queryRaw<{ quantity: number; convertedQuantity: number }[]>`SELECT "quantity", "convertedQuantity" FROM "Entitlement" WHERE "id" = ${id} FOR UPDATE`;
  if (!current) return { ok: false as const, message: "This entitlement no longer exists." };
  const issued = (await activeIssuedByEntitlement(tx, [{ id, convertedQuantity: current.convertedQuantity }])).get(id) ?? 0;
  if (quantity < issued) return { ok: false as const, message: `The quantity cannot be less than the ${issued} CALs already issued from this purchase` };
  if (current.quantity === quantity) return { ok: true as const, changed: false, before: current.quantity };
  // The version bump tells a web-site submit that read the old quantity to read again (docs/decisions/011).
  await tx.entitlement.update({ where: { id }, data: { quantity, version: { increment: 1 } } });
  await recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.email,
    action: "entitlement.quantity_changed",
    entityType: "Entitlement",
    entityId: id,
    before: { quantity: current.quantity },
    after: { quantity },
  });
  return { ok: true as const, changed: true, before: current.quantity };
}

export async function updateEntitlementQuantity(db: Database, actor: StaffIdentity, id: string, quantity: number): Promise<EntitlementOutcome> {
  const result = await db.$transaction((tx) => setQuantityInTransaction(tx, actor, id, quantity));
  return result.ok ? { ok: true, id } : { ok: false, field: "quantity", message: result.message };
}

export type ImportLine = { line: number; outcome: "added" | "updated" | "unchanged" | "error"; message: string };

/** Imports the valid rows one transaction each; invalid rows are reported and leave nothing behind. */
export async function importEntitlementRows(db: Database, actor: StaffIdentity, rows: CsvRow[]): Promise<ImportLine[]> {
  const report: ImportLine[] = [];
  for (const row of rows) {
    if (!row.ok) {
      report.push({ line: row.line, outcome: "error", message: row.errors.join("; ") });
      continue;
    }
    const v = row.values;
    try {
      const line = await db.$transaction(async (tx): Promise<ImportLine> => {
        const existing = await tx.entitlement.findUnique({
          where: { licenseProgram_credential_calType: { licenseProgram: v.licenseProgram, credential: v.credential, calType: v.calType } },
          select: { id: true },
        });
        if (!existing) {
          const created = await tx.entitlement.create({ data: v });
          await recordAudit(tx, { actorId: actor.id, actorLabel: actor.email, action: "entitlement.created", entityType: "Entitlement", entityId: created.id, after: { ...v, source: "CSV import" } });
          return { line: row.line, outcome: "added", message: `Added: ${v.quantity} CALs for ${v.customerName}` };
        }
        const result = await setQuantityInTransaction(tx, actor, existing.id, v.quantity);
        if (!result.ok) return { line: row.line, outcome: "error", message: `quantity: ${result.message}` };
        return result.changed
          ? { line: row.line, outcome: "updated", message: `Updated: quantity ${result.before} → ${v.quantity}` }
          : { line: row.line, outcome: "unchanged", message: "Unchanged: this entitlement already has this quantity" };
      });
      report.push(line);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      report.push({ line: row.line, outcome: "error", message: "Added by someone else at the same moment; import the file again" });
    }
  }
  return report;
}

export async function exportEntitlements(db: Database) {
  const rows = await db.entitlement.findMany({ orderBy: [{ customerName: "asc" }, { licenseProgram: "asc" }, { credential: "asc" }] });
  const issued = await activeIssuedByEntitlement(db, rows);
  return rows.map((r) => ({ ...r, activeIssued: issued.get(r.id) ?? 0 }));
}
