"use server";
// The Web site's "Use a recovery kit" form (docs/decisions/035-recovery-kit.md), on the action client
// (lib/actions/client.ts): anyone may post it; one use counts against the per-address limit on new requests
// (public-limits.ts) once the kit's field parsed, then redeem.ts decides everything.
import { formAction } from "@/lib/actions/client";
import { publicAccess } from "@/lib/actions/guards";
import { getDb, getSql } from "@/lib/db";
import { fail, ok } from "@/lib/forms/action-result";
import { kitFieldSchema } from "@/lib/recovery-kit/fields";
import { documentFileName, documentText, type RecoveryResponse } from "@/lib/recovery-kit/format";
import { redeemKit } from "./redeem";

export interface KitUsed {
  response: RecoveryResponse;
  /** The response file's text and name, for the download. */
  text: string;
  fileName: string;
}

export const redeemRecoveryKitForm = formAction(
  { name: "redeemRecoveryKit", guard: publicAccess, schema: kitFieldSchema, limit: "new-draft" },
  async ({ input }) => {
    const redeemed = await redeemKit(await getDb(), await getSql(), input.kit);
    if (!redeemed.ok) return fail({ kit: [redeemed.message] });
    const { response } = redeemed;
    return ok<KitUsed>({ response, text: documentText(response), fileName: documentFileName("recovery-response", response.licenseServerId, new Date(response.issuedAt)) });
  },
);
