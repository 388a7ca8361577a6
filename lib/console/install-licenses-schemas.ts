// The Install Licenses Wizard's form schemas, checked in the browser by its forms and applied again by its
// server actions (zod/mini: docs/decisions/030-forms-on-react-hook-form.md), and the
// schema WizardRun.answers is read back through (docs/decisions/020). The credential rules are the web
// site's (lib/clearinghouse/schemas.ts), so both sides refuse the same input with the same words.
import * as z from "zod/mini";
import { CAL_TYPE_VALUES, CONNECTION_METHOD_VALUES, LICENSE_PROGRAM_VALUES, type LicenseProgram } from "@/lib/licensing/catalog";
import { credentialKind, isLicenseCode, normalizeCredentialPart } from "@/lib/licensing/credentials";
import { LICENSE_CODE_LIST_MESSAGES, MAX_LICENSE_CODES } from "@/lib/licensing/license-code-list";
import { choice, MESSAGES, purchaseShape, quantitySchema } from "@/lib/clearinghouse/schemas";

const credentialFields = z.object({
  licenseCode: z.optional(z.nullable(z.string())),
  licenseNumber: z.optional(z.nullable(z.string())),
  authorizationNumber: z.optional(z.nullable(z.string())),
  agreementNumber: z.optional(z.nullable(z.string())),
});
export type CredentialInput = z.infer<typeof credentialFields>;

/** WizardRun.answers of an Install Licenses run. */
const installAnswersSchema = z.object({
  connectionMethod: z.enum(CONNECTION_METHOD_VALUES),
  licenseProgram: z.optional(z.enum(LICENSE_PROGRAM_VALUES)),
  /** Normalised, as the License Information page saved them. */
  credentials: z.optional(z.array(credentialFields)),
  calType: z.optional(z.enum(CAL_TYPE_VALUES)),
  quantity: z.optional(z.int()),
});
export type InstallAnswers = z.infer<typeof installAnswersSchema>;

export function readInstallAnswers(value: unknown): InstallAnswers | null {
  const parsed = installAnswersSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const licenseProgramSchema = z.object({
  licenseProgram: choice(LICENSE_PROGRAM_VALUES, MESSAGES.licenseProgram),
});

const licenseCodesSchema = z.object({
  licenseCodes: z.pipe(
    z.array(z.string(), LICENSE_CODE_LIST_MESSAGES.none),
    z.transform((codes: string[], ctx) => {
      const normalised = codes.map(normalizeCredentialPart);
      const refuse = (message: string) => ctx.issues.push({ code: "custom", message, input: codes });
      if (normalised.length === 0) refuse(LICENSE_CODE_LIST_MESSAGES.none);
      else if (normalised.length > MAX_LICENSE_CODES) refuse(LICENSE_CODE_LIST_MESSAGES.tooMany);
      else if (normalised.some((c) => !isLicenseCode(c))) refuse(LICENSE_CODE_LIST_MESSAGES.format);
      else if (new Set(normalised).size !== normalised.length) refuse(LICENSE_CODE_LIST_MESSAGES.duplicate);
      else return normalised;
      return z.NEVER;
    }),
  ),
});

/**
 * The License Information form's post: the added codes in one field (`licenseCodes`, separated by spaces) and
 * the box's code not yet added (`licenseCode`), as the list the schema parses. Other programs' fields pass as they are.
 */
export function licenseCodesFromForm(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const { licenseCodes, licenseCode, ...rest } = input as Record<string, unknown>;
  if (typeof licenseCodes !== "string") return input;
  const words = (value: unknown) => (typeof value === "string" ? value.split(/\s+/).filter(Boolean) : []);
  return { ...rest, licenseCodes: [...words(licenseCodes), ...(typeof licenseCode === "string" && licenseCode.trim() ? [licenseCode] : [])] };
}

/** License Information: the License Codes (retail), or the program's one agreement / enrollment / license number. */
function licenseInformationSchema(program: LicenseProgram) {
  if (credentialKind(program) === "licenseCode") {
    return z.pipe(licenseCodesSchema, z.transform(({ licenseCodes }: { licenseCodes: string[] }): CredentialInput[] => licenseCodes.map((licenseCode) => ({ licenseCode }))));
  }
  const { licenseNumber, authorizationNumber, agreementNumber } = purchaseShape(program);
  return z.pipe(
    z.object({ licenseNumber, authorizationNumber, agreementNumber }),
    z.transform((c: { licenseNumber: string | null; authorizationNumber: string | null; agreementNumber: string | null }): CredentialInput[] => [
      { licenseNumber: c.licenseNumber, authorizationNumber: c.authorizationNumber, agreementNumber: c.agreementNumber },
    ]),
  );
}

/** License Information's post (licenseCodesFromForm's shape) as the list licenseInformationSchema parses: the form's schema, in the browser and in the action. */
export function licenseInformationFormSchema(program: LicenseProgram) {
  return z.pipe(z.transform((input: unknown) => licenseCodesFromForm(input)), licenseInformationSchema(program));
}

export const productVersionSchema = z.object({
  calType: choice(CAL_TYPE_VALUES, MESSAGES.calType),
  quantity: quantitySchema,
});
