// POST /api/clearinghouse/deactivation: deactivates an active Product ID and its License Server ID; answers the
// confirmation code (lib/clearinghouse/server-api.ts).
import { getDb } from "@/lib/db";
import { deactivateProductId } from "@/lib/clearinghouse/server-records";
import { AUTOMATIC, CONSOLE_ACTOR, deactivationBodySchema } from "@/lib/clearinghouse/server-api";
import { problem } from "../../_lib/json-body";
import { answer, clearinghouseRoute } from "../../_lib/clearinghouse-route";

export async function POST(request: Request) {
  return clearinghouseRoute(request, { schema: deactivationBodySchema, limit: "server-request" }, async (body) => {
    const outcome = await deactivateProductId(await getDb(), { ...body, contactPhone: body.contactPhone ?? null, method: AUTOMATIC }, CONSOLE_ACTOR);
    if (outcome.kind === "not-active") return problem(409, "The Clearinghouse has no active license server with this Product ID");
    if (outcome.kind === "wrong-license-server-id") return problem(409, "This Product ID is activated with another License Server ID");
    return answer({ confirmationCode: outcome.confirmationCode });
  });
}
