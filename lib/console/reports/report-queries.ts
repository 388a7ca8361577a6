// Reads of the CAL Usage report pages. Like every console read of one server they take a VisibleServer
// (lib/practice/visibility.ts), and a report's holders take the report read through its server. The report
// functions themselves take the database (cal-usage-report.ts).
import "server-only";
import { getDb } from "@/lib/db";
import type { VisibleServer } from "@/lib/practice/visibility";
import { getCalUsageReport, listCalUsageHolders, listCalUsageReports } from "./cal-usage-report";

/** What the report pages show of their server. */
export async function getReportServer(server: VisibleServer) {
  const db = await getDb();
  return db.licenseServer.findUnique({ where: { id: server.id }, select: { id: true, name: true, domain: true, activated: true } });
}

export async function getServerReports(server: VisibleServer) {
  return listCalUsageReports(await getDb(), server.id);
}

/** A report of this server, or null (another server's report id finds nothing). */
export async function getServerReport(server: VisibleServer, reportId: string) {
  return getCalUsageReport(await getDb(), server.id, reportId);
}

export type ServerReport = NonNullable<Awaited<ReturnType<typeof getServerReport>>>;

export async function getReportHolders(report: ServerReport, from: number, count?: number) {
  return listCalUsageHolders(await getDb(), report.id, from, count);
}
