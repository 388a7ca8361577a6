// One zod schema per console form, shared by the browser (zodResolver) and the server actions. Only zod and
// pure modules here, so both runtimes can import it. The wizard's are in wizard-schemas.ts.
import { z } from "zod";
import { CONNECTION_METHOD_VALUES } from "@/lib/licensing/catalog";
import { isSingleLineText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/forms/text";
import { isCountryCode } from "./countries";

const required = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, `Enter the ${label}`)
    .max(max, `The ${label} must be ${max} characters or fewer`)
    .refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE);

/** Optional text: blank becomes null, so the database holds null rather than "". */
const optional = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `The ${label} must be ${max} characters or fewer`)
    .refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE)
    .optional()
    .transform((v) => (v ? v : null));

export const propertiesSchema = z.object({
  connectionMethod: z.enum(CONNECTION_METHOD_VALUES, { error: "Select a connection method" }),
  firstName: required("first name", 64),
  lastName: required("last name", 64),
  company: required("company name", 128),
  countryRegion: z
    .string({ error: "Select the country or region" })
    .refine((code) => isCountryCode(code), "Select the country or region"),
  email: z
    .string()
    .trim()
    .max(254, "The e-mail address must be 254 characters or fewer")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Enter an e-mail address in the correct format, like name@example.com")
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null)),
  organizationalUnit: optional("organizational unit", 128),
  companyAddress: optional("company address", 256),
  city: optional("city", 128),
  state: optional("state or province", 128),
  postalCode: z
    .string()
    .trim()
    .max(16, "The postal code must be 16 characters or fewer")
    .refine((v) => v === "" || /^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(v), "The postal code has only letters, digits, spaces and hyphens")
    .optional()
    .transform((v) => (v ? v.toUpperCase() : null)),
});
export type PropertiesInput = z.input<typeof propertiesSchema>;
export type PropertiesValues = z.output<typeof propertiesSchema>;
