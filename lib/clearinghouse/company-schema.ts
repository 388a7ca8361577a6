// The Company information page's rules, shared by its form and the server like schemas.ts. A module of its
// own because the phone-number check and the country list are most of a page's JavaScript: only this page
// and the server (request-schema.ts) need them.
import { z } from "zod";
import { isValidPhoneNumber, type CountryCode } from "libphonenumber-js";
import { isCountryCode } from "@/lib/countries/codes";
import { companyFields } from "@/lib/forms/company-fields";
import { MESSAGES } from "./schemas";

/** The web site's names for the fields of lib/forms/company-fields.ts (the one definition and its limits). */
export const companyShape = {
  lastName: companyFields.lastName(MESSAGES.lastName),
  firstName: companyFields.firstName(MESSAGES.firstName),
  companyName: companyFields.company(MESSAGES.companyName),
  countryRegion: companyFields.countryRegion(MESSAGES.countryRegion),
  companyAddress: companyFields.companyAddress(),
  email: companyFields.email(),
  phone: companyFields.phone(),
  organizationalUnit: companyFields.organizationalUnit(),
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
