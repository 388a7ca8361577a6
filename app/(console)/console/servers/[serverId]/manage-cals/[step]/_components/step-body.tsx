// Picks the page body for a wizard step. Bodies are server components; their forms are client components
// bound to this server's id.
import type { FinishedRun, WizardContext } from "@/lib/console/queries";
import type { WizardStep } from "@/lib/console/wizard-steps";
import { ActionSelectionForm } from "./action-selection-form";
import { CompletedStep } from "./completed-step";
import { ConfirmDeletionStep } from "./confirm-deletion-step";
import { ObtainKeyPackStep } from "./obtain-key-pack-step";
import { ReasonForm } from "./reason-form";
import { REBUILD_REASONS } from "@/lib/licensing/catalog";
import { ReinstallAdditionalStep } from "./reinstall-additional-step";
import { ReinstallingStep } from "./reinstalling-step";
import { WelcomeStep } from "./welcome-step";
import { selectAction, selectReason } from "@/lib/console/wizard-actions";

export function StepBody({ step, ctx, finished, backHref }: { step: WizardStep; ctx: WizardContext; finished: FinishedRun | null; backHref: string | null }) {
  const id = ctx.server.id;
  switch (step) {
    case "WELCOME":
      return <WelcomeStep ctx={ctx} />;
    case "ACTION_SELECTION":
      return <ActionSelectionForm action={selectAction.bind(null, id)} backHref={backHref} defaultAction={ctx.run?.action === "REBUILD" ? "REBUILD" : undefined} />;
    case "REASON":
      return <ReasonForm reasons={REBUILD_REASONS} action={selectReason.bind(null, id)} backHref={backHref} defaults={{ reason: ctx.run?.reason ?? undefined, reasonDetail: ctx.run?.reasonDetail ?? "" }} />;
    case "CONFIRM_DELETION":
      return <ConfirmDeletionStep ctx={ctx} backHref={backHref} />;
    case "REINSTALLING":
      return <ReinstallingStep ctx={ctx} />;
    case "OBTAIN_KEY_PACK":
      return <ObtainKeyPackStep ctx={ctx} backHref={backHref} />;
    case "REINSTALL_ADDITIONAL":
      return <ReinstallAdditionalStep ctx={ctx} />;
    case "COMPLETED":
      return finished ? <CompletedStep serverName={ctx.server.name} run={finished} /> : null;
  }
}
