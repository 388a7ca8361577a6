// The Install Licenses Wizard's writes of its own, besides the install itself (lib/console/install-key-pack.ts)
// and the engine's run store (open, save, cancel: lib/console/wizard-engine/run-store.ts): the claim of a run
// for one call to the Clearinghouse, a conditional update of the run, so a double click makes one call.
import "server-only";
import type { Database } from "@/lib/prisma-client";

/** How long a claim for a call to the Clearinghouse holds before another Next may try again (a crash mid-call). */
export const CLAIM_MS = 60_000;

/**
 * Claims the run for one call to the Clearinghouse: true for exactly one of two simultaneous Nexts (the
 * UPDATE locks the row; the other re-checks the WHERE and finds the claim). The claim is
 * `answers.requesting`, timed by the run's `updatedAt`; after CLAIM_MS it may be taken again.
 */
export async function claimForRequest(db: Database, runId: string, now = new Date()) {
  const since = new Date(now.getTime() - CLAIM_MS);
  const claimed = await db.$executeRaw`
    UPDATE "WizardRun" SET "answers" = coalesce("answers", '{}'::jsonb) || jsonb_build_object('requesting', true), "updatedAt" = ${now}::timestamp(3)
    WHERE "id" = ${runId} AND "kind" = 'INSTALL_LICENSES' AND "status" = 'IN_PROGRESS' AND "step" = 'INSTALL_PRODUCT_VERSION'
      AND (coalesce(("answers"->>'requesting')::boolean, false) = false OR "updatedAt" < ${since}::timestamp(3))`;
  return claimed === 1;
}

/** Gives the claim back after a refused or failed call, so the person can correct and try again. */
export async function releaseClaim(db: Database, runId: string) {
  await db.$executeRaw`
    UPDATE "WizardRun" SET "answers" = "answers" - 'requesting' WHERE "id" = ${runId} AND "status" = 'IN_PROGRESS' AND "kind" = 'INSTALL_LICENSES'`;
}
