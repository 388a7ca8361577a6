"use client";
// Next on a page without fields (Welcome, Reinstalling RDS CALs).
import { ErrorSummary } from "@/components/ui/error-summary";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/forms/action-result";

export function ActionStepForm({ action, backHref, nextDisabled }: { action: () => Promise<ActionResult<unknown>>; backHref: string | null; nextDisabled?: boolean }) {
  const { onSubmit, summary, submitting } = useActionForm({ action: () => action(), defaultValues: {} });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary {...summary} />
      <WizardButtons backHref={backHref} pending={submitting} nextDisabled={nextDisabled} />
    </form>
  );
}
