// The visitor's Activate / Reactivate / Deactivate a license server draft, found through its flow's httpOnly
// cookie (draft-cookie.ts), with its answers read back through server-flows.ts. A phone desk call's draft
// (takenById set) is never a visitor's, whatever id a cookie holds.
import "server-only";
import { getDb } from "@/lib/db";
import { readDraftId } from "./draft-cookie";
import { readFlowAnswers, type ServerFlow } from "./server-flows";

export function flowCookie(flow: ServerFlow): string {
  return `rdls_${flow}_draft`;
}

export async function getFlowDraft(flow: ServerFlow) {
  const id = await readDraftId(flowCookie(flow));
  if (!id) return null;
  const db = await getDb();
  const draft = await db.clearinghouseServerDraft.findFirst({ where: { id, flow, takenById: null }, select: { id: true, answers: true, recordId: true } });
  return draft ? { id: draft.id, answers: readFlowAnswers(draft.answers), submitted: draft.recordId !== null } : null;
}

