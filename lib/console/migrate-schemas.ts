// Migrate RDS CALs from another license server to this license server: the pages' form schemas and the
// run's saved answers (WizardRun.answers, read back through migrationAnswersSchema). Pure: zod/mini (the
// forms check these in the browser, docs/decisions/030) and lib/licensing only, so the tests and the server actions read the same rules (docs/decisions/025).
import * as z from "zod/mini";
import { checkbox } from "@/lib/forms/checkbox";
import { calType, MIGRATION_REASONS, SOURCE_OPERATING_SYSTEMS, type CalType } from "@/lib/licensing/catalog";
import { parseLicenseServerId } from "@/lib/licensing/license-server-id";
import { MIGRATE_MESSAGES } from "./migrate-labels";
import { HOST_NAME } from "./host-name";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/forms/text";

// The words the pages show live in migrate-labels.ts (no zod), so the wizard pages ship no schema module.
export { MIGRATE_MESSAGES, NOT_AVAILABLE_LABEL, REMOVE_BY_HAND_LABEL } from "./migrate-labels";

export const migrateReasonSchema = z.object({
  reason: z.enum(MIGRATION_REASONS, { error: MIGRATE_MESSAGES.reason }),
});

const migrateSourceFields = z.object({
  sourceName: z
    .string({ error: MIGRATE_MESSAGES.sourceName })
    .check(
      z.trim(),
      z.minLength(1, MIGRATE_MESSAGES.sourceName),
      z.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
      z.refine((v: string) => v === "" || HOST_NAME.test(v), MIGRATE_MESSAGES.sourceNameFormat),
    ),
  notAvailable: checkbox,
  operatingSystem: z.optional(z.string()),
  sourceLicenseServerId: z.optional(z.string()),
});

export const migrateSourceSchema = z.pipe(
  migrateSourceFields.check(
  z.superRefine((value, ctx) => {
    if (!value.notAvailable) return;
    if (!(SOURCE_OPERATING_SYSTEMS as readonly string[]).includes(value.operatingSystem ?? "")) {
      ctx.addIssue({ code: "custom", path: ["operatingSystem"], message: MIGRATE_MESSAGES.operatingSystem });
    }
    const id = parseLicenseServerId(value.sourceLicenseServerId ?? "");
    if (!id.ok) ctx.addIssue({ code: "custom", path: ["sourceLicenseServerId"], message: MIGRATE_MESSAGES.sourceLicenseServerId[id.error] });
  }),
  ),
  z.transform((value: z.output<typeof migrateSourceFields>) => {
    if (!value.notAvailable) return { sourceName: value.sourceName, available: true as const, operatingSystem: null, sourceLicenseServerId: null };
    const id = parseLicenseServerId(value.sourceLicenseServerId ?? "");
    return { sourceName: value.sourceName, available: false as const, operatingSystem: value.operatingSystem!, sourceLicenseServerId: id.ok ? id.value : "" };
  }),
);

/** The reminder's check box is asked only when the source is not available: then a person removes the CALs. */
export function migrateReminderSchema(available: boolean) {
  return z.object({ removeByHand: available ? z.optional(z.unknown()) : z.pipe(checkbox, z.literal(true, { error: MIGRATE_MESSAGES.removeByHand })) });
}

const keyPackLine = z.object({ keypackId: z.int(), calType: z.string(), totalLicenses: z.int(), issued: z.int() });
export type KeyPackLine = z.infer<typeof keyPackLine>;

/** What a migration run keeps in WizardRun.answers. */
const migrationAnswersSchema = z.object({
  source: z.optional(
    z.object({
      sourceName: z.string(),
      available: z.boolean(),
      operatingSystem: z.nullable(z.string()),
      /** The source's License Server ID: typed when not available, the console's own record when it is. */
      sourceLicenseServerId: z.nullable(z.string()),
      /** The source when it is a server of this console. */
      sourceServerId: z.nullable(z.string()),
    }),
  ),
  outcome: z.optional(
    z.object({
      keypackId: z.int(),
      purchaseLine: z.int(),
      removed: z.array(keyPackLine),
      /** Not removed: what must be removed from the source by hand (empty when the console cannot tell). */
      byHand: z.nullable(z.array(keyPackLine)),
      calType: z.string(),
      totalLicenses: z.int(),
    }),
  ),
});
export type MigrationAnswers = z.infer<typeof migrationAnswersSchema>;
export type MigrationSourceAnswers = NonNullable<MigrationAnswers["source"]>;

/** The run's answers, or empty ones when the JSON is not a migration's (another shape, or nothing yet). */
export function readMigrationAnswers(json: unknown): MigrationAnswers {
  const parsed = migrationAnswersSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : {};
}

/** "Keypack 4: Windows Server 2022 - RDS Per User CAL, 25 licenses (3 issued)", for events and warnings. */
export function describeKeyPackLines(lines: readonly KeyPackLine[]): string {
  return lines
    .map((l) => `Keypack ID ${l.keypackId}: ${calType(l.calType as CalType).label}, ${l.totalLicenses.toLocaleString("en-US")} license${l.totalLicenses === 1 ? "" : "s"} (${l.issued} issued)`)
    .join("; ");
}
