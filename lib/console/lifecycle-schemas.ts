// The form schemas of the Activate Server, Reactivate Server and Deactivate Server wizards, checked in the
// browser by their forms and applied again by their server actions (zod/mini: docs/decisions/030). A run's
// saved answers are read back by lifecycle-answers.ts. The company information is Properties' own
// (schemas.ts), one rule per fact.
import * as z from "zod/mini";
import { checkbox } from "@/lib/forms/checkbox";
import { REACTIVATION_REASONS } from "@/lib/licensing/catalog";
import { deactivationContactShape } from "@/lib/forms/text";
import { companyOptionalShape, companyRequiredShape, connectionMethodShape, withTelephoneCountry } from "./schemas";

export const connectionMethodStepSchema = withTelephoneCountry(connectionMethodShape);

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

