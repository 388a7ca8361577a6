// The proved address's requests as CSV (history.ts), with the same session cookie as the page.
import { connection } from "next/server";
import { getDb } from "@/lib/db";
import { readHistorySession } from "@/lib/clearinghouse/customer-history/cookie";
import { historyCsv, historyFor, sessionEmail } from "@/lib/clearinghouse/customer-history/history";

export async function GET() {
  await connection();
  const db = await getDb();
  const email = await sessionEmail(db, await readHistorySession());
  if (!email) return new Response("Prove your e-mail address first: /licensing/history", { status: 403 });
  return new Response("\uFEFF" + historyCsv(await historyFor(db, email)), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="rds-licensing-requests.csv"', "Cache-Control": "no-store" },
  });
}
