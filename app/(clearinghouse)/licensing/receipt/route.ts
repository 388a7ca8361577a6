// The text receipt of a Manage CALs request, as a download. GET: the request of the visitor's own draft
// (the cookie). POST: from the Check request status page, with the reference number and the e-mail address
// or Target License Server ID. Anyone else gets 404, never a hint of whether the reference exists.
import { connection } from "next/server";
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
  // formData() throws on a body that is not a form (another content type, or a broken one).
  const form = await request.formData().catch(() => null);
  if (!form) return new Response("Send the Check request status form.\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const parsed = statusLookupSchema.safeParse(formDataToObject(form));
  return receipt(parsed.success ? await findRequestForLookup(parsed.data) : null);
}
