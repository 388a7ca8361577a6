// The form schemas of the Activate Server, Reactivate Server and Deactivate Server wizards, checked in the
// browser by their forms and applied again by their server actions (zod/mini: docs/decisions/030), and the schema that reads a run's saved answers back
// (WizardRun.answers, docs/decisions/020). The company information is Properties' own (schemas.ts), one rule
// per fact.
import * as z from "zod/mini";
import { checkbox } from "@/lib/forms/checkbox";
import { CONNECTION_METHOD_VALUES, REACTIVATION_REASONS, type ConnectionMethod } from "@/lib/licensing/catalog";
import { isCountryCode } from "@/lib/countries/codes";
import { deactivationContactShape } from "@/lib/forms/text";
import { storedShape } from "@/lib/forms/company-fields";
import { companyOptionalShape, companyRequiredShape } from "./schemas";

export const connectionMethodStepSchema = z.pipe(
  z
    .object({
      connectionMethod: z.enum(CONNECTION_METHOD_VALUES, { error: "Select a connection method" }),
      telephoneCountry: z.optional(z.string()),
    })
    .check(
      z.superRefine((value, ctx) => {
        if (value.connectionMethod === "TELEPHONE" && !(value.telephoneCountry && isCountryCode(value.telephoneCountry))) {
          ctx.addIssue({ code: "custom", path: ["telephoneCountry"], message: "Select the country or region you are calling from" });
        }
      }),
    ),
  z.transform((value: { connectionMethod: ConnectionMethod; telephoneCountry?: string }) => ({
    connectionMethod: value.connectionMethod,
    telephoneCountry: value.connectionMethod === "TELEPHONE" ? value.telephoneCountry! : null,
  })),
);

export const companyInformationSchema = z.object(companyRequiredShape);

export const optionalInformationSchema = z.object(companyOptionalShape);

export const reactivationReasonSchema = z.object({
  reason: z.enum(REACTIVATION_REASONS, { error: "Select the reason for reactivating the license server" }),
});

export const deactivationContactSchema = z.object(deactivationContactShape);

/** The ID or code boxes: the typing and binding checks are the action's (activation-id.ts, confirmation-code.ts). */
export const licenseServerIdEntrySchema = z.object({ licenseServerId: z.string({ error: "Enter the license server ID" }).check(z.maxLength(100, "Enter the license server ID")) });
export const confirmationCodeEntrySchema = z.object({ confirmationCode: z.string({ error: "Enter the confirmation code" }).check(z.maxLength(100, "Enter the confirmation code")) });
/** The ID-entry page's schema by the field it asks for (components/console/lifecycle/id-entry-form.tsx). */
export const ENTRY_SCHEMAS = { licenseServerId: licenseServerIdEntrySchema, confirmationCode: confirmationCodeEntrySchema } as const;

export const finishLifecycleSchema = z.object({ startInstall: checkbox });

/** Everything a run's pages saved, read back: a bad row reads as nothing saved rather than a crash. */
const lifecycleAnswersSchema = z.partial(
  z.object({
    connectionMethod: z.enum(CONNECTION_METHOD_VALUES),
    telephoneCountry: z.nullable(z.string()),
    ...storedShape({ ...companyRequiredShape, ...companyOptionalShape }),
    reason: z.enum(REACTIVATION_REASONS),
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.nullable(z.string()),
  }),
);
export type LifecycleAnswers = z.output<typeof lifecycleAnswersSchema>;

export function readLifecycleAnswers(value: unknown): LifecycleAnswers {
  const parsed = lifecycleAnswersSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}
