"use client";
// Next on a page without fields (Welcome, Reinstalling RDS CALs).
import { ErrorSummary } from "@/components/ui/error-summary";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/console/use-action-form";
import type { ActionResult } from "@/lib/forms/action-result";

export function ActionStepForm({ action, backHref, nextDisabled }: { action: () => Promise<ActionResult<unknown>>; backHref: string | null; nextDisabled?: boolean }) {
  const { formAction, pending, formError } = useActionForm(action);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={[]} formError={formError} />
      <WizardButtons backHref={backHref} pending={pending} nextDisabled={nextDisabled} />
    </form>
  );
}
