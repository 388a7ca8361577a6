"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useServerForm } from "@/components/console/use-server-form";
import { reasonSchema } from "@/lib/console/wizard-schemas";
import { REBUILD_REASONS } from "@/lib/licensing/catalog";
import type { ActionResult } from "@/lib/forms/action-result";

type Values = { reason: string | null; reasonDetail?: string };

export function ReasonForm({ action, backHref, defaults }: { action: (input: Values) => Promise<ActionResult<unknown>>; backHref: string | null; defaults: { reason?: string; reasonDetail: string } }) {
  const { form, pending, formError, summary, submit } = useServerForm<Values>(reasonSchema, action, { reason: defaults.reason ?? null, reasonDetail: defaults.reasonDetail });
  const errors = form.formState.errors;
  const other = form.watch("reason") === "Other";
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={summary} formError={formError} />
      <p>Rebuilding the RD Licensing database deletes the RDS CALs installed on this license server; you then reinstall them.</p>
      <RadioGroup
        id="reason"
        legend="Select a reason for rebuilding the RD Licensing database"
        options={REBUILD_REASONS.map((r) => ({ value: r, label: r }))}
        registration={form.register("reason")}
        error={errors.reason?.message}
      />
      {other ? (
        <Field id="reasonDetail" label="Describe the reason" error={errors.reasonDetail?.message}>
          <textarea {...form.register("reasonDetail")} {...fieldAria("reasonDetail", errors.reasonDetail?.message)} rows={3} className={inputClass} />
        </Field>
      ) : null}
      <WizardButtons backHref={backHref} pending={pending} />
    </form>
  );
}
