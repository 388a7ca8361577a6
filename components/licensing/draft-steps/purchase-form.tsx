"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PurchaseFields } from "@/components/licensing/request-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { savePurchaseStepForm } from "@/lib/clearinghouse/actions";
import type { PurchaseStepInput } from "@/lib/clearinghouse/schemas";
import { STEP_FIELDS } from "@/lib/clearinghouse/steps";
import { licenseProgram, type LicenseProgram } from "@/lib/licensing/catalog";
import { StepActions } from "@/components/licensing/step-actions";

export function PurchaseForm(props: { program: LicenseProgram; defaultValues: PurchaseStepInput; returnToVerify: boolean; installing?: boolean }) {
  const { form, formProps, summary, fieldError: err, submitting } = useActionForm<PurchaseStepInput>({
    action: savePurchaseStepForm.bind(null, props.returnToVerify),
    defaultValues: props.defaultValues,
    fields: STEP_FIELDS.purchase,
  });
  const { register } = form;
  const kind = licenseProgram(props.program).credential;
  return (
    <form {...formProps} className="mt-6 max-w-2xl">
      <ErrorSummary {...summary} />
      <PurchaseFields kind={kind} register={register} err={err} installing={props.installing} />
      <StepActions submitting={submitting} />
    </form>
  );
}
