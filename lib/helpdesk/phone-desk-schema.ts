// The phone desk's call form as a schema (zod/mini, small modules only): the form loads it after the page
// and checks the kind of call chosen with the web site's own rules before any round trip, and
// lib/helpdesk/phone-desk.ts parses the post with it, adding the phone number's check against the
// country/region (company-schema.ts's withPhoneCheck, libphonenumber: server only, as on the web site's
// Company information page; docs/decisions/030-forms-on-react-hook-form.md).
import * as z from "zod/mini";
import type { $ZodObject } from "zod/v4/core";
import { companyShape } from "@/lib/clearinghouse/company-form-schema";
import { installLicenseServerShape, licenseServerShape, purchaseStepSchema, withSourceCheck } from "@/lib/clearinghouse/schemas";
import { SELECT_OPTIONS } from "@/lib/clearinghouse/select-options";
import { activateDetailsSchema, deactivateDetailsSchema, reactivateDetailsSchema } from "@/lib/clearinghouse/server-flow-form-schemas";
import { deactivationContactShape } from "@/lib/forms/text";

/** The kinds of call: the web site's Select Option options, with their words. */
export type CallKind = (typeof SELECT_OPTIONS)[number]["value"];
const CALL_KINDS = SELECT_OPTIONS.map((o) => o.value) as [CallKind, ...CallKind[]];

export const CALL_KIND_MESSAGE = "Select what the caller wants to do";
export const callKindSchema = z.enum(CALL_KINDS, CALL_KIND_MESSAGE);

/** What a schema holding the company's fields gets added: the server's phone number check, none in the browser. */
type PhoneCheck = <T extends $ZodObject>(schema: T) => T;

/**
 * Each kind's fields but the purchase (which depends on the License Program), as the web site's pages of that
 * option check them, merged so that every error shows at once.
 */
export function callPartSchemas(withPhone: PhoneCheck) {
  return {
    "manage-cals": withSourceCheck(withPhone(z.object({ ...licenseServerShape, ...companyShape }))),
    install: withPhone(z.object({ ...installLicenseServerShape, ...companyShape })),
    activate: withPhone(z.extend(activateDetailsSchema, companyShape)),
    reactivate: reactivateDetailsSchema,
    deactivate: z.extend(deactivateDetailsSchema, deactivationContactShape),
  } as const;
}

/**
 * The call form: the kind of call, then that kind's fields (with the purchase's once a License Program is
 * chosen); the other kinds' fields are ignored. Errors are keyed by the form's field names.
 */
export function callFormSchemaWith(withPhone: PhoneCheck) {
  const parts = callPartSchemas(withPhone);
  return z.unknown().check(
    z.superRefine((input: unknown, ctx) => {
      const values = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
      const kind = callKindSchema.safeParse(values.callKind);
      if (!kind.success) {
        ctx.addIssue({ code: "custom", path: ["callKind"], message: CALL_KIND_MESSAGE });
        return;
      }
      const checks: { safeParse(value: unknown): { success: boolean; error?: { issues: readonly { path: PropertyKey[]; message: string }[] } } }[] = [parts[kind.data]];
      if (kind.data === "manage-cals" || kind.data === "install") {
        const program = licenseServerShape.licenseProgram.safeParse(values.licenseProgram);
        if (program.success) checks.push(purchaseStepSchema(program.data));
      }
      for (const schema of checks) {
        const result = schema.safeParse(values);
        for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      }
    }),
  );
}

/** What the browser checks: everything but the phone number against the country/region. */
export const callFormSchema = callFormSchemaWith((schema) => schema);
