"use client";
// Deactivate a license server: who asks for it (the console's Deactivate Server Wizard asks the same).
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { StepActions } from "@/components/licensing/step-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/forms/action-result";

type Values = { contactName: string; contactEmail: string; contactPhone: string };

export function FlowContactForm(props: { defaults: Values; returnToVerify: boolean; action: (values: Values, returnToVerify: boolean) => Promise<ActionResult<unknown>> }) {
  const { form, onSubmit, summary, fieldError: err, submitting } = useActionForm<Values>({ action: (v) => props.action(v, props.returnToVerify), defaultValues: props.defaults });
  const { register } = form;
  return (
    <form noValidate onSubmit={onSubmit} className="mt-6 max-w-2xl">
      <ErrorSummary {...summary} />
      <TextField id="contactName" label="Name" autoComplete="name" error={err("contactName")} {...register("contactName")} />
      <TextField id="contactEmail" type="email" label="E-mail address" autoComplete="email" spellCheck={false} error={err("contactEmail")} {...register("contactEmail")} />
      <TextField id="contactPhone" type="tel" label="Phone number" optional autoComplete="tel" error={err("contactPhone")} {...register("contactPhone")} />
      <StepActions submitting={submitting} />
    </form>
  );
}
