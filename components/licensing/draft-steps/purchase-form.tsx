"use client";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PurchaseFields } from "@/components/licensing/request-fields";
import { SwitchProgram } from "@/components/licensing/switch-program";
import { useActionForm } from "@/components/forms/use-action-form";
import { savePurchaseStep } from "@/lib/clearinghouse/actions";
import type { PurchaseStepInput } from "@/lib/clearinghouse/schemas";
import { STEP_FIELDS } from "@/lib/clearinghouse/steps";
import type { ProgramChoice } from "@/lib/clearinghouse/wrong-program";
import { licenseProgram, type LicenseProgram } from "@/lib/licensing/catalog";
import { StepActions } from "@/components/licensing/step-actions";

export function PurchaseForm(props: { program: LicenseProgram; defaultValues: PurchaseStepInput; returnToVerify: boolean; installing?: boolean }) {
  // A credential of another program: the programs the server named, and the one chosen to continue with.
  const [switchTo, setSwitchTo] = useState<ProgramChoice[]>([]);
  const switching = useRef<LicenseProgram | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const { form, onSubmit, summary, fieldError: err, submitting } = useActionForm<PurchaseStepInput>({
    action: async (values) => {
      const program = switching.current;
      switching.current = undefined;
      const result = await savePurchaseStep(values, props.returnToVerify, program);
      setSwitchTo(result && !result.ok ? (result.switchTo ?? []) : []);
      return result;
    },
    defaultValues: props.defaultValues,
    fields: STEP_FIELDS.purchase,
  });
  const { register } = form;
  const kind = licenseProgram(props.program).credential;
  // Shown while the credential's message is: typing in the field clears both.
  const offered = err("agreementNumber") || err("licenseCode") || err("licenseNumber") ? switchTo : [];
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="mt-6 max-w-2xl">
      <ErrorSummary {...summary} />
      <PurchaseFields
        kind={kind}
        register={register}
        err={err}
        installing={props.installing}
        afterCredential={
          <SwitchProgram
            programs={offered}
            disabled={submitting}
            label={(p) => `Continue with ${p.label}`}
            onSwitch={(p) => {
              switching.current = p.value;
              formRef.current?.requestSubmit();
            }}
          />
        }
      />
      <StepActions submitting={submitting} />
    </form>
  );
}
