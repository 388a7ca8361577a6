import Link from "next/link";
import { calTypeLabel } from "@/lib/helpdesk/labels";
import { formatDateTime } from "@/lib/format/date";
import type { RequestDetail } from "@/lib/helpdesk/request-detail";
import { StatusBadge } from "@/components/helpdesk/status-badge";
import { TableScroll } from "@/components/ui/table-scroll";
import { Section } from "./section";

export function EarlierRequests({ rows }: { rows: RequestDetail["earlier"] }) {
  return (
    <Section id="earlier-heading" title="Other requests for this license server">
      {rows.length === 0 ? (
        <p>None: this is the only request for this Target License Server ID.</p>
      ) : (
        <TableScroll label="Earlier requests, newest first">
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              {["Reference", "Received", "Type of RDS CAL and quantity", "Status"].map((h) => (
                <th key={h} scope="col" className="py-1 pr-3 font-semibold">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-line">
                <td className="py-1 pr-3 font-mono"><Link href={`/helpdesk/requests/${r.reference}`}>{r.reference}</Link></td>
                <td className="py-1 pr-3 whitespace-nowrap">{formatDateTime(r.createdAt)}</td>
                <td className="py-1 pr-3">{calTypeLabel(r.calType)} × {r.quantity}</td>
                <td className="py-1 pr-3"><StatusBadge status={r.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
    </Section>
  );
}
