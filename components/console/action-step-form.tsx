"use client";
// Next on a page without fields (Welcome, Reinstalling RDS CALs).
import { ErrorSummary } from "@/components/ui/error-summary";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

export function ActionStepForm({ action, backHref, nextDisabled }: { action: FormAction; backHref: string | null; nextDisabled?: boolean }) {
  const { formProps, summary, submitting } = useActionForm({ action, defaultValues: {} });
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <WizardButtons backHref={backHref} pending={submitting} nextDisabled={nextDisabled} />
    </form>
  );
}
