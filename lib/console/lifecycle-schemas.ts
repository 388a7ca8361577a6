// The form schemas of the Activate Server, Reactivate Server and Deactivate Server wizards, applied by their
// server actions (docs/decisions/012), and the schema that reads a run's saved answers back
// (WizardRun.answers, docs/decisions/020). The company information is Properties' own (schemas.ts), one rule
// per fact.
import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";
import { CONNECTION_METHOD_VALUES, REACTIVATION_REASONS } from "@/lib/licensing/catalog";
import { deactivationContactShape } from "@/lib/forms/text";
import { companyOptionalShape, companyRequiredShape, connectionMethodShape, withTelephoneCountry } from "./schemas";

export const connectionMethodStepSchema = withTelephoneCountry(z.object(connectionMethodShape)).transform(({ connectionMethod, telephoneCountry }) => ({ connectionMethod, telephoneCountry }));
export type ConnectionMethodStepInput = z.input<typeof connectionMethodStepSchema>;

export const companyInformationSchema = z.object(companyRequiredShape);
export type CompanyInformationInput = z.input<typeof companyInformationSchema>;

export const optionalInformationSchema = z.object(companyOptionalShape);
export type OptionalInformationInput = z.input<typeof optionalInformationSchema>;

export const reactivationReasonSchema = z.object({
  reason: z.enum(REACTIVATION_REASONS, { error: "Select the reason for reactivating the license server" }),
});
export type ReactivationReasonInput = z.input<typeof reactivationReasonSchema>;

export const deactivationContactSchema = z.object(deactivationContactShape);
export type DeactivationContactInput = z.input<typeof deactivationContactSchema>;

/** The ID or code boxes: the typing and binding checks are the action's (activation-id.ts, confirmation-code.ts). */
export const licenseServerIdEntrySchema = z.object({ licenseServerId: z.string({ error: "Enter the license server ID" }).max(100, "Enter the license server ID") });
export const confirmationCodeEntrySchema = z.object({ confirmationCode: z.string({ error: "Enter the confirmation code" }).max(100, "Enter the confirmation code") });

export const finishLifecycleSchema = z.object({ startInstall: checkbox });

/** Everything a run's pages saved, read back: a bad row reads as nothing saved rather than a crash. */
export const lifecycleAnswersSchema = z
  .object({
    connectionMethod: z.enum(CONNECTION_METHOD_VALUES),
    telephoneCountry: z.string().nullable(),
    firstName: z.string(),
    lastName: z.string(),
    company: z.string(),
    countryRegion: z.string(),
    email: z.string().nullable(),
    organizationalUnit: z.string().nullable(),
    companyAddress: z.string().nullable(),
    city: z.string().nullable(),
    state: z.string().nullable(),
    postalCode: z.string().nullable(),
    reason: z.enum(REACTIVATION_REASONS),
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string().nullable(),
  })
  .partial();
export type LifecycleAnswers = z.output<typeof lifecycleAnswersSchema>;

export function readLifecycleAnswers(value: unknown): LifecycleAnswers {
  const parsed = lifecycleAnswersSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}
