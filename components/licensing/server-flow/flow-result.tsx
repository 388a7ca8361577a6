// The result of Activate / Reactivate / Deactivate a license server: the License Server ID (or the
// confirmation code) to type into the console's wizard, with Copy and Print, and what to do next.
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import { IssuedIdPanel } from "@/components/licensing/issued-id-panel";
import { SummaryList } from "@/components/licensing/summary-list";
import { Button } from "@/components/ui/button";
import { startAnotherServerFlow } from "@/lib/clearinghouse/server-flow-actions";
import { flowSummary } from "@/lib/clearinghouse/server-flow-summary";
import type { FlowAnswers, ServerFlow } from "@/lib/clearinghouse/server-flows";
import { formatConfirmationCode } from "@/lib/licensing/confirmation-code-format";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";

const KEEP = "Keep a copy of this ID with the license server's records: you need it if you contact the Microsoft Clearinghouse about this license server.";

export function FlowResult({ flow, answers }: { flow: ServerFlow; answers: FlowAnswers }) {
  const result = answers.result ?? {};
  return (
    <>
      {result.licenseServerId ? (
        <>
          <p className="mt-3 max-w-2xl">
            {flow === "activate"
              ? result.alreadyActive
                ? "This Product ID was already activated: here is its License Server ID again. To get a new one, use Reactivate a license server."
                : "The Microsoft Clearinghouse activated the license server with this Product ID."
              : "The Microsoft Clearinghouse reactivated the license server: it has a new License Server ID."}
          </p>
          <ProcedureFacts licenseServerId={formatLicenseServerId(result.licenseServerId)} />
          <IssuedIdPanel id="license-server-id" heading="License Server ID" formatted={formatLicenseServerId(result.licenseServerId)} copyLabel="Copy the License Server ID" advice={KEEP} />
          <h2 className="mt-8 text-lg">What to do next</h2>
          <p className="mt-2">
            In the {flow === "activate" ? "Activate Server" : "Reactivate Server"} Wizard, on the License Server Activation page, type this
            license server ID in the boxes provided, and then click Next.
          </p>
        </>
      ) : null}
      {result.confirmationCode ? (
        <>
          <p className="mt-3 max-w-2xl">The Microsoft Clearinghouse deactivated the license server.</p>
          <IssuedIdPanel id="confirmation-code" heading="Confirmation code" formatted={formatConfirmationCode(result.confirmationCode)} copyLabel="Copy the confirmation code" advice="Keep a copy of this confirmation code with the license server's records." />
          <h2 className="mt-8 text-lg">What to do next</h2>
          <p className="mt-2">In the Deactivate Server Wizard, on the License Server Deactivation page, type this confirmation code, and then click Next.</p>
        </>
      ) : null}
      <h2 className="mt-8 text-lg">Your request</h2>
      <div className="mt-3">
        <SummaryList sections={flowSummary(flow, answers)} />
      </div>
      <form action={startAnotherServerFlow.bind(null, flow)} className="mt-8 print:hidden">
        <Button type="submit" variant="secondary">Start another request</Button>
      </form>
    </>
  );
}
