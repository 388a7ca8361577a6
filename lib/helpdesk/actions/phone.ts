"use server";
// The phone desk's one action: take a call of any kind (lib/helpdesk/phone-desk.ts). Any signed-in staff member may.
import { getDb, getSql } from "@/lib/db";
import { requireStaff } from "@/lib/auth/guards";
import { fail, ok, type ActionResult } from "@/lib/forms/action-result";
import type { ProgramChoice } from "@/lib/clearinghouse/wrong-program";
import { parseCall, takeCall as takeCallOf, type CallOutcome } from "../phone-desk";
import { formState } from "@/lib/forms/form-state";

export type TakenCall = Exclude<CallOutcome, { kind: "refused" }>;

/** With a credential of another License Program, the programs it belongs to (the form offers to switch). */
export type TakeCallResult = ActionResult<TakenCall> & { switchTo?: ProgramChoice[] };

export async function takeCall(input: unknown): Promise<TakeCallResult> {
  const { staff } = await requireStaff();
  const parsed = parseCall(input);
  if (!parsed.ok) return fail(parsed.fieldErrors);
  const callId = typeof input === "object" && input !== null ? (input as Record<string, unknown>).callId : undefined;
  const outcome = await takeCallOf(await getDb(), await getSql(), staff, typeof callId === "string" ? callId : "", parsed.value);
  if (outcome.kind === "refused") return { ...fail(outcome.fieldErrors ?? {}, outcome.message), switchTo: outcome.switchTo };
  return ok(outcome);
}

// The form's action (lib/forms/form-state.ts): what the phone desk's <form> posts to.
export const takeCallForm = formState(takeCall);
