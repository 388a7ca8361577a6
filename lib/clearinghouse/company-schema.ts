// The Company information page's rules, shared by its form and the server like schemas.ts. A module of its
// own because the phone-number check and the country list are most of a page's JavaScript: only this page
// and the server (request-schema.ts) need them.
import { z } from "zod";
import countries from "i18n-iso-countries";
import { isValidPhoneNumber, type CountryCode } from "libphonenumber-js";
import { MESSAGES, optionalText, requiredText, tooLong } from "./schemas";

const COUNTRY_CODES = new Set(Object.keys(countries.getAlpha2Codes()));

export const companyShape = {
  lastName: requiredText(MESSAGES.lastName, 64),
  firstName: requiredText(MESSAGES.firstName, 64),
  companyName: requiredText(MESSAGES.companyName, 100),
  countryRegion: z.string(MESSAGES.countryRegion).refine((code) => COUNTRY_CODES.has(code), MESSAGES.countryRegion),
  companyAddress: optionalText(200),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, tooLong(254))
    .refine((v) => v === "" || z.email().safeParse(v).success, MESSAGES.email)
    .optional()
    .transform((v) => (v ? v : null)),
  phone: optionalText(32),
  organizationalUnit: optionalText(100),
};

/** The phone number is checked against the country/region chosen on the same page. */
export function withPhoneCheck<T extends z.ZodObject>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const { phone, countryRegion } = value as { phone?: unknown; countryRegion?: unknown };
    if (typeof phone !== "string" || phone === "") return;
    const country = typeof countryRegion === "string" && COUNTRY_CODES.has(countryRegion) ? (countryRegion as CountryCode) : undefined;
    if (!isValidPhoneNumber(phone, country)) ctx.addIssue({ code: "custom", path: ["phone"], message: MESSAGES.phone });
  }, {
    // Run even when other fields failed, so every error shows at once.
    when: (payload) => typeof (payload.value as { phone?: unknown } | undefined)?.phone === "string",
  });
}

export const companyStepSchema = withPhoneCheck(z.object(companyShape));

export type CompanyStepInput = z.input<typeof companyStepSchema>;
export type CompanyStep = z.output<typeof companyStepSchema>;
