// The web site's final submit as JSON: POST {"draftId": "<uuid>"} submits that Manage CALs draft exactly as
// the verify page's Next does (lib/clearinghouse/submit.ts: the merged zod schema re-validates every answer,
// then the entitlement check, issue and insert in one all-or-nothing statement). Idempotent per draft:
// posting the same draft again answers with the same request. Used by bench/submissions.ts and the
// reliability tests.
import { z } from "zod";
import { getSql } from "@/lib/db";
import { submitDraft } from "@/lib/clearinghouse/submit";
import { isDatabaseUnavailable } from "../../_lib/database-unavailable";
import { problem, readJsonBody } from "../../_lib/json-body";

const bodySchema = z.object({ draftId: z.uuid("draftId must be the id of a Manage CALs draft") }).strict();

export async function POST(request: Request) {
  const body = await readJsonBody(request, 1024);
  if (!body.ok) return body.response;
  const parsed = bodySchema.safeParse(body.value);
  if (!parsed.success) return problem(400, "Send {\"draftId\": \"<the draft's id>\"}", { issues: parsed.error.issues.map((i) => i.message) });
  let outcome;
  try {
    outcome = await submitDraft(await getSql(), parsed.data.draftId);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    const response = problem(503, "The Clearinghouse cannot take requests for a moment. Send the same draft again: it is filed once.");
    response.headers.set("Retry-After", "1");
    return response;
  }
  if (outcome.kind === "missing") return problem(404, "No Manage CALs draft has this id");
  if (outcome.kind === "invalid") return problem(422, "Some of the information is missing or no longer valid", { fieldErrors: outcome.fieldErrors });
  return Response.json(
    { reference: outcome.reference, created: outcome.created, statusUrl: `/licensing/status?reference=${outcome.reference}` },
    { status: outcome.created ? 201 : 200, headers: { "Cache-Control": "no-store" } },
  );
}
