// The console's read of a recovery kit for its pages and download: only of a server this browser may see
// (lib/console/queries.ts's visibility), then make-kit.ts.
import "server-only";
import { getDb } from "@/lib/db";
import { isQueryableText } from "@/lib/forms/text";
import { getServerProperties } from "../queries";
import { makeRecoveryKit } from "./make-kit";

export async function recoveryKitFor(serverId: string, runId?: string | null) {
  if (!isQueryableText(serverId) || (runId != null && !isQueryableText(runId))) return null;
  const server = await getServerProperties(serverId);
  if (!server) return null;
  const made = await makeRecoveryKit(await getDb(), serverId, runId ? { runId } : {});
  return made ? { server, made } : null;
}
