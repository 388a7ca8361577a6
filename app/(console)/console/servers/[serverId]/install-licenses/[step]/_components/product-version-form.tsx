"use client";
// Product Version and License Type (Automatic connection): the type of RDS CAL and the quantity. Next asks
// the Microsoft Clearinghouse for the licenses and installs them; a refusal says what to correct.
import { ErrorSummary } from "@/components/ui/error-summary";
import { inputClass, SelectField, TextField } from "@/components/ui/field";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

type Values = { calType: string; quantity: string };

export function ProductVersionForm(props: { calTypes: { value: string; label: string }[]; defaults: Values; perCode: boolean; action: FormAction; backHref: string | null }) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({ action: props.action, schema: () => import("@/lib/console/install-licenses-schemas").then((m) => m.productVersionSchema), defaultValues: props.defaults });
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <p>Select the product version and license type of the RDS CALs you purchased, and the quantity to install.</p>
      <SelectField id="calType" label="Product version and license type" error={fieldError("calType")} {...form.register("calType")}>
        <option value="">Select the type of RDS CAL</option>
        {props.calTypes.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </SelectField>
      <TextField
        id="quantity"
        label={props.perCode ? "Quantity (for each license code)" : "Quantity"}
        hint="How many RDS CALs to install (1 to 9,999)."
        inputMode="numeric"
        autoComplete="off"
        className={`${inputClass} max-w-32`}
        error={fieldError("quantity")}
        {...form.register("quantity")}
      />
      {submitting ? <p role="status" className="mt-4">Contacting the Microsoft Clearinghouse…</p> : null}
      <WizardButtons backHref={props.backHref} pending={submitting} />
    </form>
  );
}
