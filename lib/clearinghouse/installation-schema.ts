// The body of the Clearinghouse's installation route (POST /api/clearinghouse/installation), which the
// console's Install Licenses Wizard sends by Automatic connection (lib/console/clearinghouse-client.ts):
// the License Server ID, the License Program, one or more credentials of that program (several License
// Codes for License Pack (Retail Purchase)), the type of RDS CAL and the quantity of each. The same rules
// and words as the web site's pages (schemas.ts); field errors are keyed "credentials.<n>.<field>".
import { z } from "zod";
import { CAL_TYPE_VALUES, LICENSE_PROGRAM_VALUES } from "@/lib/licensing/catalog";
import { isSingleLineText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/forms/text";
import { canonicalCredential } from "@/lib/licensing/credentials";
import { LICENSE_CODE_LIST_MESSAGES, MAX_LICENSE_CODES } from "@/lib/licensing/license-code-list";
import { MESSAGES, purchaseStepSchema, quantitySchema, targetLicenseServerIdSchema } from "./schemas";

// The text rule of every form (lib/forms/text.ts), before the program's own rules read the part.
const part = z.string().max(64).refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE).nullable().optional();
const credential = z.object({ licenseCode: part, licenseNumber: part, authorizationNumber: part, agreementNumber: part }).strict();

export const installationRequestSchema = z
  .object({
    licenseServerId: targetLicenseServerIdSchema,
    licenseProgram: z.string(MESSAGES.licenseProgram).pipe(z.enum(LICENSE_PROGRAM_VALUES, MESSAGES.licenseProgram)),
    credentials: z.array(credential, LICENSE_CODE_LIST_MESSAGES.none).min(1, LICENSE_CODE_LIST_MESSAGES.none).max(MAX_LICENSE_CODES, LICENSE_CODE_LIST_MESSAGES.tooMany),
    calType: z.string(MESSAGES.calType).pipe(z.enum(CAL_TYPE_VALUES, MESSAGES.calType)),
    quantity: z.union([z.number(), z.string()], MESSAGES.quantityEmpty).transform(String).pipe(quantitySchema),
  })
  .strict()
  .transform((value, ctx) => {
    const canonical: string[] = [];
    for (const [index, fields] of value.credentials.entries()) {
      // The web site's purchase page's own rules for this program's credential.
      const parsed = purchaseStepSchema(value.licenseProgram).safeParse({ ...nullsToEmpty(fields), calType: value.calType, quantity: String(value.quantity) });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: ["credentials", index, ...issue.path], message: issue.message });
        continue;
      }
      const text = canonicalCredential(value.licenseProgram, parsed.data)!;
      if (canonical.includes(text)) ctx.addIssue({ code: "custom", path: ["credentials", index], message: LICENSE_CODE_LIST_MESSAGES.duplicate });
      canonical.push(text);
    }
    return { ...value, credentials: canonical };
  });

function nullsToEmpty(fields: z.infer<typeof credential>) {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? ""]));
}

export type InstallationRequestBody = z.input<typeof installationRequestSchema>;
export type InstallationRequest = z.output<typeof installationRequestSchema>;
