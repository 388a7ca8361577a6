"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveCompanyStep } from "@/lib/clearinghouse/actions";
import type { CountryOption } from "@/lib/countries/names";
import { type CompanyStepInput } from "@/lib/clearinghouse/company-schema";
import { STEP_FIELDS } from "@/lib/clearinghouse/steps";
import { StepActions } from "./step-actions";

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
      <h2 className="text-lg">Required information</h2>
      <TextField id="lastName" label="Last name or surname" autoComplete="family-name" error={err("lastName")} {...register("lastName")} />
      <TextField id="firstName" label="First name or given name" autoComplete="given-name" error={err("firstName")} {...register("firstName")} />
      <TextField id="companyName" label="Company name" autoComplete="organization" error={err("companyName")} {...register("companyName")} />
      <SelectField id="countryRegion" label="Country/region" autoComplete="country" error={err("countryRegion")} {...register("countryRegion")}>
        <option value="">Select a country/region</option>
        {props.countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <h2 className="mt-8 text-lg">Optional information</h2>
      <TextField id="companyAddress" label="Company address" optional autoComplete="street-address" error={err("companyAddress")} {...register("companyAddress")} />
      <TextField id="email" type="email" label="E-mail address" optional autoComplete="email" spellCheck={false} hint="Lets you check the status of a request that needs review." error={err("email")} {...register("email")} />
      <TextField id="phone" type="tel" label="Phone number" optional autoComplete="tel" hint="Include the country code (for example +44) if it is not in the country/region selected above." error={err("phone")} {...register("phone")} />
      <TextField id="organizationalUnit" label="Organizational unit" optional hint="The unit within your organization that this license server serves." error={err("organizationalUnit")} {...register("organizationalUnit")} />
      <StepActions submitting={submitting} />
    </form>
  );
}
