"use client";
// Deactivate a license server: who asks for it (the console's Deactivate Server Wizard asks the same).
import { ErrorSummary } from "@/components/ui/error-summary";
import { StepActions } from "@/components/licensing/step-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import { ContactFields } from "./server-fields";

type Values = { contactName: string; contactEmail: string; contactPhone: string };

export function FlowContactForm(props: { defaults: Values; returnToVerify: boolean; action: FormAction }) {
  const { form, formProps, summary, fieldError: err, submitting } = useActionForm<Values>({ action: props.action, schema: () => import("@/lib/clearinghouse/server-flow-form-schemas").then((m) => m.flowContactSchema), defaultValues: props.defaults });
  return (
    <form {...formProps} className="mt-6 max-w-2xl">
      <ErrorSummary {...summary} />
      <ContactFields register={form.register} err={err} />
      <StepActions submitting={submitting} />
    </form>
  );
}
