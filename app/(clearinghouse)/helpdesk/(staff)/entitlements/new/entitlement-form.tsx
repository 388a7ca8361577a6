"use client";
import type { z } from "zod";
import { CAL_TYPES, LICENSE_PROGRAMS } from "@/lib/licensing/catalog";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { entitlementSchema } from "@/lib/helpdesk/schemas";
import { addEntitlementForm } from "@/lib/helpdesk/actions/entitlements";

type Input = z.input<typeof entitlementSchema>;

export function EntitlementForm() {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Input, undefined>({
    action: addEntitlementForm,
    schema: () => import("@/lib/helpdesk/schemas").then((m) => m.entitlementSchema),
    defaultValues: { licenseProgram: "SELECT_LICENSE", credential: "", calType: "WS2022_PER_USER", quantity: "", customerName: "" },
    idPrefix: "entitlement-",
  });
  const err = (name: keyof Input) => fieldError(name);
  return (
    <form {...formProps} className="mt-6 max-w-xl rounded-lg border border-line bg-surface p-6 shadow-sm">
      <ErrorSummary {...summary} />
      <Field id="entitlement-customerName" label="Customer name" error={err("customerName")} className="mt-0">
        <input {...form.register("customerName")} {...fieldAria("entitlement-customerName", err("customerName"))} className={inputClass} />
      </Field>
      <Field id="entitlement-licenseProgram" label="License Program" error={err("licenseProgram")}>
        <select {...form.register("licenseProgram")} {...fieldAria("entitlement-licenseProgram", err("licenseProgram"))} className={inputClass}>
          {LICENSE_PROGRAMS.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
        </select>
      </Field>
      <Field
        id="entitlement-credential"
        label="Credential"
        hint="The license code, the enrollment or agreement number, or for Open License the license number and authorization number separated by a slash."
        error={err("credential")}
      >
        <input {...form.register("credential")} {...fieldAria("entitlement-credential", err("credential"), "hint")} spellCheck={false} autoComplete="off" className={`${inputClass} font-mono`} />
      </Field>
      <Field id="entitlement-calType" label="Type of RDS CAL" error={err("calType")}>
        <select {...form.register("calType")} {...fieldAria("entitlement-calType", err("calType"))} className={inputClass}>
          {CAL_TYPES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
      </Field>
      <Field id="entitlement-quantity" label="Quantity" error={err("quantity")}>
        <input {...form.register("quantity")} {...fieldAria("entitlement-quantity", err("quantity"))} inputMode="numeric" className={`${inputClass} max-w-40`} />
      </Field>
      <Button type="submit" className="mt-6" disabled={submitting}>Add entitlement</Button>
    </form>
  );
}
