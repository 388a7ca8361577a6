import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireSupervisor } from "@/lib/auth/guards";
import { formatCredential } from "@/lib/licensing/credentials";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { calTypeLabel, programLabel } from "@/lib/helpdesk/labels";
import { formatDateTime } from "@/lib/format/date";
import { getEntitlement } from "@/lib/helpdesk/queries";
import { AuditHistory } from "@/components/helpdesk/audit-history";
import { Notice, PageHeader } from "@/components/helpdesk/page-header";
import { TableShell } from "@/components/helpdesk/table-shell";
import { QuantityForm } from "./quantity-form";
import { GroupedId } from "@/components/ui/grouped-id";

export const metadata = { title: "Entitlement" };

export default async function EntitlementPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  await connection();
  await requireSupervisor();
  const found = await getEntitlement((await params).id);
  if (!found) notFound();
  const { entitlement: e, activeIssued, packs, history } = found;
  return (
    <>
      <p className="text-sm"><Link href="/helpdesk/entitlements">Entitlements</Link></p>
      <PageHeader title={e.customerName} lead={`${programLabel(e.licenseProgram)} · ${formatCredential(e.licenseProgram, e.credential)} · ${calTypeLabel(e.calType)}`} />
      {(await searchParams).added ? <Notice>Entitlement added.</Notice> : null}
      <p className="mt-4">{activeIssued.toLocaleString("en-US")} of {e.quantity.toLocaleString("en-US")} CALs issued
        {e.convertedQuantity > 0 ? `, of which ${e.convertedQuantity.toLocaleString("en-US")} converted to the other type of RDS CAL` : ""}.
      </p>
      <QuantityForm entitlementId={e.id} quantity={e.quantity} />
      <section aria-labelledby="packs-heading" className="mt-8">
        <h2 id="packs-heading" className="text-lg">License key pack IDs that count against it</h2>
        {packs.length === 0 ? (
          <p className="mt-2">None issued yet.</p>
        ) : (
          <TableShell caption="License key pack IDs that count against this purchase" headers={["Issued", "Target License Server ID", "License key pack ID", "Quantity", "Request"]}>
            {packs.map((p) => (
              <tr key={p.id} className="border-t border-line">
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(p.issuedAt)}</td>
                <td className="px-3 py-2 text-xs"><GroupedId value={formatLicenseServerId(p.targetLicenseServerId)} /></td>
                <td className="px-3 py-2 text-xs"><GroupedId value={formatKeyPackId(p.licenseKeyPackId)} /></td>
                <td className="px-3 py-2 text-right">{p.quantity}</td>
                <td className="px-3 py-2 font-mono">{p.request ? <Link href={`/helpdesk/requests/${p.request.reference}`}>{p.request.reference}</Link> : "—"}</td>
              </tr>
            ))}
          </TableShell>
        )}
      </section>
      <AuditHistory title="History of this entitlement" rows={history} />
    </>
  );
}
