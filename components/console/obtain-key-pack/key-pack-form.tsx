"use client";
// The license key pack ID as 7 boxes of 5 (paste anywhere spreads it), checked for typing mistakes as it
// is typed; Next installs it (the server also tells a pack issued for another server and one installed).
import { useState } from "react";
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { GroupedIdInput } from "@/components/ui/grouped-id-input";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import { checkKeyPackIdFormat, KEY_PACK_ID_FORMAT_MESSAGES } from "@/lib/licensing/key-pack-id-format";
import { ID_LENGTH } from "@/lib/licensing/groups";
import type { FormAction } from "@/lib/forms/form-state";

type Values = { licenseKeyPackId: string };

export function KeyPackForm({ action, backHref, hint = "Enter the license key pack ID shown on the Web site, in the boxes provided." }: { action: FormAction; backHref: string | null; hint?: string }) {
  const { form, formProps, summary, fieldError, submitting: pending } = useActionForm<Values>({ action, schema: () => import("@/lib/console/wizard-schemas").then((m) => m.keyPackIdSchema), defaultValues: { licenseKeyPackId: "" } });
  const error = fieldError("licenseKeyPackId");
  const field = form.controlled("licenseKeyPackId");
  const value = field.value;
  const [focused, setFocused] = useState(false);
  // The typing check as it is typed, until a submit shows an error: then the field's error (cleared when the
  // boxes change) says it alone, so one message never shows twice or beside a tick.
  const live = !error && value.length === ID_LENGTH ? checkKeyPackIdFormat(value) : null;
  return (
    <form {...formProps} className="mt-6">
      {/* At the boxes or typing the ID is step 18 of the procedure (the Procedure panel follows). */}
      <ProcedureFacts keyPackIdEntered={value.length > 0} keyPackIdFocused={focused} />
      <ErrorSummary {...summary} />
      {/* Step 18 while the focus is in the boxes (or they hold characters); leaving them empty is step 9 again. */}
      <div onFocus={() => setFocused(true)} onBlur={(event) => setFocused(event.currentTarget.contains(event.relatedTarget as Node | null))}>
        <Field id="licenseKeyPackId" label="License key pack ID" hint={hint} error={error}>
          <GroupedIdInput
            id="licenseKeyPackId"
            name="licenseKeyPackId"
            label="License key pack ID"
            alphabet="crockford"
            value={value}
            onChange={field.onChange}
            invalid={!!error}
            describedBy={["licenseKeyPackId-hint", error ? "licenseKeyPackId-error" : null, "licenseKeyPackId-check"].filter(Boolean).join(" ")}
            disabled={pending}
          />
        </Field>
      </div>
      <p id="licenseKeyPackId-check" aria-live="polite" className={`mt-2 min-h-6 text-sm ${live?.ok ? "text-success" : "text-danger"}`}>
        {live ? (live.ok ? "All 35 characters are entered and pass the typing check." : KEY_PACK_ID_FORMAT_MESSAGES[live.error]) : ""}
      </p>
      <WizardButtons backHref={backHref} pending={pending} />
    </form>
  );
}
