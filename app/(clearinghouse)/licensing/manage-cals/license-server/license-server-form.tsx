"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, SelectField } from "@/components/ui/field";
import { GroupedIdInput } from "@/components/ui/grouped-id-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveLicenseServerStep } from "@/lib/clearinghouse/actions";
import { type LicenseServerStepInput } from "@/lib/clearinghouse/schemas";
import { STEP_FIELDS } from "@/lib/clearinghouse/steps";
import { LICENSE_PROGRAMS, RECOVERY_REASONS } from "@/lib/licensing/catalog";
import { ID_LENGTH } from "@/lib/licensing/groups";
import { LICENSE_SERVER_ID_MESSAGES, parseLicenseServerId } from "@/lib/licensing/license-server-id";
import { StepActions } from "@/components/licensing/step-actions";

const ID_HINT = "A 35-digit number, in groups of 5 numerals, displayed on the Obtain Client License Key Pack page in the Manage RDS CALs Wizard.";

export function LicenseServerForm({ defaultValues, returnToVerify }: { defaultValues: LicenseServerStepInput; returnToVerify: boolean }) {
  const { form, onSubmit, summary, fieldError, submitting } = useActionForm<LicenseServerStepInput>({
    action: (values) => saveLicenseServerStep(values, returnToVerify),
    defaultValues,
    fields: STEP_FIELDS["license-server"],
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
      <Field id="targetLicenseServerId" label="Target License Server ID" hint={ID_HINT} error={idError}>
        <GroupedIdInput
          id="targetLicenseServerId"
          label="Target License Server ID"
          alphabet="digits"
          value={typed}
          onChange={id.onChange}
          invalid={Boolean(idError)}
          describedBy={fieldAria("targetLicenseServerId", idError, "hint")["aria-describedby"]}
        />
      </Field>
      <SelectField id="reasonForRecovery" label="Reason for recovery" hint="Select the reason for rebuilding the RD Licensing database." error={fieldError("reasonForRecovery")} {...form.register("reasonForRecovery")}>
        <option value="">Select a reason</option>
        {RECOVERY_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {reason}
          </option>
        ))}
      </SelectField>
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
