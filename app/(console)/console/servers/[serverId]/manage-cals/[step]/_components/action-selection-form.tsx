"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

type Action = "REBUILD" | "MIGRATE" | "CONVERT";
type Values = { action: Action | null };

const OPTIONS = [
  { value: "REBUILD", label: "Rebuild the license server database" },
  {
    value: "MIGRATE",
    label: "Migrate RDS CALs from another license server to this license server",
  },
  { value: "CONVERT", label: "Convert RDS CALs", hint: "Per User CALs to Per Device CALs, or Per Device CALs to Per User CALs" },
] as const;

export function ActionSelectionForm({ action, backHref, defaultAction }: { action: FormAction; backHref: string | null; defaultAction?: Action }) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({ action, schema: () => import("@/lib/console/wizard-schemas").then((m) => m.actionSelectionSchema), defaultValues: { action: defaultAction ?? null } });
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <RadioGroup id="action" legend="Select the action you want to perform" options={OPTIONS} registration={form.register("action")} error={fieldError("action")} />
      <WizardButtons backHref={backHref} pending={submitting} />
    </form>
  );
}
