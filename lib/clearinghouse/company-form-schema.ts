// The Company information page's rules as its form checks them in the browser (zod/mini, small modules
// only; docs/decisions/030-forms-on-react-hook-form.md). The server parses company-schema.ts's
// companyStepSchema: this same schema with the phone number checked against the country/region, which
// needs libphonenumber's metadata (10 kB gzip) and so stays on the server.
import * as z from "zod/mini";
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

/** What the browser checks; the server adds the phone number's check (company-schema.ts). */
export const companyFormSchema = z.object(companyShape);

export type CompanyStepInput = z.input<typeof companyFormSchema>;
