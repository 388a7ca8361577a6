import { connection } from "next/server";
import { guardRoute } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { exportEntitlements } from "@/lib/helpdesk/entitlements";
import { toEntitlementCsv } from "@/lib/helpdesk/entitlement-csv";
import { formatDate } from "@/lib/format/date";

// Export to CSV: the import's columns, plus how much is issued. Supervisors only.
export async function GET() {
  await connection();
  const guard = await guardRoute("SUPERVISOR");
  if (!guard.ok) return guard.response;
  const csv = toEntitlementCsv(await exportEntitlements(await getDb()));
  const date = formatDate(new Date());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="entitlements-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
