"use client";
// The first page of Activate / Reactivate / Deactivate a license server: the Product ID in 4 boxes of 5 (as the
// console's License Server Activation page shows it), and the reason (reactivation) or the License Server ID
// (deactivation). The fields are server-fields.tsx's, which the phone desk's calls of these kinds use too.
import { ErrorSummary } from "@/components/ui/error-summary";
import { StepActions } from "@/components/licensing/step-actions";
import { LicenseServerIdField } from "@/components/licensing/request-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import { ProductIdField, ReactivationReasonField } from "./server-fields";

type Values = { productId: string; reason?: string; licenseServerId?: string };

export function FlowDetailsForm(props: {
  flow: "activate" | "reactivate" | "deactivate";
  defaults: Values;
  returnToVerify: boolean;
  action: FormAction;
}) {
  const fields = props.flow === "reactivate" ? (["productId", "reason"] as const) : props.flow === "deactivate" ? (["productId", "licenseServerId"] as const) : (["productId"] as const);
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({ action: props.action, schema: () => import("@/lib/clearinghouse/server-flow-form-schemas").then((m) => m.DETAILS_SCHEMAS[props.flow]), defaultValues: props.defaults, fields });
  return (
    <form {...formProps} className="mt-6 max-w-3xl">
      <ErrorSummary {...summary} />
      <ProductIdField field={form.controlled("productId")} error={fieldError("productId")} disabled={submitting} />
      {props.flow === "reactivate" ? <ReactivationReasonField registration={form.register("reason")} error={fieldError("reason")} /> : null}
      {props.flow === "deactivate" ? (
        <LicenseServerIdField name="licenseServerId" label="License Server ID" hint={DEACTIVATION_ID_HINT} field={form.controlled("licenseServerId")} serverError={fieldError("licenseServerId")} />
      ) : null}
      <StepActions submitting={submitting} />
    </form>
  );
}

export const DEACTIVATION_ID_HINT = "The License Server ID shown on the console's License Server Deactivation page.";
