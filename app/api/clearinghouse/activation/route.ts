// POST /api/clearinghouse/activation: the console's Automatic connection activates a Product ID
// (lib/clearinghouse/server-api.ts). Answers {"licenseServerId"}: 201 when issued now, 200 when the Product ID
// was active already (the same ID again).
import { getDb } from "@/lib/db";
import { activateProductId } from "@/lib/clearinghouse/server-records";
import { activationBodySchema, AUTOMATIC, CONSOLE_ACTOR } from "@/lib/clearinghouse/server-api";
import { answer, clearinghouseRoute } from "../../_lib/clearinghouse-route";

export async function POST(request: Request) {
  return clearinghouseRoute(request, { schema: activationBodySchema, limit: "server-request" }, async (body) => {
    const outcome = await activateProductId(await getDb(), { ...body, method: AUTOMATIC }, CONSOLE_ACTOR);
    return answer({ licenseServerId: outcome.licenseServerId, alreadyActive: outcome.alreadyActive }, outcome.alreadyActive ? 200 : 201);
  });
}
