"use client";
// Select the Key Pack to Convert: the key pack (one radio per installed pack, with its available RDS CALs) and
// the number of RDS CALs to convert. The form checks the count is a whole number; the limit (the pack's
// available RDS CALs) is the server's, read when Next is taken (lib/console/manage-cals/convert-actions.ts).
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/field";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

type Values = { keypackId: string | null; count: string };
export interface ConvertOption {
  value: string;
  label: string;
  hint: string;
  disabled: boolean;
}

export function ConvertKeyPackForm({ action, backHref, options, defaults }: { action: FormAction; backHref: string | null; options: readonly ConvertOption[]; defaults: Values }) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({
    action,
    schema: () => import("@/lib/console/convert-schemas").then((m) => m.convertKeyPackSchema),
    defaultValues: defaults,
    fields: ["keypackId", "count"],
  });
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <RadioGroup id="keypackId" legend="Select the key pack whose RDS CALs you want to convert" options={options} registration={form.register("keypackId")} error={fieldError("keypackId")} />
      <TextField
        id="count"
        label="Number of RDS CALs to convert"
        hint="At most the key pack's available (unissued) RDS CALs."
        error={fieldError("count")}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        {...form.register("count")}
      />
      <WizardButtons backHref={backHref} pending={submitting} />
    </form>
  );
}
