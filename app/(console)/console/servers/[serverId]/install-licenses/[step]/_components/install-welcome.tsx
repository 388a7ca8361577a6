import Link from "next/link";
import { ActionStepForm } from "@/components/console/action-step-form";
import { startInstallLicensesForm } from "@/lib/console/install-licenses/actions";
import type { InstallContext } from "@/lib/console/install-licenses/queries";
import { serverHref } from "@/lib/console/urls";
import { WizardBlockerNotice } from "@/components/console/wizard-blocker-notice";
import { installBlocker } from "@/lib/console/wizard-rules";
import { connectionMethodLabel } from "@/lib/licensing/catalog";

const BLOCKER_HEADINGS = {
  "not-activated": "This license server cannot install licenses yet",
  "connection-method": "Change the connection method first",
  "other-wizard": "Another wizard is open",
} as const;

export function InstallWelcome({ ctx }: { ctx: InstallContext }) {
  const blocker = installBlocker(ctx.server, ctx.otherWizard);
  const method = ctx.state?.method ?? ctx.server.connectionMethod;
  return (
    <>
      <p>
        This wizard installs RDS CALs (client access licenses) on license server <strong>{ctx.server.name}</strong>. Before you continue,
        ensure that you have your RDS CAL purchase agreement documentation available.
      </p>
      <p className="mt-3">
        Connection method: <strong>{connectionMethodLabel(method)}</strong>.{" "}
        {method === "AUTOMATIC"
          ? "The license server contacts the Microsoft Clearinghouse itself: you enter the License Program, your license information and the product version, and the licenses are installed."
          : method === "TELEPHONE"
            ? "You call the Microsoft Clearinghouse, read out the License Server ID and your purchase details, and enter the license key pack ID the agent gives you."
            : "You obtain a license key pack ID on the Remote Desktop Services Licensing Web site (Install client access licenses) and enter it here."}{" "}
        {ctx.state ? null : (
          <>
            To use another method, change it in <Link href={serverHref(ctx.server.id, "properties")}>Properties</Link> first.
          </>
        )}
      </p>
      <WizardBlockerNotice blocker={blocker} heading={blocker ? BLOCKER_HEADINGS[blocker.kind] : ""} serverId={ctx.server.id} otherWizard={ctx.otherWizard} />
      <ActionStepForm action={startInstallLicensesForm.bind(null, ctx.server.id)} backHref={null} nextDisabled={!!blocker} />
    </>
  );
}
