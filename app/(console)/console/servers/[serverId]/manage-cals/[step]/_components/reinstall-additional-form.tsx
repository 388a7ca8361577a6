"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import { CONTINUE_LABEL, FINISH_LABEL } from "@/lib/console/wizard-labels";
import type { FormAction } from "@/lib/forms/form-state";

type Values = { choice: "continue" | "finish" | null };

const OPTIONS = [
  { value: "continue", label: CONTINUE_LABEL },
  { value: "finish", label: FINISH_LABEL },
];

export function ReinstallAdditionalForm({ action }: { action: FormAction }) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({ action, schema: () => import("@/lib/console/wizard-schemas").then((m) => m.reinstallAdditionalSchema), defaultValues: { choice: null } });
  return (
    <form {...formProps} className="mt-6">
      <ErrorSummary {...summary} />
      <RadioGroup id="choice" legend="Do you want to reinstall another set of RDS CALs?" options={OPTIONS} registration={form.register("choice")} error={fieldError("choice")} />
      <WizardButtons backHref={null} pending={submitting} />
    </form>
  );
}
