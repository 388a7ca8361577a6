"use server";
// The phone desk's one action: take a call of any kind (lib/helpdesk/phone-desk.ts). Any signed-in staff member may.
import { z } from "zod";
import { formAction } from "@/lib/actions/client";
import { staff } from "@/lib/actions/guards";
import { getDb, getSql } from "@/lib/db";
import { fail, ok, type ActionResult } from "@/lib/forms/action-result";
import type { ProgramChoice } from "@/lib/clearinghouse/wrong-program";
import { parseCall, takeCall as takeCallOf, type CallOutcome } from "../phone-desk";

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
