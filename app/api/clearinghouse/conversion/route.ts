// The Clearinghouse's conversion route, for Convert RDS CALs by Automatic connection (lib/console/clearinghouse-client.ts
// is its only caller in the console): POST {licenseServerId, sourceLicenseKeyPackId, count} → 201 {licenseKeyPackId},
// or 422 {error, fieldErrors} with nothing issued (lib/clearinghouse/convert-key-pack.ts). Counted against the
// same per-address limit as a new request on the web site; every other answer is a 4xx or a 503, never a 500.
import { getDb } from "@/lib/db";
import { zodFieldErrors } from "@/lib/forms/action-result";
import { conversionRequestSchema, issueConversion } from "@/lib/clearinghouse/convert-key-pack";
import { problem } from "../../_lib/json-body";
import { clearinghouseRoute } from "../../_lib/clearinghouse-route";

export async function POST(request: Request) {
  const invalid = (error: Parameters<typeof zodFieldErrors>[0]) => problem(422, "Some of the information is missing or not valid", { fieldErrors: zodFieldErrors(error) });
  return clearinghouseRoute(request, { schema: conversionRequestSchema, limit: "new-draft", invalid }, async (body) => {
    const outcome = await issueConversion(await getDb(), body, "License server (Automatic connection)");
    if (outcome.kind === "refused") return problem(422, outcome.message, { fieldErrors: { [outcome.field]: [outcome.message] } });
    return Response.json({ licenseKeyPackId: outcome.licenseKeyPackId }, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
}
