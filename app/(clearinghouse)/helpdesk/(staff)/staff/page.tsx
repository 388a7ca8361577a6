import Link from "next/link";
import { connection } from "next/server";
import { requireSupervisor } from "@/lib/auth/guards";
import { listStaff } from "@/lib/helpdesk/queries";
import { ROLE_LABELS } from "@/lib/helpdesk/labels";
import { formatDate } from "@/lib/format/date";
import { PageHeader } from "@/components/helpdesk/page-header";
import { TableShell } from "@/components/helpdesk/table-shell";
import { buttonClass } from "@/components/ui/button";

export const metadata = { title: "Staff accounts" };

export default async function StaffPage() {
  await connection();
  await requireSupervisor();
  const staff = await listStaff();
  return (
    <>
      <PageHeader title="Staff accounts" lead="Agents work the queue; supervisors also manage staff accounts and entitlements." actions={<Link href="/helpdesk/staff/new" className={buttonClass()}>Create a staff account</Link>} />
      <TableShell caption="Staff accounts" headers={["Name", "E-mail address", "Role", "Status", "Created"]} className="mt-6">
        {staff.map((s) => (
          <tr key={s.id} className="border-t border-line">
            <th scope="row" className="px-3 py-2 font-semibold"><Link href={`/helpdesk/staff/${s.id}`}>{s.name}</Link></th>
            <td className="px-3 py-2">{s.email}</td>
            <td className="px-3 py-2">{ROLE_LABELS[s.role]}</td>
            <td className="px-3 py-2">{s.active ? "Active" : "Deactivated"}</td>
            <td className="px-3 py-2">{formatDate(s.createdAt)}</td>
          </tr>
        ))}
      </TableShell>
    </>
  );
}
