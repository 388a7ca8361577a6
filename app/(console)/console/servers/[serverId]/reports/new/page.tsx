// Create Report → CAL Usage: choose the scope and create the report. A workgroup server says why Per User
// CALs are not tracked instead. The form carries a one-time key made here, so a double submit makes one report.
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { buttonClass } from "@/components/ui/button";
import { PowerShellDisclosure } from "@/components/console/powershell-disclosure";
import { CAL_USAGE_SCOPES, NOT_TRACKED_IN_WORKGROUP } from "@/lib/console/reports/cal-usage-scope";
import { createCalUsageReportForm } from "@/lib/console/reports/report-actions";
import { getReportServer } from "@/lib/console/reports/report-queries";
import { consoleServerHref, reportsHref } from "@/lib/console/urls";
import { ReportsFrame } from "../_components/reports-frame";
import { CalUsageForm } from "./_components/cal-usage-form";

export const metadata = { title: "Create Report: CAL Usage" };

export default async function CreateReportPage({ params }: { params: Promise<{ serverId: string }> }) {
  await connection();
  const { serverId } = await params;
  const visible = await requireVisibleServer(serverId);
  const server = await getReportServer(visible);
  if (!server) notFound();
  return (
    <ReportsFrame server={visible} titleId="create-report-title">
      <div className="max-w-2xl rounded border border-line bg-surface p-6 shadow-md">
        <p className="text-sm text-muted">Create Report</p>
        <h1 id="create-report-title" className="text-2xl">CAL Usage</h1>
        {server.domain === null ? (
          <>
            <p role="status" className="mt-4 rounded border-l-4 border-warning bg-warning-soft p-3">{NOT_TRACKED_IN_WORKGROUP}</p>
            <p className="mt-3">To track Per User CALs, join {server.name} to a domain; Per Device CALs are issued and tracked in a workgroup as before.</p>
            <p className="mt-4">
              <Link href={consoleServerHref(server.name)} className={buttonClass("secondary")}>Back to {server.name}</Link>
            </p>
          </>
        ) : (
          <>
            <p className="mt-2">
              Counts the Per User CALs installed on {server.name} and the Per User CALs issued to users of the scope you choose, and lists
              who holds them. The report is saved under Reports.
            </p>
            <CalUsageForm
              action={createCalUsageReportForm.bind(null, server.id)}
              scopes={CAL_USAGE_SCOPES}
              serverDomain={server.domain}
              requestKey={randomUUID()}
              cancelHref={reportsHref(server.id)}
            />
            <PowerShellDisclosure action="calUsageReport" />
          </>
        )}
      </div>
    </ReportsFrame>
  );
}
