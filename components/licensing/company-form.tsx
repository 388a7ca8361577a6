"use client";
// The web site's Company information page (Manage CALs, and Activate a license server): the same fields and
// schema (company-schema.ts), each page's own action.
import { ErrorSummary } from "@/components/ui/error-summary";
import { CompanyFields } from "@/components/licensing/request-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import type { CountryOption } from "@/lib/countries/names";
import type { CompanyStepInput } from "@/lib/clearinghouse/company-form-schema";
import { STEP_FIELDS } from "@/lib/clearinghouse/steps";
import { StepActions } from "./step-actions";

export function CompanyForm(props: {
  defaultValues: CompanyStepInput;
  countries: readonly CountryOption[];
  returnToVerify: boolean;
  /** Bound to returnToVerify by the page. */
  action: FormAction;
}) {
  const { form, formProps, summary, fieldError: err, submitting } = useActionForm<CompanyStepInput>({
    action: props.action,
    // The server's rules: it loads after the page, and the phone number's check (libphonenumber) when there is one.
    schema: () => import("@/lib/clearinghouse/company-form-schema").then((m) => m.companyBrowserSchema),
    defaultValues: props.defaultValues,
    fields: STEP_FIELDS.company,
  });
  const { register } = form;
  return (
    <form {...formProps} className="mt-6 max-w-2xl">
      <ErrorSummary {...summary} />
      <CompanyFields register={register} err={err} countries={props.countries} />
      <StepActions submitting={submitting} />
    </form>
  );
}
