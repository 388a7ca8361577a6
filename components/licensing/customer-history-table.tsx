// A customer's history (lib/clearinghouse/customer-history/history.ts): one table per license server, every
// request with its reference and the license key pack ID issued. The Web site shows it to the customer who
// proved the address; the helpdesk's request page shows it with the references linked to their requests.
import Link from "next/link";
import { GroupedId } from "@/components/ui/grouped-id";
import { TableScroll } from "@/components/ui/table-scroll";
import type { LicenseServerHistory } from "@/lib/clearinghouse/customer-history/history";
import { formatDate } from "@/lib/format/date";
import { calType as calTypeInfo, licenseProgram as programInfo } from "@/lib/licensing/catalog";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";

const STATUS = { ISSUED: "Issued", APPROVED: "Approved", AWAITING_REVIEW: "Awaiting review", REJECTED: "Rejected" } as Record<string, string>;

export function CustomerHistoryTables({ history, requestHref, headingLevel = 2 }: { history: readonly LicenseServerHistory[]; requestHref?: (reference: string) => string; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-6">
      {history.map((server) => (
        <section key={server.licenseServerId} aria-label={`License Server ID ${formatLicenseServerId(server.licenseServerId)}`}>
          <Heading className="flex flex-wrap gap-x-1 text-base font-semibold">
            License Server ID <GroupedId value={formatLicenseServerId(server.licenseServerId)} />
          </Heading>
          <TableScroll label={`Requests for License Server ID ${formatLicenseServerId(server.licenseServerId)}`} className="mt-2">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  {["Request", "Received", "Status", "RDS CALs", "License key pack ID"].map((h) => (
                    <th key={h} scope="col" className="py-1 pr-3 font-semibold">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {server.requests.map((r) => (
                  <tr key={r.reference} className="border-t border-line">
                    <th scope="row" className="py-1 pr-3 font-mono font-normal">{requestHref ? <Link href={requestHref(r.reference)}>{r.reference}</Link> : r.reference}</th>
                    <td className="py-1 pr-3 whitespace-nowrap">{formatDate(r.createdAt)}</td>
                    <td className="py-1 pr-3">{STATUS[r.status] ?? r.status}</td>
                    <td className="py-1 pr-3">{r.quantity} {calTypeInfo(r.calType).label} ({programInfo(r.licenseProgram).label})</td>
                    <td className="py-1 pr-3">{r.licenseKeyPackId ? <GroupedId value={formatKeyPackId(r.licenseKeyPackId)} /> : <span className="text-muted">None</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
    </div>
  );
}
