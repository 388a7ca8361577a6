// The Company information page's rules as its form checks them in the browser (zod/mini, small modules
// only; docs/decisions/030-forms-on-react-hook-form.md). The server parses company-schema.ts's
// companyStepSchema: this same schema with the phone number checked against the country/region at once.
// The browser's companyBrowserSchema makes the same check, loading libphonenumber's metadata (phone-check.ts,
// 29 kB gzip) only when there is a phone number to check (docs/decisions/039-browser-zod-flattened.md).
import * as z from "zod/mini";
import { companyFields } from "@/lib/forms/company-fields";
import type { $ZodObject } from "zod/v4/core";
import { MESSAGES, type Checkable } from "./schemas";

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

/** The fields' own rules; the phone number's against the country/region is added by withPhoneRule. */
export const companyFormSchema = z.object(companyShape);

/** Whether a phone number is one of a country/region's: at once on the server, loaded on demand in the browser. */
type PhoneRule = (phone: string, countryRegion: unknown) => boolean | Promise<boolean>;

/** The phone number checked against the country/region chosen on the same page (one rule, both places). */
export function withPhoneRule<T extends $ZodObject>(schema: T, fits: PhoneRule): T {
  return (schema as unknown as Checkable<T>).check(z.superRefine((value: unknown, ctx) => {
    const { phone, countryRegion } = value as { phone?: unknown; countryRegion?: unknown };
    if (typeof phone !== "string" || phone === "") return;
    const report = (ok: boolean) => {
      if (!ok) ctx.addIssue({ code: "custom", path: ["phone"], message: MESSAGES.phone });
    };
    const answer = fits(phone, countryRegion);
    return typeof answer === "boolean" ? report(answer) : answer.then(report);
  }, {
    // Run even when other fields failed, so every error shows at once.
    when: (payload) => typeof (payload.value as { phone?: unknown } | undefined)?.phone === "string",
  }));
}

/** companyStepSchema as the browser checks it (parsed asynchronously, as the form's resolver does). If the
 *  check cannot load (the network dropped), the phone number is left to the server, which checks it anyway. */
export const companyBrowserSchema = withPhoneRule(companyFormSchema, (phone, countryRegion) =>
  import("./phone-check").then((m) => m.phoneFitsCountry(phone, countryRegion), () => true),
);

export type CompanyStepInput = z.input<typeof companyFormSchema>;
