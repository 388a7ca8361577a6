import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireStaff } from "@/lib/auth/guards";
import { getDecisionSummary, getRequest } from "@/lib/helpdesk/queries";
import { statusLabel } from "@/lib/helpdesk/labels";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { normalizeReference } from "@/lib/clearinghouse/reference";
import { Notice, PageHeader } from "@/components/helpdesk/page-header";
import { StatusBadge } from "@/components/helpdesk/status-badge";
import { CustomerDetails } from "./_components/customer-details";
import { Decision } from "./_components/decision";
import { Assignment } from "./_components/assignment";
import { EarlierRequests } from "./_components/earlier-requests";
import { CustomerHistory } from "./_components/customer-history";
import { Purchase } from "./_components/purchase";
import { Timeline } from "./_components/timeline";
import { NoteForm } from "./_components/note-form";

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }) {
  return { title: `Request ${(await params).reference}` };
}

export default async function RequestPage({ params, searchParams }: { params: Promise<{ reference: string }>; searchParams: Promise<{ decided?: string | string[] }> }) {
  await connection();
  const { staff } = await requireStaff({ returnTo: `/helpdesk/requests/${encodeURIComponent((await params).reference)}` });
  const reference = normalizeReference(decodeURIComponent((await params).reference));
  const detail = reference ? await getRequest(reference) : null;
  if (!detail) notFound();
  const { request } = detail;
  // The request decided just before this one opened (the decision panel moves on to the next waiting one).
  const decidedParam = (await searchParams).decided;
  const decidedReference = normalizeReference(typeof decidedParam === "string" ? decidedParam : "");
  const decided = decidedReference ? await getDecisionSummary(decidedReference) : null;
  return (
    <>
      <p className="text-sm"><Link href="/helpdesk/requests">Recovery requests</Link></p>
      {decided ? (
        <Notice>
          Request <Link href={`/helpdesk/requests/${decided.reference}`} className="font-mono">{decided.reference}</Link>: {statusLabel(decided.status).toLowerCase()}
          {decided.licenseKeyPackId ? <>, license key pack ID <span className="font-mono">{formatKeyPackId(decided.licenseKeyPackId)}</span> issued</> : null}. This is the next request waiting.
        </Notice>
      ) : null}
      <PageHeader title={<>Request <span className="font-mono">{request.reference}</span></>} actions={<StatusBadge status={request.status} />} />
      {request.status === "AWAITING_REVIEW" ? (
        <Assignment requestId={request.id} holder={request.assignedTo} mine={request.assignedTo?.id === staff.id} />
      ) : null}
      {request.reviewReason ? (
        <div className="mt-4 rounded border-l-4 border-warning bg-warning-soft p-3">
          <h2 className="font-semibold">{request.status === "AWAITING_REVIEW" ? "Why it needs review" : "Why it needed review"}</h2>
          <p>{request.reviewReason}</p>
        </div>
      ) : null}
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Decision detail={detail} staffId={staff.id} />
          <CustomerDetails request={request} />
          <Purchase detail={detail} canManage={staff.role === "SUPERVISOR"} />
          <EarlierRequests rows={detail.earlier} />
          <CustomerHistory email={request.email} />
        </div>
        <div className="min-w-0 space-y-6">
          <Timeline events={detail.timeline} />
          <NoteForm requestId={request.id} />
        </div>
      </div>
    </>
  );
}
