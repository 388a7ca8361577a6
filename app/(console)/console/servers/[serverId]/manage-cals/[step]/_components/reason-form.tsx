"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import { REBUILD_REASONS } from "@/lib/licensing/catalog";
import type { FormAction } from "@/lib/forms/form-state";

type Values = { reason: string | null; reasonDetail?: string };

// The reasons come from the server page (lib/licensing/catalog.ts), so this form does not ship the catalog.
const REBUILD_INTRO = "Rebuilding the RD Licensing database deletes the RDS CALs installed on this license server; you then reinstall them.";
const REBUILD_LEGEND = "Select a reason for rebuilding the RD Licensing database";

/** The rebuild's reason page; the migration's passes its own `intro` and `legend` (and has no "Other"). */
export function ReasonForm({
  action,
  backHref,
  defaults,
  reasons,
  intro = REBUILD_INTRO,
  legend = REBUILD_LEGEND,
}: {
  reasons: readonly string[];
  action: FormAction;
  backHref: string | null;
  defaults: { reason?: string; reasonDetail: string };
  intro?: string;
  legend?: string;
}) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({ action, schema: reasons.every((r) => (REBUILD_REASONS as readonly string[]).includes(r)) ? () => import("@/lib/console/wizard-schemas").then((m) => m.reasonSchema) : () => import("@/lib/console/migrate-schemas").then((m) => m.migrateReasonSchema), defaultValues: { reason: defaults.reason ?? null, reasonDetail: defaults.reasonDetail } });
  const other = form.watch("reason") === "Other";
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <p>{intro}</p>
      <RadioGroup
        id="reason"
        legend={legend}
        options={reasons.map((r) => ({ value: r, label: r }))}
        registration={form.register("reason")}
        error={fieldError("reason")}
      />
      {other ? (
        <Field id="reasonDetail" label="Describe the reason" error={fieldError("reasonDetail")}>
          <textarea {...form.register("reasonDetail")} {...fieldAria("reasonDetail", fieldError("reasonDetail"))} rows={3} className={inputClass} />
        </Field>
      ) : null}
      <WizardButtons backHref={backHref} pending={submitting} />
    </form>
  );
}
