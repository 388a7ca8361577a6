// One route per page of the Install Licenses Wizard (`/install-licenses/<slug>`, slugs from
// INSTALL_LICENSES_STEPS, install-licenses/steps.ts). The open run decides which pages may show; any other address redirects to where
// the run is. The progress list shows the pages of the run's connection method (or the server's, before).
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { WizardWindow } from "@/components/console/wizard-window";
import { cancelInstallLicenses } from "@/lib/console/install-licenses/actions";
import { getInstallContext, getLastInstallRun } from "@/lib/console/install-licenses/queries";
import { INSTALL_LICENSES } from "@/lib/console/install-licenses/steps";
import { installLicensesHref } from "@/lib/console/install-licenses/urls";
import { InstallStepBody } from "./_components/install-step-body";

type Params = { serverId: string; step: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const step = INSTALL_LICENSES.fromSlug((await params).step);
  return { title: step ? `${INSTALL_LICENSES.info(step).title} · Install Licenses` : "Install Licenses" };
}

export default async function InstallLicensesStepPage({ params }: { params: Promise<Params> }) {
  await connection();
  const { serverId, step: slug } = await params;
  const step = INSTALL_LICENSES.fromSlug(slug);
  if (!step) notFound();
  const visible = await requireVisibleServer(serverId);
  const ctx = await getInstallContext(visible);
  if (!ctx) notFound();

  const finished = step === "INSTALL_COMPLETED" && !ctx.state ? await getLastInstallRun(visible) : null;
  if (step === "INSTALL_COMPLETED" ? !finished : !INSTALL_LICENSES.canShow(ctx.state, step)) redirect(installLicensesHref(serverId, INSTALL_LICENSES.resume(ctx.state)));
  const method = finished?.answers?.connectionMethod ?? ctx.state?.method ?? ctx.server.connectionMethod;
  const path = INSTALL_LICENSES.path(method);
  const back = INSTALL_LICENSES.back(ctx.state, step);
  return (
    <WizardWindow
      wizardName="Install Licenses"
      serverName={ctx.server.name}
      titles={path.map((s) => INSTALL_LICENSES.info(s).title)}
      current={path.indexOf(step)}
      cancel={cancelInstallLicenses.bind(null, serverId)}
    >
      <InstallStepBody step={step} ctx={ctx} finished={finished} backHref={back ? installLicensesHref(serverId, back) : null} />
    </WizardWindow>
  );
}
