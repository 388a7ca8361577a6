// The Manage CALs pages' rules: one schema per page, checked in the browser by the page's form and applied
// again by its server action to what the form sent (docs/decisions/030-forms-on-react-hook-form.md); the
// company page's is in company-schema.ts and the merged one the final submit re-validates in
// request-schema.ts. Only zod/mini and small pure modules here: the same file runs in both places. Form inputs are strings; the outputs
// are what the draft and the request store (normalised IDs and credentials, null for an optional field
// left empty).
import * as z from "zod/mini";
import {
  CAL_TYPE_VALUES,
  LICENSE_PROGRAM_VALUES,
  MAX_QUANTITY,
  MIN_QUANTITY,
  RECOVERY_REASONS,
  isMigrationReason,
  type CredentialKind,
  type LicenseProgram,
} from "@/lib/licensing/catalog";
import {
  CREDENTIAL_MESSAGES,
  isAgreementNumber,
  isAuthorizationNumber,
  isLicenseCode,
  isLicenseNumber,
  normalizeCredentialPart,
  credentialKind,
} from "@/lib/licensing/credentials";
import { LICENSE_SERVER_ID_MESSAGES, parseLicenseServerId } from "@/lib/licensing/license-server-id";
import { stripSeparators } from "@/lib/licensing/groups";
import type { $ZodCheck, $ZodObject } from "zod/v4/core";
import { EMAIL_FORMAT_MESSAGE, isEmailAddress } from "@/lib/forms/text";
import { normalizeReference } from "./reference";
import { DRAFT_OPTION_VALUES, OPTION_LABELS, SELECT_OPTIONS, SERVER_FLOW_OPTIONS, type ServerFlowOption } from "./select-options";

export const MESSAGES = {
  selectOption: `Select ${OPTION_LABELS["manage-cals"]} to recover the RDS CALs of a license server whose database was rebuilt, or ${OPTION_LABELS.install} to install new ones, and then click Next`,
  reasonForRecovery: "Select the reason for recovery",
  sourceEmpty: "Enter the Source License Server ID: the License Server ID of the license server the RDS CALs come from",
  sourceIsTarget: "The Source License Server ID is the Target License Server ID: enter the License Server ID of the license server the RDS CALs come from",
  licenseProgram: "Select the License Program",
  lastName: "Enter your last name or surname",
  firstName: "Enter your first name or given name",
  companyName: "Enter the company name",
  countryRegion: "Select the country/region",
  email: EMAIL_FORMAT_MESSAGE,
  phone: "Enter a phone number that exists in the selected country/region, or an international one starting with +",
  calType: "Select the type of RDS CAL",
  quantityEmpty: "Enter the quantity",
  quantityFormat: "Enter the quantity as a whole number, like 25",
  quantityRange: `The quantity must be between ${MIN_QUANTITY} and ${MAX_QUANTITY.toLocaleString("en-US")}`,
  credentialEmpty: {
    licenseCode: "Enter the license code",
    licenseNumber: "Enter the license number",
    authorizationNumber: "Enter the authorization number",
    enrollmentNumber: "Enter the enrollment number",
    agreementNumber: "Enter the agreement number",
  },
} as const;

/** One of a list, typed as a plain string on the way in: a form's select holds "" until one is chosen. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.pipe(z.string(message), z.enum(values, message));
}

export const targetLicenseServerIdSchema = z.pipe(
  z.string(LICENSE_SERVER_ID_MESSAGES.empty),
  z.transform((value: string, ctx) => {
    const parsed = parseLicenseServerId(value);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: "custom", message: LICENSE_SERVER_ID_MESSAGES[parsed.error], input: value });
    return z.NEVER;
  }),
);

export const licenseServerShape = {
  targetLicenseServerId: targetLicenseServerIdSchema,
  reasonForRecovery: choice(RECOVERY_REASONS, MESSAGES.reasonForRecovery),
  /** Asked with a migration reason only; checked against the reason and the target by withSourceCheck. */
  sourceLicenseServerId: z.pipe(
    z.nullish(z.string()),
    z.transform((v: string | null | undefined) => (v ? stripSeparators(v) : null)),
  ),
  licenseProgram: choice(LICENSE_PROGRAM_VALUES, MESSAGES.licenseProgram),
};

/** The messages for a Source License Server ID (the Target's, with the field's own name). */
function sourceIdMessage(error: keyof typeof LICENSE_SERVER_ID_MESSAGES): string {
  return error === "empty" ? MESSAGES.sourceEmpty : LICENSE_SERVER_ID_MESSAGES[error].replace("License Server ID", "Source License Server ID");
}

/**
 * With a migration reason the Source License Server ID is required, a valid ID and not the target's; with
 * any other reason it is dropped (it may linger in the form from a reason chosen before).
 */
export function withSourceCheck<T extends $ZodObject>(schema: T): T {
  return (schema as unknown as Checkable<T>).check(
    z.superRefine(
      (value: unknown, ctx) => {
        const { reasonForRecovery, sourceLicenseServerId: source, targetLicenseServerId: target } = value as Record<string, unknown>;
        if (typeof reasonForRecovery !== "string" || !isMigrationReason(reasonForRecovery)) return;
        // Runs when other fields failed too, so the source may still be whatever a client posted.
        const parsed = parseLicenseServerId(typeof source === "string" ? source : "");
        if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["sourceLicenseServerId"], message: sourceIdMessage(parsed.error) });
        else if (parsed.value === target) ctx.addIssue({ code: "custom", path: ["sourceLicenseServerId"], message: MESSAGES.sourceIsTarget });
      },
      // Run even when other fields failed, so every error shows at once.
      { when: (payload) => isMigrationReason((payload.value as { reasonForRecovery?: string } | undefined)?.reasonForRecovery) },
    ),
    z.overwrite((value: unknown) => (isMigrationReason((value as { reasonForRecovery?: string }).reasonForRecovery) ? value : { ...(value as object), sourceLicenseServerId: null })),
  );
}

/** A schema of zod/mini or of classic zod (request-schema.ts's merged ones): both take checks on their whole value. */
export type Checkable<T> = { check(...checks: $ZodCheck<unknown>[]): T };

export const licenseServerStepSchema = withSourceCheck(z.object(licenseServerShape));

/** Install client access licenses' first page: the License Server ID and the License Program, no reason. */
export const installLicenseServerShape = { targetLicenseServerId: targetLicenseServerIdSchema, licenseProgram: licenseServerShape.licenseProgram };
const installLicenseServerStepSchema = z.object(installLicenseServerShape);

export function licenseServerStepSchemaFor(option: "MANAGE_CALS" | "INSTALL_CALS") {
  return option === "INSTALL_CALS" ? installLicenseServerStepSchema : licenseServerStepSchema;
}

function credentialPart(empty: string, invalid: string, isValid: (v: string) => boolean) {
  return z.pipe(
    z.string(empty),
    z.transform((v: string) => normalizeCredentialPart(v)).check(z.refine((v: string) => v !== "", empty), z.refine((v: string) => v === "" || isValid(v), invalid)),
  );
}

/** A credential field this program does not use: whatever the form holds (or its absence) is dropped. */
const unused = z.pipe(z.optional(z.unknown()), z.transform((): string | null => null));

function credentialShape(kind: CredentialKind) {
  return {
    licenseCode: kind === "licenseCode" ? credentialPart(MESSAGES.credentialEmpty.licenseCode, CREDENTIAL_MESSAGES.licenseCode, isLicenseCode) : unused,
    licenseNumber: kind === "openLicense" ? credentialPart(MESSAGES.credentialEmpty.licenseNumber, CREDENTIAL_MESSAGES.licenseNumber, isLicenseNumber) : unused,
    authorizationNumber:
      kind === "openLicense"
        ? credentialPart(MESSAGES.credentialEmpty.authorizationNumber, CREDENTIAL_MESSAGES.authorizationNumber, isAuthorizationNumber)
        : unused,
    agreementNumber:
      kind === "enrollmentNumber" || kind === "agreementNumber"
        ? credentialPart(MESSAGES.credentialEmpty[kind], CREDENTIAL_MESSAGES[kind], isAgreementNumber)
        : unused,
  };
}

export const quantitySchema = z.pipe(
  z.string(MESSAGES.quantityEmpty),
  z.transform((raw: string, ctx) => {
    // People write "1,000" or "1 000": the separators carry no meaning.
    const text = raw.trim().replace(/[\s,.']/g, "");
    const refuse = (message: string) => ctx.issues.push({ code: "custom", message, input: raw });
    if (text === "") refuse(MESSAGES.quantityEmpty);
    else if (!/^\d+$/.test(text)) refuse(MESSAGES.quantityFormat);
    else if (Number(text) < MIN_QUANTITY || Number(text) > MAX_QUANTITY) refuse(MESSAGES.quantityRange);
    else return Number(text);
    return z.NEVER;
  }),
);

export function purchaseShape(program: LicenseProgram) {
  return {
    ...credentialShape(credentialKind(program)),
    calType: choice(CAL_TYPE_VALUES, MESSAGES.calType),
    quantity: quantitySchema,
  };
}

/** The purchase page depends on the License Program chosen on the first page. */
export function purchaseStepSchema(program: LicenseProgram) {
  return z.object(purchaseShape(program));
}

export type LicenseServerStepInput = z.input<typeof licenseServerStepSchema>;
type PurchaseStepSchema = ReturnType<typeof purchaseStepSchema>;
export type PurchaseStepInput = z.input<PurchaseStepSchema>;


export const selectOptionSchema = z.object({
  option: z.enum(DRAFT_OPTION_VALUES, MESSAGES.selectOption),
  /** Carried from the console's hyperlink; checked on the next page, not here. */
  licenseServerId: z.pipe(
    z.optional(z.string()),
    z.transform((v?: string) => (v ? v.replace(/[^\d]/g, "").slice(0, 35) : null)),
  ),
});
export type SelectOptionInput = z.input<typeof selectOptionSchema>;

/** Select Option's license server options (Activate, Reactivate, Deactivate): the action opens their own first page. */
export const serverFlowOptionSchema = z.object({ option: z.enum(SERVER_FLOW_OPTIONS as [ServerFlowOption, ...ServerFlowOption[]]) });

type OfferedOption = (typeof SELECT_OPTIONS)[number]["value"];
const OFFERED_OPTIONS = SELECT_OPTIONS.filter((o) => o.available).map((o) => o.value) as [OfferedOption, ...OfferedOption[]];

/**
 * Select Option as its form checks it in the browser: one of the options offered, with selectOptionSchema's
 * message. The action parses the post with serverFlowOptionSchema or selectOptionSchema (the option chosen
 * says which), so both sides refuse the same posts with the same words.
 */
export const selectOptionFormSchema = z.object({ option: z.enum(OFFERED_OPTIONS, MESSAGES.selectOption), licenseServerId: selectOptionSchema.shape.licenseServerId });

export const STATUS_MESSAGES = {
  referenceEmpty: "Enter the reference number",
  referenceFormat: "Enter the reference number as shown when you submitted the request, like RQ-7KD2-9XPA",
  contactEmpty: "Enter the e-mail address or the Target License Server ID given in the request",
  contactFormat: "Enter an e-mail address like name@example.com, or the 35-digit Target License Server ID",
  noMatch: "No request matches this reference number with that e-mail address or Target License Server ID. Check both and try again.",
} as const;

export type StatusContact = { kind: "email"; value: string } | { kind: "licenseServerId"; value: string };

/** Check request status: the reference number and one detail of the request that proves it is yours. */
export const statusLookupSchema = z.object({
  reference: z.pipe(
    z.string(STATUS_MESSAGES.referenceEmpty),
    z.transform((value: string, ctx) => {
      const reference = normalizeReference(value);
      if (reference) return reference;
      ctx.issues.push({ code: "custom", message: value.trim() ? STATUS_MESSAGES.referenceFormat : STATUS_MESSAGES.referenceEmpty, input: value });
      return z.NEVER;
    }),
  ),
  contact: z.pipe(
    z.string(STATUS_MESSAGES.contactEmpty),
    z.transform((value: string, ctx): StatusContact => {
      const text = value.trim();
      if (text.includes("@") && isEmailAddress(text.toLowerCase())) return { kind: "email", value: text.toLowerCase() };
      const id = parseLicenseServerId(text);
      if (id.ok) return { kind: "licenseServerId", value: id.value };
      ctx.issues.push({ code: "custom", message: text ? STATUS_MESSAGES.contactFormat : STATUS_MESSAGES.contactEmpty, input: value });
      return z.NEVER;
    }),
  ),
});
export type StatusLookupInput = z.input<typeof statusLookupSchema>;
export type StatusLookup = z.output<typeof statusLookupSchema>;
