"use client";
// The fields of Activate / Reactivate / Deactivate a license server, drawn once for the web site's pages and
// the helpdesk's phone desk (where an agent enters what a caller reads out): the Product ID in 4 boxes of 5,
// its check digit checked as it is typed; the reason for reactivation; who asks for a deactivation.
import type { FieldRegistration } from "@/components/forms/use-action-form";
import { Field, TextField } from "@/components/ui/field";
import { GroupedIdInput } from "@/components/ui/grouped-id-input";
import { RadioGroup } from "@/components/ui/radio-group";
import { REACTIVATION_REASONS } from "@/lib/licensing/catalog";
import { PRODUCT_ID_LENGTH, PRODUCT_ID_MESSAGES, parseProductId } from "@/lib/licensing/product-id";

const PRODUCT_ID_HINT = "The Product ID shown on the console's License Server Activation page (or in the license server's Properties).";

export function ProductIdField({ field, error, disabled, hint = PRODUCT_ID_HINT }: { field: { value: string; onChange: (value: string) => void; onBlur?: () => void }; error: string | undefined; disabled?: boolean; hint?: string }) {
  const parsed = field.value.length === PRODUCT_ID_LENGTH ? parseProductId(field.value) : null;
  const live = !error && parsed ? (parsed.ok ? "All 20 digits are entered and pass the typing check." : PRODUCT_ID_MESSAGES[parsed.error]) : "";
  return (
    <>
      <Field id="productId" label="Product ID" hint={hint} error={error}>
        <GroupedIdInput
          id="productId"
          name="productId"
          label="Product ID"
          alphabet="digits"
          groups={4}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          invalid={!!error}
          describedBy={["productId-hint", error ? "productId-error" : null, "productId-check"].filter(Boolean).join(" ")}
          disabled={disabled}
        />
      </Field>
      <p id="productId-check" aria-live="polite" className={`mt-2 min-h-6 text-sm ${parsed?.ok ? "text-success" : "text-danger"}`}>
        {live}
      </p>
    </>
  );
}

export function ReactivationReasonField({ registration, error }: { registration: FieldRegistration; error: string | undefined }) {
  return <RadioGroup id="reason" legend="Reason for reactivation" options={REACTIVATION_REASONS.map((r) => ({ value: r, label: r }))} registration={registration} error={error} />;
}

type ContactField = "contactName" | "contactEmail" | "contactPhone";

/** Deactivate a license server: who asks for it (the console's Deactivate Server Wizard asks the same). */
export function ContactFields({ register, err }: { register: (name: ContactField) => FieldRegistration; err: (name: ContactField) => string | undefined }) {
  return (
    <>
      <TextField id="contactName" label="Name" autoComplete="name" error={err("contactName")} {...register("contactName")} />
      <TextField id="contactEmail" type="email" label="E-mail address" autoComplete="email" spellCheck={false} error={err("contactEmail")} {...register("contactEmail")} />
      <TextField id="contactPhone" type="tel" label="Phone number" optional autoComplete="tel" error={err("contactPhone")} {...register("contactPhone")} />
    </>
  );
}
