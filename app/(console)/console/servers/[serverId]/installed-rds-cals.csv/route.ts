// The list of installed RDS CALs as CSV, to keep with the purchase records before a rebuild deletes them;
// `?run=<id>` gives what that rebuild deleted (its snapshot) instead.
import { connection } from "next/server";
import { keyPackRowsToCsv, parseDeletedSnapshot } from "@/lib/console/key-pack-rows";
import { getRunSnapshot, getServerProperties, listKeyPackRows } from "@/lib/console/queries";
import { isQueryableText } from "@/lib/forms/text";
import { formatDate } from "@/lib/format/date";

export async function GET(request: Request, { params }: { params: Promise<{ serverId: string }> }) {
  await connection();
  const { serverId } = await params;
  const runId = new URL(request.url).searchParams.get("run");
  if (!isQueryableText(serverId) || (runId !== null && !isQueryableText(runId))) return new Response("No such license server", { status: 404 });
  const server = await getServerProperties(serverId);
  if (!server) return new Response("No such license server", { status: 404 });
  let rows;
  if (runId) {
    const run = await getRunSnapshot(serverId, runId);
    if (!run?.deletedAt) return new Response("No such rebuild", { status: 404 });
    rows = parseDeletedSnapshot(run.deletedSnapshot);
  } else {
    rows = await listKeyPackRows(serverId);
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
