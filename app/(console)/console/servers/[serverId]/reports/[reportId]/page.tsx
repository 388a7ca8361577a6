// A saved CAL Usage report: when it was made, its scope, the Per User CALs installed and issued per CAL type,
// and the users holding them (a page of 100 at a time, in name order), with Save As (CSV) and Delete.
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { buttonClass } from "@/components/ui/button";
import { cell, ConsoleTable, numericCell } from "@/components/console/console-table";
import { HOLDERS_PER_PAGE } from "@/lib/console/reports/cal-usage-report";
import { HOLDER_COLUMNS, NO_EXPIRY } from "@/lib/console/reports/cal-usage-csv";
import { scopeLabel } from "@/lib/console/reports/cal-usage-scope";
import { getReportHolders, getReportServer, getServerReport } from "@/lib/console/reports/report-queries";
import { reportsHref } from "@/lib/console/urls";
import { isQueryableText } from "@/lib/forms/text";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { calType } from "@/lib/licensing/catalog";
import { REPORT_COLUMNS, ReportsFrame } from "../_components/reports-frame";

export const metadata = { title: "CAL Usage report" };

const TOTAL_COLUMNS = [{ label: "License Version and Type" }, { label: REPORT_COLUMNS.installed, numeric: true }, { label: REPORT_COLUMNS.issued, numeric: true }];
const HOLDERS = HOLDER_COLUMNS.map((label) => ({ label, numeric: label === "Keypack ID" }));

export default async function ReportPage({ params, searchParams }: { params: Promise<{ serverId: string; reportId: string }>; searchParams: Promise<{ from?: string }> }) {
  await connection();
  const { serverId, reportId } = await params;
  if (!isQueryableText(reportId)) notFound();
  const visible = await requireVisibleServer(serverId);
  const [server, report] = await Promise.all([getReportServer(visible), getServerReport(visible, reportId)]);
  if (!server || !report) notFound();
  const asked = Number((await searchParams).from);
  const from = Number.isSafeInteger(asked) && asked >= 1 && asked <= report.issued ? asked : 1;
  const holders = await getReportHolders(report, from);
  const last = from + holders.length - 1;
  const page = (start: number) => `${reportsHref(server.id, { reportId: report.id })}?from=${start}`;
  return (
    <ReportsFrame server={visible} currentId={report.id} titleId="report-title">
      <p className="text-sm text-muted">Reports</p>
      <h1 id="report-title" className="text-2xl">CAL Usage</h1>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
        <dt className="font-semibold">License server</dt>
        <dd>{server.name}</dd>
        <dt className="font-semibold">{REPORT_COLUMNS.created}</dt>
        <dd>{formatDateTime(report.createdAt)}</dd>
        <dt className="font-semibold">{REPORT_COLUMNS.scope}</dt>
        <dd className="wrap-anywhere">{scopeLabel({ kind: report.scope, value: report.scopeValue })}</dd>
      </dl>
      <div className="mt-4 flex flex-wrap gap-2">
        <a href={reportsHref(server.id, { reportId: report.id, view: "cal-usage.csv" })} download className={buttonClass()}>Save As (CSV)</a>
        <Link href={reportsHref(server.id, { reportId: report.id, view: "delete" })} className={buttonClass("danger")}>Delete</Link>
        <Link href={reportsHref(server.id)} className={buttonClass("secondary")}>All reports</Link>
      </div>
      <section className="mt-6 rounded border border-line bg-surface p-3">
        <ConsoleTable
          caption="Per User CALs installed and issued"
          columns={TOTAL_COLUMNS}
          empty="No Per User CALs are installed on this license server."
          footer={
            <tr className="font-semibold">
              <th scope="row" className={`${cell} text-left`}>Total</th>
              <td className={numericCell}>{report.installed}</td>
              <td className={numericCell}>{report.issued}</td>
            </tr>
          }
        >
          {report.totals.map((t) => (
            <tr key={t.calType}>
              <td className={cell}>{calType(t.calType).label}</td>
              <td className={numericCell}>{t.installed}</td>
              <td className={numericCell}>{t.issued}</td>
            </tr>
          ))}
        </ConsoleTable>
      </section>
      <section className="mt-6 rounded border border-line bg-surface p-3">
        <ConsoleTable
          caption={report.issued > holders.length ? `Users holding Per User CALs (${from}-${last} of ${report.issued})` : "Users holding Per User CALs"}
          columns={HOLDERS}
          empty="No Per User CALs are issued to users of this scope."
        >
          {holders.map((h) => (
            <tr key={h.position}>
              <td className={`${cell} wrap-anywhere`}>{h.issuedTo}</td>
              <td className={cell}>{calType(h.calType).label}</td>
              <td className={numericCell}>{h.keypackId}</td>
              <td className={cell}>{formatDate(h.issuedOn)}</td>
              <td className={cell}>{h.expiresOn ? formatDate(h.expiresOn) : NO_EXPIRY}</td>
            </tr>
          ))}
        </ConsoleTable>
        {report.issued > HOLDERS_PER_PAGE ? (
          <nav aria-label="Pages of users" className="mt-3 flex flex-wrap gap-4">
            {from > 1 ? <Link href={page(Math.max(1, from - HOLDERS_PER_PAGE))}>Previous {HOLDERS_PER_PAGE}</Link> : null}
            {last < report.issued ? <Link href={page(last + 1)}>Next {HOLDERS_PER_PAGE}</Link> : null}
          </nav>
        ) : null}
      </section>
    </ReportsFrame>
  );
}
