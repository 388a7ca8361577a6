import Link from "next/link";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { calTypeLabel, programLabel, shortCalTypeLabel } from "@/lib/helpdesk/labels";
import { formatAge } from "@/lib/helpdesk/format";
import { formatDateTime } from "@/lib/format/date";
import { companiesMatch } from "@/lib/helpdesk/company-match";
import type { QueueRow } from "@/lib/helpdesk/queue-query";
import { StatusBadge } from "@/components/helpdesk/status-badge";
import { Tag } from "@/components/helpdesk/tag";

// One line per request at 1280 px: fixed column widths, and every cell cut with an ellipsis (its full text
// in the title) rather than wrapping. The status column only appears when the view mixes statuses.
const COLUMNS = [
  { label: "Reference", width: "w-[7.5rem]" },
  { label: "Age", width: "w-[4rem]" },
  { label: "Company", width: "w-[11rem]" },
  { label: "Target License Server ID", width: "w-[17.5rem]" },
  { label: "License Program", width: "w-[8rem]" },
  { label: "RDS CALs", width: "w-[8.5rem]" },
  { label: "Why it needs review", width: "w-[12rem]" },
  { label: "Who has it", width: "w-[7rem]" },
];
const cell = "truncate whitespace-nowrap px-2 py-1";

export function QueueTable({ rows, showStatus, now, staffId }: { rows: QueueRow[]; showStatus: boolean; now: Date; staffId: string }) {
  const columns = showStatus ? [...COLUMNS, { label: "Status", width: "w-[8rem]" }] : COLUMNS;
  return (
    <div className="mt-2 overflow-x-auto rounded-lg border border-line bg-surface shadow-sm">
      <table className="w-full min-w-[72rem] table-fixed border-collapse text-left text-sm leading-5" data-queue-table>
        <caption className="sr-only">Recovery requests</caption>
        <thead className="bg-chrome">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`${c.width} ${cell} font-semibold`}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const mismatch = !companiesMatch(r.companyName, r.purchaseCustomer);
            return (
              <tr key={r.id} className="border-t border-line focus-within:bg-canvas data-[current=true]:bg-warning-soft" data-queue-row>
                <th scope="row" className={`${cell} font-mono font-normal`}>
                  <Link href={`/helpdesk/requests/${r.reference}`} data-queue-link>{r.reference}</Link>
                </th>
                <td className={cell} title={`Received ${formatDateTime(r.createdAt)}`}>{formatAge(r.createdAt, now)}</td>
                <td className={cell} title={mismatch ? `${r.companyName}: the purchase is ${r.purchaseCustomer}'s` : r.companyName}>
                  {r.practice ? <Tag tone="muted">Practice</Tag> : null}
                  {r.channel === "TELEPHONE" ? <Tag tone="muted">Telephone</Tag> : null}
                  {mismatch ? <Tag tone="danger">Other company</Tag> : null}
                  {r.companyName}
                </td>
                <td className={`${cell} font-mono text-[11px]`}>{formatLicenseServerId(r.targetLicenseServerId)}</td>
                <td className={cell} title={programLabel(r.licenseProgram)}>{programLabel(r.licenseProgram)}</td>
                <td className={cell} title={`${calTypeLabel(r.calType)} × ${r.quantity}`}>{shortCalTypeLabel(r.calType)} × {r.quantity.toLocaleString("en-US")}</td>
                <td className={cell} title={r.reviewReason ?? undefined}>{r.reviewReason ?? <span className="text-muted">—</span>}</td>
                <td className={cell} title={r.assigneeName ?? undefined}>
                  {r.assignedToId === staffId ? <strong>You</strong> : (r.assigneeName ?? <span className="text-muted">Nobody</span>)}
                </td>
                {showStatus ? <td className={cell}><StatusBadge status={r.status} /></td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
