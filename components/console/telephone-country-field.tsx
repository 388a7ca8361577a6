// Connection Method → Telephone's Country or Region (the Activate, Reactivate and Deactivate wizards, and
// Properties): where the person calls from, which decides the Clearinghouse number shown
// (lib/licensing/clearinghouse-phone.ts).
import type { ComponentProps } from "react";
import { SelectField } from "@/components/ui/field";
import type { CountryOption } from "@/lib/countries/names";

export function TelephoneCountryField({ countries, error, ...select }: ComponentProps<"select"> & { countries: readonly CountryOption[]; error?: string }) {
  return (
    <SelectField id="telephoneCountry" label="Country or Region" hint="The country or region you are calling from: it decides the telephone number to call." error={error} {...select}>
      <option value="">Select a country or region</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </SelectField>
  );
}
