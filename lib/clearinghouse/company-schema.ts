// The Company information page's rules on the server: the form's own schema (company-form-schema.ts, which
// the page checks in the browser) with the phone number checked against the country/region chosen on the
// same page. Only the server and the merged request (request-schema.ts) load libphonenumber.
import * as z from "zod/mini";
import { isValidPhoneNumber, type CountryCode } from "libphonenumber-js";
import type { $ZodObject } from "zod/v4/core";
import { isCountryCode } from "@/lib/countries/codes";
import { companyFormSchema } from "./company-form-schema";
import { MESSAGES, type Checkable } from "./schemas";

export { companyShape, companyFormSchema, type CompanyStepInput } from "./company-form-schema";

/** The phone number is checked against the country/region chosen on the same page. */
export function withPhoneCheck<T extends $ZodObject>(schema: T): T {
  return (schema as unknown as Checkable<T>).check(z.superRefine((value: unknown, ctx) => {
    const { phone, countryRegion } = value as { phone?: unknown; countryRegion?: unknown };
    if (typeof phone !== "string" || phone === "") return;
    const country = typeof countryRegion === "string" && isCountryCode(countryRegion) ? (countryRegion as CountryCode) : undefined;
    if (!isValidPhoneNumber(phone, country)) ctx.addIssue({ code: "custom", path: ["phone"], message: MESSAGES.phone });
  }, {
    // Run even when other fields failed, so every error shows at once.
    when: (payload) => typeof (payload.value as { phone?: unknown } | undefined)?.phone === "string",
  }));
}

export const companyStepSchema = withPhoneCheck(companyFormSchema);

