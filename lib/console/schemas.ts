// One zod schema per console form, checked in the browser by the form and applied again by the server
// action to what the form sent (zod/mini: docs/decisions/030-forms-on-react-hook-form.md). Only zod/mini and
// small pure modules here. The wizard's are in wizard-schemas.ts.
import * as z from "zod/mini";
import { CONNECTION_METHOD_VALUES } from "@/lib/licensing/catalog";
import { companyFields } from "@/lib/forms/company-fields";

/** The required company information, as Properties and the Activate Server Wizard's Company Information ask it. */
export const companyRequiredShape = {
  firstName: companyFields.firstName(),
  lastName: companyFields.lastName(),
  company: companyFields.company(),
  countryRegion: companyFields.countryRegion(),
};

/** The optional company information (Properties, and the wizard's Optional Information page). */
export const companyOptionalShape = {
  email: companyFields.email(),
  organizationalUnit: companyFields.organizationalUnit(),
  companyAddress: companyFields.companyAddress(),
  city: companyFields.city(),
  state: companyFields.state(),
  postalCode: companyFields.postalCode(),
};

export const propertiesSchema = z.object({
  connectionMethod: z.enum(CONNECTION_METHOD_VALUES, { error: "Select a connection method" }),
  ...companyRequiredShape,
  ...companyOptionalShape,
});
export type PropertiesInput = z.input<typeof propertiesSchema>;
