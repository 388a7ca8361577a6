// The console's read of a recovery kit for its pages and download: of a server this browser may see (a
// VisibleServer, lib/practice/visibility.ts: the page or route asked once), then make-kit.ts.
import "server-only";
import { getDb } from "@/lib/db";
import { isQueryableText } from "@/lib/forms/text";
import type { VisibleServer } from "@/lib/practice/visibility";
import { getServerProperties } from "../queries";
import { makeRecoveryKit } from "./make-kit";

export async function recoveryKitFor(visible: VisibleServer, runId?: string | null) {
  if (runId != null && !isQueryableText(runId)) return null;
  const server = await getServerProperties(visible);
  if (!server) return null;
  const made = await makeRecoveryKit(await getDb(), visible.id, runId ? { runId } : {});
  return made ? { server, made } : null;
}
