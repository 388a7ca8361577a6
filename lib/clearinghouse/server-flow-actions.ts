"use server";
// Server actions of the web site's Activate / Reactivate / Deactivate a license server pages. Each parses its
// page's input with the page's schema (server-flows.ts), saves it into the visitor's draft (one per flow,
// found through its cookie) and goes on; the verify page's Next submits through server-flow-submit.ts (as the
// phone desk's calls of these kinds do), once per draft: the draft's recordId is set in the same statement
// that stores the result, and a second submit shows that result. New drafts and submits are limited per address (public-limits.ts).
import { cookies, headers } from "next/headers";
import { continueTo } from "@/lib/forms/continue-to";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getDb } from "@/lib/db";
import { fail, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { writeDraftId } from "./draft-cookie";
import { checkPublicLimit, type PublicLimit } from "./public-limits";
import { startManageCals } from "./actions";
import type { SelectOptionInput } from "./schemas";
import { recordFlowResult, submitFlowAnswers } from "./server-flow-submit";
import {
  DETAILS_SCHEMAS,
  firstIncompleteFlowPage,
  flowCompanySchema,
  flowContactSchema,
  flowPath,
  nextFlowPage,
  SERVER_FLOWS,
  type ServerFlow,
  type ServerFlowPage,
} from "./server-flows";
import { flowCookie, getFlowDraft } from "./server-flow-queries";
import { formState } from "@/lib/forms/form-state";

async function overLimit(limit: PublicLimit) {
  return checkPublicLimit(await getDb(), limit, clientAddressFrom(await headers()));
}

/** Select Option → Next: the license server options open their first page; Manage CALs starts its draft. */
export async function selectOption(input: SelectOptionInput): Promise<ActionResult> {
  const option = (input as { option?: unknown })?.option;
  const flow = SERVER_FLOWS.find((f) => f === option);
  if (flow) continueTo(flowPath(flow, "details"));
  return startManageCals(input);
}

function guardFlow(flow: ServerFlow) {
  if (!SERVER_FLOWS.includes(flow)) continueTo("/licensing");
}

async function save(flow: ServerFlow, page: ServerFlowPage, data: Record<string, unknown>, returnToVerify: boolean): Promise<ActionResult> {
  const db = await getDb();
  const draft = await getFlowDraft(flow);
  // After a submit only the first page starts again (a new draft); the others show the result.
  if (draft?.submitted && page !== "details") continueTo(flowPath(flow, "result"));
  if (draft && !draft.submitted) {
    await db.$executeRaw`UPDATE "ClearinghouseServerDraft" SET "answers" = "answers" || ${JSON.stringify(data)}::jsonb, "updatedAt" = now() WHERE "id" = ${draft.id} AND "recordId" IS NULL`;
  } else {
    if (page !== "details") continueTo(flowPath(flow, "details"));
    const limited = await overLimit("new-draft");
    if (limited) return fail({}, limited.message);
    const created = await db.clearinghouseServerDraft.create({ data: { flow, answers: data as object }, select: { id: true } });
    await writeDraftId(created.id, flowCookie(flow));
  }
  continueTo(flowPath(flow, returnToVerify ? "verify" : nextFlowPage(flow, page)));
}

export async function saveFlowDetails(flow: ServerFlow, input: unknown, returnToVerify = false): Promise<ActionResult> {
  guardFlow(flow);
  const parsed = DETAILS_SCHEMAS[flow].safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  return save(flow, "details", parsed.data, returnToVerify);
}

export async function saveFlowCompany(input: unknown, returnToVerify = false): Promise<ActionResult> {
  const parsed = flowCompanySchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  return save("activate", "company", parsed.data, returnToVerify);
}

export async function saveFlowContact(input: unknown, returnToVerify = false): Promise<ActionResult> {
  const parsed = flowContactSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  return save("deactivate", "contact", parsed.data, returnToVerify);
}

/** The verify page's Next: issue (or give back) the License Server ID, or the confirmation code. */
export async function submitServerFlow(flow: ServerFlow): Promise<ActionResult> {
  guardFlow(flow);
  const draft = await getFlowDraft(flow);
  if (!draft) continueTo(flowPath(flow, "details"));
  if (draft.submitted) continueTo(flowPath(flow, "result"));
  const a = draft.answers;
  if (firstIncompleteFlowPage(flow, a) !== "verify") continueTo(flowPath(flow, firstIncompleteFlowPage(flow, a)));
  const limited = await overLimit("server-request");
  if (limited) return fail({}, limited.message);
  const db = await getDb();
  const outcome = await submitFlowAnswers(db, flow, draft.id, a, { channel: "WEB" });
  if ("error" in outcome) return fail({}, outcome.error);
  await recordFlowResult(db, draft.id, outcome);
  continueTo(flowPath(flow, "result"));
}

/** The result page's "start again": forget this flow's finished draft so the first page starts a new one. */
export async function startAnotherServerFlow(flow: ServerFlow): Promise<void> {
  guardFlow(flow);
  const draft = await getFlowDraft(flow);
  if (draft?.submitted) {
    (await cookies()).delete({ name: flowCookie(flow), path: "/licensing" });
  }
  continueTo(flowPath(flow, "details"));
}

// The forms' actions (lib/forms/form-state.ts): what each page's <form> posts to.
export const selectOptionForm = formState((input: unknown) => selectOption(input as SelectOptionInput));
export const saveFlowDetailsForm = formState((flow: ServerFlow, returnToVerify: boolean, input: unknown) => saveFlowDetails(flow, input, returnToVerify));
export const saveFlowCompanyForm = formState((returnToVerify: boolean, input: unknown) => saveFlowCompany(input, returnToVerify));
export const saveFlowContactForm = formState((returnToVerify: boolean, input: unknown) => saveFlowContact(input, returnToVerify));
export const submitServerFlowForm = formState<[flow: ServerFlow], unknown>(submitServerFlow);
