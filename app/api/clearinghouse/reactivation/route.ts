// POST /api/clearinghouse/reactivation: a new License Server ID for an active Product ID (lib/clearinghouse/server-api.ts).
import { getDb } from "@/lib/db";
import { reactivateProductId } from "@/lib/clearinghouse/server-records";
import { AUTOMATIC, CONSOLE_ACTOR, reactivationBodySchema } from "@/lib/clearinghouse/server-api";
import { problem } from "../../_lib/json-body";
import { answer, clearinghouseRoute } from "../../_lib/clearinghouse-route";

export async function POST(request: Request) {
  return clearinghouseRoute(request, { schema: reactivationBodySchema, limit: "server-request" }, async (body) => {
    const outcome = await reactivateProductId(await getDb(), { ...body, method: AUTOMATIC }, CONSOLE_ACTOR);
    if (outcome.kind === "not-active") return problem(409, "The Clearinghouse has no active license server with this Product ID: activate it first");
    return answer({ licenseServerId: outcome.licenseServerId });
  });
}
