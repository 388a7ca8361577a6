import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireStaff } from "@/lib/auth/guards";
import { getRequest } from "@/lib/helpdesk/queries";
import { normalizeReference } from "@/lib/clearinghouse/reference";
import { PageHeader } from "@/components/helpdesk/page-header";
import { StatusBadge } from "@/components/helpdesk/status-badge";
import { CustomerDetails } from "./_components/customer-details";
import { Decision } from "./_components/decision";
import { EarlierRequests } from "./_components/earlier-requests";
import { Purchase } from "./_components/purchase";
import { Timeline } from "./_components/timeline";
import { NoteForm } from "./_components/note-form";

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }) {
  return { title: `Request ${(await params).reference}` };
}

export default async function RequestPage({ params }: { params: Promise<{ reference: string }> }) {
  await connection();
  const { staff } = await requireStaff({ returnTo: `/helpdesk/requests/${encodeURIComponent((await params).reference)}` });
  const reference = normalizeReference(decodeURIComponent((await params).reference));
  const detail = reference ? await getRequest(reference) : null;
  if (!detail) notFound();
  const { request } = detail;
  return (
    <>
      <p className="text-sm"><Link href="/helpdesk/requests">Recovery requests</Link></p>
      <PageHeader title={<>Request <span className="font-mono">{request.reference}</span></>} actions={<StatusBadge status={request.status} />} />
      {request.reviewReason ? (
        <div className="mt-4 rounded border-l-4 border-warning bg-warning-soft p-3">
          <h2 className="font-semibold">{request.status === "AWAITING_REVIEW" ? "Why it needs review" : "Why it needed review"}</h2>
          <p>{request.reviewReason}</p>
        </div>
      ) : null}
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Decision detail={detail} />
          <CustomerDetails request={request} />
          <Purchase detail={detail} canManage={staff.role === "SUPERVISOR"} />
          <EarlierRequests rows={detail.earlier} />
        </div>
        <div className="min-w-0 space-y-6">
          <Timeline events={detail.timeline} />
          <NoteForm requestId={request.id} />
        </div>
      </div>
    </>
  );
}
