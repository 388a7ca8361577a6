// The Company information page's rules, shared by its form and the server like schemas.ts. A module of its
// own because the phone-number check and the country list are most of a page's JavaScript: only this page
// and the server (request-schema.ts) need them.
import { z } from "zod";
import { isValidPhoneNumber, type CountryCode } from "libphonenumber-js";
import { isCountryCode } from "@/lib/countries/codes";
import { optionalEmail, optionalText, requiredText } from "@/lib/forms/text";
import { MESSAGES } from "./schemas";

export const companyShape = {
  lastName: requiredText("last name", 64, MESSAGES.lastName),
  firstName: requiredText("first name", 64, MESSAGES.firstName),
  companyName: requiredText("company name", 100, MESSAGES.companyName),
  countryRegion: z.string(MESSAGES.countryRegion).refine(isCountryCode, MESSAGES.countryRegion),
  companyAddress: optionalText("company address", 200),
  email: optionalEmail(),
  phone: optionalText("phone number", 32),
  organizationalUnit: optionalText("organizational unit", 100),
};

/** The phone number is checked against the country/region chosen on the same page. */
export function withPhoneCheck<T extends z.ZodObject>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const { phone, countryRegion } = value as { phone?: unknown; countryRegion?: unknown };
    if (typeof phone !== "string" || phone === "") return;
    const country = typeof countryRegion === "string" && isCountryCode(countryRegion) ? (countryRegion as CountryCode) : undefined;
    if (!isValidPhoneNumber(phone, country)) ctx.addIssue({ code: "custom", path: ["phone"], message: MESSAGES.phone });
  }, {
    // Run even when other fields failed, so every error shows at once.
    when: (payload) => typeof (payload.value as { phone?: unknown } | undefined)?.phone === "string",
  });
}

export const companyStepSchema = withPhoneCheck(z.object(companyShape));

export type CompanyStepInput = z.input<typeof companyStepSchema>;
export type CompanyStep = z.output<typeof companyStepSchema>;
