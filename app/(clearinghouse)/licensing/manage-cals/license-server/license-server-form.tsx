"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { LicenseServerFields } from "@/components/licensing/request-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveLicenseServerStep } from "@/lib/clearinghouse/actions";
import { type LicenseServerStepInput } from "@/lib/clearinghouse/schemas";
import { STEP_FIELDS } from "@/lib/clearinghouse/steps";
import { StepActions } from "@/components/licensing/step-actions";

export function LicenseServerForm({ defaultValues, returnToVerify }: { defaultValues: LicenseServerStepInput; returnToVerify: boolean }) {
  const { form, onSubmit, summary, fieldError, submitting } = useActionForm<LicenseServerStepInput>({
    action: (values) => saveLicenseServerStep(values, returnToVerify),
    defaultValues,
    fields: STEP_FIELDS["license-server"],
  });
  return (
    <form noValidate onSubmit={onSubmit} className="mt-6 max-w-3xl">
      <ErrorSummary {...summary} />
      <LicenseServerFields
        id={form.controlled("targetLicenseServerId")}
        source={form.controlled("sourceLicenseServerId")}
        reason={String(form.watch("reasonForRecovery") ?? "")}
        register={form.register}
        err={fieldError}
      />
      <StepActions submitting={submitting} />
    </form>
  );
}
