// The helpdesk's form schemas, checked in the browser by the forms and applied again by the server actions
// to what the forms sent (zod/mini: docs/decisions/030-forms-on-react-hook-form.md). Only zod/mini and
// small pure modules here.
import * as z from "zod/mini";
import { CAL_TYPE_VALUES, LICENSE_PROGRAM_VALUES, type LicenseProgram } from "@/lib/licensing/catalog";
import { canonicalCredential, credentialKind, CREDENTIAL_MESSAGES, type CredentialFields } from "@/lib/licensing/credentials";
import { isSingleLineText, isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/forms/text";
import { quantitySchema } from "@/lib/clearinghouse/schemas";
import { PASSWORD_MIN } from "./password-policy";
import { staffEmail } from "./sign-in-schema";

// Sign-in's schema is in a module of its own: the sign-in page needs none of the others.
export { signInSchema } from "./sign-in-schema";
const email = staffEmail;

const id = z.string().check(z.minLength(1), z.maxLength(64), z.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE));

/** The holder the decider saw on the page and chose to decide over (empty when nobody else held it). */
const takeOverFrom = z.pipe(
  z.optional(z.string().check(z.maxLength(64), z.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE))),
  z.transform((s?: string) => s || undefined),
);

export const assignSchema = z.object({ requestId: id, takeOverFrom });

export const decisionSchema = z.object({
  requestId: id,
  takeOverFrom,
  /** Required by the server only for an override (lib/helpdesk/approval-check.ts); recorded in the audit log. */
  justification: z._default(z.string().check(z.trim(), z.maxLength(1000, "The justification has at most 1,000 characters"), z.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)), ""),
});

export const rejectSchema = z.object({
  requestId: id,
  takeOverFrom,
  rejectionReason: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Enter the reason for rejecting; the customer sees it on the status page"),
      z.maxLength(1000, "The reason has at most 1,000 characters"),
      z.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
    ),
});

export const noteSchema = z.object({
  requestId: id,
  body: z.string().check(z.trim(), z.minLength(1, "Enter the note"), z.maxLength(4000, "A note has at most 4,000 characters"), z.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)),
});

const newPassword = z
  .string()
  .check(
    z.minLength(PASSWORD_MIN, `The password needs at least ${PASSWORD_MIN} characters`),
    z.maxLength(256, "A password has at most 256 characters"),
    z.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
  );

export const createStaffSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, "Enter the full name"), z.maxLength(200, "The name has at most 200 characters"), z.refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE)),
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

function credentialMessage(program: LicenseProgram): string {
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

const entitlementFields = z.object({
  licenseProgram: z.enum(LICENSE_PROGRAM_VALUES, "Choose the license program"),
  credential: z.string().check(z.trim(), z.minLength(1, "Enter the credential"), z.maxLength(100, "The credential is too long")),
  calType: z.enum(CAL_TYPE_VALUES, "Choose the type of RDS CAL"),
  quantity,
  customerName: z
    .string()
    .check(z.trim(), z.minLength(1, "Enter the customer name"), z.maxLength(200, "The customer name has at most 200 characters"), z.refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE)),
});

export const entitlementSchema = z.pipe(
  entitlementFields,
  z.transform((value: z.output<typeof entitlementFields>, ctx) => {
    const credential = credentialFromText(value.licenseProgram, value.credential);
    if (!credential) {
      ctx.issues.push({ code: "custom", path: ["credential"], message: credentialMessage(value.licenseProgram), input: value });
      return z.NEVER;
    }
    return { ...value, credential };
  }),
);
export type EntitlementValues = z.output<typeof entitlementSchema>;

export const entitlementQuantitySchema = z.object({ entitlementId: id, quantity });
