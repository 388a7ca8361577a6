// Reads of the CAL Usage report pages, limited like every console read to the servers this browser may see
// (lib/console/queries.ts). The report functions themselves take the database (cal-usage-report.ts).
import "server-only";
import { getDb } from "@/lib/db";
import { visibleServers } from "@/lib/practice/visibility";
import { getCalUsageReport, listCalUsageHolders, listCalUsageReports } from "./cal-usage-report";

/** The server of a report page, or null when it does not exist or is not this browser's to see. */
export async function getReportServer(serverId: string) {
  const db = await getDb();
  return db.licenseServer.findFirst({ where: { id: serverId, AND: [await visibleServers()] }, select: { id: true, name: true, domain: true, activated: true } });
}

export async function getServerReports(serverId: string) {
  return listCalUsageReports(await getDb(), serverId);
}

export async function getServerReport(serverId: string, reportId: string) {
  return getCalUsageReport(await getDb(), serverId, reportId);
}

export async function getReportHolders(reportId: string, from: number, count?: number) {
  return listCalUsageHolders(await getDb(), reportId, from, count);
}
