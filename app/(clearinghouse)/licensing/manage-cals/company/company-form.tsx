"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CompanyFields } from "@/components/licensing/request-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveCompanyStep } from "@/lib/clearinghouse/actions";
import type { CountryOption } from "@/lib/countries/names";
import { type CompanyStepInput } from "@/lib/clearinghouse/company-schema";
import { STEP_FIELDS } from "@/lib/clearinghouse/steps";
import { StepActions } from "../_components/step-actions";

export function CompanyForm(props: { defaultValues: CompanyStepInput; countries: readonly CountryOption[]; returnToVerify: boolean }) {
  const { form, onSubmit, summary, fieldError: err, submitting } = useActionForm<CompanyStepInput>({
    action: (values) => saveCompanyStep(values, props.returnToVerify),
    defaultValues: props.defaultValues,
    fields: STEP_FIELDS.company,
  });
  const { register } = form;
  return (
    <form noValidate onSubmit={onSubmit} className="mt-6 max-w-2xl">
      <ErrorSummary {...summary} />
      <CompanyFields register={register} err={err} countries={props.countries} />
      <StepActions submitting={submitting} />
    </form>
  );
}
