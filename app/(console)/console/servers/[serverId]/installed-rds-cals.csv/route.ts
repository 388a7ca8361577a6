// The list of installed RDS CALs as CSV, to keep with the purchase records before a rebuild deletes them;
// `?run=<id>` gives what that rebuild deleted (its snapshot) instead. Only of a server this browser may see
// (lib/practice/visibility.ts): another browser's practice server, or a made-up id, is a 404.
import { connection } from "next/server";
import { keyPackRowsToCsv, parseDeletedSnapshot } from "@/lib/console/key-pack-rows";
import { getRunSnapshot, listKeyPackRows } from "@/lib/console/queries";
import { findVisibleServer } from "@/lib/practice/visibility";
import { isQueryableText } from "@/lib/forms/text";
import { formatDate } from "@/lib/format/date";

export async function GET(request: Request, { params }: { params: Promise<{ serverId: string }> }) {
  await connection();
  const { serverId } = await params;
  const runId = new URL(request.url).searchParams.get("run");
  const server = await findVisibleServer(serverId);
  if (!server || (runId !== null && !isQueryableText(runId))) return new Response("No such license server", { status: 404 });
  let rows;
  if (runId) {
    const run = await getRunSnapshot(server, runId);
    if (!run?.deletedAt) return new Response("No such rebuild", { status: 404 });
    rows = parseDeletedSnapshot(run.deletedSnapshot);
  } else {
    rows = await listKeyPackRows(server);
  }
  const date = formatDate(new Date());
  const name = `${server.name.replace(/[^A-Za-z0-9_-]/g, "_")}-${runId ? "deleted" : "installed"}-rds-cals-${date}.csv`;
  // A BOM so spreadsheet programs read the UTF-8 correctly.
  return new Response("\uFEFF" + keyPackRowsToCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
