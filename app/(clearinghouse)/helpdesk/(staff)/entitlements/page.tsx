import Link from "next/link";
import { connection } from "next/server";
import { requireSupervisor } from "@/lib/auth/guards";
import { LICENSE_PROGRAM_VALUES, LICENSE_PROGRAMS, type LicenseProgram } from "@/lib/licensing/catalog";
import { formatCredential } from "@/lib/licensing/credentials";
import { calTypeLabel, programLabel } from "@/lib/helpdesk/labels";
import { getEntitlements } from "@/lib/helpdesk/queries";
import { isQueryableText } from "@/lib/forms/text";
import { ENTITLEMENT_LIST_LIMIT } from "@/lib/helpdesk/entitlements";
import { PageHeader } from "@/components/helpdesk/page-header";
import { TableShell } from "@/components/helpdesk/table-shell";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

export const metadata = { title: "Entitlements" };

export default async function EntitlementsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await connection();
  await requireSupervisor();
  const raw = await searchParams;
  // A repeated ?q= arrives as an array, and a NUL would make the query fail: both read as no search.
  const q = isQueryableText(raw.q, Infinity) ? raw.q.slice(0, 100) : "";
  const program = LICENSE_PROGRAM_VALUES.includes(raw.program as LicenseProgram) ? (raw.program as LicenseProgram) : undefined;
  const { rows, more } = await getEntitlements({ q, program });
  return (
    <>
      <PageHeader
        title="Entitlements"
        lead="The purchases the Clearinghouse knows. A recovery within what a purchase still covers is issued at once."
        actions={
          <>
            <Link href="/helpdesk/entitlements/new" className={buttonClass()}>Add an entitlement</Link>
            <Link href="/helpdesk/entitlements/import" className={buttonClass("secondary")}>Import from CSV</Link>
            <a href="/helpdesk/entitlements/export" className={buttonClass("secondary")} download>Export to CSV</a>
          </>
        }
      />
      <form method="get" role="search" aria-label="Find entitlements" className="mt-6 flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface p-4 shadow-sm">
        <Field id="q" label="Credential or customer" className="min-w-64 flex-1">
          <input id="q" name="q" type="search" defaultValue={q} className={inputClass} />
        </Field>
        <Field id="program" label="License Program" className="min-w-64">
          <select id="program" name="program" defaultValue={program ?? ""} className={inputClass}>
            <option value="">All license programs</option>
            {LICENSE_PROGRAMS.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
          </select>
        </Field>
        <Button type="submit">Apply</Button>
      </form>
      <p className="mt-6" role="status">
        {rows.length === 0 ? "No entitlements match." : more ? `Showing the first ${ENTITLEMENT_LIST_LIMIT}; narrow the search to see others.` : `Showing ${rows.length}.`}
      </p>
      {rows.length > 0 ? (
        <TableShell caption="Entitlements" headers={["Customer", "License Program", "Credential", "Type of RDS CAL", "Quantity", "Issued"]}>
          {rows.map((e) => (
            <tr key={e.id} className="border-t border-line">
              <th scope="row" className="px-3 py-2 font-semibold"><Link href={`/helpdesk/entitlements/${e.id}`}>{e.customerName}</Link></th>
              <td className="px-3 py-2">{programLabel(e.licenseProgram)}</td>
              <td className="px-3 py-2 font-mono">{formatCredential(e.licenseProgram, e.credential)}</td>
              <td className="px-3 py-2">{calTypeLabel(e.calType)}</td>
              <td className="px-3 py-2 text-right">{e.quantity.toLocaleString("en-US")}</td>
              <td className="px-3 py-2 text-right">{e.activeIssued.toLocaleString("en-US")}</td>
            </tr>
          ))}
        </TableShell>
      ) : null}
    </>
  );
}
