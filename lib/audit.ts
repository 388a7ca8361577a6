// The audit log: who did what to which record, with the values before and after. Call it inside the same
// transaction as the change it records, so neither exists without the other.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "./audit-actions";

export interface AuditEntry {
  actorId?: string | null;
  /** Who, in words: a staff member's e-mail, "Web site visitor", "Console", "Seed". */
  actorLabel: string;
  /** One of lib/audit-actions.ts, each with its label. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

export function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

/**
 * The same entry as one INSERT, for a statement that writes several rows at once (a CTE): written once for
 * each row of `source` (a CTE of the statement), so an entry exists exactly when the change it records does.
 */
export function auditInsertSql(entry: AuditEntry, source: Prisma.Sql): Prisma.Sql {
  const json = (value: Prisma.InputJsonValue | null | undefined) => (value === null || value === undefined ? null : JSON.stringify(value));
  return Prisma.sql`INSERT INTO "AuditLog" ("id", "actorId", "actorLabel", "action", "entityType", "entityId", "before", "after")
    SELECT ${randomUUID()}, ${entry.actorId ?? null}, ${entry.actorLabel}, ${entry.action}, ${entry.entityType}, ${entry.entityId},
           ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb FROM ${source}`;
}
