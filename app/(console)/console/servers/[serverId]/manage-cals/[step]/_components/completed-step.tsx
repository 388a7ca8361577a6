import Link from "next/link";
import { KeyPackTable } from "@/components/console/key-pack-table";
import { buttonClass } from "@/components/ui/button";
import type { FinishedRun } from "@/lib/console/queries";
import { REBUILT_MESSAGE } from "@/lib/console/events";
import { consoleServerHref } from "@/lib/console/urls";

export function CompletedStep({ serverName, run }: { serverName: string; run: FinishedRun }) {
  return (
    <>
      <p role="status" className="rounded border-l-4 border-success bg-success-soft p-3 font-semibold">{REBUILT_MESSAGE}</p>
      <p className="mt-4">
        You have successfully completed the Manage RDS CALs Wizard. {run.deletedKeyPacks ?? 0} key pack{run.deletedKeyPacks === 1 ? " was" : "s were"} deleted
        and {run.installedKeyPacks.length} reinstalled on license server {serverName}.
      </p>
      <div className="mt-4">
        <KeyPackTable rows={run.installedKeyPacks} caption="Reinstalled RDS CALs" />
      </div>
      <p className="mt-4">To close this wizard, click Finish.</p>
      <div className="mt-8 flex justify-end border-t border-line pt-4">
        <Link href={consoleServerHref(serverName)} className={buttonClass("primary")}>Finish</Link>
      </div>
    </>
  );
}
