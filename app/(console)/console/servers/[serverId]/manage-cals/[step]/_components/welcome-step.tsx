import Link from "next/link";
import type { WizardContext } from "@/lib/console/queries";
import { serverHref } from "@/lib/console/urls";
import { startRebuildForm } from "@/lib/console/manage-cals/actions";
import { wizardBlocker } from "@/lib/console/wizard-rules";
import { WizardBlockerNotice } from "@/components/console/wizard-blocker-notice";
import { ActionStepForm } from "@/components/console/action-step-form";

const BLOCKER_HEADINGS = {
  "not-activated": "This license server cannot run the wizard",
  "connection-method": "Change the connection method first",
  "other-wizard": "Another wizard is open",
} as const;

export function WelcomeStep({ ctx }: { ctx: WizardContext }) {
  const blocker = wizardBlocker(ctx.server, ctx.otherWizard, null);
  // Automatic connection: the rebuild and the migration need another method; Convert RDS CALs does not.
  const rebuildBlocked = blocker ? null : wizardBlocker(ctx.server, null, "REBUILD");
  return (
    <>
      <p>
        This wizard helps you manage the RDS CALs installed on license server <strong>{ctx.server.name}</strong>: rebuild the
        license server database, migrate RDS CALs from another license server to this license server, or convert RDS CALs to the other type.
      </p>
      <div className="mt-4 rounded border-l-4 border-warning bg-warning-soft p-3">
        <p>
          Rebuilding the RD Licensing database deletes any RDS CALs that are currently installed on the license server. After the
          RD Licensing database is rebuilt, you must reinstall your RDS CALs onto the license server. Before you continue, ensure
          that you have your RDS CAL purchase agreement documentation available.
        </p>
      </div>
      <WizardBlockerNotice blocker={blocker} heading={blocker ? BLOCKER_HEADINGS[blocker.kind] : ""} serverId={ctx.server.id} otherWizard={ctx.otherWizard}>
        {blocker?.kind === "connection-method" ? (
          <p className="mt-2">
            <Link href={serverHref(ctx.server.id, "properties")}>Open Properties of {ctx.server.name}</Link>
          </p>
        ) : null}
      </WizardBlockerNotice>
      {rebuildBlocked ? (
        <div role="note" className="mt-4 rounded border-l-4 border-accent bg-accent-soft p-3">
          <p className="font-semibold">{BLOCKER_HEADINGS["connection-method"]} to rebuild or migrate</p>
          <p>{rebuildBlocked.message} Convert RDS CALs works with Automatic connection.</p>
          <p className="mt-2">
            <Link href={serverHref(ctx.server.id, "properties")}>Open Properties of {ctx.server.name}</Link>
          </p>
        </div>
      ) : null}
      <ActionStepForm action={startRebuildForm.bind(null, ctx.server.id)} backHref={null} nextDisabled={!!blocker} />
    </>
  );
}
