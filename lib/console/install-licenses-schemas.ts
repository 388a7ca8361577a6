// The Install Licenses Wizard's form schemas, applied by its server actions (docs/decisions/012), and the
// schema WizardRun.answers is read back through (docs/decisions/020). The credential rules are the web
// site's (lib/clearinghouse/schemas.ts), so both sides refuse the same input with the same words.
import { z } from "zod";
import { CAL_TYPE_VALUES, CONNECTION_METHOD_VALUES, LICENSE_PROGRAM_VALUES, type LicenseProgram } from "@/lib/licensing/catalog";
import { credentialKind, isLicenseCode, normalizeCredentialPart } from "@/lib/licensing/credentials";
import { LICENSE_CODE_LIST_MESSAGES, MAX_LICENSE_CODES } from "@/lib/licensing/license-code-list";
import { MESSAGES, purchaseStepSchema, quantitySchema } from "@/lib/clearinghouse/schemas";

const credentialFields = z.object({
  licenseCode: z.string().nullable().optional(),
  licenseNumber: z.string().nullable().optional(),
  authorizationNumber: z.string().nullable().optional(),
  agreementNumber: z.string().nullable().optional(),
});
export type CredentialInput = z.infer<typeof credentialFields>;

/** WizardRun.answers of an Install Licenses run. */
const installAnswersSchema = z.object({
  connectionMethod: z.enum(CONNECTION_METHOD_VALUES),
  licenseProgram: z.enum(LICENSE_PROGRAM_VALUES).optional(),
  /** Normalised, as the License Information page saved them. */
  credentials: z.array(credentialFields).optional(),
  calType: z.enum(CAL_TYPE_VALUES).optional(),
  quantity: z.number().int().optional(),
});
export type InstallAnswers = z.infer<typeof installAnswersSchema>;

export function readInstallAnswers(value: unknown): InstallAnswers | null {
  const parsed = installAnswersSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const licenseProgramSchema = z.object({
  licenseProgram: z.string(MESSAGES.licenseProgram).pipe(z.enum(LICENSE_PROGRAM_VALUES, MESSAGES.licenseProgram)),
});

const licenseCodesSchema = z.object({
  licenseCodes: z
    .array(z.string(), LICENSE_CODE_LIST_MESSAGES.none)
    .transform((codes, ctx) => {
      const normalised = codes.map(normalizeCredentialPart);
      if (normalised.length === 0) ctx.addIssue({ code: "custom", message: LICENSE_CODE_LIST_MESSAGES.none });
      else if (normalised.length > MAX_LICENSE_CODES) ctx.addIssue({ code: "custom", message: LICENSE_CODE_LIST_MESSAGES.tooMany });
      else if (normalised.some((c) => !isLicenseCode(c))) ctx.addIssue({ code: "custom", message: LICENSE_CODE_LIST_MESSAGES.format });
      else if (new Set(normalised).size !== normalised.length) ctx.addIssue({ code: "custom", message: LICENSE_CODE_LIST_MESSAGES.duplicate });
      else return normalised;
      return z.NEVER;
    }),
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
export function licenseInformationSchema(program: LicenseProgram) {
  if (credentialKind(program) === "licenseCode") {
    return licenseCodesSchema.transform(({ licenseCodes }): CredentialInput[] => licenseCodes.map((licenseCode) => ({ licenseCode })));
  }
  return purchaseStepSchema(program)
    .omit({ calType: true, quantity: true, licenseCode: true })
    .transform((c): CredentialInput[] => [{ licenseNumber: c.licenseNumber, authorizationNumber: c.authorizationNumber, agreementNumber: c.agreementNumber }]);
}

export const productVersionSchema = z.object({
  calType: z.string(MESSAGES.calType).pipe(z.enum(CAL_TYPE_VALUES, MESSAGES.calType)),
  quantity: quantitySchema,
});
