// The Action menu's Install Licenses: opens the wizard where this server's open Install Licenses run is, or
// at Welcome. Reads only: the run starts on Welcome's Next.
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { getInstallContext } from "@/lib/console/install-licenses/queries";
import { INSTALL_LICENSES } from "@/lib/console/install-licenses/steps";
import { installLicensesHref } from "@/lib/console/install-licenses/urls";

export default async function InstallLicensesPage({ params }: { params: Promise<{ serverId: string }> }) {
  await connection();
  const { serverId } = await params;
  const ctx = await getInstallContext(await requireVisibleServer(serverId));
  if (!ctx) notFound();
  redirect(installLicensesHref(serverId, INSTALL_LICENSES.resume(ctx.state)));
}
