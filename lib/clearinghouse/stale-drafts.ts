// Old drafts that were never submitted: Manage CALs drafts, and the server flows' drafts (activate,
// reactivate, deactivate; a web site visitor's or a phone desk agent's). Removed, so a visitor (or a script)
// creating drafts cannot grow the tables without bound. A submitted draft stays: its request or record
// points at it (the receipt and the result page find it through the draft cookie). One plain function: the
// hourly job runs it (lib/jobs/queue.ts), and so does prisma/seed.ts at start-up.
import type { Database } from "@/lib/prisma-client";

/** Drafts untouched for 7 days: the draft cookie lives as long (lib/clearinghouse/draft-cookie.ts). */
export const STALE_DRAFT_MS = 7 * 24 * 60 * 60_000;

export async function deleteStaleDrafts(db: Database, olderThan: Date = new Date(Date.now() - STALE_DRAFT_MS)): Promise<number> {
  // Two independent sweeps: nothing links the tables, so no transaction is needed between them.
  const manageCals = await db.manageCalsDraft.deleteMany({ where: { updatedAt: { lt: olderThan }, request: { is: null } } });
  const serverFlows = await db.clearinghouseServerDraft.deleteMany({ where: { updatedAt: { lt: olderThan }, recordId: null } });
  return manageCals.count + serverFlows.count;
}
