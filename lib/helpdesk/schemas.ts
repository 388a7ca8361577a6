// The helpdesk's form schemas, applied by the server actions to what the forms sent (docs/decisions/012).
// Only zod and pure modules here.
import { z } from "zod";
import { CAL_TYPE_VALUES, LICENSE_PROGRAM_VALUES, type LicenseProgram } from "@/lib/licensing/catalog";
import { canonicalCredential, credentialKind, CREDENTIAL_MESSAGES, type CredentialFields } from "@/lib/licensing/credentials";
import { isSingleLineText, isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/forms/text";
import { quantitySchema } from "@/lib/clearinghouse/schemas";
import { PASSWORD_MIN } from "./password-policy";
import { staffEmail } from "./sign-in-schema";

// Sign-in's schema ships to the browser, so it is written in zod/mini in a module of its own.
export { signInSchema, type SignInInput } from "./sign-in-schema";
const email = staffEmail;

const id = z.string().min(1).max(64).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/** The holder the decider saw on the page and chose to decide over (empty when nobody else held it). */
const takeOverFrom = z.string().max(64).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE).optional().transform((s) => s || undefined);

export const assignSchema = z.object({ requestId: id, takeOverFrom });

export const decisionSchema = z.object({
  requestId: id,
  takeOverFrom,
  /** Required by the server only for an override (lib/helpdesk/approval-check.ts); recorded in the audit log. */
  justification: z.string().trim().max(1000, "The justification has at most 1,000 characters").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE).default(""),
});

export const rejectSchema = z.object({
  requestId: id,
  takeOverFrom,
  rejectionReason: z
    .string()
    .trim()
    .min(1, "Enter the reason for rejecting; the customer sees it on the status page")
    .max(1000, "The reason has at most 1,000 characters")
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
});

export const noteSchema = z.object({
  requestId: id,
  body: z.string().trim().min(1, "Enter the note").max(4000, "A note has at most 4,000 characters").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
});

const newPassword = z
  .string()
  .min(PASSWORD_MIN, `The password needs at least ${PASSWORD_MIN} characters`)
  .max(256, "A password has at most 256 characters");

export const createStaffSchema = z.object({
  name: z.string().trim().min(1, "Enter the full name").max(200, "The name has at most 200 characters").refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE),
  email,
  role: z.enum(["AGENT", "SUPERVISOR", "TRAINER"], "Choose a role"),
  password: newPassword,
});

export const resetPasswordSchema = z.object({ userId: id, password: newPassword });
export const staffStatusSchema = z.object({ userId: id });

// The same quantity rule and messages as the web site's purchase page (typed as text, "1,000" allowed).
const quantity = quantitySchema;

/** One text field per credential: an Open License credential is "license number/authorization number". */
export function credentialFromText(program: LicenseProgram, text: string): string | null {
  const fields: CredentialFields =
    credentialKind(program) === "licenseCode"
      ? { licenseCode: text }
      : credentialKind(program) === "openLicense"
        ? { licenseNumber: text.split("/")[0], authorizationNumber: text.split("/")[1] ?? "" }
        : { agreementNumber: text };
  return canonicalCredential(program, fields);
}

export function credentialMessage(program: LicenseProgram): string {
  switch (credentialKind(program)) {
    case "licenseCode":
      return CREDENTIAL_MESSAGES.licenseCode;
    case "openLicense":
      return "Enter the license number (8 digits), a slash, then the authorization number (15 letters and digits)";
    case "enrollmentNumber":
      return CREDENTIAL_MESSAGES.enrollmentNumber;
    case "agreementNumber":
      return CREDENTIAL_MESSAGES.agreementNumber;
  }
}

export const entitlementSchema = z
  .object({
    licenseProgram: z.enum(LICENSE_PROGRAM_VALUES, "Choose the license program"),
    credential: z.string().trim().min(1, "Enter the credential").max(100, "The credential is too long"),
    calType: z.enum(CAL_TYPE_VALUES, "Choose the type of RDS CAL"),
    quantity,
    customerName: z.string().trim().min(1, "Enter the customer name").max(200, "The customer name has at most 200 characters").refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE),
  })
  .transform((value, ctx) => {
    const credential = credentialFromText(value.licenseProgram, value.credential);
    if (!credential) {
      ctx.addIssue({ code: "custom", path: ["credential"], message: credentialMessage(value.licenseProgram) });
      return z.NEVER;
    }
    return { ...value, credential };
  });
export type EntitlementValues = z.output<typeof entitlementSchema>;

export const entitlementQuantitySchema = z.object({ entitlementId: id, quantity });
