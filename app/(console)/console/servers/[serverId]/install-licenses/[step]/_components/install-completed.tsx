// Completing the Install Licenses Wizard: what the run installed, with the license key pack IDs.
import { WizardFinish } from "@/components/console/wizard-finish";
import { KeyPackTable } from "@/components/console/key-pack-table";
import type { getLastInstallRun } from "@/lib/console/install-licenses/queries";

type Run = NonNullable<Awaited<ReturnType<typeof getLastInstallRun>>>;

export function InstallCompleted({ serverName, run }: { serverName: string; run: Run }) {
  const total = run.installedKeyPacks.reduce((sum, p) => sum + p.totalLicenses, 0);
  return (
    <>
      <p role="status" className="rounded border-l-4 border-success bg-success-soft p-3 font-semibold">
        The requested licenses have been successfully installed.
      </p>
      <p className="mt-4">
        You have successfully completed the Install Licenses Wizard on license server {serverName}: {run.installedKeyPacks.length}{" "}
        {run.installedKeyPacks.length === 1 ? "key pack" : "key packs"} with {total.toLocaleString("en-US")} RDS {total === 1 ? "CAL" : "CALs"}.
      </p>
      <div className="mt-6">
        <KeyPackTable rows={run.installedKeyPacks} caption="Licenses installed by this wizard" withLicenseKeyPackId />
      </div>
      <WizardFinish serverName={serverName} />
    </>
  );
}
