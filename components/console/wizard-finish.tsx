// The last row of a wizard's completing page: Finish goes back to the server in the console.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { consoleServerHref } from "@/lib/console/urls";
import type { PowerShellRef } from "@/lib/console/powershell";
import { PowerShellDisclosure } from "./powershell-disclosure";

/**
 * `runId`: the run finished here (consoleServerHref). `powershell`: what would do the same on a real license
 * server (Show PowerShell, docs/decisions/037).
 */
export function WizardFinish({ serverName, runId, powershell }: { serverName: string; runId?: string; powershell?: PowerShellRef }) {
  return (
    <>
      {powershell ? <PowerShellDisclosure {...powershell} /> : null}
      <p className="mt-4">To close this wizard, click Finish.</p>
      <div className="mt-8 flex justify-end border-t border-line pt-4">
        <Link href={consoleServerHref(serverName, runId)} className={buttonClass("primary")}>Finish</Link>
      </div>
    </>
  );
}
