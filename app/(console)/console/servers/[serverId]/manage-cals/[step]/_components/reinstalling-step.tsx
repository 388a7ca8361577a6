import { buttonClass } from "@/components/ui/button";
import type { WizardContext } from "@/lib/console/queries";
import { keyPackCsvHref } from "@/lib/console/urls";
import { continueToObtainForm } from "@/lib/console/manage-cals/actions";
import { ActionStepForm } from "@/components/console/action-step-form";

export function ReinstallingStep({ ctx }: { ctx: WizardContext }) {
  const run = ctx.run!;
  return (
    <>
      <p role="status" className="rounded border-l-4 border-success bg-success-soft p-3">
        The contents of the RD Licensing database have been deleted: {run.deletedKeyPacks ?? 0} key pack{run.deletedKeyPacks === 1 ? "" : "s"} and{" "}
        {run.deletedCals ?? 0} issued RDS CAL{run.deletedCals === 1 ? "" : "s"}.
      </p>
      <p className="mt-4">
        You must now reinstall your RDS CALs onto this license server. You can only reinstall one set (or pack) of RDS CALs at a
        time. After each set is reinstalled, the wizard asks whether you want to reinstall another set.
      </p>
      {run.deletedKeyPacks ? (
        <p className="mt-3">
          <a href={keyPackCsvHref(ctx.server.id, run.id)} download className={buttonClass("secondary")}>Download the list of deleted RDS CALs (CSV)</a>
        </p>
      ) : null}
      <p className="mt-4">To continue, click Next.</p>
      <ActionStepForm action={continueToObtainForm.bind(null, ctx.server.id)} backHref={null} />
    </>
  );
}
