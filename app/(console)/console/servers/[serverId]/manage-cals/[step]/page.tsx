// One route per wizard page (`/manage-cals/<slug>`, slugs from the WIZARD_STEPS table). The saved run decides
// which pages may show: any other address redirects to where the run is (lib/console/manage-cals/steps.ts).
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { WizardFrame } from "@/components/console/wizard-frame";
import { getLastFinishedConversion, getLastFinishedMigration, getLastFinishedRun, getWizardContext } from "@/lib/console/queries";
import { wizardHref } from "@/lib/console/urls";
import { backStep, canShow, resumeStep, stepFromSlug, stepInfo, wizardPath } from "@/lib/console/manage-cals/steps";
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import { StepBody } from "./_components/step-body";

type Params = { serverId: string; step: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const step = stepFromSlug((await params).step);
  return { title: step ? `${stepInfo(step).title} · Manage RDS CALs` : "Manage RDS CALs" };
}

export default async function WizardStepPage({ params }: { params: Promise<Params> }) {
  await connection();
  const { serverId, step: slug } = await params;
  const step = stepFromSlug(slug);
  if (!step) notFound();
  const visible = await requireVisibleServer(serverId);
  const ctx = await getWizardContext(visible);
  if (!ctx) notFound();

  if (step === "MIGRATE_COMPLETED") {
    // As for the rebuild's completing page: the migration's run closed with its install.
    const migrated = ctx.state ? null : await getLastFinishedMigration(visible);
    if (!migrated) redirect(wizardHref(serverId, resumeStep(ctx.state)));
    return (
      <WizardFrame serverId={serverId} serverName={ctx.server.name} step={step} path={wizardPath(step, "MIGRATE")}>
        <ProcedureFacts connectionMethod={ctx.server.connectionMethod} wizardAction="migrate" />
        <StepBody step={step} ctx={ctx} finished={null} migrated={migrated} backHref={null} />
      </WizardFrame>
    );
  }

  if (step === "CONVERT_COMPLETED") {
    // As for the migration's: the conversion's run closed with its install.
    const converted = ctx.state ? null : await getLastFinishedConversion(visible);
    if (!converted) redirect(wizardHref(serverId, resumeStep(ctx.state)));
    return (
      <WizardFrame serverId={serverId} serverName={ctx.server.name} step={step} path={wizardPath(step, "CONVERT")}>
        <ProcedureFacts connectionMethod={ctx.server.connectionMethod} wizardAction="convert" />
        <StepBody step={step} ctx={ctx} finished={null} converted={converted} backHref={null} />
      </WizardFrame>
    );
  }

  if (step === "COMPLETED") {
    // The finished run is closed, so it is not the server's open run: show the last one, unless a new run is open.
    const finished = ctx.state ? null : await getLastFinishedRun(visible);
    if (!finished) redirect(wizardHref(serverId, resumeStep(ctx.state)));
    return (
      <WizardFrame serverId={serverId} serverName={ctx.server.name} step={step}>
        <ProcedureFacts connectionMethod={ctx.server.connectionMethod} wizardAction="rebuild" />
        <StepBody step={step} ctx={ctx} finished={finished} backHref={null} />
      </WizardFrame>
    );
  }

  if (!canShow(ctx.state, step)) redirect(wizardHref(serverId, resumeStep(ctx.state)));
  const back = backStep(ctx.state, step);
  return (
    <WizardFrame serverId={serverId} serverName={ctx.server.name} step={step} path={wizardPath(step, ctx.run?.action)}>
      {/* The Procedure panel tells the rebuild (by Web browser or telephone) from the migration by these. */}
      <ProcedureFacts connectionMethod={ctx.server.connectionMethod} wizardAction={ctx.run?.action === "MIGRATE" ? "migrate" : ctx.run?.action === "CONVERT" ? "convert" : ctx.run?.action === "REBUILD" ? "rebuild" : undefined} />
      <StepBody step={step} ctx={ctx} finished={null} backHref={back ? wizardHref(serverId, back) : null} />
    </WizardFrame>
  );
}
