// The clean-up of expired practice servers, run opportunistically: always when a practice rebuild starts and
// when the trainer's view is shown, and at most once a minute per app process when the console is shown.
import "server-only";
import { getDb } from "@/lib/db";
import { deleteStaleDrafts } from "@/lib/clearinghouse/stale-drafts";
import { removeExpiredPracticeServers } from "./store";

const EVERY_MS = 60_000;
let lastRun = 0;

export async function cleanUpExpiredPracticeServers(options: { force?: boolean } = {}): Promise<number> {
  const now = Date.now();
  if (!options.force && now - lastRun < EVERY_MS) return 0;
  lastRun = now;
  const db = await getDb();
  // The web site's unsubmitted old drafts go in the same sweep (docs/security.md).
  await deleteStaleDrafts(db);
  return removeExpiredPracticeServers(db, new Date(now));
}
