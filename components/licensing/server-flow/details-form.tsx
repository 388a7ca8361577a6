"use client";
// The first page of Activate / Reactivate / Deactivate a license server: the Product ID in 4 boxes of 5 (as the
// console's License Server Activation page shows it), and the reason (reactivation) or the License Server ID
// (deactivation). The Product ID's check digit is checked as it is typed.
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { GroupedIdInput } from "@/components/ui/grouped-id-input";
import { RadioGroup } from "@/components/ui/radio-group";
import { StepActions } from "@/components/licensing/step-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { PRODUCT_ID_LENGTH, PRODUCT_ID_MESSAGES, parseProductId } from "@/lib/licensing/product-id";
import type { ActionResult } from "@/lib/forms/action-result";

type Values = { productId: string; reason?: string; licenseServerId?: string };

export function FlowDetailsForm(props: {
  flow: "activate" | "reactivate" | "deactivate";
  reasons: readonly string[];
  defaults: Values;
  returnToVerify: boolean;
  action: (values: Values, returnToVerify: boolean) => Promise<ActionResult<unknown>>;
}) {
  const fields = props.flow === "reactivate" ? (["productId", "reason"] as const) : props.flow === "deactivate" ? (["productId", "licenseServerId"] as const) : (["productId"] as const);
  const { form, onSubmit, summary, fieldError, submitting } = useActionForm<Values>({ action: (v) => props.action(v, props.returnToVerify), defaultValues: props.defaults, fields });
  const product = form.controlled("productId");
  const productError = fieldError("productId");
  const parsed = product.value.length === PRODUCT_ID_LENGTH ? parseProductId(product.value) : null;
  const live = !productError && parsed ? (parsed.ok ? "All 20 digits are entered and pass the typing check." : PRODUCT_ID_MESSAGES[parsed.error]) : "";
  const server = form.controlled("licenseServerId");
  const serverError = fieldError("licenseServerId");
  return (
    <form noValidate onSubmit={onSubmit} className="mt-6 max-w-3xl">
      <ErrorSummary {...summary} />
      <Field id="productId" label="Product ID" hint="The Product ID shown on the console's License Server Activation page (or in the license server's Properties)." error={productError}>
        <GroupedIdInput
          id="productId"
          name="productId"
          label="Product ID"
          alphabet="digits"
          groups={4}
          value={product.value}
          onChange={product.onChange}
          invalid={!!productError}
          describedBy={["productId-hint", productError ? "productId-error" : null, "productId-check"].filter(Boolean).join(" ")}
          disabled={submitting}
        />
      </Field>
      <p id="productId-check" aria-live="polite" className={`mt-2 min-h-6 text-sm ${parsed?.ok ? "text-success" : "text-danger"}`}>
        {live}
      </p>
      {props.flow === "reactivate" ? (
        <RadioGroup id="reason" legend="Reason for reactivation" options={props.reasons.map((r) => ({ value: r, label: r }))} registration={form.register("reason")} error={fieldError("reason")} />
      ) : null}
      {props.flow === "deactivate" ? (
        <Field id="licenseServerId" label="License Server ID" hint="The License Server ID shown on the console's License Server Deactivation page." error={serverError}>
          <GroupedIdInput
            id="licenseServerId"
            name="licenseServerId"
            label="License Server ID"
            alphabet="digits"
            value={server.value}
            onChange={server.onChange}
            invalid={!!serverError}
            describedBy={["licenseServerId-hint", serverError ? "licenseServerId-error" : null].filter(Boolean).join(" ")}
            disabled={submitting}
          />
        </Field>
      ) : null}
      <StepActions submitting={submitting} />
    </form>
  );
}
