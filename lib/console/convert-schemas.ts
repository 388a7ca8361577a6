// Convert RDS CALs: Select the Key Pack to Convert's form schema and the run's saved answers (WizardRun.answers).
// Pure: zod/mini (the form checks it in the browser, docs/decisions/030) so the page and the server action read
// the same rules. The limit (the pack's available RDS CALs) is the server's: it reads the pack when Next is taken.
import * as z from "zod/mini";
import { CONVERT_MESSAGES } from "./convert-labels";

export const convertKeyPackSchema = z.object({
  keypackId: z.coerce.number({ error: CONVERT_MESSAGES.keypackId }).check(z.int(CONVERT_MESSAGES.keypackId), z.positive(CONVERT_MESSAGES.keypackId)),
  count: z.pipe(
    z.string({ error: CONVERT_MESSAGES.count }).check(z.trim(), z.regex(/^\d{1,6}$/, CONVERT_MESSAGES.count)),
    z.transform((v: string) => Number(v)),
  ).check(z.refine((n: number) => n >= 1, CONVERT_MESSAGES.count)),
});

const conversionAnswersSchema = z.object({
  /** The source pack (its Keypack ID on this server) and the count chosen on Select the Key Pack to Convert. */
  keypackId: z.optional(z.int()),
  count: z.optional(z.int()),
  /** After the install: the converted pack and what is left of the source. */
  outcome: z.optional(
    z.object({ keypackId: z.int(), calType: z.string(), totalLicenses: z.int(), sourceKeypackId: z.int(), sourceCalType: z.string(), sourceLeft: z.int() }),
  ),
});
export type ConversionAnswers = z.infer<typeof conversionAnswersSchema>;

export function readConversionAnswers(json: unknown): ConversionAnswers {
  const parsed = conversionAnswersSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : {};
}
