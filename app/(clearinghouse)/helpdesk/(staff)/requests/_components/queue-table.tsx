import Link from "next/link";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { calTypeLabel, programLabel } from "@/lib/helpdesk/labels";
import { formatDateTime } from "@/lib/format/date";
import type { QueueRow } from "@/lib/helpdesk/queue-query";
import { StatusBadge } from "@/components/helpdesk/status-badge";
import { TableShell } from "@/components/helpdesk/table-shell";
import { GroupedId } from "@/components/ui/grouped-id";

const HEADERS = ["Reference", "Received", "Company", "Target License Server ID", "License Program", "Type of RDS CAL and quantity", "Status", "Why it needs review"];

export function QueueTable({ rows }: { rows: QueueRow[] }) {
  return (
    <TableShell caption="Recovery requests" headers={HEADERS}>
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-line align-top">
          <th scope="row" className="whitespace-nowrap px-3 py-2 font-mono">
            <Link href={`/helpdesk/requests/${r.reference}`}>{r.reference}</Link>
          </th>
          <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.createdAt)}</td>
          <td className="px-3 py-2">{r.companyName}</td>
          <td className="px-3 py-2 text-xs"><GroupedId value={formatLicenseServerId(r.targetLicenseServerId)} /></td>
          <td className="px-3 py-2">{programLabel(r.licenseProgram)}</td>
          <td className="px-3 py-2">{calTypeLabel(r.calType)} × {r.quantity}</td>
          <td className="px-3 py-2"><StatusBadge status={r.status} /></td>
          <td className="px-3 py-2">{r.reviewReason ?? <span className="text-muted">—</span>}</td>
        </tr>
      ))}
    </TableShell>
  );
}
