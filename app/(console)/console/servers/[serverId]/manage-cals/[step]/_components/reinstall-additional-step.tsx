import { KeyPackTable } from "@/components/console/key-pack-table";
import { keyPackDisplay } from "@/lib/console/key-pack-rows";
import type { WizardContext } from "@/lib/console/queries";
import { chooseAfterInstallForm } from "@/lib/console/manage-cals/actions";
import { ReinstallAdditionalForm } from "./reinstall-additional-form";

export function ReinstallAdditionalStep({ ctx }: { ctx: WizardContext }) {
  const installed = ctx.run?.installedKeyPacks ?? [];
  const last = installed.at(-1);
  return (
    <>
      {last ? (
        <p role="status" className="rounded border-l-4 border-success bg-success-soft p-3">
          The RDS CALs were reinstalled onto this license server: {keyPackDisplay(last)["License Version and Type"]},{" "}
          {keyPackDisplay(last)["License Program"]}, {last.totalLicenses} licenses (Keypack ID {last.keypackId}).
        </p>
      ) : null}
      <div className="mt-4">
        <KeyPackTable rows={installed} caption="RDS CALs reinstalled so far in this rebuild" />
      </div>
      <ReinstallAdditionalForm action={chooseAfterInstallForm.bind(null, ctx.server.id)} />
    </>
  );
}
