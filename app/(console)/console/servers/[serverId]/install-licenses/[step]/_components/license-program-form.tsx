"use client";
// License Program (Automatic connection): the program the RDS CALs were bought through.
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

type Values = { licenseProgram: string };

export function LicenseProgramForm(props: { programs: { value: string; label: string }[]; defaultProgram: string; action: FormAction; backHref: string | null }) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({ action: props.action, schema: () => import("@/lib/console/install-licenses-schemas").then((m) => m.licenseProgramSchema), defaultValues: { licenseProgram: props.defaultProgram } });
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <p>Select the License Program through which you purchased your RDS CALs. It is on your purchase documentation.</p>
      <RadioGroup id="licenseProgram" legend="License Program" error={fieldError("licenseProgram")} options={props.programs} registration={form.register("licenseProgram")} />
      <WizardButtons backHref={props.backHref} pending={submitting} />
    </form>
  );
}
