// The company information's fields, defined once (issue 28): the console's Properties and Activate Server
// Wizard (lib/console/schemas.ts), the web site's Company information page (lib/clearinghouse/company-schema.ts)
// and the Clearinghouse's scripted activation route (lib/clearinghouse/server-api.ts) all build their schemas
// from these, so a value one of them takes is never refused by another (the route took 128 characters of
// company name while the web site took 100). The limits are the console's, the larger ones: nothing a server's
// Properties already hold becomes too long to activate with. Every field follows the text rule of
// lib/forms/text.ts.
import * as z from "zod/mini";
import type { $ZodType, output } from "zod/v4/core";
import { isCountryCode } from "@/lib/countries/codes";
import { optionalEmail, optionalText, requiredText, tooLong, UNSTORABLE_TEXT_MESSAGE, isSingleLineText } from "./text";

/** The longest value of each field, in characters; forms may show them (maxLength). */
const COMPANY_FIELD_LIMITS = {
  firstName: 64,
  lastName: 64,
  company: 128,
  email: 254,
  phone: 32,
  organizationalUnit: 128,
  companyAddress: 256,
  city: 128,
  state: 128,
  postalCode: 16,
} as const;

const L = COMPANY_FIELD_LIMITS;
const COUNTRY_MESSAGE = "Select the country or region";

/** Each field as a schema; the required ones take the page's own "Enter …" message. */
export const companyFields = {
  firstName: (emptyMessage?: string) => requiredText("first name", L.firstName, emptyMessage),
  lastName: (emptyMessage?: string) => requiredText("last name", L.lastName, emptyMessage),
  company: (emptyMessage?: string) => requiredText("company name", L.company, emptyMessage),
  countryRegion: (message = COUNTRY_MESSAGE) => z.string(message).check(z.refine(isCountryCode, message)),
  email: () => optionalEmail(),
  phone: () => optionalText("phone number", L.phone),
  organizationalUnit: () => optionalText("organizational unit", L.organizationalUnit),
  companyAddress: () => optionalText("company address", L.companyAddress),
  city: () => optionalText("city", L.city),
  state: () => optionalText("state or province", L.state),
  postalCode: () =>
    z.pipe(
      z.optional(
        z.string().check(
          z.trim(),
          z.maxLength(L.postalCode, tooLong("postal code", L.postalCode)),
          z.refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE),
          z.refine((v: string) => v === "" || /^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(v), "The postal code has only letters, digits, spaces and hyphens"),
        ),
      ),
      z.transform((v?: string) => (v ? v.toUpperCase() : null)),
    ),
};

type Stored<S extends Record<string, $ZodType>> = { [K in keyof S]: null extends output<S[K]> ? $ZodType<string | null> : $ZodType<string> };

/**
 * A form's company fields as its saved answers hold them (a wizard run's or a web site draft's JSON, read
 * back): the string each field's schema gave, null for an optional one left empty. Made from the form's own
 * shape, so the answers read back are the fields the form asks.
 */
export function storedShape<S extends Record<string, $ZodType>>(shape: S): Stored<S> {
  // A field that takes no value at all is optional (its schema gives null for it).
  const stored = (schema: $ZodType) => (z.safeParse(schema, undefined).success ? z.nullable(z.string()) : z.string());
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, stored(schema)])) as unknown as Stored<S>;
}

/**
 * A form's default values for a shape's fields: each field's first value in `sources` (a run's saved answers,
 * then the server's Properties …), "" when none has one.
 */
export function formDefaults<K extends string>(shape: Record<K, unknown>, ...sources: Partial<Record<NoInfer<K>, string | null>>[]): Record<K, string> {
  const first = (key: K) => sources.map((source) => source[key]).find((value) => value !== null && value !== undefined) ?? "";
  return Object.fromEntries(Object.keys(shape).map((key) => [key, first(key as K)])) as Record<K, string>;
}
