// Cancel after the deletion asks first (issue 31): the license server has no RDS CALs until the run is resumed
// and they are reinstalled. Two links, so it works without JavaScript; nothing is written either way (the run
// stays open, and the Manage RDS CALs Wizard resumes it).
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { buttonClass } from "@/components/ui/button";
import { getWizardContext } from "@/lib/console/queries";
import { consoleServerHref, wizardHref } from "@/lib/console/urls";
import type { WizardStep } from "@/lib/console/manage-cals/steps";
import { requireVisibleServer } from "@/lib/practice/visibility";

export const metadata = { title: "Cancel the Manage RDS CALs Wizard?" };

export default async function CancelManageCalsPage({ params }: { params: Promise<{ serverId: string }> }) {
  await connection();
  const { serverId } = await params;
  const ctx = await getWizardContext(await requireVisibleServer(serverId));
  if (!ctx) notFound();
  const { server, run, state } = ctx;
  // Nothing deleted (or no run): Cancel does not ask, so neither does this page.
  if (!run || !state?.deleted) redirect(consoleServerHref(server.name));
  return (
    <main className="flex-1 p-4 md:p-8">
      <div className="mx-auto max-w-2xl rounded border border-line bg-surface p-6 shadow-md">
        <h1 className="text-2xl">Cancel the Manage RDS CALs Wizard?</h1>
        <p className="mt-3">
          The RDS CALs on license server {server.name} were deleted
          {run.installedKeyPacks.length ? ` and ${run.installedKeyPacks.length} of the key packs reinstalled so far` : ""}. If you cancel now, clients
          get no new RDS CALs from {server.name} until you run the Manage RDS CALs Wizard again and reinstall the rest.
        </p>
        <div className="mt-6 flex flex-wrap justify-end gap-2 border-t border-line pt-4">
          <Link href={wizardHref(server.id, state.step as WizardStep)} prefetch={false} className={buttonClass("primary")}>Back to the wizard</Link>
          <Link href={consoleServerHref(server.name)} prefetch={false} className={buttonClass("secondary")}>Cancel the wizard</Link>
        </div>
      </div>
    </main>
  );
}
