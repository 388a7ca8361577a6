// Completing the Activate / Reactivate / Deactivate Server Wizard: what changed, and (activation) the
// "Start Install Licenses Wizard now" check box.
import { GroupedId } from "@/components/ui/grouped-id";
import { connectionMethodLabel, REACTIVATION_REASONS } from "@/lib/licensing/catalog";
import { PowerShellDisclosure } from "@/components/console/powershell-disclosure";
import { lifecyclePowerShell } from "@/lib/console/powershell";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { finishLifecycleWizardForm } from "@/lib/console/lifecycle/actions";
import type { LifecycleKind } from "@/lib/console/lifecycle/steps";
import type { LifecycleAnswers } from "@/lib/console/lifecycle-answers";
import type { LifecycleContext } from "@/lib/console/queries";
import { FinishForm } from "./finish-form";

export function CompletedBody({ kind, ctx, finished }: { kind: LifecycleKind; ctx: LifecycleContext; finished: { answers: LifecycleAnswers } | null }) {
  const method = finished?.answers.connectionMethod ?? ctx.server.connectionMethod;
  const id = ctx.server.licenseServerId ? formatLicenseServerId(ctx.server.licenseServerId) : null;
  return (
    <>
      <div role="status" className="rounded border-l-4 border-success bg-success-soft p-3">
        {kind === "DEACTIVATE_SERVER" ? (
          <p className="font-semibold">License server {ctx.server.name} was deactivated. It can issue only temporary RDS CALs until it is activated again.</p>
        ) : (
          <p className="font-semibold">
            License server {ctx.server.name} was {kind === "ACTIVATE_SERVER" ? "activated" : "reactivated"} by using the {connectionMethodLabel(method)} connection method.
          </p>
        )}
        {id && kind !== "DEACTIVATE_SERVER" ? (
          <p className="mt-2">
            {kind === "REACTIVATE_SERVER" ? "Its new License Server ID: " : "Its License Server ID: "}
            <GroupedId value={id} />
          </p>
        ) : null}
      </div>
      {kind === "REACTIVATE_SERVER" ? (
        <p className="mt-4">
          The RDS CALs installed on this license server stay installed. License key pack IDs you obtain from now on must name the new
          License Server ID.
        </p>
      ) : null}
      <PowerShellDisclosure {...lifecyclePowerShell(kind, method, { licenseServerId: ctx.server.licenseServerId, reasonIndex: finished?.answers.reason ? REACTIVATION_REASONS.indexOf(finished.answers.reason) : undefined })} />
      <FinishForm action={finishLifecycleWizardForm.bind(null, ctx.server.id, kind)} offerInstall={kind === "ACTIVATE_SERVER" && ctx.server.activated} />
    </>
  );
}
