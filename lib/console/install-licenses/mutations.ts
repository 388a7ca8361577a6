// The Install Licenses Wizard's writes besides the install itself (lib/console/install-key-pack.ts): open a
// run, move it on with its answers, claim it for one call to the Clearinghouse, cancel it. Each is a
// conditional update of the run (kind, status and step in the WHERE), so a double click changes nothing.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { isUniqueViolation } from "@/lib/database-errors";
import { EVENT_IDS, INSTALL_LICENSES_CANCELLED_MESSAGE } from "./events";
import type { InstallAnswers } from "./install-licenses-schemas";
import type { InstallStep } from "./install-licenses-steps";

/** Opens an Install Licenses run at `step`; null when the server already has an open run of any wizard. */
export async function openInstallRun(db: Database, serverId: string, step: InstallStep, answers: InstallAnswers) {
  try {
    return await db.wizardRun.create({ data: { serverId, activeServerId: serverId, kind: "INSTALL_LICENSES", step, answers }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Saves the answers and the furthest page of an open run that is on one of `from`; false when it is not. */
export async function updateInstallRun(db: Database, runId: string, from: readonly InstallStep[], data: { step: InstallStep; answers: InstallAnswers }) {
  const { count } = await db.wizardRun.updateMany({
    where: { id: runId, kind: "INSTALL_LICENSES", status: "IN_PROGRESS", step: { in: [...from] } },
    data: { step: data.step, answers: data.answers as Prisma.InputJsonObject },
  });
  return count === 1;
}

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

/** Cancels an open Install Licenses run (nothing installed yet: the install closes the run). */
export async function cancelInstallRun(db: Database, serverId: string, runId: string) {
  return db.$transaction(async (tx) => {
    const cancelled = await tx.wizardRun.updateMany({
      where: { id: runId, serverId, kind: "INSTALL_LICENSES", status: "IN_PROGRESS" },
      data: { status: "CANCELLED", activeServerId: null, finishedAt: new Date() },
    });
    if (cancelled.count === 1) {
      await tx.serverEvent.create({ data: { serverId, wizardRunId: runId, eventId: EVENT_IDS.INSTALL_LICENSES_CANCELLED, message: INSTALL_LICENSES_CANCELLED_MESSAGE } });
    }
    return cancelled.count === 1;
  });
}
