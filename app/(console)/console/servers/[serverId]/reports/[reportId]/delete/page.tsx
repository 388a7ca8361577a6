// Delete a saved CAL Usage report, after saying which one. Deleting it a second time (another tab, a replayed
// post) lands on the list saying it was already deleted.
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { scopeLabel } from "@/lib/console/reports/cal-usage-scope";
import { deleteCalUsageReportForm } from "@/lib/console/reports/report-actions";
import { getReportServer, getServerReport } from "@/lib/console/reports/report-queries";
import { reportsHref } from "@/lib/console/urls";
import { isQueryableText } from "@/lib/forms/text";
import { formatDateTime } from "@/lib/format/date";
import { ReportsFrame } from "../../_components/reports-frame";
import { ConfirmForm } from "@/components/console/confirm-form";

export const metadata = { title: "Delete CAL Usage report" };

export default async function DeleteReportPage({ params }: { params: Promise<{ serverId: string; reportId: string }> }) {
  await connection();
  const { serverId, reportId } = await params;
  if (!isQueryableText(reportId)) notFound();
  const visible = await requireVisibleServer(serverId);
  const [server, report] = await Promise.all([getReportServer(visible), getServerReport(visible, reportId)]);
  if (!server || !report) notFound();
  return (
    <ReportsFrame server={visible} currentId={report.id} titleId="delete-title">
      <div className="max-w-2xl rounded border border-line bg-surface p-6 shadow-md">
        <h1 id="delete-title" className="text-2xl">Delete CAL Usage report</h1>
        <p className="mt-3">
          Delete the CAL Usage report of {server.name} created {formatDateTime(report.createdAt)} ({scopeLabel({ kind: report.scope, value: report.scopeValue })})?
          It cannot be restored; a new report shows the Per User CALs as they are then.
        </p>
        <ConfirmForm label="Delete" action={deleteCalUsageReportForm.bind(null, server.id, report.id)} cancelHref={reportsHref(server.id, { reportId: report.id })} />
      </div>
    </ReportsFrame>
  );
}
