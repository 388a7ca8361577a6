"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { inputClass, SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { savePurchaseStep } from "@/lib/clearinghouse/actions";
import type { PurchaseStepInput } from "@/lib/clearinghouse/schemas";
import { STEP_FIELDS } from "@/lib/clearinghouse/steps";
import { CAL_TYPES, licenseProgram, type LicenseProgram } from "@/lib/licensing/catalog";
import { StepActions } from "./step-actions";

const code = { autoComplete: "off", spellCheck: false, autoCapitalize: "characters" } as const;

export function PurchaseForm(props: { program: LicenseProgram; defaultValues: PurchaseStepInput; returnToVerify: boolean; installing?: boolean }) {
  const { form, onSubmit, summary, fieldError: err, submitting } = useActionForm<PurchaseStepInput>({
    action: (values) => savePurchaseStep(values, props.returnToVerify),
    defaultValues: props.defaultValues,
    fields: STEP_FIELDS.purchase,
  });
  const { register } = form;
  const kind = licenseProgram(props.program).credential;
  return (
    <form noValidate onSubmit={onSubmit} className="mt-6 max-w-2xl">
      <ErrorSummary {...summary} />
      {kind === "licenseCode" ? (
        <TextField id="licenseCode" label="License code" hint="25 letters and digits, in 5 groups of 5, as on your purchase documentation." className={`${inputClass} max-w-xl font-mono uppercase`} error={err("licenseCode")} {...code} {...register("licenseCode")} />
      ) : null}
      {kind === "openLicense" ? (
        <>
          <TextField id="licenseNumber" label="License number" hint="8 digits." inputMode="numeric" error={err("licenseNumber")} {...code} {...register("licenseNumber")} />
          <TextField id="authorizationNumber" label="Authorization number" hint="15 letters and digits." error={err("authorizationNumber")} {...code} {...register("authorizationNumber")} />
        </>
      ) : null}
      {kind === "enrollmentNumber" || kind === "agreementNumber" ? (
        <TextField
          id="agreementNumber"
          label={kind === "enrollmentNumber" ? "Enrollment number" : "Agreement number"}
          hint="7 digits."
          inputMode="numeric"
          error={err("agreementNumber")}
          {...code}
          {...register("agreementNumber")}
        />
      ) : null}
      <SelectField id="calType" label="Type of RDS CAL" error={err("calType")} {...register("calType")}>
        <option value="">Select the type of RDS CAL</option>
        {CAL_TYPES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </SelectField>
      <TextField id="quantity" label="Quantity" hint={`How many RDS CALs of this type to ${props.installing ? "install" : "reinstall"} on the license server (1 to 9,999).`} inputMode="numeric" autoComplete="off" className={`${inputClass} max-w-32`} error={err("quantity")} {...register("quantity")} />
      <StepActions submitting={submitting} />
    </form>
  );
}
