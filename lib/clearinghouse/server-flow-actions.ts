"use server";
// Server actions of the web site's Activate / Reactivate / Deactivate a license server pages. Each parses its
// page's input with the page's schema (server-flows.ts), saves it into the visitor's draft (one per flow,
// found through its cookie) and goes on; the verify page's Next submits through server-flow-submit.ts (as the
// phone desk's calls of these kinds do), once per draft: the draft's recordId is set in the same statement
// that stores the result, and a second submit shows that result. New drafts and submits are limited per
// address (public-limits.ts), declared with each action (lib/actions/client.ts).
import { cookies } from "next/headers";
import { z } from "zod";
import { flagArgument, formAction, plainAction, type OverLimit } from "@/lib/actions/client";
import { publicAccess } from "@/lib/actions/guards";
import { continueTo } from "@/lib/forms/continue-to";
import { getDb } from "@/lib/db";
import { fail, type ActionResult } from "@/lib/forms/action-result";
import { writeDraftId } from "./draft-cookie";
import { recordFlowResult, submitFlowAnswers } from "./server-flow-submit";
import {
  DETAILS_SCHEMAS,
  firstIncompleteFlowPage,
  flowCompanySchema,
  flowContactSchema,
  flowPath,
  SERVER_FLOWS,
  type ServerFlow,
  type ServerFlowPage,
} from "./server-flows";
import { flowCookie, getFlowDraft } from "./server-flow-queries";
import { nextFlowPage } from "./site-wizards";

/** The flow a page binds; anything else a client posts there goes back to Select Option. */
const flowArgument = z.custom<ServerFlow>((value) => SERVER_FLOWS.includes(value as ServerFlow));
const unknownFlow = () => continueTo("/licensing");

async function save(flow: ServerFlow, page: ServerFlowPage, data: Record<string, unknown>, returnToVerify: boolean, overLimit: OverLimit<"new-draft">): Promise<ActionResult> {
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

/** The first page of each flow; bound: the flow and whether it returns to Verify. */
export const saveFlowDetailsForm = formAction(
  { name: "saveFlowDetails", guard: publicAccess, bound: [flowArgument, flagArgument], badBound: unknownFlow, schema: (_ctx, [flow]) => DETAILS_SCHEMAS[flow], limits: ["new-draft"] },
  async ({ bound: [flow, returnToVerify], input, overLimit }) => save(flow, "details", input, returnToVerify, overLimit),
);

export const saveFlowCompanyForm = formAction(
  { name: "saveFlowCompany", guard: publicAccess, bound: [flagArgument], schema: flowCompanySchema, limits: ["new-draft"] },
  async ({ bound: [returnToVerify], input, overLimit }) => save("activate", "company", input, returnToVerify, overLimit),
);

export const saveFlowContactForm = formAction(
  { name: "saveFlowContact", guard: publicAccess, bound: [flagArgument], schema: flowContactSchema, limits: ["new-draft"] },
  async ({ bound: [returnToVerify], input, overLimit }) => save("deactivate", "contact", input, returnToVerify, overLimit),
);

/** The verify page's Next: issue (or give back) the License Server ID, or the confirmation code. */
export const submitServerFlowForm = formAction(
  { name: "submitServerFlow", guard: publicAccess, bound: [flowArgument], badBound: unknownFlow, limits: ["server-request"] },
  async ({ bound: [flow], overLimit }) => {
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
  },
);

/** The result page's "start again": forget this flow's finished draft so the first page starts a new one. */
export const startAnotherServerFlow = plainAction(
  { name: "startAnotherServerFlow", guard: publicAccess, bound: [flowArgument], badBound: unknownFlow, refusal: () => undefined },
  async ({ bound: [flow] }) => {
    const draft = await getFlowDraft(flow);
    if (draft?.submitted) (await cookies()).delete({ name: flowCookie(flow), path: "/licensing" });
    continueTo(flowPath(flow, "details"));
  },
);
