// The Action menu's Manage RDS CALs: opens the wizard where this server's open run is (after the deletion,
// never before Obtain Client License Key Pack), or at Welcome. Reads only: the run starts on Welcome's Next.
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { getWizardContext } from "@/lib/console/queries";
import { wizardHref } from "@/lib/console/urls";
import { resumeStep } from "@/lib/console/manage-cals/steps";

export default async function ManageCalsPage({ params }: { params: Promise<{ serverId: string }> }) {
  await connection();
  const { serverId } = await params;
  const ctx = await getWizardContext(await requireVisibleServer(serverId));
  if (!ctx) notFound();
  redirect(wizardHref(serverId, resumeStep(ctx.state)));
}
