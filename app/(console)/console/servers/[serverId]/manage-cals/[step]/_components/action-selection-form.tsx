"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useServerForm } from "@/components/console/use-server-form";
import { actionSelectionSchema } from "@/lib/console/wizard-schemas";
import type { ActionResult } from "@/lib/forms/action-result";

type Values = { action: "REBUILD" | null };

const OPTIONS = [
  { value: "REBUILD", label: "Rebuild the license server database" },
  {
    value: "MIGRATE",
    label: "Migrate RDS CALs from another license server to this license server",
    hint: "Not available in this console yet.",
    disabled: true,
  },
] as const;

export function ActionSelectionForm({ action, backHref, defaultAction }: { action: (input: Values) => Promise<ActionResult<unknown>>; backHref: string | null; defaultAction?: "REBUILD" }) {
  const { form, pending, formError, summary, submit } = useServerForm<Values>(actionSelectionSchema, action, { action: defaultAction ?? null });
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={summary} formError={formError} />
      <RadioGroup id="action" legend="Select the action you want to perform" options={OPTIONS} registration={form.register("action")} error={form.formState.errors.action?.message} />
      <WizardButtons backHref={backHref} pending={pending} />
    </form>
  );
}
