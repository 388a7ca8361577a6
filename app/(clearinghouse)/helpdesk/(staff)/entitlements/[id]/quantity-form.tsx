"use client";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { entitlementQuantitySchema } from "@/lib/helpdesk/schemas";
import { changeEntitlementQuantityForm } from "@/lib/helpdesk/actions/entitlements";

type Input = z.input<typeof entitlementQuantitySchema>;

export function QuantityForm({ entitlementId, quantity }: { entitlementId: string; quantity: number }) {
  const { form, formProps, carried, summary, fieldError, submitting, success } = useActionForm<Input, { message: string }>({
    action: changeEntitlementQuantityForm,
    schema: () => import("@/lib/helpdesk/schemas").then((m) => m.entitlementQuantitySchema),
    defaultValues: { entitlementId, quantity: String(quantity) },
    idPrefix: "entitlement-",
    carry: ["entitlementId"],
  });
  return (
    <form {...formProps} className="mt-4 max-w-md rounded-lg border border-line bg-surface p-5 shadow-sm">
      {carried}
      <ErrorSummary {...summary} />
      <Field id="entitlement-quantity" label="Quantity" hint="Not less than what is already issued." error={fieldError("quantity")} className="mt-0">
        <input {...form.register("quantity")} {...fieldAria("entitlement-quantity", fieldError("quantity"), "hint")} inputMode="numeric" className={`${inputClass} max-w-40`} />
      </Field>
      <Button type="submit" className="mt-3" disabled={submitting}>Save quantity</Button>
      <p role="status" className="mt-2 text-success empty:hidden">{success?.message}</p>
    </form>
  );
}
