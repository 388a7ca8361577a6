// The Manage RDS CALs wizard's form schemas, checked in the browser by the forms and applied again by the
// server actions to what the forms sent (zod/mini: docs/decisions/030-forms-on-react-hook-form.md). Apart
// from the Properties schema (schemas.ts).
import * as z from "zod/mini";
import { checkbox } from "@/lib/forms/checkbox";
import { CONFIRM_DELETION_LABEL, CONTINUE_LABEL, FINISH_LABEL } from "./wizard-labels";
import { REBUILD_REASONS } from "@/lib/licensing/catalog";
import { checkKeyPackIdFormat, KEY_PACK_ID_FORMAT_MESSAGES } from "@/lib/licensing/key-pack-id-format";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/forms/text";

export const actionSelectionSchema = z.object({
  action: z.enum(["REBUILD", "MIGRATE", "CONVERT"], {
    error: "Select Rebuild the license server database, Migrate RDS CALs from another license server to this license server, or Convert RDS CALs",
  }),
});

export const reasonSchema = z.pipe(
  z
    .object({
      reason: z.enum(REBUILD_REASONS, { error: "Select a reason for rebuilding the RD Licensing database" }),
      reasonDetail: z.optional(z.string().check(z.trim(), z.maxLength(500, "The description must be 500 characters or fewer"), z.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE))),
    })
    .check(
      z.superRefine((value, ctx) => {
        if (value.reason === "Other" && !value.reasonDetail) {
          ctx.addIssue({ code: "custom", path: ["reasonDetail"], message: "Describe the reason for rebuilding the RD Licensing database" });
        }
      }),
    ),
  z.transform((value: { reason: (typeof REBUILD_REASONS)[number]; reasonDetail?: string }) => ({ reason: value.reason, reasonDetail: value.reason === "Other" ? (value.reasonDetail ?? null) : null })),
);


export const confirmDeletionSchema = z.object({
  confirm: z.pipe(checkbox, z.literal(true, { error: `Select the ${CONFIRM_DELETION_LABEL} check box to continue` })),
});

export const keyPackIdSchema = z.object({
  licenseKeyPackId: z.pipe(
    z.string({ error: KEY_PACK_ID_FORMAT_MESSAGES.empty }),
    z.transform((input: string, ctx) => {
      const result = checkKeyPackIdFormat(input);
      if (!result.ok) {
        ctx.issues.push({ code: "custom", message: KEY_PACK_ID_FORMAT_MESSAGES[result.error], input });
        return z.NEVER;
      }
      return result.value;
    }),
  ),
});


export const reinstallAdditionalSchema = z.object({
  choice: z.enum(["continue", "finish"], { error: `Select ${CONTINUE_LABEL} or ${FINISH_LABEL}` }),
});
