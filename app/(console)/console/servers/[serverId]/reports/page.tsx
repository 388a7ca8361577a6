// The server's saved CAL Usage reports (the tree's Reports node): when, scope, Per User CALs installed and
// issued, each opening the report; Create Report → CAL Usage from here too.
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { buttonClass } from "@/components/ui/button";
import { cell, ConsoleTable, numericCell } from "@/components/console/console-table";
import { NOT_TRACKED_IN_WORKGROUP, scopeLabel } from "@/lib/console/reports/cal-usage-scope";
import { getReportServer, getServerReports } from "@/lib/console/reports/report-queries";
import { consoleServerHref, reportsHref } from "@/lib/console/urls";
import { formatDateTime } from "@/lib/format/date";
import { REPORT_COLUMNS, ReportsFrame } from "./_components/reports-frame";

export const metadata = { title: "Reports" };

const COLUMNS = [{ label: REPORT_COLUMNS.created }, { label: REPORT_COLUMNS.scope }, { label: REPORT_COLUMNS.installed, numeric: true }, { label: REPORT_COLUMNS.issued, numeric: true }];

export default async function ReportsPage({ params, searchParams }: { params: Promise<{ serverId: string }>; searchParams: Promise<{ deleted?: string; gone?: string }> }) {
  await connection();
  const { serverId } = await params;
  const { deleted, gone } = await searchParams;
  const visible = await requireVisibleServer(serverId);
  const server = await getReportServer(visible);
  if (!server) notFound();
  const reports = await getServerReports(visible);
  return (
    <ReportsFrame server={visible} currentId={null} titleId="reports-title">
      <h1 id="reports-title" className="text-2xl">Reports on {server.name}</h1>
      {deleted || gone ? (
        <p role="status" className="mt-3 rounded border-l-4 border-success bg-surface p-3">
          {deleted ? "The report was deleted." : "That report had already been deleted."}
        </p>
      ) : null}
      {server.domain === null ? <p className="mt-3 rounded border-l-4 border-warning bg-warning-soft p-3">{NOT_TRACKED_IN_WORKGROUP}</p> : null}
      <div className="mt-4 flex flex-wrap gap-2">
        {server.domain !== null ? <Link href={reportsHref(server.id, "new")} className={buttonClass()}>Create Report: CAL Usage</Link> : null}
        <Link href={consoleServerHref(server.name)} className={buttonClass("secondary")}>Back to {server.name}</Link>
      </div>
      <section className="mt-6 rounded border border-line bg-surface p-3">
        <ConsoleTable caption="CAL Usage reports" columns={COLUMNS} empty="No CAL Usage reports have been created on this license server.">
          {reports.map((r) => (
            <tr key={r.id}>
              <td className={cell}>
                <Link href={reportsHref(server.id, { reportId: r.id })}>{formatDateTime(r.createdAt)}</Link>
              </td>
              <td className={`${cell} wrap-anywhere`}>{scopeLabel({ kind: r.scope, value: r.scopeValue })}</td>
              <td className={numericCell}>{r.installed}</td>
              <td className={numericCell}>{r.issued}</td>
            </tr>
          ))}
        </ConsoleTable>
      </section>
    </ReportsFrame>
  );
}
