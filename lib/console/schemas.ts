// One zod schema per console form, applied by the server actions to what the form sent (docs/decisions/012).
// Only zod and pure modules here. The wizard's are in wizard-schemas.ts.
import { z } from "zod";
import { CONNECTION_METHOD_VALUES } from "@/lib/licensing/catalog";
import { optionalEmail, optionalText, requiredText, tooLong } from "@/lib/forms/text";
import { isCountryCode } from "@/lib/countries/codes";

/** The required company information, as Properties and the Activate Server Wizard's Company Information ask it. */
export const companyRequiredShape = {
  firstName: requiredText("first name", 64),
  lastName: requiredText("last name", 64),
  company: requiredText("company name", 128),
  countryRegion: z
    .string({ error: "Select the country or region" })
    .refine((code) => isCountryCode(code), "Select the country or region"),
};

/** The optional company information (Properties, and the wizard's Optional Information page). */
export const companyOptionalShape = {
  email: optionalEmail(),
  organizationalUnit: optionalText("organizational unit", 128),
  companyAddress: optionalText("company address", 256),
  city: optionalText("city", 128),
  state: optionalText("state or province", 128),
  postalCode: z
    .string()
    .trim()
    .max(16, tooLong("postal code", 16))
    .refine((v) => v === "" || /^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(v), "The postal code has only letters, digits, spaces and hyphens")
    .optional()
    .transform((v) => (v ? v.toUpperCase() : null)),
};

export const propertiesSchema = z.object({
  connectionMethod: z.enum(CONNECTION_METHOD_VALUES, { error: "Select a connection method" }),
  ...companyRequiredShape,
  ...companyOptionalShape,
});
export type PropertiesInput = z.input<typeof propertiesSchema>;
export type PropertiesValues = z.output<typeof propertiesSchema>;
