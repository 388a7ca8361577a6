import Link from "next/link";
import { TableShell } from "./table-shell";
import { actionLabel } from "@/lib/audit-actions";
import { formatDateTime } from "@/lib/format/date";
import { describeAudit } from "@/lib/helpdesk/audit-words";

export interface AuditRow {
  id: string;
  createdAt: Date;
  actorLabel: string;
  actor?: { name: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Where an audit entry's record is shown, when the helpdesk has a page for it. */
function recordHref(row: AuditRow, references: Record<string, string>): string | null {
  if (row.entityType === "RecoveryRequest") return references[row.entityId] ? `/helpdesk/requests/${references[row.entityId]}` : null;
  if (row.entityType === "StaffUser") return `/helpdesk/staff/${row.entityId}`;
  if (row.entityType === "Entitlement") return `/helpdesk/entitlements/${row.entityId}`;
  return null;
}

/** Audit entries as a table: when, who, what, and what changed. */
export function AuditTable({ rows, showEntity = false, references = {} }: { rows: AuditRow[]; showEntity?: boolean; references?: Record<string, string> }) {
  return (
    <TableShell caption="Audit entries" headers={["When", "Who", "What", ...(showEntity ? ["Record"] : []), "What happened"]} className="">
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-line align-top">
          <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.createdAt)}</td>
          <td className="px-3 py-2" title={r.actorLabel}>{r.actor?.name ?? r.actorLabel}</td>
          <td className="px-3 py-2">{actionLabel(r.action)}</td>
          {showEntity ? <td className="px-3 py-2"><RecordCell row={r} href={recordHref(r, references)} label={references[r.entityId]} /></td> : null}
          <td className="px-3 py-2">
            <ul>
              {describeAudit(r.action, r.before, r.after, r.actor?.name ?? r.actorLabel).map((line) => <li key={line} className="break-words">{line}</li>)}
            </ul>
          </td>
        </tr>
      ))}
    </TableShell>
  );
}

export function AuditHistory({ title, rows }: { title: string; rows: AuditRow[] }) {
  return (
    <section aria-labelledby="history-heading" className="mt-8">
      <h2 id="history-heading" className="text-lg">{title}</h2>
      <div className="mt-3">{rows.length === 0 ? <p>No entries yet.</p> : <AuditTable rows={rows} />}</div>
    </section>
  );
}

function RecordCell({ row, href, label }: { row: AuditRow; href: string | null; label?: string }) {
  const kinds: Record<string, string> = { RecoveryRequest: "Request", StaffUser: "Staff", Entitlement: "Entitlement" };
  const text = `${kinds[row.entityType] ?? row.entityType} ${label ?? row.entityId}`;
  return href ? <Link href={href}>{text}</Link> : <>{text}</>;
}
