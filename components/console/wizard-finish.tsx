// The last row of a wizard's completing page: Finish goes back to the server in the console.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { consoleServerHref } from "@/lib/console/urls";

/** `runId`: the run finished here (consoleServerHref). */
export function WizardFinish({ serverName, runId }: { serverName: string; runId?: string }) {
  return (
    <>
      <p className="mt-4">To close this wizard, click Finish.</p>
      <div className="mt-8 flex justify-end border-t border-line pt-4">
        <Link href={consoleServerHref(serverName, runId)} className={buttonClass("primary")}>Finish</Link>
      </div>
    </>
  );
}
