// A lifecycle wizard's saved answers read back (WizardRun.answers, docs/decisions/020), on the server only.
// Kept out of the forms' schema module (lifecycle-schemas.ts), which the browser loads, so the browser's zod
// needs none of the members used here (docs/decisions/040).
import * as z from "zod/mini";
import { CONNECTION_METHOD_VALUES, REACTIVATION_REASONS } from "@/lib/licensing/catalog";
import { storedShape } from "@/lib/forms/company-fields";
import { companyOptionalShape, companyRequiredShape } from "./schemas";

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
