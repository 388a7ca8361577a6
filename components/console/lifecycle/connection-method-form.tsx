"use client";
// Connection Method: Automatic connection (recommended), Web Browser or Telephone; Telephone asks for the
// country or region the person calls from, which decides the Clearinghouse's number shown later.
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { CountryOption } from "@/lib/countries/names";
import { CONNECTION_METHODS } from "@/lib/licensing/catalog";
import type { FormAction } from "@/lib/forms/form-state";
import type { LifecycleKind } from "@/lib/console/lifecycle/steps";

type Values = { connectionMethod: string; telephoneCountry: string };

const HINTS: Record<string, string> = {
  AUTOMATIC: "The license server connects to the Clearinghouse itself. It needs an Internet connection.",
  WEB_BROWSER: "You use the Remote Desktop Services Licensing Web site on a computer that has an Internet connection, and type what it gives you here.",
  TELEPHONE: "You call the Clearinghouse; an agent reads out what to type here.",
};

export function ConnectionMethodForm(props: { action: FormAction; backHref: string | null; countries: readonly CountryOption[]; defaults: Values; kind: LifecycleKind }) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({ action: props.action, schema: () => import("@/lib/console/lifecycle-schemas").then((m) => m.connectionMethodStepSchema), defaultValues: props.defaults, fields: ["connectionMethod", "telephoneCountry"] });
  const method = form.watch("connectionMethod");
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <p>Select how this license server connects to the Microsoft Clearinghouse{props.kind === "ACTIVATE_SERVER" ? " to be activated" : ""}.</p>
      <RadioGroup
        id="connectionMethod"
        legend="Connection method"
        options={CONNECTION_METHODS.map((m) => ({ value: m.value, label: m.label, hint: HINTS[m.value] }))}
        registration={form.register("connectionMethod")}
        error={fieldError("connectionMethod")}
      />
      {method === "TELEPHONE" ? (
        <SelectField id="telephoneCountry" label="Country or Region" hint="The country or region you are calling from: it decides the telephone number to call." error={fieldError("telephoneCountry")} {...form.register("telephoneCountry")}>
          <option value="">Select a country or region</option>
          {props.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <WizardButtons backHref={props.backHref} pending={submitting} />
    </form>
  );
}
