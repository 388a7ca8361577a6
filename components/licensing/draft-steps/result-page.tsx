import Link from "next/link";
import { connection } from "next/server";
import { KeyPackIdPanel } from "@/components/licensing/key-pack-id-panel";
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import { SummaryList } from "@/components/licensing/summary-list";
import { requestAnotherKeyPack } from "@/lib/clearinghouse/actions";
import { requireSubmittedDraft } from "@/lib/clearinghouse/guards";
import { limitedUntilMessage } from "@/lib/clearinghouse/public-limits";
import { RESULT_LIMITED_PARAM, type SiteOption } from "@/lib/clearinghouse/steps";
import { ErrorSummary } from "@/components/ui/error-summary";
import { summarySections } from "@/lib/clearinghouse/summary";
import { STATUS_LABELS } from "@/lib/clearinghouse/wording";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { Button, buttonClass } from "@/components/ui/button";
import { GroupedId } from "@/components/ui/grouped-id";

export type ResultSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The result of a submitted draft, for Manage CALs and Install client access licenses alike. */
export async function ResultStepPage({ option, searchParams }: { option: SiteOption; searchParams: ResultSearchParams }) {
  await connection();
  const { request } = await requireSubmittedDraft(option);
  const installing = option === "INSTALL_CALS";
  const wizard = installing ? "Install Licenses Wizard" : "Manage RDS CALs Wizard";
  const limited = limitedUntilMessage((await searchParams)[RESULT_LIMITED_PARAM]);
  const serverId = formatLicenseServerId(request.details.targetLicenseServerId ?? "");
  const receipt = (
    <a href="/licensing/receipt" download className={buttonClass("secondary")}>
      Download receipt (text file)
    </a>
  );
  return (
    <main className="max-w-3xl">
      {request.licenseKeyPackId ? (
        <>
          <h1 className="text-2xl">Your license key pack ID</h1>
          <p className="mt-3">
            The Microsoft Clearinghouse generated this license key pack ID for {installing ? "License Server ID" : "Target License Server ID"} <GroupedId value={serverId} />.
            Reference number: <strong>{request.reference}</strong>.
          </p>
          <KeyPackIdPanel licenseKeyPackId={request.licenseKeyPackId} receipt={receipt} />
          <ProcedureFacts licenseKeyPackId={formatKeyPackId(request.licenseKeyPackId)} />
          <h2 className="mt-8 text-lg">What to do next</h2>
          <p className="mt-2">
            In the {wizard}, on the Obtain Client License Key Pack page, enter the license key pack ID in the boxes provided, and then
            click Next. The RDS CALs are {installing ? "installed" : "reinstalled"} onto your license server.
          </p>
        </>
      ) : (
        <>
          <h1 className="text-2xl">{request.status === "REJECTED" ? "Your request was rejected" : "Your request needs review"}</h1>
          <section aria-labelledby="reference-heading" className="mt-6 rounded border-2 border-accent bg-accent-soft p-5">
            <h2 id="reference-heading" className="text-lg">Reference number</h2>
            <p className="mt-2 font-mono text-3xl font-semibold tracking-wider">{request.reference}</p>
            <p className="mt-2">Status: {STATUS_LABELS[request.status]}</p>
            <div className="mt-4 print:hidden">{receipt}</div>
          </section>
          {request.status === "REJECTED" ? (
            <p className="mt-6">Reason: {request.rejectionReason}</p>
          ) : (
            <>
              <p className="mt-6">The Microsoft Clearinghouse could not issue a license key pack ID at once. {request.reviewReason}</p>
              <h2 className="mt-8 text-lg">What happens next</h2>
              <ol className="mt-2 list-decimal space-y-1 pl-6">
                <li>Keep the reference number. A Clearinghouse agent reviews your request against your purchase.</li>
                <li>
                  Check its status on the <Link href={`/licensing/status?reference=${request.reference}`}>Check request status</Link> page with
                  the reference number and your e-mail address or the Target License Server ID.
                </li>
                <li>Once the request is approved, the license key pack ID appears there, ready to enter in the {wizard}.</li>
              </ol>
            </>
          )}
        </>
      )}
      <h2 className="mt-8 text-lg">Your request</h2>
      <div className="mt-3">
        <SummaryList sections={summarySections(request.details, option)} />
      </div>
      <form action={requestAnotherKeyPack} className="mt-8 print:hidden">
        {limited ? <ErrorSummary errors={[]} formError={limited} /> : null}
        <p className="mb-3">You can only {installing ? "install" : "reinstall"} one set (or pack) of RDS CALs at a time.</p>
        <Button type="submit" variant="secondary">Request another license key pack for this license server</Button>
      </form>
    </main>
  );
}
