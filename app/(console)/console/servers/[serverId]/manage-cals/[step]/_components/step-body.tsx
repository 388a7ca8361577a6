// Picks the page body for a wizard step. Bodies are server components; their forms are client components
// bound to this server's id.
import type { FinishedConversion, FinishedMigration, FinishedRun, WizardContext } from "@/lib/console/queries";
import type { WizardStep } from "@/lib/console/manage-cals/steps";
import { ActionSelectionForm } from "./action-selection-form";
import { CompletedStep } from "./completed-step";
import { ConfirmDeletionStep } from "./confirm-deletion-step";
import { ObtainKeyPackStep } from "./obtain-key-pack-step";
import { ReasonForm } from "./reason-form";
import { MIGRATION_REASONS, REBUILD_REASONS } from "@/lib/licensing/catalog";
import { selectMigrateReasonForm } from "@/lib/console/manage-cals/migrate-actions";
import { MigrateCompletedStep, MigrateObtainStep, MigrateReminderStep, MigrateSourceStep } from "./migrate-steps";
import { ConvertCompletedStep, ConvertKeyPackStep, ConvertObtainStep } from "./convert-steps";
import { ReinstallAdditionalStep } from "./reinstall-additional-step";
import { ReinstallingStep } from "./reinstalling-step";
import { WelcomeStep } from "./welcome-step";
import { selectActionForm, selectReasonForm } from "@/lib/console/manage-cals/actions";

export function StepBody({
  step,
  ctx,
  finished,
  migrated = null,
  converted = null,
  backHref,
}: {
  step: WizardStep;
  ctx: WizardContext;
  finished: FinishedRun | null;
  migrated?: FinishedMigration | null;
  converted?: FinishedConversion | null;
  backHref: string | null;
}) {
  const id = ctx.server.id;
  switch (step) {
    case "WELCOME":
      return <WelcomeStep ctx={ctx} />;
    case "ACTION_SELECTION":
      return <ActionSelectionForm action={selectActionForm.bind(null, id)} backHref={backHref} defaultAction={ctx.run?.action === "REBUILD" || ctx.run?.action === "MIGRATE" || ctx.run?.action === "CONVERT" ? ctx.run.action : undefined} />;
    case "REASON":
      return <ReasonForm reasons={REBUILD_REASONS} action={selectReasonForm.bind(null, id)} backHref={backHref} defaults={{ reason: ctx.run?.reason ?? undefined, reasonDetail: ctx.run?.reasonDetail ?? "" }} />;
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
    case "MIGRATE_REASON":
      return (
        <ReasonForm
          reasons={MIGRATION_REASONS}
          intro="Migrating moves RDS CALs from another license server (the source) to this one: the Web site issues them for this license server, and they are removed from the source."
          legend="Select a reason for migrating the RDS CALs"
          action={selectMigrateReasonForm.bind(null, id)}
          backHref={backHref}
          defaults={{ reason: ctx.run?.reason ?? undefined, reasonDetail: "" }}
        />
      );
    case "MIGRATE_SOURCE":
      return <MigrateSourceStep ctx={ctx} backHref={backHref} />;
    case "MIGRATE_REMINDER":
      return <MigrateReminderStep ctx={ctx} backHref={backHref} />;
    case "MIGRATE_OBTAIN_KEY_PACK":
      return <MigrateObtainStep ctx={ctx} backHref={backHref} />;
    case "MIGRATE_COMPLETED":
      return migrated ? <MigrateCompletedStep serverName={ctx.server.name} run={migrated} /> : null;
    case "CONVERT_KEY_PACK":
      return <ConvertKeyPackStep ctx={ctx} backHref={backHref} />;
    case "CONVERT_OBTAIN_KEY_PACK":
      return <ConvertObtainStep ctx={ctx} backHref={backHref} />;
    case "CONVERT_COMPLETED":
      return converted ? <ConvertCompletedStep serverName={ctx.server.name} run={converted} /> : null;
  }
}
