"use server";
// The Web site's "Use a recovery kit" form (docs/decisions/035-recovery-kit.md): thin. One use counts against
// the per-address limit on new requests (public-limits.ts), then redeem.ts decides everything.
import { headers } from "next/headers";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getDb, getSql } from "@/lib/db";
import { fail, ok, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { formState } from "@/lib/forms/form-state";
import { documentFileName, documentText, kitFieldSchema, type RecoveryResponse } from "@/lib/recovery-kit/format";
import { checkPublicLimit } from "../public-limits";
import { redeemKit } from "./redeem";

export interface KitUsed {
  response: RecoveryResponse;
  /** The response file's text and name, for the download. */
  text: string;
  fileName: string;
}

export async function redeemRecoveryKit(input: unknown): Promise<ActionResult<KitUsed>> {
  const parsed = kitFieldSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const db = await getDb();
  const limited = await checkPublicLimit(db, "new-draft", clientAddressFrom(await headers()));
  if (limited) return fail({}, limited.message);
  const redeemed = await redeemKit(db, await getSql(), parsed.data.kit);
  if (!redeemed.ok) return fail({ kit: [redeemed.message] });
  const { response } = redeemed;
  return ok({ response, text: documentText(response), fileName: documentFileName("recovery-response", response.licenseServerId, new Date(response.issuedAt)) });
}

export const redeemRecoveryKitForm = formState(redeemRecoveryKit);
