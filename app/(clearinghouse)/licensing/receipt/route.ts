// The text receipt of a Manage CALs request, as a download. GET: the request of the visitor's own draft
// (the cookie). POST: from the Check request status page, with the reference number and the e-mail address
// or Target License Server ID. Anyone else gets 404, never a hint of whether the reference exists. The POST is
// a status lookup, counted against the same per-address limit as the page's Check status (429 past it).
import { connection } from "next/server";
import { refuseOverPublicLimit } from "@/app/api/_lib/clearinghouse-route";
import { readFormBody } from "@/app/api/_lib/json-body";
import { formDataToObject } from "@/lib/forms/action-result";
import { findRequestForLookup, getCurrentDraft, type RequestView } from "@/lib/clearinghouse/queries";
import { receiptFileName, receiptText } from "@/lib/clearinghouse/receipt";
import { statusLookupSchema } from "@/lib/clearinghouse/schemas";

function receipt(request: RequestView | null | undefined): Response {
  if (!request) return new Response("No receipt is available for this request.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(receiptText(request), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${receiptFileName(request.reference)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

export async function GET() {
  await connection();
  const draft = await getCurrentDraft();
  return receipt(draft?.request);
}

export async function POST(request: Request) {
  await connection();
  // The form is two short fields: 16 kB is plenty, and a 100 MB body is cut off, not read.
  const body = await readFormBody(request, 16_384);
  if (!body.ok) return body.response;
  const parsed = statusLookupSchema.safeParse(formDataToObject(body.form));
  // Counted as the form counts (lib/clearinghouse/actions.ts lookupRequestStatus): once the lookup is well-formed.
  if (!parsed.success) return receipt(null);
  return (await refuseOverPublicLimit(request, "status-lookup", "text")) ?? receipt(await findRequestForLookup(parsed.data));
}
