"use server";
// The phone desk's actions: take a call of any kind (lib/helpdesk/phone-desk.ts), and a Convert RDS CALs call
// (lib/clearinghouse/convert-key-pack.ts). Any signed-in staff member may.
import { z } from "zod";
import { formAction } from "@/lib/actions/client";
import { staff } from "@/lib/actions/guards";
import { getDb, getSql } from "@/lib/db";
import { fail, ok, type ActionResult } from "@/lib/forms/action-result";
import type { ProgramChoice } from "@/lib/clearinghouse/wrong-program";
import { parseCall, takeCall as takeCallOf, type CallOutcome } from "../phone-desk";
import { conversionDescription, conversionFields, issueConversion } from "@/lib/clearinghouse/convert-key-pack";

export type TakenCall = Exclude<CallOutcome, { kind: "refused" }>;

/** With a credential of another License Program, the programs it belongs to (the form offers to switch). */
export type TakeCallResult = ActionResult<TakenCall> & { switchTo?: ProgramChoice[] };

/** The call form: its kind's fields (parseCall: the kind chosen says which schema), and the call's id. */
const callSchema = z.unknown().transform((raw, context) => {
  const parsed = parseCall(raw);
  if (!parsed.ok) {
    for (const [field, messages] of Object.entries(parsed.fieldErrors)) for (const message of messages ?? []) context.addIssue({ code: "custom", path: field.split("."), message });
    return z.NEVER;
  }
  const callId = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).callId : undefined;
  return { call: parsed.value, callId: typeof callId === "string" ? callId : "" };
});

export const takeCallForm = formAction({ name: "takeCall", guard: staff, schema: callSchema }, async ({ ctx, input }): Promise<TakeCallResult> => {
  const outcome = await takeCallOf(await getDb(), await getSql(), ctx.staff, input.callId, input.call);
  if (outcome.kind === "refused") return { ...fail(outcome.fieldErrors ?? {}, outcome.message), switchTo: outcome.switchTo };
  return ok(outcome);
});

/** Convert RDS CALs by telephone: the agent enters what the caller reads out (lib/clearinghouse/convert-key-pack.ts, audited as the agent). */
export const takeConversionCallForm = formAction(
  { name: "takeConversionCall", guard: staff, schema: conversionFields },
  async ({ ctx, input }): Promise<ActionResult<{ licenseKeyPackId: string; description: string }>> => {
    const outcome = await issueConversion(await getDb(), input, ctx.staff.email);
    if (outcome.kind === "refused") return fail({ [outcome.field]: [outcome.message] });
    return ok({ licenseKeyPackId: outcome.licenseKeyPackId, description: conversionDescription(outcome) });
  },
);
