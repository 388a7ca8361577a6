// The Manage RDS CALs wizard's form schemas, applied by the server actions to what the forms sent
// (docs/decisions/012). Apart from the Properties schema (schemas.ts) and its country list.
import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";
import { CONFIRM_DELETION_LABEL, CONTINUE_LABEL, FINISH_LABEL } from "./wizard-labels";
import { REBUILD_REASONS } from "@/lib/licensing/catalog";
import { checkKeyPackIdFormat, KEY_PACK_ID_FORMAT_MESSAGES } from "@/lib/licensing/key-pack-id-format";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/forms/text";

export const actionSelectionSchema = z.object({
  action: z.enum(["REBUILD", "MIGRATE"], {
    error: "Select Rebuild the license server database, or Migrate RDS CALs from another license server to this license server",
  }),
});

export const reasonSchema = z
  .object({
    reason: z.enum(REBUILD_REASONS, { error: "Select a reason for rebuilding the RD Licensing database" }),
    reasonDetail: z.string().trim().max(500, "The description must be 500 characters or fewer").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.reason === "Other" && !value.reasonDetail) {
      ctx.addIssue({ code: "custom", path: ["reasonDetail"], message: "Describe the reason for rebuilding the RD Licensing database" });
    }
  })
  .transform((value) => ({ reason: value.reason, reasonDetail: value.reason === "Other" ? (value.reasonDetail ?? null) : null }));


export const confirmDeletionSchema = z.object({
  confirm: z.pipe(checkbox, z.literal(true, { error: `Select the ${CONFIRM_DELETION_LABEL} check box to continue` })),
});

export const keyPackIdSchema = z.object({
  licenseKeyPackId: z.string({ error: KEY_PACK_ID_FORMAT_MESSAGES.empty }).transform((input, ctx) => {
    const result = checkKeyPackIdFormat(input);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: KEY_PACK_ID_FORMAT_MESSAGES[result.error] });
      return z.NEVER;
    }
    return result.value;
  }),
});


export const reinstallAdditionalSchema = z.object({
  choice: z.enum(["continue", "finish"], { error: `Select ${CONTINUE_LABEL} or ${FINISH_LABEL}` }),
});
