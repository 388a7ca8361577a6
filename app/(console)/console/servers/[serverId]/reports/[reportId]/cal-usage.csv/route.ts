// Save As for a CAL Usage report: the report, its totals and every holder as CSV (lib/console/reports/cal-usage-csv.ts),
// streamed a chunk of holders at a time, so a report of 100,000 users never sits whole in memory.
import { connection } from "next/server";
import { calUsageCsvHead, calUsageCsvName, calUsageCsvRows } from "@/lib/console/reports/cal-usage-csv";
import { getReportHolders, getReportServer, getServerReport } from "@/lib/console/reports/report-queries";
import { isQueryableText } from "@/lib/forms/text";
import { findVisibleServer } from "@/lib/practice/visibility";

const CHUNK = 5_000;

export async function GET(_request: Request, { params }: { params: Promise<{ serverId: string; reportId: string }> }) {
  await connection();
  const { serverId, reportId } = await params;
  const visible = await findVisibleServer(serverId);
  if (!visible || !isQueryableText(reportId)) return new Response("No such report", { status: 404 });
  const [server, report] = await Promise.all([getReportServer(visible), getServerReport(visible, reportId)]);
  if (!server || !report) return new Response("No such report", { status: 404 });
  const encoder = new TextEncoder();
  let from = 1;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // A BOM so spreadsheet programs read the UTF-8 correctly.
      controller.enqueue(encoder.encode("\uFEFF" + calUsageCsvHead({ ...report, serverName: server.name })));
    },
    async pull(controller) {
      const holders = await getReportHolders(report, from, CHUNK);
      if (holders.length > 0) controller.enqueue(encoder.encode(calUsageCsvRows(holders)));
      from += CHUNK;
      if (holders.length < CHUNK) controller.close();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${calUsageCsvName(server.name, report.createdAt)}"`,
      "Cache-Control": "no-store",
    },
  });
}
