import { KeyPackIdPanel } from "@/components/licensing/key-pack-id-panel";
import { SummaryList } from "@/components/licensing/summary-list";
import { buttonClass } from "@/components/ui/button";
import type { StatusLookupInput } from "@/lib/clearinghouse/schemas";
import type { StatusView } from "@/lib/clearinghouse/status-view";
import { formatDateTime } from "@/lib/format/date";

const NEXT_STEPS: Record<StatusView["status"], string> = {
  AWAITING_REVIEW: "A Clearinghouse agent is reviewing your request. Check again later: once it is approved, the license key pack ID appears here.",
  REJECTED: "The Microsoft Clearinghouse could not approve this request. Check your purchase documentation, then submit a new request on Manage CALs.",
  APPROVED: "Enter the license key pack ID in the Manage RDS CALs Wizard, on the Obtain Client License Key Pack page, and then click Next.",
  ISSUED: "Enter the license key pack ID in the Manage RDS CALs Wizard, on the Obtain Client License Key Pack page, and then click Next.",
};

export function StatusResult({ view, lookup }: { view: StatusView; lookup: StatusLookupInput }) {
  // The receipt is posted with the same pair that found the request, so it never appears in a URL.
  const receipt = (
    <form method="post" action="/licensing/receipt">
      <input type="hidden" name="reference" value={lookup.reference} />
      <input type="hidden" name="contact" value={lookup.contact} />
      <button type="submit" className={buttonClass("secondary")}>Download receipt (text file)</button>
    </form>
  );
  return (
    <section aria-labelledby="status-heading" className="mt-10 border-t border-line pt-6">
      <h2 id="status-heading" className="text-xl">Request {view.reference}</h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd>{view.statusLabel}</dd>
        <dt className="font-semibold">Submitted</dt>
        <dd>{formatDateTime(view.submittedAt)}</dd>
        {view.rejectionReason ? (
          <>
            <dt className="font-semibold">Reason</dt>
            <dd>{view.rejectionReason}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-4">{NEXT_STEPS[view.status]}</p>
      {view.licenseKeyPackId ? <KeyPackIdPanel licenseKeyPackId={view.licenseKeyPackId} receipt={receipt} /> : <div className="mt-4">{receipt}</div>}
      <div className="mt-6">
        <SummaryList sections={view.sections} />
      </div>
    </section>
  );
}
