// Property-based fuzzing of every form schema (the web site's, the console's, the helpdesk's) with
// arbitrary values: safeParse never throws, and whatever it accepts holds only text PostgreSQL and Prisma
// can take (no NUL, no lone surrogate), so an accepted form never fails at the database.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParse } from "zod";
import type { $ZodType } from "zod/v4/core";
import * as clearinghouse from "@/lib/clearinghouse/schemas";
import { companyStepSchema } from "@/lib/clearinghouse/company-schema";
import { manageCalsSchema } from "@/lib/clearinghouse/request-schema";
import * as console from "@/lib/console/schemas";
import * as wizard from "@/lib/console/wizard-schemas";
import * as helpdesk from "@/lib/helpdesk/schemas";

/** Checked independently of lib/forms/text.ts: survives UTF-8 (no lone surrogate) and has no NUL. */
const storable = (s: string) => !s.includes("\u0000") && Buffer.from(s, "utf8").toString("utf8") === s;

const SCHEMAS: [string, $ZodType][] = [
  ["licenseServerStepSchema", clearinghouse.licenseServerStepSchema],
  ["companyStepSchema", companyStepSchema],
  ["purchaseStepSchema(OPEN_LICENSE)", clearinghouse.purchaseStepSchema("OPEN_LICENSE")],
  ["manageCalsSchema", manageCalsSchema],
  ["selectOptionSchema", clearinghouse.selectOptionSchema],
  ["statusLookupSchema", clearinghouse.statusLookupSchema],
  ["propertiesSchema", console.propertiesSchema],
  ["actionSelectionSchema", wizard.actionSelectionSchema],
  ["reasonSchema", wizard.reasonSchema],
  ["confirmDeletionSchema", wizard.confirmDeletionSchema],
  ["keyPackIdSchema", wizard.keyPackIdSchema],
  ["reinstallAdditionalSchema", wizard.reinstallAdditionalSchema],
  ["signInSchema", helpdesk.signInSchema],
  ["rejectSchema", helpdesk.rejectSchema],
  ["noteSchema", helpdesk.noteSchema],
  ["createStaffSchema", helpdesk.createStaffSchema],
  ["entitlementSchema", helpdesk.entitlementSchema],
  ["entitlementQuantitySchema", helpdesk.entitlementQuantitySchema],
];

const text = fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.constantFrom("a\u0000b", "\uD800", "Contoso", "US", "1234567", "10", "it@contoso.example"));
const value = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.anything({ maxDepth: 1 }));

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe.each(SCHEMAS)("%s with arbitrary input", (_name, schema) => {
  const keys = Object.keys((schema as unknown as { shape?: object; def?: { in?: { shape?: object } } }).shape ?? (schema as unknown as { def: { in?: { shape?: object } } }).def.in?.shape ?? {});
  const input = fc.oneof(value, fc.record(Object.fromEntries([...keys, "licenseProgram", "calType"].map((k) => [k, value])), { requiredKeys: [] }));

  it("never throws, and accepts only storable text", () => {
    fc.assert(
      fc.property(input, (candidate) => {
        const result = safeParse(schema, candidate);
        if (result.success) for (const s of strings(result.data)) expect(storable(s), JSON.stringify(s)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
