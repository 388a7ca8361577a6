"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, SelectField } from "@/components/ui/field";
import { GroupedIdInput } from "@/components/ui/grouped-id-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveLicenseServerStep } from "@/lib/clearinghouse/actions";
import { type LicenseServerStepInput } from "@/lib/clearinghouse/schemas";
import { stepFields, type SiteOption } from "@/lib/clearinghouse/steps";
import { LICENSE_PROGRAMS, RECOVERY_REASONS } from "@/lib/licensing/catalog";
import { ID_LENGTH } from "@/lib/licensing/groups";
import { LICENSE_SERVER_ID_MESSAGES, parseLicenseServerId } from "@/lib/licensing/license-server-id";
import { StepActions } from "./step-actions";

const ID_HINTS: Record<SiteOption, string> = {
  MANAGE_CALS: "A 35-digit number, in groups of 5 numerals, displayed on the Obtain Client License Key Pack page in the Manage RDS CALs Wizard.",
  INSTALL_CALS: "A 35-digit number, in groups of 5 numerals, displayed on the Obtain Client License Key Pack page in the Install Licenses Wizard, and in the license server's Properties.",
};

export function LicenseServerForm({ defaultValues, returnToVerify, option }: { defaultValues: LicenseServerStepInput; returnToVerify: boolean; option: SiteOption }) {
  const { form, onSubmit, summary, fieldError, submitting } = useActionForm<LicenseServerStepInput>({
    action: (values) => saveLicenseServerStep(values, returnToVerify),
    defaultValues,
    fields: stepFields("license-server", option) as (keyof LicenseServerStepInput)[],
  });
  // Checked as it is typed, once all 35 digits are in: the check digits catch a mistyped digit at once
  // (the same rule the server's schema applies on Next).
  const id = form.controlled("targetLicenseServerId");
  const typed = id.value;
  const typedCheck = typed.length >= ID_LENGTH ? parseLicenseServerId(typed) : null;
  const idError = fieldError("targetLicenseServerId") ?? (typedCheck && !typedCheck.ok ? LICENSE_SERVER_ID_MESSAGES[typedCheck.error] : undefined);
  return (
    <form noValidate onSubmit={onSubmit} className="mt-6 max-w-3xl">
      <ErrorSummary {...summary} />
      <Field id="targetLicenseServerId" label={option === "INSTALL_CALS" ? "License Server ID" : "Target License Server ID"} hint={ID_HINTS[option]} error={idError}>
        <GroupedIdInput
          id="targetLicenseServerId"
          label={option === "INSTALL_CALS" ? "License Server ID" : "Target License Server ID"}
          alphabet="digits"
          value={typed}
          onChange={id.onChange}
          invalid={Boolean(idError)}
          describedBy={fieldAria("targetLicenseServerId", idError, "hint")["aria-describedby"]}
        />
      </Field>
      {option === "MANAGE_CALS" ? (
      <SelectField id="reasonForRecovery" label="Reason for recovery" hint="Select the reason for rebuilding the RD Licensing database." error={fieldError("reasonForRecovery")} {...form.register("reasonForRecovery")}>
        <option value="">Select a reason</option>
        {RECOVERY_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {reason}
          </option>
        ))}
      </SelectField>
      ) : null}
      <SelectField id="licenseProgram" label="License Program" hint="Select the program through which you purchased your RDS CALs." error={fieldError("licenseProgram")} {...form.register("licenseProgram")}>
        <option value="">Select a License Program</option>
        {LICENSE_PROGRAMS.map((program) => (
          <option key={program.value} value={program.value}>
            {program.label}
          </option>
        ))}
      </SelectField>
      <StepActions submitting={submitting} />
    </form>
  );
}
