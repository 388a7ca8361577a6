"use client";
// The boxes for what the person brings back from the Web site or the agent: the license server ID (7 boxes
// of 5) or the deactivation's confirmation code (2 boxes of 5), checked for typing mistakes as typed (the
// same check digits the server checks first); Next checks it is for this license server (the action).
import { useState } from "react";
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { GroupedIdInput } from "@/components/ui/grouped-id-input";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import { LICENSE_SERVER_ID_MESSAGES, parseLicenseServerId } from "@/lib/licensing/license-server-id";
import { CONFIRMATION_CODE_MESSAGES, CONFIRMATION_CODE_LENGTH, parseConfirmationCode } from "@/lib/licensing/confirmation-code-format";
import { ID_LENGTH } from "@/lib/licensing/groups";
import type { FormAction } from "@/lib/forms/form-state";

const KINDS = {
  licenseServerId: {
    label: "License server ID",
    hint: "Enter the license server ID you were given, in the boxes provided.",
    groups: 7,
    length: ID_LENGTH,
    check: (value: string) => {
      const parsed = parseLicenseServerId(value);
      return parsed.ok ? null : LICENSE_SERVER_ID_MESSAGES[parsed.error];
    },
    passed: "All 35 digits are entered and pass the typing check.",
  },
  confirmationCode: {
    label: "Confirmation code",
    hint: "Enter the confirmation code you were given, in the boxes provided.",
    groups: 2,
    length: CONFIRMATION_CODE_LENGTH,
    check: (value: string) => {
      const parsed = parseConfirmationCode(value);
      return parsed.ok ? null : CONFIRMATION_CODE_MESSAGES[parsed.error];
    },
    passed: "All 10 digits are entered and pass the typing check.",
  },
} as const;

export function IdEntryForm({ name, action, backHref }: { name: keyof typeof KINDS; action: FormAction; backHref: string | null }) {
  const spec = KINDS[name];
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Record<string, string>>({ action, schema: () => import("@/lib/console/lifecycle-schemas").then((m) => m.ENTRY_SCHEMAS[name]), defaultValues: { [name]: "" } });
  const error = fieldError(name);
  const field = form.controlled(name);
  const live = !error && field.value.length === spec.length ? spec.check(field.value) : undefined;
  // In use once focused or typed in: the person is back from the Web site or on the call (the Procedure panel's step).
  const [focused, setFocused] = useState(false);
  return (
    <form {...formProps} className="mt-6" onFocus={(e) => setFocused(e.target instanceof HTMLInputElement && e.target.id.startsWith(name))}>
      <ProcedureFacts idEntryInUse={focused || field.value.length > 0} />
      <ErrorSummary {...summary} />
      <Field id={name} label={spec.label} hint={spec.hint} error={error}>
        <GroupedIdInput
          id={name}
          name={name}
          label={spec.label}
          alphabet="digits"
          groups={spec.groups}
          value={field.value}
          onChange={field.onChange}
          invalid={!!error}
          describedBy={[`${name}-hint`, error ? `${name}-error` : null, `${name}-check`].filter(Boolean).join(" ")}
          disabled={submitting}
        />
      </Field>
      <p id={`${name}-check`} aria-live="polite" className={`mt-2 min-h-6 text-sm ${live === null ? "text-success" : "text-danger"}`}>
        {live === undefined ? "" : live === null ? spec.passed : live}
      </p>
      <WizardButtons backHref={backHref} pending={submitting} />
    </form>
  );
}
