// One page of the Activate, Reactivate or Deactivate Server wizard (`/console/servers/<id>/<segment>/<slug>`):
// the saved run decides which pages may show (lib/console/lifecycle/steps.ts); any other address redirects
// to where the run is. The three wizards' routes are thin files that call this with their kind.
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { WizardFrame } from "@/components/console/wizard-frame";
import { cancelLifecycleWizard } from "@/lib/console/lifecycle/actions";
import { LIFECYCLE_STEPS, LIFECYCLE_WIZARDS, type LifecycleKind } from "@/lib/console/lifecycle/steps";
import { getLastFinishedLifecycleRun, getLifecycleContext } from "@/lib/console/queries";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { lifecycleHref } from "@/lib/console/urls";
import { wizardKindName } from "@/lib/console/wizard-kinds";
import { LifecycleBody } from "./lifecycle-body";

export type LifecycleParams = Promise<{ serverId: string; step: string }>;

export async function lifecycleMetadata(kind: LifecycleKind, params: LifecycleParams) {
  const step = LIFECYCLE_WIZARDS[kind].fromSlug((await params).step);
  const name = wizardKindName(kind);
  return { title: step ? `${LIFECYCLE_WIZARDS[kind].info(step).title} · ${name}` : name };
}

export async function LifecycleStepPage({ kind, params }: { kind: LifecycleKind; params: LifecycleParams }) {
  await connection();
  const { serverId, step: slug } = await params;
  const wizard = LIFECYCLE_WIZARDS[kind];
  const step = wizard.fromSlug(slug);
  if (!step) notFound();
  const ctx = await getLifecycleContext(await requireVisibleServer(serverId), kind);
  if (!ctx) notFound();
  let finished = null;
  if (step === wizard.last) {
    finished = ctx.state ? null : await getLastFinishedLifecycleRun(ctx.server, kind);
    if (!finished) redirect(lifecycleHref(serverId, kind, wizard.resume(ctx.state)));
  } else if (!wizard.canShow(ctx.state, step)) {
    redirect(lifecycleHref(serverId, kind, wizard.resume(ctx.state)));
  }
  const method = ctx.state?.method ?? finished?.answers.connectionMethod ?? ctx.server.connectionMethod;
  // The progress list shows the pages of the method chosen so far.
  const path = wizard.path(method);
  const steps = LIFECYCLE_STEPS[kind].filter((s) => path.includes(s.step));
  const back = wizard.back(ctx.state, step);
  return (
    <WizardFrame serverId={serverId} serverName={ctx.server.name} step={step} of={{ name: wizardKindName(kind), steps, cancel: cancelLifecycleWizard.bind(null, serverId, kind) }}>
      {/* The Procedure panel shows activation by Web browser or by telephone by the method chosen. */}
      <ProcedureFacts wizardMethod={method} />
      <LifecycleBody kind={kind} step={step} ctx={ctx} method={method} finished={finished} backHref={back ? lifecycleHref(serverId, kind, back) : null} />
    </WizardFrame>
  );
}

/** The wizard's index page (the Action menu's link): to where this server's open run is, or Welcome. */
export async function redirectToLifecycleRun(kind: LifecycleKind, params: Promise<{ serverId: string }>): Promise<never> {
  await connection();
  const { serverId } = await params;
  const ctx = await getLifecycleContext(await requireVisibleServer(serverId), kind);
  if (!ctx) notFound();
  redirect(lifecycleHref(serverId, kind, LIFECYCLE_WIZARDS[kind].resume(ctx.state)));
}
