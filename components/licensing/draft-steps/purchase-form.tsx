"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PurchaseFields } from "@/components/licensing/request-fields";
import { programChoices, SwitchProgram } from "@/components/licensing/switch-program";
import { useActionForm } from "@/components/forms/use-action-form";
import { savePurchaseStepForm } from "@/lib/clearinghouse/actions";
import type { PurchaseStepInput } from "@/lib/clearinghouse/schemas";
import { STEP_FIELDS } from "@/lib/clearinghouse/steps";
import { licenseProgram, type LicenseProgram } from "@/lib/licensing/catalog";
import { StepActions } from "@/components/licensing/step-actions";

export function PurchaseForm(props: { program: LicenseProgram; defaultValues: PurchaseStepInput; returnToVerify: boolean; installing?: boolean }) {
  const { form, formProps, summary, fieldError: err, submitting, refusal } = useActionForm<PurchaseStepInput>({
    action: savePurchaseStepForm.bind(null, props.returnToVerify),
    defaultValues: props.defaultValues,
    fields: STEP_FIELDS.purchase,
  });
  const { register } = form;
  const kind = licenseProgram(props.program).credential;
  // A credential of another program: the programs the server named, shown while the credential's message is
  // (typing in the field clears both). Each is a submit button posting `switchTo`, so it works without script.
  const offered = err("agreementNumber") || err("licenseCode") || err("licenseNumber") ? programChoices(refusal?.switchTo) : [];
  return (
    <form {...formProps} className="mt-6 max-w-2xl">
      <ErrorSummary {...summary} />
      <PurchaseFields
        kind={kind}
        register={register}
        err={err}
        installing={props.installing}
        afterCredential={<SwitchProgram programs={offered} disabled={submitting} label={(p) => `Continue with ${p.label}`} submitName="switchTo" />}
      />
      <StepActions submitting={submitting} />
    </form>
  );
}
