"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { LicenseServerFields } from "@/components/licensing/request-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveLicenseServerStepForm } from "@/lib/clearinghouse/actions";
import type { LicenseServerStepInput } from "@/lib/clearinghouse/schemas";
import { stepFields, type SiteOption } from "@/lib/clearinghouse/steps";
import { StepActions } from "@/components/licensing/step-actions";

const ID_HINTS: Record<SiteOption, string> = {
  MANAGE_CALS: "A 35-digit number, in groups of 5 numerals, displayed on the Obtain Client License Key Pack page in the Manage RDS CALs Wizard.",
  INSTALL_CALS: "A 35-digit number, in groups of 5 numerals, displayed on the Obtain Client License Key Pack page in the Install Licenses Wizard, and in the license server's Properties.",
};

export function LicenseServerForm({ defaultValues, returnToVerify, option }: { defaultValues: LicenseServerStepInput; returnToVerify: boolean; option: SiteOption }) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<LicenseServerStepInput>({
    action: saveLicenseServerStepForm.bind(null, returnToVerify),
    schema: () => import("@/lib/clearinghouse/schemas").then((m) => m.licenseServerStepSchemaFor(option)),
    defaultValues,
    fields: stepFields("license-server", option) as (keyof LicenseServerStepInput)[],
  });
  return (
    <form {...formProps} className="mt-6 max-w-3xl">
      <ErrorSummary {...summary} />
      <LicenseServerFields
        id={form.controlled("targetLicenseServerId")}
        source={form.controlled("sourceLicenseServerId")}
        reason={String(form.watch("reasonForRecovery") ?? "")}
        register={form.register}
        err={fieldError}
        idHint={ID_HINTS[option]}
        idLabel={option === "INSTALL_CALS" ? "License Server ID" : "Target License Server ID"}
        withReason={option === "MANAGE_CALS"}
      />
      <StepActions submitting={submitting} />
    </form>
  );
}
