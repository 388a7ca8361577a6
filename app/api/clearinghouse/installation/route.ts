// The Clearinghouse's installation route, the app's stand-in for the Internet connection a license server
// set to Automatic connection uses (lib/console/clearinghouse-client.ts is its only caller in the console).
// POST {licenseServerId, licenseProgram, credentials: [{licenseCode} | {agreementNumber} | {licenseNumber,
// authorizationNumber}], calType, quantity} → 201 {licenseKeyPackIds: [...]}, or 422 {error, fieldErrors}
// with nothing issued. Each request counts as a new request started on the web site (its Install client
// access licenses starts a draft per request: the "new-draft" limit, 429 past it). Every other answer is a
// 4xx or a 503, never a 500 (app/api/_lib/json-body.ts).
import { getDb } from "@/lib/db";
import { zodFieldErrors } from "@/lib/forms/action-result";
import { issueInstallation } from "@/lib/clearinghouse/installation";
import { installationRequestSchema } from "@/lib/clearinghouse/installation-schema";
import { problem } from "../../_lib/json-body";
import { clearinghouseRoute } from "../../_lib/clearinghouse-route";

export async function POST(request: Request) {
  const invalid = (error: Parameters<typeof zodFieldErrors>[0]) => problem(422, "Some of the information is missing or not valid", { fieldErrors: zodFieldErrors(error) });
  return clearinghouseRoute(request, { schema: installationRequestSchema, limit: "new-draft", invalid }, async (body) => {
    const outcome = await issueInstallation(await getDb(), body);
    if (outcome.kind === "refused") return problem(422, outcome.formError, { fieldErrors: outcome.fieldErrors });
    return Response.json({ licenseKeyPackIds: outcome.licenseKeyPackIds }, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
}
