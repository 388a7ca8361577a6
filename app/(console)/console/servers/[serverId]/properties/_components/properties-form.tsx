"use client";
// Properties as tabs (Connection Method, Required Information, Optional Information) of one form with OK
// and Cancel. A field in error may sit on a hidden tab: the form opens the first such tab, and a link in
// the error summary opens the field's tab before the summary moves focus to it.
import Link from "next/link";
import { flushSync } from "react-dom";
import { useState, type MouseEvent } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { CountryOption } from "@/lib/countries/names";
import type { PropertiesInput } from "@/lib/console/schemas";
import { CONNECTION_METHODS } from "@/lib/licensing/catalog";
import type { FormAction } from "@/lib/forms/form-state";
import { PropertiesTabs, TABS, type TabId } from "./properties-tabs";

type Values = PropertiesInput;

const TAB_OF: Record<keyof Values, TabId> = {
  connectionMethod: "connection",
  firstName: "required",
  lastName: "required",
  company: "required",
  countryRegion: "required",
  email: "optional",
  organizationalUnit: "optional",
  companyAddress: "optional",
  city: "optional",
  state: "optional",
  postalCode: "optional",
};

export function PropertiesForm(props: { action: FormAction; cancelHref: string; countries: readonly CountryOption[]; defaults: Values }) {
  const [tab, setTab] = useState<TabId>("connection");
  // Open the tab of the first field in error when a submit fails.
  const { form, formProps, summary, fieldError: err, fieldsInError, submitting: pending } = useActionForm<Values>({
    action: props.action,
    schema: () => import("@/lib/console/schemas").then((m) => m.propertiesSchema),
    defaultValues: props.defaults,
    fields: Object.keys(TAB_OF) as (keyof Values)[],
    onInvalid: (fields) => {
      const first = TABS.find((t) => fields.some((k) => TAB_OF[k as keyof Values] === t.id));
      if (first) setTab(first.id);
    },
  });
  const text = (name: keyof Values, label: string, extra: { optional?: boolean; type?: string; autoComplete?: string } = {}) => (
    <TextField id={name} label={label} error={err(name)} optional={extra.optional} type={extra.type ?? "text"} autoComplete={extra.autoComplete} {...form.register(name)} />
  );

  function openTabOfLink(event: MouseEvent) {
    const href = (event.target as HTMLElement).closest("a")?.getAttribute("href");
    const field = href?.startsWith("#") ? (href.slice(1) as keyof Values) : null;
    if (field && TAB_OF[field]) flushSync(() => setTab(TAB_OF[field]));
  }

  return (
    <form {...formProps} className="mt-6">
      <div onClickCapture={openTabOfLink}>
        <ErrorSummary {...summary} />
      </div>
      <PropertiesTabs
        selected={tab}
        onSelect={setTab}
        invalid={new Set(fieldsInError.map((k) => TAB_OF[k as keyof Values]))}
        panels={{
          connection: (
            <>
              <SelectField id="connectionMethod" label="Connection method" hint="To rebuild the RD Licensing database by using a Web browser, select Web Browser." error={err("connectionMethod")} {...form.register("connectionMethod")}>
                {CONNECTION_METHODS.map((m) => (
                  <option key={m.value} value={m.value}>{m.label}</option>
                ))}
              </SelectField>
            </>
          ),
          required: (
            <>
              {text("firstName", "First name", { autoComplete: "given-name" })}
              {text("lastName", "Last name", { autoComplete: "family-name" })}
              {text("company", "Company", { autoComplete: "organization" })}
              <SelectField id="countryRegion" label="Country/Region" error={err("countryRegion")} autoComplete="country" {...form.register("countryRegion")}>
                <option value="">Select a country or region</option>
                {props.countries.map((c) => (
                  <option key={c.code} value={c.code}>{c.name}</option>
                ))}
              </SelectField>
            </>
          ),
          optional: (
            <>
              {text("email", "E-mail", { optional: true, type: "email", autoComplete: "email" })}
              {text("organizationalUnit", "Organizational unit", { optional: true })}
              {text("companyAddress", "Company address", { optional: true, autoComplete: "street-address" })}
              {text("city", "City", { optional: true, autoComplete: "address-level2" })}
              {text("state", "State/province", { optional: true, autoComplete: "address-level1" })}
              {text("postalCode", "Postal code", { optional: true, autoComplete: "postal-code" })}
            </>
          ),
        }}
      />
      <div className="mt-8 flex justify-end gap-2 border-t border-line pt-4">
        <Button type="submit" disabled={pending}>OK</Button>
        <Link href={props.cancelHref} className={buttonClass("secondary")}>Cancel</Link>
      </div>
    </form>
  );
}
