// The Clearinghouse's installation route, the app's stand-in for the Internet connection a license server
// set to Automatic connection uses (lib/console/clearinghouse-client.ts is its only caller in the console).
// POST {licenseServerId, licenseProgram, credentials: [{licenseCode} | {agreementNumber} | {licenseNumber,
// authorizationNumber}], calType, quantity} → 201 {licenseKeyPackIds: [...]}, or 422 {error, fieldErrors}
// with nothing issued. Every other answer is a 4xx or a 503, never a 500 (app/api/_lib/json-body.ts).
import { getDb } from "@/lib/db";
import { zodFieldErrors } from "@/lib/forms/action-result";
import { issueInstallation } from "@/lib/clearinghouse/installation";
import { installationRequestSchema } from "@/lib/clearinghouse/installation-schema";
import { isDatabaseUnavailable } from "../../_lib/database-unavailable";
import { problem, readJsonBody } from "../../_lib/json-body";

export async function POST(request: Request) {
  const body = await readJsonBody(request, 4096);
  if (!body.ok) return body.response;
  const parsed = installationRequestSchema.safeParse(body.value);
  if (!parsed.success) return problem(422, "Some of the information is missing or not valid", { fieldErrors: zodFieldErrors(parsed.error) });
  try {
    const outcome = await issueInstallation(await getDb(), parsed.data);
    if (outcome.kind === "refused") return problem(422, outcome.formError, { fieldErrors: outcome.fieldErrors });
    return Response.json({ licenseKeyPackIds: outcome.licenseKeyPackIds }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    const response = problem(503, "The Microsoft Clearinghouse cannot take requests for a moment. Try again.");
    response.headers.set("Retry-After", "1");
    return response;
  }
}
