// The report pages inside the console window: the tree (with this server's Reports node listing its saved
// reports) beside the page, like the console's own page.
import type { ReactNode } from "react";
import { ServerTree } from "@/components/console/server-tree";
import { listLicenseServers } from "@/lib/console/queries";
import { getServerReports } from "@/lib/console/reports/report-queries";
import type { VisibleServer } from "@/lib/practice/visibility";
import { scopeLabel } from "@/lib/console/reports/cal-usage-scope";
import { formatDateTime } from "@/lib/format/date";

export async function ReportsFrame({ server, currentId, titleId, children }: { server: VisibleServer; currentId?: string | null; titleId: string; children: ReactNode }) {
  const serverId = server.id;
  const [servers, reports] = await Promise.all([listLicenseServers(), getServerReports(server)]);
  const items = reports.map((r) => ({ id: r.id, label: `${formatDateTime(r.createdAt)}, ${scopeLabel({ kind: r.scope, value: r.scopeValue })}` }));
  return (
    <main className="flex flex-1 flex-col md:flex-row">
      <ServerTree servers={servers} selectedId={serverId} reports={{ serverId, items, currentId }} />
      <section className="min-w-0 flex-1 p-6" aria-labelledby={titleId}>
        {children}
      </section>
    </main>
  );
}

/** The labels both the list and a report use for a report's figures. */
export const REPORT_COLUMNS = {
  created: "Created",
  scope: "Scope",
  installed: "Per User CALs installed",
  issued: "Per User CALs issued",
} as const;
