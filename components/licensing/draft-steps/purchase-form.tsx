"use client";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";
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
    schema: () => import("@/lib/clearinghouse/schemas").then((m) => m.purchaseStepSchema(props.program)),
    defaultValues: props.defaultValues,
    fields: STEP_FIELDS.purchase,
  });
  const { register } = form;
  const kind = licenseProgram(props.program).credential;
  // A credential of another program: the programs the server named, shown while the credential's message is
  // (typing in the field clears both).
  const offered = err("agreementNumber") || err("licenseCode") || err("licenseNumber") ? programChoices(refusal?.switchTo) : [];
  // The program chosen with "Continue with …", posted once as `switchTo`: cleared when the action answers.
  const [switchTo, setSwitchTo] = useState("");
  const [answered, setAnswered] = useState(refusal);
  if (answered !== refusal) {
    setAnswered(refusal);
    setSwitchTo("");
  }
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form {...formProps} ref={formRef} className="mt-6 max-w-2xl">
      <ErrorSummary {...summary} />
      <input type="hidden" name="switchTo" value={switchTo} />
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
              flushSync(() => setSwitchTo(p.value));
              formRef.current?.requestSubmit();
            }}
          />
        }
      />
      <StepActions submitting={submitting} />
    </form>
  );
}
