// The Company information page's rules on the server: the form's own schema (company-form-schema.ts) with
// the phone number checked against the country/region chosen on the same page, at once (libphonenumber,
// phone-check.ts). The browser checks the same with the check loaded when a phone number is there
// (company-form-schema.ts's companyBrowserSchema).
import type { $ZodObject } from "zod/v4/core";
import { companyFormSchema, withPhoneRule } from "./company-form-schema";
import { phoneFitsCountry } from "./phone-check";

export { companyShape, companyFormSchema, type CompanyStepInput } from "./company-form-schema";

/** The phone number is checked against the country/region chosen on the same page. */
export function withPhoneCheck<T extends $ZodObject>(schema: T): T {
  return withPhoneRule(schema, phoneFitsCountry);
}

export const companyStepSchema = withPhoneCheck(companyFormSchema);
