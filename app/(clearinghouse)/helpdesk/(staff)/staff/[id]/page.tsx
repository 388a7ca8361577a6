import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireSupervisor } from "@/lib/auth/guards";
import { getStaffMember } from "@/lib/helpdesk/queries";
import { ROLE_LABELS } from "@/lib/helpdesk/labels";
import { formatDateTime } from "@/lib/format/date";
import { AuditHistory } from "@/components/helpdesk/audit-history";
import { Notice, PageHeader } from "@/components/helpdesk/page-header";
import { StaffActions } from "./staff-actions";

export const metadata = { title: "Staff account" };

export default async function StaffMemberPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  await connection();
  const { staff: me } = await requireSupervisor();
  const found = await getStaffMember((await params).id);
  if (!found) notFound();
  const { user, history } = found;
  return (
    <>
      <p className="text-sm"><Link href="/helpdesk/staff">Staff accounts</Link></p>
      <PageHeader title={user.name} lead={`${user.email} · ${ROLE_LABELS[user.role]} · ${user.active ? "Active" : "Deactivated"} · created ${formatDateTime(user.createdAt)}`} />
      {(await searchParams).created ? <Notice>Account created. Give the initial password to {user.name} in person.</Notice> : null}
      <StaffActions userId={user.id} active={user.active} isSelf={user.id === me.id} sessions={user._count.sessions} />
      <AuditHistory title="History of this account" rows={history} />
    </>
  );
}
